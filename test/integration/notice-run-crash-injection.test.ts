import { describe, expect, it } from "vitest";
import { reminderDueAt } from "../../domain/appointments/appointment-notices";
import { sendAppointmentNotices } from "../../domain/appointments/send-appointment-notices";
import type { Dependencies } from "../../domain/ports/dependencies";
import { aStudio, createApiHarness } from "../support/api-harness";
import { addCatalog } from "../support/catalog-fixture";

/** The process died: nothing after it happens. */
class CrashError extends Error {}

const CRASH_POINTS = ["beforeQueue", "afterQueue", "afterRemove"] as const;
const RUNS = 100;
/** Enough appointments that every run finds reminders due. */
const BOOKINGS = 160;

/** mulberry32: a seeded generator, so a failing run can be replayed from its seed. */
const randomFrom = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/** One run of the notice process that dies at `crash` (the n-th notice it handles, at a point). */
const noticeProcess = (
  deps: Dependencies,
  crash: { at: number; point: (typeof CRASH_POINTS)[number] } | null,
) => {
  let dead = false;
  let handled = 0;
  const die = (): never => {
    dead = true;
    throw new CrashError("crashed");
  };
  const alive = () => {
    if (dead) throw new CrashError("dead process");
  };
  return sendAppointmentNotices({
    ...deps,
    sendRequests: async (studioId, request) => {
      alive();
      handled += 1;
      if (crash?.at === handled && crash.point === "beforeQueue") die();
      const result = await deps.sendRequests(studioId, request);
      if (crash?.at === handled && crash.point === "afterQueue") die();
      return result;
    },
    appointments: {
      ...deps.appointments,
      removeNotice: async (notice) => {
        alive();
        await deps.appointments.removeNotice(notice);
        if (crash?.at === handled && crash.point === "afterRemove") die();
      },
    },
  });
};

describe("the appointment notice run under crash injection", () => {
  it(`queues every reminder exactly once over ${RUNS} runs that crash at random points`, async () => {
    const seed = Date.now();
    const random = randomFrom(seed);
    const api = await createApiHarness();
    await api.addStudio(aStudio("studio-a"));
    await addCatalog(api.deps, "studio-a");
    const clientId = (
      await api.as("studio-a").post("/clients", { firstName: "Eva", lastName: "K", phone: "+4915123456789" })
    ).body.id;
    // Confirmations go out at once with each booking; the run's work is the reminders, due 24 h ahead.
    const booked: string[] = [];
    for (let index = 0; index < BOOKINGS; index++) {
      const startsAt = new Date(Date.parse("2026-12-07T08:00:00.000Z") + index * 3_600_000).toISOString();
      const response = await api
        .as("studio-a")
        .post("/appointments", { clientId, serviceId: "cut", staffId: "lena", startsAt });
      booked.push(response.body.id);
    }
    let crashes = 0;
    let clock = Date.parse("2026-12-06T07:00:00.000Z");
    for (let run = 0; run < RUNS; run++) {
      clock += 90 * 60_000;
      api.setNow(new Date(clock).toISOString());
      const crash =
        random() < 0.8
          ? {
              at: 1 + Math.floor(random() * 2),
              point: CRASH_POINTS[Math.floor(random() * CRASH_POINTS.length)]!,
            }
          : null;
      const result = await noticeProcess(api.deps, crash)();
      if (result.failed.length > 0) crashes += 1;
    }
    const last = await noticeProcess(api.deps, null)();

    const reminders = (await api.deps.outbox.listForClient("studio-a", clientId)).filter(
      (message) => message.templatePurpose === "reminder",
    );
    const perAppointment = new Map<string, number>();
    for (const message of reminders)
      perAppointment.set(message.appointmentId!, (perAppointment.get(message.appointmentId!) ?? 0) + 1);
    const due = booked.filter((_, index) => {
      const startsAt = Date.parse("2026-12-07T08:00:00.000Z") + index * 3_600_000;
      return Date.parse(reminderDueAt(new Date(startsAt).toISOString(), 24, "Europe/Berlin")) <= clock;
    });
    console.log(`seed ${seed}: ${due.length} reminders due over ${RUNS} runs, ${crashes} runs crashed`);
    expect(last.failed).toEqual([]);
    expect(crashes).toBeGreaterThan(RUNS / 10);
    expect(due.length).toBeGreaterThan(RUNS);
    expect([...perAppointment.keys()].sort()).toEqual([...due].sort());
    expect([...perAppointment.values()].every((count) => count === 1)).toBe(true);
    expect(await noticeProcess(api.deps, null)()).toMatchObject({ due: 0 });
  }, 120_000);
});
