export const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!,
  );

/** A minimal page without scripts or styles (see `htmlResponse`'s policy); `body` is already escaped HTML. */
export const htmlDocument = (language: string, title: string, body: string): string =>
  [
    "<!doctype html>",
    `<html lang="${language}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title></head>`,
    `<body><h1>${escapeHtml(title)}</h1>${body}</body>`,
    "</html>",
  ].join("\n");
