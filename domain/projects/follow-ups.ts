import { DateTime } from "luxon";
import { validationError } from "../errors";
import type { Client } from "../model/client";
import { CHANNELS, type Channel, type Purpose } from "../model/consent";
import type { SkipReason } from "../model/outbox-message";
import type { FollowUpList, Project } from "../model/project";
import { skipReasonFor } from "../outbox/recipient-plan";
import type { Dependencies } from "../ports/dependencies";
import type { FollowUpQuery } from "../ports/project-repository";
import { loadStudio } from "../studios/load-studio";
import { type ProjectView, viewOf } from "./project-sessions";

/** A list's filters as the caller gives them; what a list does not take must be left out. */
export interface FollowUpFilterInput {
  /** open-requests (default 7), without-appointment (default 0): the list's time lies at least N days back. */
  olderThanDays?: number;
  /** paused-with-deposit (default 0): the last appointment lies at least N weeks back. */
  olderThanWeeks?: number;
  /** completed: first and last local day of the period (default: the 7 days up to now). */
  from?: string;
  to?: string;
  minContacts?: number;
  maxContacts?: number;
  order?: FollowUpQuery["order"];
}

const TAKES: Record<FollowUpList, readonly (keyof FollowUpFilterInput)[]> = {
  "open-requests": ["olderThanDays"],
  "without-appointment": ["olderThanDays"],
  completed: ["from", "to"],
  "paused-with-deposit": ["olderThanWeeks"],
};
const EVERY_LIST_TAKES: readonly (keyof FollowUpFilterInput)[] = ["minContacts", "maxContacts", "order"];

/** "Older than N days": the same wall-clock time N calendar days back in the studio's zone (DST-safe). */
const daysBack = (now: DateTime, days: number): string => now.minus({ days }).toUTC().toISO()!;

/**
 * The filters as a range of the list's time (see `followUpPlaceOf`), in the studio's zone: older than N days
 * or weeks is a time at or before now − N; completed covers whole local days, by default the last 7 days up
 * to now. Refuses a filter the list does not take, naming it.
 */
export const followUpQueryOf = (
  list: FollowUpList,
  filters: FollowUpFilterInput,
  now: string,
  timeZone: string,
): FollowUpQuery => {
  for (const [field, value] of Object.entries(filters))
    if (value !== undefined && !TAKES[list].includes(field as keyof FollowUpFilterInput))
      if (!EVERY_LIST_TAKES.includes(field as keyof FollowUpFilterInput))
        throw validationError(field, `the list ${list} does not take this filter`);
  const { minContacts = null, maxContacts = null, order = "asc" } = filters;
  if (minContacts !== null && maxContacts !== null && minContacts > maxContacts)
    throw validationError("maxContacts", "must not be below minContacts");
  const local = DateTime.fromISO(now, { zone: timeZone });
  const common = { list, minContacts, maxContacts, order };
  switch (list) {
    case "open-requests":
      return { ...common, from: null, to: daysBack(local, filters.olderThanDays ?? 7) };
    case "without-appointment":
      return { ...common, from: null, to: daysBack(local, filters.olderThanDays ?? 0) };
    case "paused-with-deposit":
      return { ...common, from: null, to: daysBack(local, 7 * (filters.olderThanWeeks ?? 0)) };
    case "completed": {
      const day = (date: string) => DateTime.fromISO(date, { zone: timeZone }).startOf("day");
      const to =
        filters.to === undefined ? local : day(filters.to).plus({ days: 1 }).minus({ milliseconds: 1 });
      const from = filters.from === undefined ? local.minus({ days: 7 }) : day(filters.from);
      if (from > to) throw validationError("from", "must not be after to");
      return { ...common, from: from.toUTC().toISO()!, to: to.toUTC().toISO()! };
    }
  }
};

/** Why a message of each kind cannot reach the client on a channel; null where it can. */
export type Reach = Record<Channel, Record<Purpose, SkipReason | null>>;

export const reachOf = (client: Client | null): Reach =>
  Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      {
        transactional: skipReasonFor(client, channel, "transactional"),
        marketing: skipReasonFor(client, channel, "marketing"),
      },
    ]),
  ) as Reach;

