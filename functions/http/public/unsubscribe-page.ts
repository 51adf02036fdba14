import type { Unsubscribed } from "../../../domain/consent/unsubscribe";

type Language = "de" | "en" | "nl" | "pl";

interface PageText {
  title: string;
  channel: Record<Unsubscribed["channel"], string>;
  /** The sentence, with {channel} and {studio} filled in. */
  marketing: string;
  transactional: string;
}

const texts: Record<Language, PageText> = {
  de: {
    title: "Abgemeldet",
    channel: { email: "E-Mail", sms: "SMS" },
    marketing: "Sie erhalten keine Werbung per {channel} mehr von {studio}.",
    transactional: "Sie erhalten keine Service-Nachrichten per {channel} mehr von {studio}.",
  },
  en: {
    title: "Unsubscribed",
    channel: { email: "email", sms: "SMS" },
    marketing: "You will no longer receive {channel} marketing from {studio}.",
    transactional: "You will no longer receive {channel} service messages from {studio}.",
  },
  nl: {
    title: "Afgemeld",
    channel: { email: "e-mail", sms: "sms" },
    marketing: "U ontvangt geen marketing per {channel} meer van {studio}.",
    transactional: "U ontvangt geen serviceberichten per {channel} meer van {studio}.",
  },
  pl: {
    title: "Wypisano",
    channel: { email: "e-mail", sms: "SMS" },
    marketing: "Nie będziesz już otrzymywać wiadomości marketingowych ({channel}) od {studio}.",
    transactional: "Nie będziesz już otrzymywać wiadomości serwisowych ({channel}) od {studio}.",
  },
};

const languageOf = (locale: string): Language => {
  const prefix = locale.split("-")[0]!.toLowerCase();
  return prefix in texts ? (prefix as Language) : "en";
};

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!,
  );

/** The confirmation page of an unsubscribe link, in the studio's language (English when it has none of ours). */
export const unsubscribePage = (result: Unsubscribed): string => {
  const language = languageOf(result.studio.locale);
  const text = texts[language];
  const sentence = text[result.purpose]
    .replace("{channel}", escapeHtml(text.channel[result.channel]))
    .replace("{studio}", escapeHtml(result.studio.name));
  return [
    "<!doctype html>",
    `<html lang="${language}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${text.title}</title></head>`,
    `<body><h1>${text.title}</h1><p>${sentence}</p></body>`,
    "</html>",
  ].join("\n");
};
