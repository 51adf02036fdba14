/** What a block names: one phone number (E.164), one email address (lower-cased), or a client tag. */
export const BLOCK_KINDS = ["phone", "email", "tag"] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/**
 * A studio's refusal of a phone, an address or a group of clients, whatever card they come with: online
 * booking refuses them neutrally, and the card of anyone it matches shows it with its reason.
 */
export interface Block {
  studioId: string;
  kind: BlockKind;
  /** Canonical: E.164, lower-cased email, lower-cased tag. */
  value: string;
  reason: string;
  createdAt: string;
}