export interface FollowUpRow {
  project: ProjectView;
  client: {
    id: string;
    firstName: string | null;
    lastName: string | null;
    email: string | null;
    phone: string | null;
    reach: Reach;
  };
}

export interface FollowUpPage {
  list: FollowUpList;
  /** How many projects the list holds with these filters, on every page. */
  count: number;
  items: FollowUpRow[];
  nextCursor: string | null;
}

const rowOf = (project: Project, client: Client | null, now: string, timeZone: string): FollowUpRow => {
  const reachable = client !== null && client.erasedAt === null;
  return {
    project: viewOf(project, now, timeZone),
    client: {
      id: project.clientId,
      firstName: reachable ? client.firstName : null,
      lastName: reachable ? client.lastName : null,
      email: reachable ? client.email : null,
      phone: reachable ? client.phone : null,
      reach: reachOf(client),
    },
  };
};

export interface FollowUpListRequest {
  filters: FollowUpFilterInput;
  limit: number;
  cursor: string | null;
}

type ListDeps = Pick<Dependencies, "studios" | "projects" | "clients" | "clock">;

/**
 * A page of a follow-up list with its count: a query of the list's range in its sparse index (and a count
 * of the same range) and one batch of the projects and their clients.
 */
export const listFollowUps =
  ({ studios, projects, clients, clock }: ListDeps) =>
  async (studioId: string, list: FollowUpList, request: FollowUpListRequest): Promise<FollowUpPage> => {
    const now = clock();
    const studio = await loadStudio(studios, studioId);
    const query = followUpQueryOf(list, request.filters, now, studio.timeZone);
    const [page, count] = await Promise.all([
      projects.followUps(studioId, query, { limit: request.limit, cursor: request.cursor }),
      projects.countFollowUps(studioId, query),
    ]);
    const cards = await Promise.all(page.items.map((project) => clients.get(studioId, project.clientId)));
    return {
      list,
      count,
      items: page.items.map((project, index) => rowOf(project, cards[index] ?? null, now, studio.timeZone)),
      nextCursor: page.nextCursor,
    };
  };

/** Each list's count with its default filters, in one wave of counting queries of the index. */
export const followUpCounts =
  ({ studios, projects, clock }: Pick<Dependencies, "studios" | "projects" | "clock">) =>
  async (studioId: string): Promise<Record<FollowUpList, number>> => {
    const now = clock();
    const studio = await loadStudio(studios, studioId);
    const lists: FollowUpList[] = [
      "open-requests",
      "without-appointment",
      "completed",
      "paused-with-deposit",
    ];
    const counts = await Promise.all(
      lists.map((list) => projects.countFollowUps(studioId, followUpQueryOf(list, {}, now, studio.timeZone))),
    );
    return Object.fromEntries(lists.map((list, index) => [list, counts[index]])) as Record<
      FollowUpList,
      number
    >;
  };

/** Which of a list's projects a broadcast or bulk update concerns: all listed, or the selected ones of them. */
export interface FollowUpSelection {
  filters: FollowUpFilterInput;
  /** Only these, where listed; all listed when left out. */
  projectIds?: string[];
}

/** The most projects one broadcast or bulk update may concern (a send request takes 1,000 clients). */
export const MAX_SELECTED = 1000;
const PAGE = 100;

/** The listed projects a selection names, read page by page; a selected project not listed is left out. */
export const selectedProjects = async (
  projects: Dependencies["projects"],
  studioId: string,
  query: FollowUpQuery,
  projectIds: readonly string[] | undefined,
): Promise<Project[]> => {
  const wanted = projectIds === undefined ? null : new Set(projectIds);
  const found: Project[] = [];
  let cursor: string | null = null;
  do {
    const page = await projects.followUps(studioId, query, { limit: PAGE, cursor });
    found.push(...page.items.filter((project) => wanted === null || wanted.has(project.id)));
    if (found.length > MAX_SELECTED)
      throw validationError("projectIds", `names more than ${MAX_SELECTED} projects; narrow the filters`);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return found;
};
