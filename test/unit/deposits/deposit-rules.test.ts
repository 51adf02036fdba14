import { describe, expect, it } from "vitest";
import { type DepositSubject, depositFor } from "../../../domain/deposits/deposit-rules";
import type { DepositPolicy, DepositRule } from "../../../domain/model/deposit-policy";

const policy = (...rules: DepositRule[]): DepositPolicy => ({
  enabled: true,
  rules,
  payWithinMinutes: 30,
  retainOn: [],
  policyText: "A deposit secures your slot.",
});

const regular: DepositSubject = {
  servicePrice: 12_000,
  categoryId: "tattoo",
  reliability: "green",
  tags: ["vip"],
  newClient: false,
};

const fixed = (amount: number) => ({ kind: "fixed", amount }) as const;
const percent = (value: number) => ({ kind: "percentage", percent: value }) as const;

describe("depositFor", () => {
  it("asks nothing while the policy is off, whatever the rules", () => {
    const off = { ...policy({ when: { kind: "new_client" }, amount: fixed(2000) }), enabled: false };

    expect(depositFor(off, { ...regular, newClient: true })).toBeNull();
  });

  it("asks by the service's price from the threshold on, within a category when one is named", () => {
    const rules = policy({
      when: { kind: "service_price", atLeast: 10_000, categoryId: "tattoo" },
      amount: percent(25),
    });

    expect(depositFor(rules, regular)).toBe(3000);
    expect(depositFor(rules, { ...regular, servicePrice: 9_999 })).toBeNull();
    expect(depositFor(rules, { ...regular, categoryId: "piercing" })).toBeNull();
  });

  it("asks by reliability colour, client tag (any case) and for new clients", () => {
    const rules = policy(
      { when: { kind: "reliability", colours: ["orange", "red"] }, amount: fixed(1500) },
      { when: { kind: "client_tag", tag: "Unreliable" }, amount: fixed(2500) },
      { when: { kind: "new_client" }, amount: fixed(1000) },
    );

    expect(depositFor(rules, regular)).toBeNull();
    expect(depositFor(rules, { ...regular, reliability: "red" })).toBe(1500);
    expect(depositFor(rules, { ...regular, tags: ["unreliable"] })).toBe(2500);
    expect(depositFor(rules, { ...regular, newClient: true })).toBe(1000);
    expect(depositFor(rules, { ...regular, reliability: "neutral" })).toBeNull();
  });

  it("takes the largest of the rules that hold, whatever their order, and never more than the price", () => {
    const rules: DepositRule[] = [
      { when: { kind: "new_client" }, amount: fixed(1000) },
      { when: { kind: "service_price", atLeast: 0, categoryId: null }, amount: percent(33) },
    ];
    const subject = { ...regular, newClient: true, servicePrice: 4500 };

    expect(depositFor(policy(...rules), subject)).toBe(1485);
    expect(depositFor(policy(...rules.toReversed()), subject)).toBe(1485);
    expect(depositFor(policy({ when: { kind: "new_client" }, amount: fixed(9000) }), subject)).toBe(4500);
  });

  it("rounds a percentage up to a whole minor unit", () => {
    const rules = policy({
      when: { kind: "service_price", atLeast: 0, categoryId: null },
      amount: percent(10),
    });

    expect(depositFor(rules, { ...regular, servicePrice: 1005 })).toBe(101);
  });
});
