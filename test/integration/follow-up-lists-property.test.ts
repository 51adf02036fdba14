import fc from "fast-check";
import { DateTime } from "luxon";
import { beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, aStudio, createApiHarness } from "../support/api-harness";
import { addCatalog } from "../support/catalog-fixture";

/**
 * Random project and appointment histories (across the spring DST change in Berlin), then the four lists on
 * random later dates, each compared with the list's definition applied to what the test itself recorded.
 */

const ZONE = "Europe/Berlin";
const START = "2026-03-20T08:00:00.000Z";
const HOUR = 3600 * 1000;

type Status = "request" | "running" | "paused" | "completed" | "closed";
type AppointmentStatus = "booked" | "attended" | "cancelled" | "no_show";

interface ModelProject {
  id: string;
  status: Status;
  createdAt: string;
  statusChangedAt: string;
  depositPaid: boolean;
  appointments: Map<string, { startsAt: string; status: AppointmentStatus }>;
}

/** The status path as the studio owner describes it. */
const NEXT: Record<Status, Status[]> = {
  request: ["running", "closed"],
  running: ["paused", "completed", "closed"],
  paused: ["running", "completed", "closed"],
  completed: ["closed"],
  closed: [],
};

const step = fc.oneof(
  fc.record({ kind: fc.constant("create" as const), depositPaid: fc.boolean() }),
  fc.record({
    kind: fc.constant("move" as const),
    pick: fc.nat(),
    to: fc.constantFrom<Status>(...(Object.keys(NEXT) as Status[])),
  }),
  fc.record({
    kind: fc.constant("book" as const),
    pick: fc.nat(),
    days: fc.integer({ min: -20, max: 25 }),
    hour: fc.integer({ min: 7, max: 18 }),
  }),
  fc.record({
    kind: fc.constant("mark" as const),
    pick: fc.nat(),
    to: fc.constantFrom<AppointmentStatus>("attended", "cancelled", "no_show"),
  }),
  fc.record({ kind: fc.constant("wait" as const), hours: fc.integer({ min: 1, max: 96 }) }),
);

const check = fc.record({
  laterDays: fc.integer({ min: 0, max: 40 }),
  olderThanDays: fc.integer({ min: 0, max: 12 }),
  olderThanWeeks: fc.integer({ min: 0, max: 4 }),
  periodDaysBack: fc.integer({ min: 0, max: 30 }),
  periodLength: fc.integer({ min: 0, max: 14 }),
});

type Check = typeof check extends fc.Arbitrary<infer T> ? T : never;

const holds = (status: AppointmentStatus) => status === "booked" || status === "attended";
const local = (iso: string) => DateTime.fromISO(iso, { zone: ZONE });
const daysBack = (now: string, days: number) => local(now).minus({ days }).toMillis();

/** Each list's definition, from the issue, over the recorded history. */
const expected = (projects: ModelProject[], now: string, c: Check) => {
  const at = (iso: string) => Date.parse(iso);
  const sessions = (p: ModelProject) => [...p.appointments.values()].filter((a) => holds(a.status));
  /** The last appointment's start; the pause itself for a project paused before any appointment. */
  const lastSessionOr = (p: ModelProject, fallback: string) =>
    sessions(p).length === 0 ? at(fallback) : Math.max(...sessions(p).map((a) => at(a.startsAt)));
  const periodEnd = local(now).minus({ days: c.periodDaysBack }).toISODate()!;
  const periodStart = local(now)
    .minus({ days: c.periodDaysBack + c.periodLength })
    .toISODate()!;
  const ids = (keep: (p: ModelProject) => boolean) =>
    projects
      .filter(keep)
      .map((p) => p.id)
      .sort();
  return {
    "open-requests": ids(
      (p) =>
        p.status === "request" &&
        sessions(p).length === 0 &&
        at(p.createdAt) <= daysBack(now, c.olderThanDays),
    ),
    "without-appointment": ids(
      (p) => p.status === "running" && !sessions(p).some((a) => at(a.startsAt) > at(now)),
    ),
    completed: ids(
      (p) =>
        p.status === "completed" &&
        local(p.statusChangedAt).toISODate()! >= periodStart &&
        local(p.statusChangedAt).toISODate()! <= periodEnd,
    ),
    "paused-with-deposit": ids(
      (p) =>
        p.status === "paused" &&
        p.depositPaid &&
        lastSessionOr(p, p.statusChangedAt) <= daysBack(now, 7 * c.olderThanWeeks),
    ),
    queries: {
      "open-requests": `olderThanDays=${c.olderThanDays}`,
      "without-appointment": "olderThanDays=0",
      completed: `from=${periodStart}&to=${periodEnd}`,
      "paused-with-deposit": `olderThanWeeks=${c.olderThanWeeks}`,
    },
  };
};

