import { commitAppointmentChange } from "../appointments/commit-appointment-change";
import { loadAppointment } from "../appointments/load-appointment";
import { studioToday } from "../clients/client-dates";
import { loadActiveClient } from "../clients/load-client";
import { notFound, RebookError } from "../errors";
import type { Redemption, RedemptionWrite } from "../model/promotion";
import { revised } from "../model/versioned";
import type { Dependencies } from "../ports/dependencies";
import { retryOnConcurrentUpdate } from "../retry-on-concurrent-update";
import { loadStudio } from "../studios/load-studio";
import { coversService, discountOn, isFor, runsOn } from "./promotion-rules";

export interface RedeemRequest {
  code: string;
  /** A booking of the client whose price the promotion lowers; null redeems it on its own. */
  appointmentId: string | null;
}

/**
 * Redemptions of one code race for the same counters; a lost race re-reads and tries again until the counters
 * themselves say no, so a limit of five is reached exactly.
 */
const REDEEM_ATTEMPTS = 25;

const notApplicable = (why: string) => new RebookError("PROMOTION.NOT_APPLICABLE", why);

/**
 * Staff redeem a code for a client: the promotion must run today (the studio's date), be for one of the
 * client's groups, and, on a booking, cover its service. The redemption, both counters (each checked against
 * its limit) and, on a booking, its lowered price are written in one transaction.
 */
export const redeemPromotion =
  (
    deps: Pick<
      Dependencies,
      "studios" | "clients" | "promotions" | "appointments" | "categories" | "projects" | "clock" | "newId"
    >,
  ) =>
  (studioId: string, clientId: string, request: RedeemRequest): Promise<Redemption> => {
    const redemptionId = request.appointmentId ?? deps.newId();
    return retryOnConcurrentUpdate(async () => {
      const now = deps.clock();
      const [studio, client, promotion, appointment] = await Promise.all([
        loadStudio(deps.studios, studioId),
        loadActiveClient(deps.clients, studioId, clientId),
        deps.promotions.byCode(studioId, request.code),
        request.appointmentId === null
          ? null
          : loadAppointment(deps.appointments, studioId, request.appointmentId),
      ]);
      if (promotion === null)
        throw new RebookError("PROMOTION.NOT_FOUND", `no promotion has the code ${request.code}`, {
          issues: [{ field: "code", message: "is no promotion's code" }],
        });
      if (!runsOn(promotion, studioToday(now, studio.timeZone)))
        throw notApplicable("the promotion does not run today");
      if (!isFor(promotion, client))
        throw notApplicable("the promotion is for client groups the client is not in");
      if (appointment !== null && appointment.clientId !== clientId)
        throw notFound("APPOINTMENT.NOT_FOUND", appointment.id);
      if (appointment !== null && appointment.status !== "booked")
        throw notApplicable(`a ${appointment.status} appointment takes no promotion`);
      if (appointment !== null && !coversService(promotion, appointment))
        throw notApplicable("the promotion does not cover the booking's service");

      const discountAmount = appointment === null ? null : discountOn(appointment.price, promotion.discount);
      const write: RedemptionWrite = {
        redemption: {
          id: redemptionId,
          studioId,
          clientId,
          promotionId: promotion.id,
          code: promotion.code,
          appointmentId: request.appointmentId,
          discountAmount,
          redeemedAt: now,
        },
        promotionVersion: promotion.version,
        limitPerClient: promotion.limitPerClient,
        limitTotal: promotion.limitTotal,
      };
      if (appointment === null) await deps.promotions.redeem(write);
      else {
        const discounted = revised(appointment, { price: appointment.price - discountAmount! }, now);
        await commitAppointmentChange(deps, studio, appointment, discounted, { redemption: write });
      }
      return write.redemption;
    }, REDEEM_ATTEMPTS);
  };
