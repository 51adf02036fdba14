import type { TemplateLocale } from "../messaging/templates";
import type { StudioKind } from "../model/studio";

interface StartingCategory {
  /** Stable, so a studio's first categories have readable ids (`haircut`, `tattoo`). */
  id: string;
  names: Record<TemplateLocale, string>;
  /** The usual weeks between visits, so ReConnect works before a client has three visits; null for project work. */
  defaultIntervalDays: number | null;
}

const category = (
  id: string,
  defaultIntervalDays: number | null,
  names: Record<TemplateLocale, string>,
): StartingCategory => ({ id, names, defaultIntervalDays });

const haircut = category("haircut", 42, {
  de: "Haarschnitt",
  en: "Haircut",
  nl: "Knippen",
  pl: "Strzyżenie",
});
const colour = category("colour", 56, { de: "Farbe", en: "Colour", nl: "Kleuren", pl: "Koloryzacja" });
const beard = category("beard", 21, { de: "Bart", en: "Beard", nl: "Baard", pl: "Broda" });
const nails = category("nails", 21, { de: "Nägel", en: "Nails", nl: "Nagels", pl: "Paznokcie" });
const lashes = category("lashes", 28, { de: "Wimpern", en: "Lashes", nl: "Wimpers", pl: "Rzęsy" });
const brows = category("brows", 28, { de: "Augenbrauen", en: "Brows", nl: "Wenkbrauwen", pl: "Brwi" });
const tattoo = category("tattoo", null, { de: "Tattoo", en: "Tattoo", nl: "Tatoeage", pl: "Tatuaż" });
const piercing = category("piercing", null, {
  de: "Piercing",
  en: "Piercing",
  nl: "Piercing",
  pl: "Piercing",
});
const aftercare = category("aftercare", 56, {
  de: "Nachkontrolle",
  en: "Check-up",
  nl: "Nacontrole",
  pl: "Kontrola",
});

const BY_KIND: Record<StudioKind, StartingCategory[]> = {
  salon: [haircut, colour],
  barber: [{ ...haircut, defaultIntervalDays: 28 }, beard],
  beauty: [nails, lashes, brows],
  tattoo: [tattoo],
  piercing: [piercing, aftercare],
};

/** The categories a new studio of a kind starts with, named in its language; the owner edits them freely. */
export const startingCategoriesOf = (kind: StudioKind, language: TemplateLocale) =>
  BY_KIND[kind].map(({ id, names, defaultIntervalDays }) => ({
    id,
    name: names[language],
    defaultIntervalDays,
  }));
