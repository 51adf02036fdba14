import { RebookError, validationError } from "../errors";

/** 3–40 of a–z, 0–9 and inner hyphens: it stands in the studio's booking address. */
const HANDLE = /^[a-z0-9](?:[a-z0-9-]{1,38}[a-z0-9])$/;

/** Names of Rebook's own pages and of things a client could mistake for Rebook itself. */
const RESERVED = new Set([
  "admin",
  "api",
  "book",
  "console",
  "docs",
  "help",
  "login",
  "rebook",
  "support",
  "widget",
  "www",
]);

/** The studio's public handle, as clients type it: lower case, refused when it is not one. */
export const checkedHandle = (handle: string): string => {
  const lower = handle.toLowerCase();
  if (!HANDLE.test(lower) || lower.includes("--")) {
    throw validationError(
      "handle",
      "must be 3–40 letters a–z, digits or single inner hyphens, e.g. studio-mitte",
    );
  }
  if (RESERVED.has(lower)) throw validationError("handle", `"${lower}" is reserved`);
  return lower;
};

export const handleTaken = (handle: string): RebookError =>
  new RebookError("STUDIO.HANDLE_TAKEN", `the handle ${handle} belongs to another studio`, {
    issues: [{ field: "handle", message: "belongs to another studio" }],
  });
