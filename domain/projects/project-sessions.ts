import { DateTime } from "luxon";
import type { Appointment } from "../model/appointment";
import type { Project, ProjectSession } from "../model/project";

/** The project with the appointment's current state: holding time (booked or attended) it is a session, else none. */
export const withSession = (project: Project, appointment: Appointment): Project => {
  const { [appointment.id]: _, ...others } = project.sessions;
  const holds = appointment.status === "booked" || appointment.status === "attended";
  const sessions: Record<string, ProjectSession> = holds
    ? {
        ...others,
        [appointment.id]: { startsAt: appointment.startsAt, attended: appointment.status === "attended" },
      }
    : others;
  return { ...project, sessions, updatedAt: appointment.updatedAt };
};

/** The start of the project's latest session, booked or attended; null without any. */
export const latestSessionAt = (project: Pick<Project, "sessions">): string | null =>
  Object.values(project.sessions).reduce<string | null>(
    (latest, { startsAt }) => (latest === null || startsAt > latest ? startsAt : latest),
    null,
  );

/** What the studio sees of a project's sessions and contacts at `now` (derived, never stored). */
export interface ProjectFacts {
  /** The soonest booked session starting after now. */
  nextAppointmentAt: string | null;
  /** The latest session, booked or attended, that started by now. */
  lastAppointmentAt: string | null;
  sessionsDone: number;
  daysSinceRequest: number;
  daysSinceLastContact: number | null;
}

/** Whole calendar days in the studio's zone (a DST day counts as one), as "older than N days" counts them. */
const daysBetween = (from: string, to: string, timeZone: string): number =>
  Math.max(
    0,
    Math.floor(
      DateTime.fromISO(to, { zone: timeZone }).diff(DateTime.fromISO(from, { zone: timeZone }), "days").days,
    ),
  );

export const projectFacts = (project: Project, now: string, timeZone: string): ProjectFacts => {
  const sessions = Object.values(project.sessions);
  const nowMs = Date.parse(now);
  const upcoming = sessions
    .filter((session) => !session.attended && Date.parse(session.startsAt) > nowMs)
    .map((session) => session.startsAt)
    .sort();
  const started = sessions
    .filter((session) => Date.parse(session.startsAt) <= nowMs)
    .map((session) => session.startsAt)
    .sort();
  return {
    nextAppointmentAt: upcoming[0] ?? null,
    lastAppointmentAt: started.at(-1) ?? null,
    sessionsDone: sessions.filter((session) => session.attended).length,
    daysSinceRequest: daysBetween(project.createdAt, now, timeZone),
    daysSinceLastContact:
      project.lastContactAt === null ? null : daysBetween(project.lastContactAt, now, timeZone),
  };
};

export type ProjectView = Project & ProjectFacts;

export const viewOf = (project: Project, now: string, timeZone: string): ProjectView => ({
  ...project,
  ...projectFacts(project, now, timeZone),
});
