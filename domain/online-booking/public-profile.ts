import { allStudioItems } from "../catalog/studio-item";
import { depositPolicyOf } from "../deposits/deposit-rules";
import type { Dependencies } from "../ports/dependencies";
import { bookingStudio } from "./booking-studio";

export interface PublicProfile {
  name: string;
  handle: string;
  timeZone: string;
  locale: string;
  currency: string;
  minimumNoticeMinutes: number;
  horizonDays: number;
  cancellationCutoffHours: number;
  /** Whether the client picks a staff member; "anyone" is always possible. */
  staffChoice: boolean;
  categories: Array<{
    id: string;
    name: string;
    services: Array<{ id: string; name: string; durationMinutes: number; price: number; staffIds: string[] }>;
  }>;
  /** Display names only; empty when the studio assigns staff itself. */
  staff: Array<{ id: string; name: string }>;
  terms: { version: number; text: string };
  /** The studio's deposit policy in its words while it asks for deposits; null otherwise. */
  depositPolicyText: string | null;
}

/** What the widget shows before anything is chosen: services bookable online by category, staff, terms. */
export const publicProfile =
  (deps: Pick<Dependencies, "studios" | "onlineBooking" | "categories" | "services" | "staff">) =>
  async (handle: string): Promise<PublicProfile> => {
    const { studio, settings } = await bookingStudio(deps, handle);
    const [categories, services, staff] = await Promise.all([
      allStudioItems(deps.categories, studio.id),
      allStudioItems(deps.services, studio.id),
      allStudioItems(deps.staff, studio.id),
    ]);
    const deposits = depositPolicyOf(studio.settings);
    const bookable = services.filter((service) => service.bookableOnline);
    return {
      name: studio.name,
      handle: studio.handle,
      timeZone: studio.timeZone,
      locale: studio.locale,
      currency: studio.currency,
      minimumNoticeMinutes: settings.minimumNoticeMinutes,
      horizonDays: settings.horizonDays,
      cancellationCutoffHours: settings.cancellationCutoffHours,
      staffChoice: settings.staffChoice,
      categories: categories
        .map((category) => ({
          id: category.id,
          name: category.name,
          services: bookable
            .filter((service) => service.categoryId === category.id)
            .map(({ id, name, durationMinutes, price, staffIds }) => ({
              id,
              name,
              durationMinutes,
              price,
              staffIds: settings.staffChoice ? staffIds : [],
            })),
        }))
        .filter((category) => category.services.length > 0),
      staff: settings.staffChoice ? staff.map(({ id, name }) => ({ id, name })) : [],
      // bookingStudio only answers for studios with online booking on, which needs terms.
      terms: { version: settings.terms!.version, text: settings.terms!.text },
      depositPolicyText: deposits.enabled ? deposits.policyText : null,
    };
  };
