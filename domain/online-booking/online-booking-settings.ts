import { createHash } from "node:crypto";
import { isSupportedCountry } from "libphonenumber-js";
import { validationError } from "../errors";
import type { BookingTerms, OnlineBookingSettings } from "../model/online-booking";
import type { Dependencies } from "../ports/dependencies";
import { retryOnConcurrentUpdate } from "../retry-on-concurrent-update";
import { loadStudio } from "../studios/load-studio";

export type OnlineBookingChanges = Partial<
  Omit<OnlineBookingSettings, "studioId" | "terms" | "updatedAt" | "version">
> & {
  /** The terms' text; a text other than the current one becomes the next version. */
  termsText?: string;
};

export const termsHashOf = (text: string): string => createHash("sha256").update(text).digest("hex");

const nextTerms = (
  current: BookingTerms | null,
  text: string | undefined,
  now: string,
): BookingTerms | null =>
  text === undefined || text === current?.text
    ? current
    : { version: (current?.version ?? 0) + 1, text, textHash: termsHashOf(text), changedAt: now };

/** Changes the studio's online booking; it can be switched on only with terms for clients to accept. */
export const updateOnlineBookingSettings =
  (deps: Pick<Dependencies, "studios" | "onlineBooking" | "clock">) =>
  (studioId: string, changes: OnlineBookingChanges): Promise<OnlineBookingSettings> =>
    retryOnConcurrentUpdate(async () => {
      await loadStudio(deps.studios, studioId);
      const now = deps.clock();
      const current = await deps.onlineBooking.settings(studioId);
      const { termsText, ...fields } = changes;
      const next: OnlineBookingSettings = {
        ...current,
        ...fields,
        terms: nextTerms(current.terms, termsText, now),
        updatedAt: now,
        version: current.version + 1,
      };
      const unknownCountry = next.phoneCountries.find((country) => !isSupportedCountry(country));
      if (unknownCountry !== undefined) {
        throw validationError(
          "phoneCountries",
          `"${unknownCountry}" is not a country Rebook can send codes to`,
        );
      }
      if (next.enabled && next.terms === null) {
        throw validationError("termsText", "online booking needs terms for clients to accept");
      }
      await deps.onlineBooking.saveSettings(next);
      return next;
    });
