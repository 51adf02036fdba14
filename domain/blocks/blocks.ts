import { readPhone } from "../clients/phone-number";
import { notFound, validationError } from "../errors";
import type { Block, BlockKind } from "../model/block";
import type { Client } from "../model/client";
import type { Dependencies } from "../ports/dependencies";
import { loadStudio } from "../studios/load-studio";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The canonical form a block is stored and matched in: E.164, or lower-cased and trimmed. */
const canonical = (kind: BlockKind, raw: string, defaultCountry: string): string => {
  if (kind === "phone") return readPhone(raw, defaultCountry, "value").phone!;
  const value = raw.trim().toLowerCase();
  if (kind === "email" && !EMAIL.test(value)) throw validationError("value", "is not an email address");
  if (value === "") throw validationError("value", "is empty");
  return value;
};

export interface BlockRequest {
  kind: BlockKind;
  value: string;
  reason: string;
}

/** Blocks a phone, an address or a tag with a reason; blocking it again replaces the reason. */
export const addBlock =
  (deps: Pick<Dependencies, "studios" | "blocks" | "clock">) =>
  async (studioId: string, request: BlockRequest): Promise<Block> => {
    const studio = await loadStudio(deps.studios, studioId);
    const block: Block = {
      studioId,
      kind: request.kind,
      value: canonical(request.kind, request.value, studio.settings.defaultCountry),
      reason: request.reason,
      createdAt: deps.clock(),
    };
    await deps.blocks.put(block);
    return block;
  };

export const removeBlock =
  (deps: Pick<Dependencies, "studios" | "blocks">) =>
  async (studioId: string, kind: BlockKind, value: string): Promise<void> => {
    const studio = await loadStudio(deps.studios, studioId);
    const key = canonical(kind, value, studio.settings.defaultCountry);
    const [found] = await deps.blocks.matching(studioId, [{ kind, value: key }]);
    if (found === undefined) throw notFound("BLOCK.NOT_FOUND", `${kind} ${value}`);
    await deps.blocks.remove(studioId, kind, key);
  };

/** What a block may match: a phone, an address, and the tags of the cards that hold them. */
export interface BlockSubjects {
  phones?: Array<string | null>;
  emails?: Array<string | null>;
  tags?: string[];
}

/** The studio's blocks that match any of these, read in one wave. */
export const blocksAgainst = (
  deps: Pick<Dependencies, "blocks">,
  studioId: string,
  { phones = [], emails = [], tags = [] }: BlockSubjects,
): Promise<Block[]> => {
  const candidates = [
    ...phones.flatMap((value) => (value === null ? [] : [{ kind: "phone" as const, value }])),
    ...emails.flatMap((value) =>
      value === null ? [] : [{ kind: "email" as const, value: value.toLowerCase() }],
    ),
    ...tags.map((tag) => ({ kind: "tag" as const, value: tag.trim().toLowerCase() })),
  ];
  return candidates.length === 0 ? Promise.resolve([]) : deps.blocks.matching(studioId, candidates);
};

/** The blocks that match a card: its phone, its address or one of its tags. */
export const blocksOfCard = (deps: Pick<Dependencies, "blocks">, client: Client): Promise<Block[]> =>
  blocksAgainst(deps, client.studioId, { phones: [client.phone], emails: [client.email], tags: client.tags });
