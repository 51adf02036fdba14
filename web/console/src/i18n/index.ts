import { de } from "./de";
import { type Dictionary, en, type MessageKey } from "./en";
import { nl } from "./nl";
import { pl } from "./pl";

export const LANGUAGES = ["de", "en", "nl", "pl"] as const;
export type Language = (typeof LANGUAGES)[number];
export type { Dictionary, MessageKey };
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

const dictionaries: Record<Language, Dictionary> = { de, en, nl, pl };

export const isLanguage = (value: string): value is Language =>
  (LANGUAGES as readonly string[]).includes(value);

/** `{name}` in a text is replaced by `values.name`. */
export const translator =
  (language: Language): Translate =>
  (key, values = {}) =>
    dictionaries[language][key].replace(/\{(\w+)\}/g, (placeholder, name: string) =>
      String(values[name] ?? placeholder),
    );
