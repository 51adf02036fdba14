import type { Promotion, Redemption, RedemptionWrite } from "../model/promotion";
import type { Page, PageRequest } from "./page";

export interface PromotionStore {
  get(studioId: string, promotionId: string): Promise<Promotion | null>;
  /** The promotion a code names in the studio (codes are upper case). */
  byCode(studioId: string, code: string): Promise<Promotion | null>;
  list(studioId: string, page: PageRequest): Promise<Page<Promotion>>;
  /** Stores a new promotion with its claim on the code; PROMOTION.CODE_TAKEN when the code is the studio's already. */
  create(promotion: Promotion): Promise<void>;
  /** Stores a changed promotion over the version before it (CONCURRENT_UPDATE otherwise). */
  save(promotion: Promotion): Promise<void>;
  /** How often each promotion was redeemed, in total and by the client. */
  usage(
    studioId: string,
    clientId: string,
    promotionIds: string[],
  ): Promise<Map<string, { total: number; byClient: number }>>;
  /**
   * Writes a redemption and moves both counters in one transaction, only while the promotion is at the version
   * read and both counters are below their limits: PROMOTION.LIMIT_REACHED when one is not, CONCURRENT_UPDATE
   * when the promotion changed or another redemption held a counter at the same moment.
   */
  redeem(write: RedemptionWrite): Promise<void>;
  /** The client's redemptions, newest first. */
  redemptionsOf(studioId: string, clientId: string): Promise<Redemption[]>;
}
