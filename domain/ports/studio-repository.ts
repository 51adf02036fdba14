import type { ServiceCategory } from "../model/catalog";
import type { StaffAccount } from "../model/staff-account";
import type { Studio } from "../model/studio";

/** What a new studio starts with, written at once: the studio and its handle, its first categories, its owner. */
export interface StudioOpening {
  studio: Studio;
  categories: ServiceCategory[];
  owner: StaffAccount | null;
}

export interface StudioRepository {
  get(studioId: string): Promise<Studio | null>;
  /** The studio answering to a public handle. */
  findByHandle(handle: string): Promise<Studio | null>;
  /**
   * Creates a studio in one transaction. Fails with STUDIO.HANDLE_TAKEN when the handle is another
   * studio's, ACCOUNT.EMAIL_TAKEN when the owner's address already signs in.
   */
  open(opening: StudioOpening): Promise<void>;
  /**
   * Stores a later version of the studio, only over the version before it. Fails with CONCURRENT_UPDATE
   * when another write came first, STUDIO.NOT_FOUND when gone. The handle never changes.
   */
  save(studio: Studio): Promise<void>;
}
