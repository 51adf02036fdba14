import type { Language } from "../model/language";

/** The policy sentence a studio that wrote none gets, built from its cancellation cut-off (GSM-7 only, as the SMS texts). */
const CUT_OFF_POLICY: Record<Language, (hours: number) => string> = {
  de: (hours) =>
    `Absagen bis ${hours} Std. vorher kostenlos; später oder bei Nichterscheinen kann berechnet werden.`,
  en: (hours) => `Free to cancel up to ${hours} h before; later or missed appointments may be charged.`,
  nl: (hours) => `Gratis afzeggen tot ${hours} uur vooraf; later of niet komen kan worden aangerekend.`,
  pl: (hours) => `Odwolanie min. ${hours} godz. wczesniej, inaczej mozliwa oplata.`,
};

/** The `policyText` placeholder: the studio's own words, or the sentence of its cut-off in its language. */
export const policyTextOf = (ownText: string | null, language: Language, cutOffHours: number): string =>
  ownText ?? CUT_OFF_POLICY[language](cutOffHours);
