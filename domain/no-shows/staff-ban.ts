import { loadActiveClient } from "../clients/load-client";
import type { AppointmentNotice } from "../model/appointment-notice";
import { appointmentPolicyOf } from "../model/studio";
import { nextVersion } from "../model/versioned";
import type { Measure, VisitHistory } from "../model/visit-history";
import type { Dependencies } from "../ports/dependencies";
import { retryOnConcurrentUpdate } from "../retry-on-concurrent-update";
import { loadStudio } from "../studios/load-studio";
import { isBanned } from "./escalation-ladder";

export interface BanDecision {
  /** True: banned from online booking for good; false: a ban (the ladder's or staff's) is lifted. */
  banned: boolean;
  reason: string;
}

/**
 * Staff ban a client from online booking for good, or lift a ban, with a reason, recorded on the card and told
 * to the client by a notice written in the same transaction. Asking for what already holds changes nothing.
 */
export const setOnlineBan =
  (deps: Pick<Dependencies, "studios" | "clients" | "appointments" | "clock">) =>
  (studioId: string, clientId: string, decision: BanDecision): Promise<VisitHistory> =>
    retryOnConcurrentUpdate(async () => {
      const [studio, , history] = await Promise.all([
        loadStudio(deps.studios, studioId),
        loadActiveClient(deps.clients, studioId, clientId),
        deps.appointments.history(studioId, clientId),
      ]);
      const now = deps.clock();
      const holds = decision.banned
        ? history.onlineBan !== null && history.onlineBan.until === null
        : !isBanned(history, now);
      if (holds) return history;
      const key = `staff#${now}`;
      const measure: Measure = {
        kind: decision.banned ? "permanent_ban" : "ban_lifted",
        at: now,
        by: "staff",
        incidentId: null,
        reason: decision.reason,
        until: null,
        undoneAt: null,
      };
      const next = nextVersion({
        ...history,
        measures: { ...history.measures, [key]: measure },
        onlineBan: decision.banned ? { since: now, until: null, measure: key } : null,
      });
      const notice: AppointmentNotice = {
        studioId,
        appointmentId: `client.${clientId}`,
        clientId,
        kind: key,
        templatePurpose: decision.banned ? "no_show_ban" : "ban_lifted",
        channelPolicy: appointmentPolicyOf(studio.settings).noticeChannel,
        dueAt: now,
        appointmentVersion: next.version,
        startsAt: null,
        serviceName: null,
      };
      await deps.appointments.recordMeasure(next, notice);
      return next;
    });
