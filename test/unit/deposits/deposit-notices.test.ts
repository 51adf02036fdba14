import { describe, expect, it } from "vitest";
import { planNotices } from "../../../domain/appointments/appointment-notices";
import {
  DEPOSIT_DUE_NOTICE,
  DEPOSIT_REFUND_NOTICE,
  DEPOSIT_REQUEST_NOTICE,
  planDepositNotices,
} from "../../../domain/deposits/deposit-notices";
import type { AppointmentDeposit, DepositStatus } from "../../../domain/model/appointment";
import { DEFAULT_APPOINTMENT_POLICY } from "../../../domain/model/studio";
import { anAppointment } from "../../fakes/appointment-builder";

const NOW = "2026-11-23T10:00:00.000Z";
const PAY_BY = "2026-11-23T10:30:00.000Z";
const STARTS = "2026-11-30T10:00:00.000Z";
const deposit = (status: DepositStatus, payBy: string | null = PAY_BY): AppointmentDeposit => ({
  amount: 5000,
  currency: "EUR",
  status,
  requestedAt: NOW,
  payBy,
  checkoutId: "cs_1",
  paymentUrl: "https://pay.example/cs_1",
  paymentId: null,
  paidAt: null,
  refundId: null,
  settledAt: null,
});
const pending = anAppointment({
  id: "a1",
  status: "pending_deposit",
  startsAt: STARTS,
  endsAt: "2026-11-30T11:00:00.000Z",
  deposit: deposit("requested"),
  updatedAt: NOW,
  version: 1,
});
const kinds = (plan: { put: Array<{ kind: string }> }) => plan.put.map((notice) => notice.kind);

describe("deposit notices", () => {
  it("plans the end of the time to pay for a new online booking, and tells the client nothing yet", () => {
    const deposits = planDepositNotices(null, pending, DEFAULT_APPOINTMENT_POLICY, NOW);
    const events = planNotices(null, pending, DEFAULT_APPOINTMENT_POLICY, "Europe/Berlin", NOW);

    expect(deposits.put).toEqual([
      expect.objectContaining({ kind: DEPOSIT_DUE_NOTICE, dueAt: PAY_BY, depositAmount: 5000 }),
    ]);
    expect(kinds(events)).toEqual([]);
  });

  it("drops the end of the time to pay once paid, and confirms the booking with its reminders", () => {
    const paid = { ...pending, status: "booked" as const, deposit: deposit("paid"), version: 2 };

    const deposits = planDepositNotices(pending, paid, DEFAULT_APPOINTMENT_POLICY, NOW);
    const events = planNotices(pending, paid, DEFAULT_APPOINTMENT_POLICY, "Europe/Berlin", NOW);

    expect(deposits).toEqual({ put: [], remove: [DEPOSIT_DUE_NOTICE] });
    expect(kinds(events)[0]).toBe("booked");
    expect(kinds(events).filter((kind) => kind.startsWith("reminder")).length).toBeGreaterThan(0);
  });

  it("tells a client whose time to pay ran out that the slot was released, not that they cancelled", () => {
    const released = {
      ...pending,
      status: "cancelled" as const,
      deposit: deposit("expired"),
      version: 2,
    };
    const cancelled = { ...released, deposit: deposit("cancelled") };

    const expiry = planNotices(pending, released, DEFAULT_APPOINTMENT_POLICY, "Europe/Berlin", NOW);
    const cancellation = planNotices(pending, cancelled, DEFAULT_APPOINTMENT_POLICY, "Europe/Berlin", NOW);

    expect(expiry.put.map((notice) => notice.templatePurpose)).toEqual(["deposit_expired"]);
    expect(cancellation.put.map((notice) => notice.templatePurpose)).toEqual(["cancellation"]);
    expect(planDepositNotices(pending, released, DEFAULT_APPOINTMENT_POLICY, NOW).remove).toEqual([
      DEPOSIT_DUE_NOTICE,
    ]);
  });

  it("plans a refund once, when the deposit becomes refunding", () => {
    const paid = { ...pending, status: "booked" as const, deposit: deposit("paid"), version: 2 };
    const refunding = { ...paid, status: "cancelled" as const, deposit: deposit("refunding"), version: 3 };
    const again = { ...refunding, notes: "called", version: 4 };

    expect(kinds(planDepositNotices(paid, refunding, DEFAULT_APPOINTMENT_POLICY, NOW))).toEqual([
      DEPOSIT_REFUND_NOTICE,
    ]);
    expect(kinds(planDepositNotices(refunding, again, DEFAULT_APPOINTMENT_POLICY, NOW))).toEqual([]);
  });

  it("sends a deposit staff asked for once per checkout", () => {
    const booked = { ...pending, status: "booked" as const, deposit: undefined };
    const asked = { ...booked, deposit: deposit("requested", null), version: 2 };
    const unchanged = { ...asked, notes: "window seat", version: 3 };

    expect(kinds(planDepositNotices(booked, asked, DEFAULT_APPOINTMENT_POLICY, NOW))).toEqual([
      DEPOSIT_REQUEST_NOTICE,
    ]);
    expect(kinds(planDepositNotices(asked, unchanged, DEFAULT_APPOINTMENT_POLICY, NOW))).toEqual([]);
  });
});
