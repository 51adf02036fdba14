import { isSupportedCountry } from "libphonenumber-js";
import { IANAZone } from "luxon";
import { validationError } from "../errors";
import { checkSendWindows } from "../messaging/send-windows";
import {
  messagingSettingsOf,
  type Studio,
  type StudioMessagingSettings,
  type StudioSettings,
} from "../model/studio";
import { revised } from "../model/versioned";
import type { Dependencies } from "../ports/dependencies";
import { retryOnConcurrentUpdate } from "../retry-on-concurrent-update";
import { loadStudio } from "../studios/load-studio";

export type StudioChanges = Partial<Pick<Studio, "name" | "kind" | "timeZone" | "locale" | "currency">> & {
  settings?: Partial<Omit<StudioSettings, "messaging">> & { messaging?: Partial<StudioMessagingSettings> };
};

/** Every local time of the studio is read in this zone: refuse what the runtime cannot resolve. */
const canonicalTimeZone = (timeZone: string): string => {
  if (!IANAZone.isValidZone(timeZone)) {
    throw validationError("timeZone", `"${timeZone}" is not an IANA time zone, e.g. Europe/Berlin`);
  }
  // "europe/berlin" → "Europe/Berlin", so every reader of the studio sees one spelling.
  return new Intl.DateTimeFormat("en", { timeZone }).resolvedOptions().timeZone;
};

const checkedSettings = (settings: StudioSettings): StudioSettings => {
  if (!isSupportedCountry(settings.defaultCountry)) {
    throw validationError(
      "settings.defaultCountry",
      `"${settings.defaultCountry}" is not a country whose phone numbers Rebook can read`,
    );
  }
  if (settings.messaging !== undefined) {
    checkSendWindows(settings.messaging.sendWindows, "settings.messaging.sendWindows");
    if (!Number.isInteger(settings.messaging.maxSmsSegments) || settings.messaging.maxSmsSegments < 1) {
      throw validationError("settings.messaging.maxSmsSegments", "must be a whole number of at least 1");
    }
  }
  return settings;
};

/** Settings are merged field by field, the messaging settings too. */
const mergedSettings = (
  current: StudioSettings,
  changes: NonNullable<StudioChanges["settings"]>,
): StudioSettings => {
  const { messaging, ...rest } = changes;
  return {
    ...current,
    ...rest,
    ...(messaging === undefined ? {} : { messaging: { ...messagingSettingsOf(current), ...messaging } }),
  };
};

/** Changes the studio's profile; settings are merged field by field into the version read. */
export const updateStudio =
  ({ studios, clock }: Pick<Dependencies, "studios" | "clock">) =>
  (studioId: string, changes: StudioChanges): Promise<Studio> =>
    retryOnConcurrentUpdate(async () => {
      const current = await loadStudio(studios, studioId);
      const updated = revised(
        current,
        {
          ...changes,
          timeZone: changes.timeZone === undefined ? current.timeZone : canonicalTimeZone(changes.timeZone),
          settings:
            changes.settings === undefined
              ? current.settings
              : checkedSettings(mergedSettings(current.settings, changes.settings)),
        },
        clock(),
      );
      await studios.save(updated);
      return updated;
    });
