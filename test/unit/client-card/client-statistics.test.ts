import { describe, expect, it } from "vitest";
import { clientStatistics } from "../../../domain/client-card/client-statistics";
import { visitHistoryOf } from "../../../domain/client-card/visit-history";
import type { Appointment } from "../../../domain/model/appointment";
import { anAppointment } from "../../fakes/appointment-builder";

const BERLIN = "Europe/Berlin";
const NEW_YORK = "America/New_York";
const options = { now: "2026-06-15T10:00:00.000Z", timeZone: BERLIN, clientSince: "2025-01-01" };

const visitsAt = (...instants: string[]): Appointment[] =>
  instants.map((startsAt) => anAppointment({ status: "attended", startsAt }));

const historyOf = (appointments: Appointment[]) => visitHistoryOf("studio-1", "client-1", appointments);

describe("clientStatistics", () => {
  it("describes a client without history", () => {
    // Prepare / Act
    const statistics = clientStatistics(historyOf([]), options);

    // Assess
    expect(statistics).toMatchObject({
      attendedVisits: 0,
      averageSpend: null,
      totalSpend: 0,
      visitsPerMonth: null,
      servicesUsed: [],
      clientSince: "2025-01-01",
      firstVisitAt: null,
      lastVisitAt: null,
      nextAppointmentAt: null,
      trend: "new",
    });
    expect(statistics.monthlyTrend.map((m) => m.month)).toEqual([
      "2025-07",
      "2025-08",
      "2025-09",
      "2025-10",
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
    ]);
    expect(statistics.monthlyTrend.every((m) => m.visits === 0 && m.spend === 0)).toBe(true);
  });

  it("counts no visits and no spend for a client with only no-shows", () => {
    // Prepare
    const history = [
      anAppointment({ status: "no_show", startsAt: "2024-12-20T10:00:00.000Z", price: 8000 }),
      anAppointment({ status: "no_show", startsAt: "2026-05-01T10:00:00.000Z", price: 8000 }),
    ];

    // Act
    const statistics = clientStatistics(historyOf(history), options);

    // Assess
    expect(statistics).toMatchObject({
      attendedVisits: 0,
      averageSpend: null,
      totalSpend: 0,
      visitsPerMonth: null,
      servicesUsed: [],
      clientSince: "2024-12-20",
      firstVisitAt: null,
      lastVisitAt: null,
      trend: "new",
    });
    expect(statistics.monthlyTrend.every((m) => m.visits === 0 && m.spend === 0)).toBe(true);
  });

  it("counts spend of attended appointments only and rounds the average", () => {
    // Prepare
    const history = [
      anAppointment({ status: "attended", price: 1000 }),
      anAppointment({ status: "attended", price: 2001 }),
      anAppointment({ status: "attended", price: 3000 }),
      anAppointment({ status: "cancelled", lateCancellation: true, price: 9999 }),
      anAppointment({ status: "no_show", price: 9999 }),
      anAppointment({ status: "booked", startsAt: "2026-07-01T10:00:00.000Z", price: 9999 }),
    ];

    // Act
    const statistics = clientStatistics(historyOf(history), options);

    // Assess
    expect(statistics.attendedVisits).toBe(3);
    expect(statistics.totalSpend).toBe(6001);
    expect(statistics.averageSpend).toBe(2000);
  });

  it("lists services used by count, then name, under the latest name of each service", () => {
    // Prepare
    const history = [
      anAppointment({ serviceId: "colour", serviceName: "Colour", startsAt: "2026-05-01T10:00:00.000Z" }),
      anAppointment({ serviceId: "colour", serviceName: "Color", startsAt: "2026-01-01T10:00:00.000Z" }),
      anAppointment({ serviceId: "beard", serviceName: "Beard trim" }),
      anAppointment({ serviceId: "beard", serviceName: "Beard trim", status: "cancelled" }),
      anAppointment({ serviceId: "cut", serviceName: "Cut" }),
      anAppointment({ serviceId: "cut", serviceName: "Cut" }),
    ];

    // Act
    const { servicesUsed } = clientStatistics(historyOf(history), options);

    // Assess
    expect(servicesUsed).toEqual([
      { serviceId: "colour", serviceName: "Colour", count: 2 },
      { serviceId: "cut", serviceName: "Cut", count: 2 },
      { serviceId: "beard", serviceName: "Beard trim", count: 1 },
    ]);
  });

  it("dates the client from the first appointment's local day when it is earlier than the record", () => {
    // Prepare: 23:30 UTC on New Year's Eve is already 1 January in Berlin
    const history = [anAppointment({ status: "no_show", startsAt: "2024-12-31T23:30:00.000Z" })];

    // Act
    const statistics = clientStatistics(historyOf(history), { ...options, clientSince: "2025-03-01" });

    // Assess
    expect(statistics.clientSince).toBe("2025-01-01");
  });

  it("keeps the recorded client-since date when it is earlier than every appointment", () => {
    // Prepare
    const history = visitsAt("2025-02-10T10:00:00.000Z");

    // Act
    const statistics = clientStatistics(historyOf(history), { ...options, clientSince: "2024-06-01" });

    // Assess
    expect(statistics.clientSince).toBe("2024-06-01");
  });

  it("takes first and last visit from attended appointments only", () => {
    // Prepare
    const history = [
      ...visitsAt("2026-03-01T10:00:00.000Z", "2025-11-20T10:00:00.000Z", "2026-01-05T10:00:00.000Z"),
      anAppointment({ status: "no_show", startsAt: "2025-10-01T10:00:00.000Z" }),
      anAppointment({ status: "no_show", startsAt: "2026-05-01T10:00:00.000Z" }),
    ];

    // Act
    const statistics = clientStatistics(historyOf(history), options);

    // Assess
    expect(statistics.firstVisitAt).toBe("2025-11-20T10:00:00.000Z");
    expect(statistics.lastVisitAt).toBe("2026-03-01T10:00:00.000Z");
  });

  it("names the earliest booked appointment after now as the next one", () => {
    // Prepare
    const history = [
      anAppointment({ status: "booked", startsAt: "2026-06-14T10:00:00.000Z" }),
      anAppointment({ status: "booked", startsAt: "2026-06-25T10:00:00.000Z" }),
      anAppointment({ status: "booked", startsAt: "2026-06-18T10:00:00.000Z" }),
      anAppointment({ status: "cancelled", startsAt: "2026-06-16T10:00:00.000Z" }),
    ];

    // Act
    const statistics = clientStatistics(historyOf(history), options);

    // Assess
    expect(statistics.nextAppointmentAt).toBe("2026-06-18T10:00:00.000Z");
  });

  it("measures visits per month from the first visit when the client was recorded later", () => {
    // Prepare: 7 visits in 12 months
    const history = visitsAt(
      "2025-06-15T10:00:00.000Z",
      "2025-08-15T10:00:00.000Z",
      "2025-10-15T10:00:00.000Z",
      "2025-12-15T10:00:00.000Z",
      "2026-02-15T10:00:00.000Z",
      "2026-04-15T10:00:00.000Z",
      "2026-06-01T10:00:00.000Z",
    );

    // Act
    const statistics = clientStatistics(historyOf(history), { ...options, clientSince: "2025-07-01" });

    // Assess
    expect(statistics.visitsPerMonth).toBe(0.58);
  });

  it("measures visits per month from the client-since date when it is earlier than the first visit", () => {
    // Prepare: 6 visits; 15 months from 15 March 2025 to midnight of 15 June 2026 in Berlin
    const history = visitsAt(
      "2025-06-15T10:00:00.000Z",
      "2025-08-15T10:00:00.000Z",
      "2025-10-15T10:00:00.000Z",
      "2025-12-15T10:00:00.000Z",
      "2026-02-15T10:00:00.000Z",
      "2026-04-15T10:00:00.000Z",
    );

    // Act
    const statistics = clientStatistics(historyOf(history), {
      ...options,
      now: "2026-06-14T22:00:00.000Z",
      clientSince: "2025-03-15",
    });

    // Assess
    expect(statistics.visitsPerMonth).toBe(0.4);
  });

  it("counts at least a whole month for a client who just started", () => {
    // Prepare
    const history = visitsAt("2026-06-12T10:00:00.000Z");

    // Act
    const statistics = clientStatistics(historyOf(history), { ...options, clientSince: "2026-06-12" });

    // Assess
    expect(statistics.visitsPerMonth).toBe(1);
  });

  it("buckets attended visits and spend per local month and leaves out older months", () => {
    // Prepare
    const history = [
      anAppointment({ startsAt: "2025-06-30T10:00:00.000Z", price: 1000 }),
      anAppointment({ startsAt: "2025-07-01T10:00:00.000Z", price: 2000 }),
      anAppointment({ startsAt: "2026-06-01T10:00:00.000Z", price: 3000 }),
      anAppointment({ startsAt: "2026-06-10T10:00:00.000Z", price: 4000 }),
      anAppointment({ status: "no_show", startsAt: "2026-06-12T10:00:00.000Z", price: 5000 }),
    ];

    // Act
    const { monthlyTrend } = clientStatistics(historyOf(history), options);

    // Assess
    expect(monthlyTrend).toHaveLength(12);
    expect(monthlyTrend[0]).toEqual({ month: "2025-07", visits: 1, spend: 2000 });
    expect(monthlyTrend[11]).toEqual({ month: "2026-06", visits: 2, spend: 7000 });
    expect(monthlyTrend.slice(1, 11).every((m) => m.visits === 0)).toBe(true);
  });

  it.each([
    {
      on: "Berlin's spring-forward day",
      timeZone: BERLIN,
      now: "2026-03-29T01:30:00.000Z",
      visitsAt: ["2026-02-28T23:30:00.000Z", "2026-03-29T00:30:00.000Z"],
      months: ["2025-04", "2026-03"],
      visitMonth: "2026-03",
    },
    {
      on: "Berlin's fall-back day",
      timeZone: BERLIN,
      now: "2026-10-25T01:30:00.000Z",
      visitsAt: ["2026-09-30T22:30:00.000Z", "2026-10-25T00:30:00.000Z"],
      months: ["2025-11", "2026-10"],
      visitMonth: "2026-10",
    },
    {
      on: "New York's spring-forward day",
      timeZone: NEW_YORK,
      now: "2026-03-08T07:30:00.000Z",
      visitsAt: ["2026-03-01T04:30:00.000Z", "2026-02-28T06:30:00.000Z"],
      months: ["2025-04", "2026-03"],
      visitMonth: "2026-02",
    },
    {
      on: "New York's fall-back day",
      timeZone: NEW_YORK,
      now: "2026-11-01T05:30:00.000Z",
      visitsAt: ["2026-11-01T03:30:00.000Z", "2026-10-31T12:00:00.000Z"],
      months: ["2025-12", "2026-11"],
      visitMonth: "2026-10",
    },
  ])(
    "buckets by the studio's calendar on $on",
    ({ timeZone, now, visitsAt: instants, months, visitMonth }) => {
      // Prepare
      const history = visitsAt(...instants);

      // Act
      const { monthlyTrend } = clientStatistics(historyOf(history), {
        now,
        timeZone,
        clientSince: "2025-01-01",
      });

      // Assess
      expect([monthlyTrend[0]?.month, monthlyTrend[11]?.month]).toEqual(months);
      expect(monthlyTrend.filter((m) => m.visits > 0)).toEqual([
        { month: visitMonth, visits: 2, spend: 9000 },
      ]);
    },
  );

  it.each([
    {
      case: "more visits in the last 6 months than in the 6 before",
      trend: "rising",
      visits: [
        "2025-09-10T10:00:00.000Z",
        "2026-02-10T10:00:00.000Z",
        "2026-04-10T10:00:00.000Z",
        "2026-06-01T10:00:00.000Z",
      ],
    },
    {
      case: "fewer visits in the last 6 months than in the 6 before",
      trend: "falling",
      visits: [
        "2025-07-10T10:00:00.000Z",
        "2025-09-10T10:00:00.000Z",
        "2025-11-10T10:00:00.000Z",
        "2026-03-10T10:00:00.000Z",
      ],
    },
    {
      case: "as many visits in the last 6 months as in the 6 before",
      trend: "steady",
      visits: [
        "2025-08-10T10:00:00.000Z",
        "2025-11-10T10:00:00.000Z",
        "2026-02-10T10:00:00.000Z",
        "2026-05-10T10:00:00.000Z",
      ],
    },
    {
      case: "visits only in the last 6 months",
      trend: "new",
      visits: ["2026-01-10T10:00:00.000Z", "2026-03-10T10:00:00.000Z", "2026-05-10T10:00:00.000Z"],
    },
    {
      case: "a visit long ago and one in the last 6 months",
      trend: "rising",
      visits: ["2024-05-10T10:00:00.000Z", "2026-05-10T10:00:00.000Z"],
    },
  ])("calls $case $trend", ({ visits, trend }) => {
    // Prepare
    const history = visitsAt(...visits);

    // Act
    const statistics = clientStatistics(historyOf(history), options);

    // Assess
    expect(statistics.trend).toBe(trend);
  });

  it("starts the recent half of the trend at the local start of its first month", () => {
    // Prepare: 23:30 UTC on 31 December is 1 January in Berlin, so one visit in each half
    const history = visitsAt("2025-08-10T10:00:00.000Z", "2025-12-31T23:30:00.000Z");

    // Act
    const statistics = clientStatistics(historyOf(history), options);

    // Assess
    expect(statistics.trend).toBe("steady");
  });

  it("calls a client new whose only earlier appointments were missed", () => {
    // Prepare
    const history = [
      anAppointment({ status: "no_show", startsAt: "2025-08-10T10:00:00.000Z" }),
      ...visitsAt("2026-03-10T10:00:00.000Z"),
    ];

    // Act
    const statistics = clientStatistics(historyOf(history), options);

    // Assess
    expect(statistics.trend).toBe("new");
  });
});
