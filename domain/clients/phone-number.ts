import { type CountryCode, getCountryCallingCode, parsePhoneNumberWithError } from "libphonenumber-js";
import { validationError } from "../errors";

/** Reads a phone number as a studio writes it ("0151 …", "+49 151 …") and returns it in E.164. */
export const toE164 = (raw: string, defaultCountry: string, field = "phone"): string => {
  try {
    const parsed = parsePhoneNumberWithError(raw, defaultCountry as CountryCode);
    if (parsed.isValid()) return parsed.number;
  } catch {
    // falls through to the validation error below
  }
  throw validationError(field, `"${raw}" is not a valid phone number`);
};

/** Turns what staff type into a prefix of stored E.164 numbers: "0151" in Germany → "+49151". */
export const phoneSearchPrefix = (typed: string, defaultCountry: string): string => {
  const compact = typed.replace(/[\s()./-]/g, "");
  if (compact.startsWith("+")) return compact;
  if (compact.startsWith("00")) return `+${compact.slice(2)}`;
  const callingCode = getCountryCallingCode(defaultCountry as CountryCode);
  return compact.startsWith("0") ? `+${callingCode}${compact.slice(1)}` : `+${callingCode}${compact}`;
};
