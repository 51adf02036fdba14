/** The languages Rebook writes messages and pages in. */
export const LANGUAGES = ["de", "en", "nl", "pl"] as const;
export type Language = (typeof LANGUAGES)[number];
