import type { Clock } from "../../domain/ports/dependencies";

let offsetMilliseconds = 0;

/** The clock every Lambda runs on. Only the local stack ever moves it (to play a scenario forward). */
export const systemClock: Clock = () => new Date(Date.now() + offsetMilliseconds).toISOString();

/** Local stack only: from now on the clock reads `instant` and ticks on from there. */
export const moveSystemClockTo = (instant: string): void => {
  offsetMilliseconds = Date.parse(instant) - Date.now();
};
