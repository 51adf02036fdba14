import { validationError } from "../errors";
import type { ChannelPolicy } from "../model/consent";
import { BROADCAST_PURPOSES, type FollowUpList, type FollowUpPurpose, type Project } from "../model/project";
import { revised } from "../model/versioned";
import { forEachBounded } from "../outbox/bounded-concurrency";
import type { Dependencies } from "../ports/dependencies";
import type { QueuedMessageSummary } from "../ports/send-request-queue";
import { loadStudio } from "../studios/load-studio";
import { changeProjectOnce } from "./change-project-once";
import { type FollowUpSelection, followUpQueryOf, selectedProjects } from "./follow-ups";

export interface BroadcastRequest extends FollowUpSelection {
  /** Chosen by the caller: sending it again sends nothing twice and counts no contact twice. */
  requestId: string;
  templatePurpose: FollowUpPurpose;
  channelPolicy: ChannelPolicy;
  /** Filled into the template for every recipient, e.g. the review link. */
  reviewLink?: string;
}

export interface BroadcastResult {
  requestId: string;
  /** Listed projects the broadcast concerned, and their distinct clients. */
  projects: number;
  clients: number;
  /** Outbox messages queued and skipped (without consent, contact data, …), with each one's outcome. */
  queued: number;
  skipped: number;
  /** Projects whose contact this request counted: now, or by an earlier try of the same request. */
  contacted: number;
  messages: QueuedMessageSummary[];
}

type BroadcastDeps = Pick<Dependencies, "studios" | "projects" | "sendRequests" | "clock">;

const IN_FLIGHT = 16;

/** The outbox request of a broadcast; its own namespace, so no other send request shares its messages. */
export const broadcastSendRequestId = (requestId: string): string => `projects:${requestId}`;

const titlesByClient = (projects: readonly Project[]): Map<string, string> => {
  const titles = new Map<string, string[]>();
  for (const project of projects)
    titles.set(project.clientId, [...(titles.get(project.clientId) ?? []), project.title]);
  return new Map([...titles].map(([clientId, list]) => [clientId, list.sort().join(", ")]));
};

/**
 * Sends a message to the clients of a list's (selected) projects through the outbox, then counts one contact
 * on each project whose client a message was queued for. Both happen once per request id: the outbox
 * derives its message ids from the request, and each count is written with the request's record on the
 * project, so a retry (or a concurrent double click) finds what was done and adds nothing. A client whose
 * messages are all skipped (no consent for a marketing message, no address, suppressed) is not counted.
 */
export const broadcastFollowUp =
  (deps: BroadcastDeps) =>
  async (studioId: string, list: FollowUpList, request: BroadcastRequest): Promise<BroadcastResult> => {
    if (!BROADCAST_PURPOSES[list].includes(request.templatePurpose))
      throw validationError(
        "templatePurpose",
        `the list ${list} sends ${BROADCAST_PURPOSES[list].join(" or ")}`,
      );
    if (request.templatePurpose === "aftercare_review" && request.reviewLink === undefined)
      throw validationError("reviewLink", "a review invitation needs the link to review the studio at");
    const now = deps.clock();
    const studio = await loadStudio(deps.studios, studioId);
    const query = followUpQueryOf(list, request.filters, now, studio.timeZone);
    const projects = await selectedProjects(deps.projects, studioId, query, request.projectIds);
    const titles = titlesByClient(projects);
    const clientIds = [...titles.keys()];
    const empty = {
      requestId: request.requestId,
      projects: 0,
      clients: 0,
      queued: 0,
      skipped: 0,
      contacted: 0,
    };
    if (clientIds.length === 0) return { ...empty, messages: [] };

    const sent = await deps.sendRequests(studioId, {
      requestId: broadcastSendRequestId(request.requestId),
      clientIds,
      templatePurpose: request.templatePurpose,
      channelPolicy: request.channelPolicy,
      values: request.reviewLink === undefined ? {} : { reviewLink: request.reviewLink },
      // The project is the service a review or aftercare message speaks of.
      valuesByClient: Object.fromEntries(
        [...titles].map(([clientId, projectTitle]) => [
          clientId,
          { projectTitle, serviceName: projectTitle },
        ]),
      ),
    });
    const reached = new Set(sent.messages.filter((m) => m.status !== "skipped").map((m) => m.clientId));

    let contacted = 0;
    await forEachBounded(
      projects.filter((project) => reached.has(project.clientId)),
      IN_FLIGHT,
      async (project) => {
        const outcome = await changeProjectOnce(
          deps,
          studioId,
          project.id,
          `broadcast:${request.requestId}`,
          (current) => ({
            updated: revised(current, { contactCount: current.contactCount + 1, lastContactAt: now }, now),
            record: {
              action: "contact",
              at: now,
              note: request.templatePurpose,
              statusBefore: current.status,
              statusAfter: current.status,
            },
          }),
        );
        if (outcome === "changed" || outcome === "changed_before") contacted += 1;
      },
    );
    return {
      ...empty,
      projects: projects.length,
      clients: clientIds.length,
      queued: sent.queued,
      skipped: sent.skipped,
      contacted,
      messages: sent.messages,
    };
  };
