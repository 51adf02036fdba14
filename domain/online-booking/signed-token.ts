import { createHmac, timingSafeEqual } from "node:crypto";
import { RebookError } from "../errors";

const TAG_BYTES = 16;

const tagOf = (payload: string, secret: string): Buffer =>
  createHmac("sha256", secret).update(payload).digest().subarray(0, TAG_BYTES);

/** A link token carrying `parts` (ids), signed so that none can be changed or made up. */
export const signToken = (parts: readonly string[], secret: string): string => {
  const payload = Buffer.from(JSON.stringify(parts)).toString("base64url");
  return `${payload}.${tagOf(payload, secret).toString("base64url")}`;
};

/** The one answer for any link that is not one of ours. */
export const invalidLink = () => new RebookError("BOOKING.NOT_AVAILABLE", "this link is not valid");

/**
 * The parts of a token signed by `signToken`, which must be `count` strings; anything else (forged, cut,
 * altered, a token of another kind) is not valid.
 */
export const readToken = (token: string, secret: string, count: number): string[] => {
  const [payload = "", tag = ""] = token.split(".");
  const expected = tagOf(payload, secret);
  const given = Buffer.from(tag, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalidLink();
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    throw invalidLink();
  }
  if (!Array.isArray(parts) || parts.length !== count || !parts.every((part) => typeof part === "string"))
    throw invalidLink();
  return parts as string[];
};
