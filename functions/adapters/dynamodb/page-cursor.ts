import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { validationError } from "../../../domain/errors";

type Key = Record<string, unknown>;

/**
 * Paging cursors are DynamoDB's LastEvaluatedKey sealed with AES-256-GCM: opaque (no key layout, no client
 * names), tamper-proof, and bound to the query they came from (its scope is the authenticated data), so a
 * forged, altered or borrowed cursor is refused with 400 instead of reaching DynamoDB as a start key.
 */
export interface CursorCodec {
  encode(lastEvaluatedKey: Key | undefined, scope: string): string | null;
  /** Undefined for no cursor; throws VALIDATION.FAILED (field `query.cursor`) for one this API did not issue. */
  decode(cursor: string | null, scope: string): Key | undefined;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

const refused = () => validationError("query.cursor", "is not a cursor this API returned");

export const cursorCodec = (key: Buffer): CursorCodec => {
  if (key.length !== 32) throw new Error("the cursor key must be 32 bytes");
  return {
    encode(lastEvaluatedKey, scope) {
      if (lastEvaluatedKey === undefined) return null;
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv("aes-256-gcm", key, iv).setAAD(Buffer.from(scope));
      const sealed = Buffer.concat([cipher.update(JSON.stringify(lastEvaluatedKey)), cipher.final()]);
      return Buffer.concat([iv, sealed, cipher.getAuthTag()]).toString("base64url");
    },
    decode(cursor, scope) {
      if (cursor === null) return undefined;
      const bytes = Buffer.from(cursor, "base64url");
      if (bytes.length <= IV_BYTES + TAG_BYTES || bytes.toString("base64url") !== cursor) throw refused();
      try {
        const decipher = createDecipheriv("aes-256-gcm", key, bytes.subarray(0, IV_BYTES))
          .setAAD(Buffer.from(scope))
          .setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
        const plain = Buffer.concat([
          decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)),
          decipher.final(),
        ]);
        return JSON.parse(plain.toString("utf8")) as Key;
      } catch {
        throw refused();
      }
    },
  };
};
