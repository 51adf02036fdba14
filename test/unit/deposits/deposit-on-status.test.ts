import { describe, expect, it } from "vitest";
import { depositOnStatus } from "../../../domain/deposits/deposit-on-status";
import type { AppointmentDeposit, DepositStatus } from "../../../domain/model/appointment";

const NOW = "2026-11-23T10:00:00.000Z";
const deposit = (status: DepositStatus): AppointmentDeposit => ({
  amount: 5000,
  currency: "EUR",
  status,
  requestedAt: "2026-11-20T10:00:00.000Z",
  payBy: null,
  checkoutId: "cs_1",
  paymentUrl: "https://pay.example/cs_1",
  paymentId: status === "requested" ? null : "pi_1",
  paidAt: status === "requested" ? null : "2026-11-20T10:05:00.000Z",
  refundId: null,
  settledAt: null,
});
const KEEP_BOTH = { retainOn: ["no_show", "late_cancellation"] as Array<"no_show" | "late_cancellation"> };
const KEEP_NONE = { retainOn: [] };

describe("depositOnStatus", () => {
  it("closes an unpaid request when the booking is cancelled, however late", () => {
    for (const lateCancellation of [false, true]) {
      expect(
        depositOnStatus(deposit("requested"), { status: "cancelled", lateCancellation }, KEEP_BOTH, NOW),
      ).toMatchObject({ status: "cancelled", settledAt: NOW });
    }
  });

  it("pays a paid deposit back on a cancellation in time, and keeps it on a late one where the policy says so", () => {
    const inTime = { status: "cancelled" as const, lateCancellation: false };
    const late = { status: "cancelled" as const, lateCancellation: true };

    expect(depositOnStatus(deposit("paid"), inTime, KEEP_BOTH, NOW)?.status).toBe("refunding");
    expect(depositOnStatus(deposit("paid"), late, KEEP_BOTH, NOW)?.status).toBe("retained");
    expect(depositOnStatus(deposit("paid"), late, KEEP_NONE, NOW)?.status).toBe("refunding");
  });

  it("counts a paid deposit toward the price on attendance, also after a no-show was corrected", () => {
    const attended = { status: "attended" as const, lateCancellation: false };

    expect(depositOnStatus(deposit("paid"), attended, KEEP_BOTH, NOW)?.status).toBe("credited");
    expect(depositOnStatus(deposit("retained"), attended, KEEP_BOTH, NOW)?.status).toBe("credited");
  });

  it("keeps a paid deposit on a no-show where the policy says so, and leaves it paid for staff otherwise", () => {
    const noShow = { status: "no_show" as const, lateCancellation: false };

    expect(depositOnStatus(deposit("paid"), noShow, KEEP_BOTH, NOW)).toMatchObject({
      status: "retained",
      settledAt: NOW,
    });
    expect(depositOnStatus(deposit("credited"), noShow, KEEP_NONE, NOW)).toMatchObject({
      status: "paid",
      settledAt: null,
    });
  });

  it("leaves a deposit already paid back, or never paid, as it is", () => {
    for (const status of ["refunded", "refunding", "expired"] as const) {
      for (const next of ["attended", "no_show", "cancelled"] as const) {
        expect(
          depositOnStatus(deposit(status), { status: next, lateCancellation: true }, KEEP_BOTH, NOW)?.status,
        ).toBe(status);
      }
    }
    expect(depositOnStatus(undefined, { status: "attended", lateCancellation: false }, KEEP_BOTH, NOW)).toBe(
      undefined,
    );
  });
});
