// The full metadata: the default ("min") set checks only a number's length, so "12345" passed as a
// German number, and it cannot tell a mobile from a landline.
import { type CountryCode, getCountryCallingCode, parsePhoneNumberWithError } from "libphonenumber-js/max";
import { validationError } from "../errors";

/** Full-width digits and plus ("＋４９ １５１…") read as ASCII; libphonenumber would misread the plus. */
const asAscii = (typed: string): string => typed.normalize("NFKC");

/** Reads a phone number as a studio writes it ("0151 …", "+49 151 …") and returns it in E.164. */
export const toE164 = (raw: string, defaultCountry: string, field = "phone"): string => {
  try {
    const parsed = parsePhoneNumberWithError(asAscii(raw), {
      defaultCountry: defaultCountry as CountryCode,
      extract: false,
    });
    if (parsed.isValid() && parsed.ext === undefined) return parsed.number;
  } catch {
    // falls through to the validation error below
  }
  throw validationError(field, `"${raw}" is not a valid phone number`);
};

/** Turns what staff type into a prefix of stored E.164 numbers: "0151" in Germany → "+49151". */
export const phoneSearchPrefix = (typed: string, defaultCountry: string): string => {
  const compact = asAscii(typed).replace(/[\s()./-]/g, "");
  if (compact.startsWith("+")) return compact;
  if (compact.startsWith("00")) return `+${compact.slice(2)}`;
  const callingCode = getCountryCallingCode(defaultCountry as CountryCode);
  return compact.startsWith("0") ? `+${callingCode}${compact.slice(1)}` : `+${callingCode}${compact}`;
};
