import { describe, expect, it } from "vitest";
import { DEFAULT_RECONNECT_SETTINGS } from "../../../domain/model/reconnect";
import type { VisitRhythm } from "../../../domain/model/visit-rhythm";
import { firstMessageSent } from "../../../domain/reconnect/campaign-steps";
import { attributeReconnection, contactedThisEpisode } from "../../../domain/reconnect/reconnect-attribution";
import { emptyRhythm } from "../../../domain/rhythm/visit-rhythm-rules";
import { anAppointment } from "../../fakes/appointment-builder";

const FIRST_SENT = "2026-04-10T08:00:00.000Z";

const contacted = (): VisitRhythm =>
  firstMessageSent(
    { ...emptyRhythm("studio-1", "client-1", "category-hair"), overdueSince: "2026-04-09T08:00:00.000Z" },
    FIRST_SENT,
    DEFAULT_RECONNECT_SETTINGS,
    "Europe/Berlin",
  ).rhythm;

const booking = (overrides = {}) =>
  anAppointment({
    status: "booked",
    startsAt: "2026-04-20T09:00:00.000Z",
    createdAt: "2026-04-15T09:00:00.000Z",
    ...overrides,
  });

describe("the reconnection attribution rule", () => {
  it("starts a campaign with follow-up and window counted in the studio's days, into its month", () => {
    // Act
    const { rhythm, stats } = firstMessageSent(
      emptyRhythm("studio-1", "client-1", "category-hair"),
      "2026-03-20T08:00:00.000Z",
      DEFAULT_RECONNECT_SETTINGS,
      "Europe/Berlin",
    );

    // Assess: across the DST change (29 March) the follow-up stays at 09:00 Berlin
    expect(rhythm.reconnect).toMatchObject({
      followUpAt: "2026-04-03T07:00:00.000Z",
      windowEndsAt: "2026-06-18T07:00:00.000Z",
      cohortMonth: "2026-03",
    });
    expect(stats).toMatchObject({ contacted: 1, reconnected: 0, revenue: 0, month: "2026-03" });
  });

  it("reconnects a client who books within the window and attributes the booking's price", () => {
    // Act
    const { rhythm, stats } = attributeReconnection(contacted(), booking(), "2026-04-15T09:00:00.000Z");

    // Assess
    expect(rhythm.reconnect).toMatchObject({ reconnectedAt: "2026-04-15T09:00:00.000Z" });
    expect(stats).toMatchObject({ month: "2026-04", reconnected: 1, revenue: 4500, contacted: 0 });
  });

  it("attributes an appointment once: marking the booking attended adds nothing", () => {
    // Prepare
    const booked = attributeReconnection(contacted(), booking({ id: "a-1" }), "2026-04-15T09:00:00.000Z");

    // Act
    const attended = attributeReconnection(
      booked.rhythm,
      booking({ id: "a-1", status: "attended" }),
      "2026-04-20T10:00:00.000Z",
    );

    // Assess
    expect(attended.stats).toBeNull();
    expect(attended.rhythm.reconnect?.attributed).toEqual({ "a-1": 4500 });
  });

  it("adds a second appointment's revenue without counting the client twice", () => {
    // Prepare
    const first = attributeReconnection(contacted(), booking({ id: "a-1" }), "2026-04-15T09:00:00.000Z");

    // Act
    const second = attributeReconnection(
      first.rhythm,
      booking({ id: "a-2", price: 3000, createdAt: "2026-04-16T09:00:00.000Z" }),
      "2026-04-16T09:00:00.000Z",
    );

    // Assess
    expect(second.stats).toMatchObject({ reconnected: 0, revenue: 3000 });
  });

  it("does not attribute a booking recorded after the window closed", () => {
    // Act
    const late = attributeReconnection(
      contacted(),
      booking({ createdAt: "2026-07-10T09:00:00.000Z", startsAt: "2026-07-15T09:00:00.000Z" }),
      "2026-07-10T09:00:00.000Z",
    );

    // Assess
    expect(late.stats).toBeNull();
    expect(late.rhythm.reconnect?.reconnectedAt).toBeNull();
  });

  it("does not attribute a visit booked before the first message", () => {
    // Act
    const old = attributeReconnection(
      contacted(),
      booking({
        status: "attended",
        createdAt: "2026-03-01T09:00:00.000Z",
        startsAt: "2026-04-09T09:00:00.000Z",
      }),
      "2026-04-12T09:00:00.000Z",
    );

    // Assess
    expect(old.stats).toBeNull();
  });

  it("takes revenue and reconnection back when the only attributed booking is cancelled", () => {
    // Prepare
    const booked = attributeReconnection(contacted(), booking({ id: "a-1" }), "2026-04-15T09:00:00.000Z");

    // Act
    const cancelled = attributeReconnection(
      booked.rhythm,
      booking({ id: "a-1", status: "cancelled" }),
      "2026-04-16T09:00:00.000Z",
    );

    // Assess
    expect(cancelled.stats).toMatchObject({ reconnected: -1, revenue: -4500 });
    expect(cancelled.rhythm.reconnect?.reconnectedAt).toBeNull();
  });

  it("leaves a rhythm without a campaign alone", () => {
    // Act
    const untouched = attributeReconnection(
      emptyRhythm("s", "c", "k"),
      booking(),
      "2026-04-15T09:00:00.000Z",
    );

    // Assess
    expect(untouched.stats).toBeNull();
    expect(untouched.rhythm.reconnect).toBeUndefined();
  });

  it("counts a message from an earlier overdue episode as not contacted", () => {
    // Prepare
    const later = { ...contacted(), overdueSince: "2026-09-01T08:00:00.000Z" };

    // Act + Assess
    expect(contactedThisEpisode(contacted())).toBe(true);
    expect(contactedThisEpisode(later)).toBe(false);
  });
});