describe("follow-up lists hold exactly the projects their definitions name, on any date", () => {
  let api: ApiHarness;
  let runs = 0;
  beforeAll(async () => {
    api = await createApiHarness();
  });

  it("over random histories", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 5, maxLength: 25 }),
        fc.array(check, { minLength: 1, maxLength: 3 }),
        async (steps, checks) => {
          const studioId = `prop-${runs++}`;
          await api.addStudio(aStudio(studioId, { kind: "tattoo" }));
          await addCatalog(api.deps, studioId);
          const studio = api.as(studioId);
          let now = START;
          api.setNow(now);
          const clientId = (await studio.post("/clients", { firstName: "Ada", lastName: "Lind" })).body.id;
          const projects: ModelProject[] = [];
          const slots = new Set<string>();
          const appointments: { id: string; project: ModelProject }[] = [];

          for (const s of steps) {
            if (s.kind === "wait") {
              now = new Date(Date.parse(now) + s.hours * HOUR).toISOString();
              api.setNow(now);
            } else if (s.kind === "create") {
              const body = { clientId, title: "Koi", depositAmount: 5000, depositPaid: s.depositPaid };
              const created = await studio.post("/projects", body);
              projects.push({
                id: created.body.id,
                status: "request",
                createdAt: now,
                statusChangedAt: now,
                depositPaid: s.depositPaid,
                appointments: new Map(),
              });
            } else if (s.kind === "move" && projects.length > 0) {
              const p = projects[s.pick % projects.length]!;
              const response = await studio.patch(`/projects/${p.id}`, { status: s.to });
              const allowed = p.status === s.to || NEXT[p.status].includes(s.to);
              expect(response.status).toBe(allowed ? 200 : 409);
              if (allowed && p.status !== s.to) Object.assign(p, { status: s.to, statusChangedAt: now });
            } else if (s.kind === "book" && projects.length > 0) {
              const p = projects[s.pick % projects.length]!;
              const startsAt = local(now)
                .plus({ days: s.days })
                .set({ hour: s.hour, minute: 0, second: 0, millisecond: 0 });
              const key = startsAt.toISO()!;
              if (slots.has(key)) continue;
              slots.add(key);
              const iso = startsAt.toUTC().toISO()!;
              const booked = await studio.post("/appointments", {
                clientId,
                serviceId: "cut",
                staffId: "lena",
                startsAt: iso,
                projectId: p.id,
              });
              expect(booked.status).toBe(201);
              p.appointments.set(booked.body.id, { startsAt: new Date(iso).toISOString(), status: "booked" });
              appointments.push({ id: booked.body.id, project: p });
            } else if (s.kind === "mark" && appointments.length > 0) {
              const { id, project } = appointments[s.pick % appointments.length]!;
              const appointment = project.appointments.get(id)!;
              const response = await studio.put(
                `/appointments/${id}/status`,
                s.to === "no_show" ? { status: s.to, reason: "did not come" } : { status: s.to },
              );
              const from = appointment.status;
              const allowed =
                from === s.to ||
                ((from === "booked" ||
                  (from === "attended" && s.to === "no_show") ||
                  (from === "no_show" && s.to === "attended")) &&
                  (s.to === "cancelled" || Date.parse(appointment.startsAt) <= Date.parse(now)));
              if (allowed) expect(response.status).toBe(200);
              else expect(response.status).toBeGreaterThanOrEqual(400);
              if (allowed) appointment.status = s.to;
            }
          }

          for (const c of checks) {
            const on = local(now).plus({ days: c.laterDays }).toUTC().toISO()!;
            api.setNow(on);
            const want = expected(projects, on, c);
            for (const list of [
              "open-requests",
              "without-appointment",
              "completed",
              "paused-with-deposit",
            ] as const) {
              const page = await studio.get(`/follow-up-lists/${list}?limit=100&${want.queries[list]}`);
              const got = page.body.items.map((row: { project: { id: string } }) => row.project.id).sort();
              expect({ list, on, ids: got }).toEqual({ list, on, ids: want[list] });
              expect(page.body.count).toBe(want[list].length);
            }
          }
        },
      ),
      { numRuns: 12 },
    );
  }, 240_000);
});
