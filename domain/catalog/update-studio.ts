import { depositPolicyOf } from "../deposits/deposit-rules";
import { RebookError } from "../errors";
import type { DepositPolicy } from "../model/deposit-policy";
import {
  type AppointmentPolicy,
  appointmentPolicyOf,
  type BirthdayGreetingSettings,
  birthdayGreetingsOf,
  messagingSettingsOf,
  type Studio,
  type StudioMessagingSettings,
  type StudioSettings,
  waitlistPolicyOf,
} from "../model/studio";
import { revised } from "../model/versioned";
import type { WaitlistPolicy } from "../model/waitlist";
import type { Dependencies } from "../ports/dependencies";
import { retryOnConcurrentUpdate } from "../retry-on-concurrent-update";
import { loadStudio } from "../studios/load-studio";
import { canonicalTimeZone, checkedCurrency, checkedSettings } from "../studios/studio-profile";

export type StudioChanges = Partial<Pick<Studio, "name" | "kind" | "timeZone" | "locale" | "currency">> & {
  settings?: Partial<
    Omit<StudioSettings, "messaging" | "appointments" | "birthdayGreetings" | "deposits" | "waitlist">
  > & {
    messaging?: Partial<StudioMessagingSettings>;
    appointments?: Partial<AppointmentPolicy>;
    birthdayGreetings?: Partial<BirthdayGreetingSettings>;
    deposits?: Partial<DepositPolicy>;
    waitlist?: Partial<WaitlistPolicy>;
  };
};

/** Settings are merged field by field, the messaging, appointment, birthday, deposit and waitlist settings too. */
const mergedSettings = (
  current: StudioSettings,
  changes: NonNullable<StudioChanges["settings"]>,
): StudioSettings => {
  const { messaging, appointments, birthdayGreetings, deposits, waitlist, ...rest } = changes;
  return {
    ...current,
    ...rest,
    ...(messaging === undefined ? {} : { messaging: { ...messagingSettingsOf(current), ...messaging } }),
    ...(appointments === undefined
      ? {}
      : { appointments: { ...appointmentPolicyOf(current), ...appointments } }),
    ...(birthdayGreetings === undefined
      ? {}
      : { birthdayGreetings: { ...birthdayGreetingsOf(current), ...birthdayGreetings } }),
    ...(deposits === undefined ? {} : { deposits: { ...depositPolicyOf(current), ...deposits } }),
    ...(waitlist === undefined ? {} : { waitlist: { ...waitlistPolicyOf(current), ...waitlist } }),
  };
};

/** A birthday gift must be one of the studio's promotion codes: a code that redeems nothing disappoints. */
const checkGiftCode = async (promotions: Dependencies["promotions"], studioId: string, code: string) => {
  if ((await promotions.byCode(studioId, code)) === null)
    throw new RebookError("PROMOTION.NOT_FOUND", `no promotion has the code ${code}`, {
      issues: [{ field: "settings.birthdayGreetings.promotionCode", message: "is no promotion's code" }],
    });
};

/** Changes the studio's profile; settings are merged field by field into the version read. */
export const updateStudio =
  ({ studios, promotions, clock }: Pick<Dependencies, "studios" | "promotions" | "clock">) =>
  async (studioId: string, changes: StudioChanges): Promise<Studio> => {
    const giftCode = changes.settings?.birthdayGreetings?.promotionCode;
    if (typeof giftCode === "string") await checkGiftCode(promotions, studioId, giftCode);
    return retryOnConcurrentUpdate(async () => {
      const current = await loadStudio(studios, studioId);
      const updated = revised(
        current,
        {
          ...changes,
          timeZone: changes.timeZone === undefined ? current.timeZone : canonicalTimeZone(changes.timeZone),
          currency: changes.currency === undefined ? current.currency : checkedCurrency(changes.currency),
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
  };
