import { birthdayGreetingsOf } from "../model/studio";
import { forEachBounded } from "../outbox/bounded-concurrency";
import type { Dependencies } from "../ports/dependencies";
import {
  greetingDates,
  greetingDatesAnywhere,
  monthDaysCelebratedOn,
  startOfLocalDate,
} from "./birthday-dates";

export interface BirthdayRunResult {
  /** Studios with greetings switched on and birthdays to greet. */
  studios: number;
  queued: number;
  /** Recorded as skipped by the outbox (no consent, no address, frequency cap). */
  skipped: number;
  /** Studios whose greetings failed; the others' are done, and a retry finds exactly what is left. */
  failed: { studioId: string; error: unknown }[];
}

const STUDIOS_IN_FLIGHT = 4;

/**
 * The daily birthday run. It reads only the birthdays that are today or tomorrow in some zone (the
 * `byBirthday` index by month and day), then, per studio with greetings switched on, greets its today's and
 * tomorrow's birthdays that have no greeting of that year yet: one marketing send request per studio and date
 * (so consent, language and send windows are the outbox's), released from the start of the birthday in the
 * studio's zone. Each client's greeting of the year is then marked; the request id is fixed per studio and
 * date, so a run cut short between the two queues nothing twice.
 */
export const birthdayGreetings =
  (deps: Pick<Dependencies, "studios" | "birthdays" | "sendRequests" | "clock">) =>
  async (): Promise<BirthdayRunResult> => {
    const now = deps.clock();
    const born = new Map<string, Map<string, string[]>>();
    const monthDays = new Set(greetingDatesAnywhere(now).flatMap(monthDaysCelebratedOn));
    for (const monthDay of monthDays) {
      for await (const page of deps.birthdays.bornOn(monthDay)) {
        for (const { studioId, clientId } of page) {
          const ofStudio = born.get(studioId) ?? new Map<string, string[]>();
          ofStudio.set(monthDay, [...(ofStudio.get(monthDay) ?? []), clientId]);
          born.set(studioId, ofStudio);
        }
      }
    }

    const result: BirthdayRunResult = { studios: 0, queued: 0, skipped: 0, failed: [] };
    await forEachBounded([...born], STUDIOS_IN_FLIGHT, async ([studioId, byMonthDay]) => {
      try {
        const studio = await deps.studios.get(studioId);
        const settings = studio === null ? null : birthdayGreetingsOf(studio.settings);
        if (studio === null || !settings?.enabled) return;
        let greets = false;
        for (const date of greetingDates(now, studio.timeZone)) {
          const year = date.slice(0, 4);
          const candidates = monthDaysCelebratedOn(date).flatMap(
            (monthDay) => byMonthDay.get(monthDay) ?? [],
          );
          const done = await Promise.all(
            candidates.map((clientId) => deps.birthdays.greeted(studioId, clientId, year)),
          );
          const due = candidates.filter((_, index) => !done[index]);
          if (due.length === 0) continue;
          greets = true;
          const queued = await deps.sendRequests(studioId, {
            requestId: `birthday:${date}`,
            clientIds: due,
            templatePurpose: "birthday",
            channelPolicy: settings.channelPolicy,
            values: settings.promotionCode === null ? {} : { promotionCode: settings.promotionCode },
            notBefore: startOfLocalDate(date, studio.timeZone),
          });
          await Promise.all(due.map((clientId) => deps.birthdays.markGreeted(studioId, clientId, year)));
          result.queued += queued.queued;
          result.skipped += queued.skipped;
        }
        if (greets) result.studios += 1;
      } catch (error) {
        result.failed.push({ studioId, error });
      }
    });
    return result;
  };
