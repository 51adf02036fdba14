import { describe, expect, it } from "vitest";
import type { Promotion } from "../../../domain/model/promotion";
import { coversService, discountOn, isFor, runsOn } from "../../../domain/promotions/promotion-rules";

const aPromotion = (overrides: Partial<Promotion> = {}): Promotion => ({
  id: "p1",
  studioId: "s1",
  code: "SPRING",
  text: "Spring offer",
  discount: { kind: "percent", percent: 15 },
  validFrom: "2027-03-01",
  validUntil: "2027-03-31",
  serviceIds: [],
  categoryIds: [],
  clientGroupIds: [],
  limitPerClient: null,
  limitTotal: null,
  createdAt: "2027-01-01T00:00:00.000Z",
  updatedAt: "2027-01-01T00:00:00.000Z",
  version: 1,
  ...overrides,
});

describe("promotion rules", () => {
  it("runs from its first to its last local date, both included; without an end it runs on", () => {
    const days = ["2027-02-28", "2027-03-01", "2027-03-31", "2027-04-01"];

    expect(days.map((day) => runsOn(aPromotion(), day))).toEqual([false, true, true, false]);
    expect(runsOn(aPromotion({ validUntil: null }), "2099-12-31")).toBe(true);
  });

  it("is for everyone without groups, else for members of any one of its groups", () => {
    const forGroups = aPromotion({ clientGroupIds: ["vip", "students"] });

    expect(isFor(aPromotion(), { groupIds: [] })).toBe(true);
    expect(isFor(forGroups, { groupIds: ["students"] })).toBe(true);
    expect(isFor(forGroups, { groupIds: ["staff-family"] })).toBe(false);
    expect(isFor(forGroups, { groupIds: [] })).toBe(false);
  });

  it("covers every service without targets, else the named services and every service of the named categories", () => {
    const targeted = aPromotion({ serviceIds: ["fade"], categoryIds: ["colour"] });

    expect(coversService(aPromotion(), { serviceId: "cut", categoryId: "hair" })).toBe(true);
    expect(coversService(targeted, { serviceId: "fade", categoryId: "hair" })).toBe(true);
    expect(coversService(targeted, { serviceId: "balayage", categoryId: "colour" })).toBe(true);
    expect(coversService(targeted, { serviceId: "cut", categoryId: "hair" })).toBe(false);
  });

  it("takes a rounded percentage or an amount off, never more than the price", () => {
    expect(discountOn(3333, { kind: "percent", percent: 15 })).toBe(500);
    expect(discountOn(4999, { kind: "percent", percent: 10 })).toBe(500);
    expect(discountOn(4000, { kind: "amount", amount: 500 })).toBe(500);
    expect(discountOn(300, { kind: "amount", amount: 500 })).toBe(300);
    expect(discountOn(2500, { kind: "percent", percent: 100 })).toBe(2500);
  });
});
