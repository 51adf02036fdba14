import { hkdfSync } from "node:crypto";

/**
 * Every key Rebook needs, derived from its one secret with HKDF, one per purpose: rotating the secret
 * rotates them all, and no key can be used for another purpose.
 */
export interface SecretKeys {
  /** Signs unsubscribe links (HMAC). */
  unsubscribe: string;
  /** Signs the self-service links of online bookings (HMAC). */
  booking: string;
  /** Seals paging cursors (AES-256-GCM). */
  cursor: Buffer;
  /** Keys the hashes of addresses, IP addresses, one-time codes and rate-limit subjects (HMAC). */
  address: Buffer;
}

const derive = (secret: string, purpose: string): Buffer =>
  Buffer.from(hkdfSync("sha256", secret, "rebook", purpose, 32));

export const secretKeysOf = (secret: string): SecretKeys => {
  if (secret.length < 32) throw new Error("the application secret must have at least 32 characters");
  return {
    unsubscribe: derive(secret, "unsubscribe-link").toString("base64url"),
    booking: derive(secret, "booking-link").toString("base64url"),
    cursor: derive(secret, "page-cursor"),
    address: derive(secret, "address-hash"),
  };
};
