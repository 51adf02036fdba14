import type { ChannelPolicy } from "./consent";
import type { TemplatePurpose } from "./template";
export type ProjectStatus = "request" | "running" | "paused" | "completed" | "closed";

/** An appointment of the project that holds time: booked (still to come, or not yet marked), or attended. */
export interface ProjectSession {
  startsAt: string;
  attended: boolean;
}

export interface Project {
  id: string;
  studioId: string;
  clientId: string;
  title: string;
  notes: string;
  status: ProjectStatus;
  /** When the status last changed; the creation time while it is a request. */
  statusSince: string;
  /** Why it was closed; null unless closed. */
  closeReason: string | null;
  /** Minor currency units; 0 = no deposit. */
  depositAmount: number;
  depositPaid: boolean;
  /** How often the studio followed up on this project; lets staff close a request after unanswered contacts. */
  contactCount: number;
  lastContactAt: string | null;
  /**
   * The project's appointments that hold time, by appointment id; a cancelled or no-show appointment leaves
   * it. Derived, never edited: every appointment change with the project's id writes it in the same
   * transaction, so replaying the same appointment states in any order gives the same sessions.
   */
  sessions: Record<string, ProjectSession>;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** The four follow-up lists, in the seed product's order 01, 10, 20, 30 (see docs/projects.md). */
export const FOLLOW_UP_LISTS = [
  "open-requests",
  "without-appointment",
  "completed",
  "paused-with-deposit",
] as const;
export type FollowUpList = (typeof FOLLOW_UP_LISTS)[number];

/** The messages a follow-up list may send (see docs/projects.md for why each is what kind). */
export const FOLLOW_UP_PURPOSES = [
  "project_follow_up",
  "project_aftercare",
  "aftercare_review",
  "project_paused_reminder",
] as const satisfies readonly TemplatePurpose[];
export type FollowUpPurpose = (typeof FOLLOW_UP_PURPOSES)[number];

/** What each list may send: a message fits the projects the list names. */
export const BROADCAST_PURPOSES: Record<FollowUpList, readonly FollowUpPurpose[]> = {
  "open-requests": ["project_follow_up"],
  "without-appointment": ["project_follow_up"],
  completed: ["project_aftercare", "aftercare_review"],
  "paused-with-deposit": ["project_paused_reminder"],
};

/** What one request did to a project: counted a contact (a broadcast), or moved its status. */
export type ProjectAction = "contact" | "status";

/** The record of one request's change to one project: written once, with the change, so a retry does nothing twice. */
export interface ProjectChangeRecord {
  projectId: string;
  requestId: string;
  action: ProjectAction;
  at: string;
  /** A contact's template purpose; a close's reason. */
  note: string | null;
  statusBefore: ProjectStatus;
  statusAfter: ProjectStatus;
}

/** A studio's automatic follow-up work on projects; both parts are off until the studio switches them on. */
export interface ProjectAutomation {
  studioId: string;
  /** Close a request once this many follow-ups went unanswered (null: off). */
  closeAfterFollowUps: number | null;
  /** A follow-up is unanswered once this many days passed since it without a booking. */
  unansweredAfterDays: number;
  /** Send the aftercare message this many days after a project was completed (null: off). */
  aftercareAfterDays: number | null;
  aftercareChannelPolicy: ChannelPolicy;
  updatedAt: string;
  version: number;
}

export const defaultProjectAutomation = (studioId: string): ProjectAutomation => ({
  studioId,
  closeAfterFollowUps: null,
  unansweredAfterDays: 7,
  aftercareAfterDays: null,
  aftercareChannelPolicy: "sms_else_email",
  updatedAt: "1970-01-01T00:00:00.000Z",
  version: 0,
});

export const isAutomated = (automation: ProjectAutomation): boolean =>
  automation.closeAfterFollowUps !== null || automation.aftercareAfterDays !== null;
