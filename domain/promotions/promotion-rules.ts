import type { Appointment } from "../model/appointment";
import type { Client } from "../model/client";
import { inAnyGroup } from "../model/client-group";
import type { Discount, Promotion } from "../model/promotion";

/** Whether the promotion runs on a local date of the studio. */
export const runsOn = (promotion: Promotion, localDate: string): boolean =>
  promotion.validFrom <= localDate && (promotion.validUntil === null || localDate <= promotion.validUntil);

/** Whether the client may use it: it names no group, or one of the client's. */
export const isFor = (promotion: Promotion, client: Pick<Client, "groupIds">): boolean =>
  promotion.clientGroupIds.length === 0 || inAnyGroup(client, promotion.clientGroupIds);

/** Whether it applies to a booking's service: it names none, or the service or its category. */
export const coversService = (
  promotion: Promotion,
  appointment: Pick<Appointment, "serviceId" | "categoryId">,
): boolean =>
  (promotion.serviceIds.length === 0 && promotion.categoryIds.length === 0) ||
  promotion.serviceIds.includes(appointment.serviceId) ||
  promotion.categoryIds.includes(appointment.categoryId);

/** What the discount takes off a price (minor units), rounded to the unit, never more than the price. */
export const discountOn = (price: number, discount: Discount): number =>
  Math.min(
    price,
    discount.kind === "percent" ? Math.round((price * discount.percent) / 100) : discount.amount,
  );
