import { overdueScanPayload } from "../../events/overdue-scan";
import { sendDueMessagesPayload } from "../../events/send-due-messages";

/** What EventBridge Scheduler runs in the cloud (see infra/), run here against the same handlers. */
const localSchedules = [
  { name: "overdue scan", entry: "overdue-scan", everyMinutes: 60, payload: overdueScanPayload },
  { name: "send due messages", entry: "send-due-messages", everyMinutes: 1, payload: sendDueMessagesPayload },
] as const;

type ScheduledHandler = (payload: unknown) => Promise<unknown>;

/**
 * Fires every schedule once at start (so the demo shows who is overdue at once) and then at its rate.
 * A failed run is logged and the next tick tries again, as the cloud's retries would.
 */
export const startLocalScheduler = async (log: (line: string) => void): Promise<() => Promise<void>> => {
  const timers: NodeJS.Timeout[] = [];
  for (const schedule of localSchedules) {
    const { handler } = (await import(`../scheduled/${schedule.entry}`)) as { handler: ScheduledHandler };
    const fire = async () => {
      try {
        log(`${schedule.name}: ${JSON.stringify(await handler(schedule.payload))}`);
      } catch (error) {
        log(`${schedule.name} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    };
    await fire();
    timers.push(setInterval(fire, schedule.everyMinutes * 60_000));
  }
  return async () => {
    for (const timer of timers) clearInterval(timer);
  };
};
