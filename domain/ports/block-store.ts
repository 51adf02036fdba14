import type { Block, BlockKind } from "../model/block";

export interface BlockStore {
  put(block: Block): Promise<void>;
  remove(studioId: string, kind: BlockKind, value: string): Promise<void>;
  list(studioId: string): Promise<Block[]>;
  /** The blocks among these (kind, canonical value) pairs, read in one wave. */
  matching(studioId: string, candidates: Array<{ kind: BlockKind; value: string }>): Promise<Block[]>;
}
