import { birthdayGreetingsPayload } from "../../events/birthday-greetings";
import { overdueScanPayload } from "../../events/overdue-scan";
import { projectAutomationPayload } from "../../events/project-automation";
import { sendAppointmentNoticesPayload } from "../../events/send-appointment-notices";
import { sendDueMessagesPayload } from "../../events/send-due-messages";

/** What EventBridge Scheduler runs in the cloud (see infra/), run here against the same handlers. */
const localSchedules = [
  { entry: "overdue-scan", everyMinutes: 60, payload: overdueScanPayload },
  { entry: "project-automation", everyMinutes: 60, payload: projectAutomationPayload },
  { entry: "send-appointment-notices", everyMinutes: 1, payload: sendAppointmentNoticesPayload },
  { entry: "send-due-messages", everyMinutes: 1, payload: sendDueMessagesPayload },
  { entry: "birthday-greetings", everyMinutes: 24 * 60, payload: birthdayGreetingsPayload },
] as const;

export type LocalScheduleName = (typeof localSchedules)[number]["entry"];
export const localScheduleNames: readonly string[] = localSchedules.map((schedule) => schedule.entry);

type ScheduledHandler = (payload: unknown) => Promise<unknown>;

export interface LocalScheduler {
  /** Runs a schedule's target now, as a tick would; the result is what the handler returned. */
  runNow: (name: LocalScheduleName) => Promise<unknown>;
  stop: () => Promise<void>;
}

/**
 * Fires every schedule once at start (so the demo shows who is overdue at once) and then at its rate.
 * A failed tick is logged and the next tick tries again, as the cloud's retries would.
 */
export const startLocalScheduler = async (log: (line: string) => void): Promise<LocalScheduler> => {
  const timers: NodeJS.Timeout[] = [];
  const handlers = new Map<LocalScheduleName, () => Promise<unknown>>();
  for (const schedule of localSchedules) {
    const { handler } = (await import(`../scheduled/${schedule.entry}`)) as { handler: ScheduledHandler };
    const run = () => handler(schedule.payload);
    handlers.set(schedule.entry, run);
    const tick = async () => {
      try {
        log(`${schedule.entry}: ${JSON.stringify(await run())}`);
      } catch (error) {
        log(`${schedule.entry} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    };
    log(`${schedule.entry}: first run…`);
    await tick();
    timers.push(setInterval(tick, schedule.everyMinutes * 60_000));
  }
  return {
    runNow: (name) => handlers.get(name)!(),
    stop: async () => {
      for (const timer of timers) clearInterval(timer);
    },
  };
};
