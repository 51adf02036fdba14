import { DateTime } from "luxon";
import type { AppointmentNotice, NoticePlan } from "../model/appointment-notice";
import type { AppointmentPolicy } from "../model/studio";
import type { TemplatePurpose } from "../model/template";
import type { Measure, VisitHistory } from "../model/visit-history";

/** The ladder: the 1st incident in the window gets the policy, the 2nd a warning, from the 3rd a ban. */
const STEPS = ["policy_notice", "warning", "online_ban"] as const;
type Step = (typeof STEPS)[number];

const NOTICE_OF: Record<Step, TemplatePurpose> = {
  policy_notice: "no_show_policy",
  warning: "no_show_warning",
  online_ban: "no_show_ban",
};

/** Pending notices an incident's step leaves: the step's message and, for a ban, the notice of its end. */
export const MEASURE_NOTICE = "measure";
export const BAN_LIFTED_NOTICE = "ban-lifted";

export const ladderKey = (incidentId: string) => `ladder#${incidentId}`;

/** Whether a ban keeps the client from booking online at `now`. */
export const isBanned = (history: Pick<VisitHistory, "onlineBan">, now: string): boolean =>
  history.onlineBan !== null &&
  (history.onlineBan.until === null || Date.parse(history.onlineBan.until) > Date.parse(now));

/**
 * The step an incident recorded at `now` takes: its count among the client's incidents that started within the
 * window before `now`, itself included (older incidents have aged out).
 */
export const stepOf = (history: VisitHistory, now: string, windowMonths: number): Step => {
  const from = DateTime.fromISO(now, { zone: "utc" }).minus({ months: windowMonths }).toMillis();
  const counted = Object.values(history.incidents).filter(
    (incident) => Date.parse(incident.startsAt) > from,
  ).length;
  return STEPS[Math.min(Math.max(counted, 1), STEPS.length) - 1]!;
};

export interface LadderOutcome {
  history: VisitHistory;
  notices: NoticePlan;
}

export interface IncidentContext {
  appointmentId: string;
  clientId: string;
  studioId: string;
  /** The appointment's version after the change: the notices' request ids rest on it. */
  version: number;
  startsAt: string;
  serviceName: string;
}

/**
 * What an appointment change does on the ladder, given the history before and after it: a new incident takes
 * its step once (the measure keyed by the incident, its notice at once, a ban with the notice of its end);
 * an incident corrected away (attended, cancelled in time) undoes the step it caused, its ban and its
 * pending notices. A ban for good stays until staff lift it.
 */
export const applyLadder = (
  before: VisitHistory,
  after: VisitHistory,
  incident: IncidentContext,
  policy: AppointmentPolicy,
  now: string,
): LadderOutcome => {
  const key = ladderKey(incident.appointmentId);
  const wasIncident = incident.appointmentId in before.incidents;
  const isIncident = incident.appointmentId in after.incidents;
  const standing = after.measures[key];

  if (!wasIncident && isIncident) {
    const step = stepOf(after, now, policy.incidentWindowMonths);
    const banFor = step === "online_ban" && after.onlineBan?.until !== null;
    const until = banFor
      ? DateTime.fromISO(now, { zone: "utc" }).plus({ days: policy.onlineBanDays }).toISO()!
      : null;
    const measure: Measure = {
      kind: step,
      at: now,
      by: "ladder",
      incidentId: incident.appointmentId,
      reason: null,
      until,
      undoneAt: null,
    };
    const notice = (kind: string, templatePurpose: TemplatePurpose, dueAt: string): AppointmentNotice => ({
      studioId: incident.studioId,
      appointmentId: incident.appointmentId,
      clientId: incident.clientId,
      kind,
      templatePurpose,
      channelPolicy: policy.noticeChannel,
      dueAt,
      appointmentVersion: incident.version,
      startsAt: incident.startsAt,
      serviceName: incident.serviceName,
    });
    const silentBan = step === "online_ban" && !banFor; // already banned for good: nothing new to tell
    return {
      history: {
        ...after,
        measures: { ...after.measures, [key]: measure },
        onlineBan: until === null ? after.onlineBan : { since: now, until, measure: key },
      },
      notices: {
        put: [
          ...(silentBan ? [] : [notice(MEASURE_NOTICE, NOTICE_OF[step], now)]),
          ...(until === null ? [] : [notice(BAN_LIFTED_NOTICE, "ban_lifted", until)]),
        ],
        remove: [],
      },
    };
  }

  if (wasIncident && !isIncident && standing !== undefined && standing.undoneAt === null) {
    return {
      history: {
        ...after,
        measures: { ...after.measures, [key]: { ...standing, undoneAt: now } },
        onlineBan: after.onlineBan?.measure === key ? null : after.onlineBan,
      },
      notices: { put: [], remove: [MEASURE_NOTICE, BAN_LIFTED_NOTICE] },
    };
  }
  return { history: after, notices: { put: [], remove: [] } };
};
