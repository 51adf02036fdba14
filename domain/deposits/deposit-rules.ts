import { type ReliabilityColour, reliability } from "../client-card/reliability";
import type { DepositAmount, DepositCondition, DepositPolicy } from "../model/deposit-policy";
import { DEFAULT_DEPOSIT_POLICY } from "../model/deposit-policy";
import type { StudioSettings } from "../model/studio";
import type { VisitHistory } from "../model/visit-history";

export const depositPolicyOf = (settings: StudioSettings): DepositPolicy => ({
  ...DEFAULT_DEPOSIT_POLICY,
  ...settings.deposits,
});

/** What the rules look at: the service booked and the client booking it. */
export interface DepositSubject {
  /** Minor units. */
  servicePrice: number;
  categoryId: string;
  reliability: ReliabilityColour;
  /** Lower-cased. */
  tags: readonly string[];
  /** No card held the phone, or the card has nothing attended or missed. */
  newClient: boolean;
}

/** What the rules see of a service and a client (their card and history; none for a client not known yet). */
export const depositSubjectOf = (
  service: { price: number; categoryId: string },
  card: { tags: readonly string[] } | null,
  history: VisitHistory | null,
  now: string,
): DepositSubject => {
  const standing = history === null ? null : reliability(history, now);
  return {
    servicePrice: service.price,
    categoryId: service.categoryId,
    reliability: standing?.colour ?? "neutral",
    tags: card?.tags.map((tag) => tag.toLowerCase()) ?? [],
    newClient: standing === null || standing.attended + standing.noShows === 0,
  };
};

const holds = (condition: DepositCondition, subject: DepositSubject): boolean => {
  switch (condition.kind) {
    case "service_price":
      return (
        subject.servicePrice >= condition.atLeast &&
        (condition.categoryId === null || condition.categoryId === subject.categoryId)
      );
    case "reliability":
      return condition.colours.includes(subject.reliability);
    case "client_tag":
      return subject.tags.includes(condition.tag.toLowerCase());
    case "new_client":
      return subject.newClient;
  }
};

const amountOf = (amount: DepositAmount, price: number): number =>
  amount.kind === "fixed" ? amount.amount : Math.ceil((price * amount.percent) / 100);

/**
 * The deposit a booking needs (minor units), or null: of the rules that hold, the largest amount, never more
 * than the service's price. The largest rather than the first, so the order the studio wrote its rules in
 * changes nothing, and a client matching two reasons for a deposit is asked the stricter one.
 */
export const depositFor = (policy: DepositPolicy, subject: DepositSubject): number | null => {
  if (!policy.enabled) return null;
  const amounts = policy.rules
    .filter((rule) => holds(rule.when, subject))
    .map((rule) => Math.min(amountOf(rule.amount, subject.servicePrice), subject.servicePrice));
  const largest = Math.max(0, ...amounts);
  return largest > 0 ? largest : null;
};
