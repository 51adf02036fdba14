import { isSupportedCountry } from "libphonenumber-js";
import { IANAZone } from "luxon";
import { reminderKind } from "../appointments/appointment-notices";
import { validationError } from "../errors";
import { checkSendWindows } from "../messaging/send-windows";
import type { StudioSettings } from "../model/studio";

/** Every local time of the studio is read in this zone: refuse what the runtime cannot resolve. */
export const canonicalTimeZone = (timeZone: string): string => {
  if (!IANAZone.isValidZone(timeZone)) {
    throw validationError("timeZone", `"${timeZone}" is not an IANA time zone, e.g. Europe/Berlin`);
  }
  // "europe/berlin" → "Europe/Berlin", so every reader of the studio sees one spelling.
  return new Intl.DateTimeFormat("en", { timeZone }).resolvedOptions().timeZone;
};

export const checkedSettings = (settings: StudioSettings): StudioSettings => {
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
  if (settings.deposits?.enabled && settings.deposits.policyText === null) {
    throw validationError("settings.deposits.policyText", "is needed before deposits are asked for");
  }
  const reminders = settings.appointments?.reminders ?? [];
  if (new Set(reminders.map(reminderKind)).size !== reminders.length) {
    throw validationError("settings.appointments.reminders", "names the same offset and channel twice");
  }
  return settings;
};

/** A currency the runtime knows (ISO 4217): prices are shown in it. */
export const checkedCurrency = (currency: string): string => {
  if (!Intl.supportedValuesOf("currency").includes(currency)) {
    throw validationError("currency", `"${currency}" is not an ISO 4217 currency, e.g. EUR`);
  }
  return currency;
};
