import type { StaffAccount } from "../model/staff-account";
import type { Page, PageRequest } from "./page";

export interface StaffAccountStore {
  get(studioId: string, accountId: string): Promise<StaffAccount | null>;
  /** The account signing in with this address, whichever studio it belongs to. */
  findByEmail(email: string): Promise<StaffAccount | null>;
  list(studioId: string, page: PageRequest): Promise<Page<StaffAccount>>;
  /**
   * Stores the account at its version; version 1 also claims its address for all studios
   * (ACCOUNT.EMAIL_TAKEN when another account has it). CONCURRENT_UPDATE when another write came first.
   */
  save(account: StaffAccount): Promise<void>;
  /** Deletes the account and frees its address, if it is still at the version given. */
  remove(account: StaffAccount): Promise<void>;
}
