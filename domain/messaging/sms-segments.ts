export type SmsEncoding = "GSM-7" | "UCS-2";

export interface SmsSegmentation {
  encoding: SmsEncoding;
  /** Septets for GSM-7, UTF-16 code units for UCS-2: what the segment limits are counted in. */
  characters: number;
  /** 0 for an empty text: nothing would be sent. */
  segments: number;
}

/** GSM 03.38 default alphabet without the escape code (0x1B), which only introduces the extension table. */
const GSM_BASIC = new Set(
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà",
);
/** GSM 03.38 extension table: each character is sent as escape + code, two septets. */
const GSM_EXTENSION = new Set("\f^{}\\[~]|€");

const LIMITS: Record<SmsEncoding, { single: number; perPart: number }> = {
  "GSM-7": { single: 160, perPart: 153 },
  "UCS-2": { single: 70, perPart: 67 },
};

const isGsm = (character: string): boolean => GSM_BASIC.has(character) || GSM_EXTENSION.has(character);

export const smsEncoding = (text: string): SmsEncoding => {
  for (const character of text) if (!isGsm(character)) return "UCS-2";
  return "GSM-7";
};

const weightOf = (character: string, encoding: SmsEncoding): number =>
  encoding === "GSM-7" ? (GSM_EXTENSION.has(character) ? 2 : 1) : character.length;

/**
 * Counts what a carrier bills. Parts of a long message lose room to the concatenation header
 * (153 / 67), and an escape sequence or a surrogate pair is never split across two parts, so a
 * part may end one unit short of its limit.
 */
export const smsSegments = (text: string): SmsSegmentation => {
  const encoding = smsEncoding(text);
  const weights = Array.from(text, (character) => weightOf(character, encoding));
  const characters = weights.reduce((sum, weight) => sum + weight, 0);
  const { single, perPart } = LIMITS[encoding];
  if (characters === 0) return { encoding, characters, segments: 0 };
  if (characters <= single) return { encoding, characters, segments: 1 };
  let segments = 1;
  let used = 0;
  for (const weight of weights) {
    if (used + weight > perPart) {
      segments += 1;
      used = 0;
    }
    used += weight;
  }
  return { encoding, characters, segments };
};
