import type { StaffAccount } from "../model/staff-account";
import { DEFAULT_MESSAGING_SETTINGS, type SendWindow, type Studio, type StudioKind } from "../model/studio";
import type { Dependencies } from "../ports/dependencies";
import { templateLocaleOf } from "../templates/template-locale";
import { startingCategoriesOf } from "./starting-categories";
import { checkedHandle, handleTaken } from "./studio-handle";
import { canonicalTimeZone, checkedCurrency, checkedSettings } from "./studio-profile";

export interface StudioApplication {
  name: string;
  handle: string;
  kind: StudioKind;
  timeZone: string;
  locale: string;
  currency: string;
  settings: { defaultCountry: string };
  owner: { email: string; name: string };
}

export interface OpenedStudio {
  studio: Studio;
  owner: StaffAccount;
}

/** Marketing goes out on working days at daytime hours until the owner says otherwise. */
const STARTING_SEND_WINDOWS: SendWindow[] = [
  { days: ["mon", "tue", "wed", "thu", "fri", "sat"], from: "09:00", to: "20:00" },
];

type OpeningDeps = Pick<Dependencies, "studios" | "staffAccounts" | "accountDirectory" | "clock" | "newId">;

/**
 * A studio opened before with this handle and owner: only the owner's sign-in may be missing (the
 * first attempt was cut short), so running the same command again finishes it.
 */
const reopened = async (deps: OpeningDeps, studio: Studio, ownerEmail: string): Promise<OpenedStudio> => {
  const owner = await deps.staffAccounts.findByEmail(ownerEmail);
  if (owner === null || owner.studioId !== studio.id || owner.role !== "owner") {
    throw handleTaken(studio.handle);
  }
  await deps.accountDirectory.enrol(owner);
  return { studio, owner };
};

/**
 * Opens a studio: profile, handle, starting categories, send windows and its owner's account, ready for
 * catalog, clients, bookings and ReConnect. The built-in templates apply until the studio writes its own.
 */
export const createStudio =
  (deps: OpeningDeps) =>
  async (application: StudioApplication): Promise<OpenedStudio> => {
    const handle = checkedHandle(application.handle);
    const ownerEmail = application.owner.email.toLowerCase();
    const existing = await deps.studios.findByHandle(handle);
    if (existing !== null) return reopened(deps, existing, ownerEmail);

    const now = deps.clock();
    const created = { createdAt: now, updatedAt: now, version: 1 };
    const studio: Studio = {
      id: deps.newId(),
      handle,
      name: application.name,
      kind: application.kind,
      timeZone: canonicalTimeZone(application.timeZone),
      locale: application.locale,
      currency: checkedCurrency(application.currency),
      settings: checkedSettings({
        defaultCountry: application.settings.defaultCountry,
        overdueGraceDays: null,
        messaging: { ...DEFAULT_MESSAGING_SETTINGS, sendWindows: STARTING_SEND_WINDOWS },
      }),
      ...created,
    };
    const owner: StaffAccount = {
      id: deps.newId(),
      studioId: studio.id,
      email: ownerEmail,
      name: application.owner.name,
      role: "owner",
      ...created,
    };
    const categories = startingCategoriesOf(studio.kind, templateLocaleOf(studio)).map((category) => ({
      ...category,
      studioId: studio.id,
      ...created,
    }));
    await deps.studios.open({ studio, categories, owner });
    await deps.accountDirectory.enrol(owner);
    return { studio, owner };
  };
