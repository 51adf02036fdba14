/** The reliability colours a rule may name (the card's `reliability.colour`). */
export const RELIABILITY_COLOURS = ["green", "orange", "red", "neutral"] as const;

/** What makes a booking need a deposit. */
export type DepositCondition =
  /** The service costs at least this much (minor units); with `categoryId`, only services of that category. */
  | { kind: "service_price"; atLeast: number; categoryId: string | null }
  /** The client's reliability colour is one of these. */
  | { kind: "reliability"; colours: Array<(typeof RELIABILITY_COLOURS)[number]> }
  /** The client's card carries this tag (group). */
  | { kind: "client_tag"; tag: string }
  /** The phone is not on any card of the studio yet, or the card has nothing attended or missed. */
  | { kind: "new_client" };

/** How much: a fixed amount (minor units) or a percentage of the service's price, rounded up to a whole unit. */
export type DepositAmount = { kind: "fixed"; amount: number } | { kind: "percentage"; percent: number };

export interface DepositRule {
  when: DepositCondition;
  amount: DepositAmount;
}

export interface DepositPolicy {
  /** Off: no online booking asks for a deposit, whatever the rules. */
  enabled: boolean;
  rules: DepositRule[];
  /** How long an online booking waits for its deposit, holding its slot. */
  payWithinMinutes: number;
  /**
   * When a paid deposit is kept: on a no-show, on a late cancellation. Otherwise a cancellation pays it back
   * and a no-show leaves it to staff to refund or keep.
   */
  retainOn: Array<"no_show" | "late_cancellation">;
  /** The studio's deposit policy in its own words, shown in the public profile and the confirmation. */
  policyText: string | null;
}

export const DEFAULT_DEPOSIT_POLICY: DepositPolicy = {
  enabled: false,
  rules: [],
  payWithinMinutes: 30,
  retainOn: ["no_show", "late_cancellation"],
  policyText: null,
};
