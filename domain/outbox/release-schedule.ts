import type { Purpose } from "../messaging/consent";
import { nextSendTime, type SendWindow } from "../messaging/send-windows";

/**
 * Release times for `count` messages on one channel: the first at the earliest window instant at or after
 * `start`, each next one `60 000 / perMinute` ms later, moved into the next window whenever the current
 * one closes. So a large send goes out at the configured rate, and only inside the windows.
 */
export const releaseTimes = (
  count: number,
  start: string,
  perMinute: number,
  windows: readonly SendWindow[],
  timeZone: string,
  purpose: Purpose,
): string[] => {
  const spacing = 60_000 / perMinute;
  const times: string[] = [];
  let cursor = Date.parse(start);
  for (let index = 0; index < count; index++) {
    const release = nextSendTime(new Date(Math.ceil(cursor)).toISOString(), windows, timeZone, purpose);
    times.push(release);
    cursor = Date.parse(release) + spacing;
  }
  return times;
};
