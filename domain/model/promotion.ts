/** Percent off the price, or an amount off it in the currency's minor units (never below zero). */
export type Discount = { kind: "percent"; percent: number } | { kind: "amount"; amount: number };

/** A code the studio hands out; staff redeem it for a client, within its limits. */
export interface Promotion {
  id: string;
  studioId: string;
  /** Upper case, unique in the studio, fixed once created. */
  code: string;
  text: string;
  discount: Discount;
  /** Local dates in the studio's zone, both inclusive; no end = open-ended. */
  validFrom: string;
  validUntil: string | null;
  /** Services and categories it applies to; both empty = every service. */
  serviceIds: string[];
  categoryIds: string[];
  /** Client groups it is for; empty = every client. */
  clientGroupIds: string[];
  /** Redemptions per client and in total; null = unlimited. */
  limitPerClient: number | null;
  limitTotal: number | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** One use of a promotion for a client, optionally on a booking whose price it lowered. */
export interface Redemption {
  id: string;
  studioId: string;
  clientId: string;
  promotionId: string;
  code: string;
  appointmentId: string | null;
  /** What it took off the booking's price (minor units); null without a booking. */
  discountAmount: number | null;
  redeemedAt: string;
}

/** A redemption with what it must respect when it is written: the promotion as read and its limits. */
export interface RedemptionWrite {
  redemption: Redemption;
  promotionVersion: number;
  limitPerClient: number | null;
  limitTotal: number | null;
}
