import { createHmac, timingSafeEqual } from "node:crypto";
import { validationError } from "../errors";
import type { Channel, Purpose } from "./consent";

export interface UnsubscribeClaims {
  studioId: string;
  clientId: string;
  channel: Channel;
  purpose: Purpose;
  /** ISO 8601 instant, kept to the second. */
  issuedAt: string;
}

/*
 * The token travels in SMS, where every character costs, so the payload is binary rather than JSON:
 * version (1 byte) · channel/purpose flags (1) · issuedAt in Unix seconds (4, big-endian)
 * · studioId length (1) + UTF-8 · clientId length (1) + UTF-8.
 * The tag is HMAC-SHA256 over the base64url payload text, truncated to 128 bits (RFC 2104 §5).
 */
const FORMAT_VERSION = 1;
const SMS_FLAG = 0b01;
const TRANSACTIONAL_FLAG = 0b10;
const HEADER_BYTES = 6;
const TAG_BYTES = 16;
const MAX_ID_BYTES = 255;
const MAX_SECONDS = 0xffff_ffff;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

const tagOf = (payload: string, secret: string): string => {
  if (secret.length === 0) throw new Error("The unsubscribe token secret is empty");
  return createHmac("sha256", secret).update(payload).digest().subarray(0, TAG_BYTES).toString("base64url");
};

const idBytes = (id: string, field: string): Buffer => {
  const bytes = Buffer.from(id, "utf8");
  if (bytes.length === 0 || bytes.length > MAX_ID_BYTES) {
    throw validationError(field, `must be 1 to ${MAX_ID_BYTES} bytes long`);
  }
  return Buffer.concat([Buffer.of(bytes.length), bytes]);
};

export const signUnsubscribeToken = (claims: UnsubscribeClaims, secret: string): string => {
  const milliseconds = Date.parse(claims.issuedAt);
  const seconds = Math.floor(milliseconds / 1000);
  if (!Number.isFinite(milliseconds) || seconds < 0 || seconds > MAX_SECONDS) {
    throw validationError("issuedAt", `"${claims.issuedAt}" is not an instant between 1970 and 2106`);
  }
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt8(FORMAT_VERSION, 0);
  header.writeUInt8(
    (claims.channel === "sms" ? SMS_FLAG : 0) | (claims.purpose === "transactional" ? TRANSACTIONAL_FLAG : 0),
    1,
  );
  header.writeUInt32BE(seconds, 2);
  const payload = Buffer.concat([
    header,
    idBytes(claims.studioId, "studioId"),
    idBytes(claims.clientId, "clientId"),
  ]).toString("base64url");
  return `${payload}.${tagOf(payload, secret)}`;
};

const refused = (reason: string) => validationError("token", `invalid unsubscribe token: ${reason}`);

/** Reads a length-prefixed id at `offset`; null when the length runs past the end or is zero. */
const readId = (bytes: Buffer, offset: number): { id: string; next: number } | null => {
  const length = bytes[offset];
  const next = offset + 1 + (length ?? 0);
  if (length === undefined || length === 0 || next > bytes.length) return null;
  return { id: bytes.toString("utf8", offset + 1, next), next };
};

const decodeClaims = (bytes: Buffer): UnsubscribeClaims | null => {
  if (bytes.length < HEADER_BYTES || bytes[0] !== FORMAT_VERSION) return null;
  const flags = bytes[1]!;
  if ((flags & ~(SMS_FLAG | TRANSACTIONAL_FLAG)) !== 0) return null;
  const studio = readId(bytes, HEADER_BYTES);
  const client = studio === null ? null : readId(bytes, studio.next);
  if (studio === null || client === null || client.next !== bytes.length) return null;
  return {
    studioId: studio.id,
    clientId: client.id,
    channel: flags & SMS_FLAG ? "sms" : "email",
    purpose: flags & TRANSACTIONAL_FLAG ? "transactional" : "marketing",
    issuedAt: new Date(bytes.readUInt32BE(2) * 1000).toISOString(),
  };
};

/** Returns the claims of a token this secret signed; throws VALIDATION.FAILED for anything else. */
export const verifyUnsubscribeToken = (token: string, secret: string): UnsubscribeClaims => {
  const parts = token.split(".");
  const [payload, tag] = parts;
  if (parts.length !== 2 || payload === undefined || tag === undefined) throw refused("malformed");
  if (!BASE64URL.test(payload) || !BASE64URL.test(tag)) throw refused("malformed");
  // Compares the encoded text, not decoded bytes: base64url has spare bits, so two texts can decode alike.
  const expected = Buffer.from(tagOf(payload, secret));
  const given = Buffer.from(tag);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw refused("bad signature");
  const claims = decodeClaims(Buffer.from(payload, "base64url"));
  if (claims === null) throw refused("malformed payload");
  return claims;
};
