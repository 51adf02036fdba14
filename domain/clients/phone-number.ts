// The full metadata: the default ("min") set checks only a number's length, so "12345" passed as a
// German number, and it cannot tell a mobile from a landline.
import { type CountryCode, getCountryCallingCode, parsePhoneNumberWithError } from "libphonenumber-js/max";
import { validationError } from "../errors";
import type { Client } from "../model/client";

type PhoneFields = Pick<Client, "phone" | "phoneKind">;

/** Full-width digits and plus ("＋４９ １５１…") read as ASCII; libphonenumber would misread the plus. */
const asAscii = (typed: string): string => typed.normalize("NFKC");

/**
 * Reads a phone number as a studio writes it ("0151 …", "+49 151 …"): the number in E.164 and whether
 * it takes SMS. In the US and Canada a number does not tell whether it is a mobile (FIXED_LINE_OR_MOBILE);
 * those count as mobile, so SMS is tried rather than never sent.
 */
export const readPhone = (raw: string, defaultCountry: string, field = "phone"): PhoneFields => {
  try {
    const parsed = parsePhoneNumberWithError(asAscii(raw), {
      defaultCountry: defaultCountry as CountryCode,
      extract: false,
    });
    if (parsed.isValid() && parsed.ext === undefined) {
      const type = parsed.getType();
      const mobile = type === "MOBILE" || type === "FIXED_LINE_OR_MOBILE";
      return { phone: parsed.number, phoneKind: mobile ? "mobile" : "other" };
    }
  } catch {
    // falls through to the validation error below
  }
  throw validationError(field, `"${raw}" is not a valid phone number`);
};

/** The stored phone fields of what staff entered: none, or the number read by `readPhone`. */
export const phoneFieldsOf = (raw: string | null, defaultCountry: string): PhoneFields =>
  raw === null ? { phone: null, phoneKind: null } : readPhone(raw, defaultCountry);

/** Turns what staff type into a prefix of stored E.164 numbers: "0151" in Germany → "+49151". */
export const phoneSearchPrefix = (typed: string, defaultCountry: string): string => {
  const compact = asAscii(typed).replace(/[\s()./-]/g, "");
  if (compact.startsWith("+")) return compact;
  if (compact.startsWith("00")) return `+${compact.slice(2)}`;
  const callingCode = getCountryCallingCode(defaultCountry as CountryCode);
  return compact.startsWith("0") ? `+${callingCode}${compact.slice(1)}` : `+${callingCode}${compact}`;
};

/** The country of a number read by `readPhone` (E.164), e.g. "DE"; null where the number is shared by several. */
export const countryOfPhone = (e164: string): string | null =>
  parsePhoneNumberWithError(e164).country ?? null;
