import { validationError } from "../../../domain/errors";

type Key = Record<string, unknown>;

export const encodeCursor = (lastEvaluatedKey: Key | undefined): string | null =>
  lastEvaluatedKey === undefined ? null : Buffer.from(JSON.stringify(lastEvaluatedKey)).toString("base64url");

/**
 * Decodes a cursor and checks it points into the caller's own partition: a forged cursor must not
 * read another studio's items, nor make DynamoDB fail on a foreign start key.
 */
export const decodeCursor = (
  cursor: string | null,
  partitionAttribute: string,
  partition: string,
): Key | undefined => {
  if (cursor === null) return undefined;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw validationError("query.cursor", "is not a cursor this API returned");
  }
  const isKey =
    typeof decoded === "object" &&
    decoded !== null &&
    Object.values(decoded).every((value) => typeof value === "string") &&
    ["pk", "sk", partitionAttribute].every((attribute) => attribute in decoded) &&
    (decoded as Key)[partitionAttribute] === partition;
  if (!isKey) throw validationError("query.cursor", "is not a cursor this API returned");
  return decoded as Key;
};
