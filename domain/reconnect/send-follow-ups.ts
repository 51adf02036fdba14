import type { ReconnectSettings } from "../model/reconnect";
import type { VisitRhythm } from "../model/visit-rhythm";
import type { Dependencies } from "../ports/dependencies";
import { followUpDropped, followUpSent } from "./campaign-steps";
import { contactedThisEpisode, reconnectStateOf } from "./reconnect-attribution";
import { bookedOrVisitedSince } from "./reconnect-tabs";

export interface FollowUpRunResult {
  /** Rhythms read from the follow-up index: the run's cost. */
  read: number;
  /** Follow-ups queued and recorded. */
  queued: number;
  /** Campaigns that will get no follow-up (booked or visited meanwhile, excluded, unreachable now). */
  dropped: number;
  /** Left for the next run: changed while this one looked at them. */
  skipped: number;
}

export type FollowUpDependencies = Pick<Dependencies, "reconnect" | "categories" | "sendRequests" | "clock">;

/** The follow-up of one campaign: its own request id, so however often it is retried it is one message. */
export const followUpRequestId = (rhythm: VisitRhythm): string =>
  `reconnect-follow-up:${rhythm.categoryId}:${rhythm.clientId}:${reconnectStateOf(rhythm).firstSentAt}`;

const deserves = (rhythm: VisitRhythm): boolean => {
  const state = reconnectStateOf(rhythm);
  return (
    rhythm.overdueSince !== null &&
    contactedThisEpisode(rhythm) &&
    state.followUpSentAt === null &&
    state.reconnectedAt === null &&
    !state.excluded &&
    !bookedOrVisitedSince(rhythm, state.firstSentAt!)
  );
};

/**
 * Queues the ReConnect follow-up for every campaign whose delay has passed, across all studios, reading
 * only the due part of the sparse follow-up index. A client who booked or visited in the category since
 * the first message, or was excluded, gets none. The follow-up is recorded by a write conditional on the
 * rhythm's version, and a recorded follow-up takes the rhythm out of the index: never a third message.
 */
export const sendReconnectFollowUps =
  (deps: FollowUpDependencies) => async (): Promise<FollowUpRunResult> => {
    const now = deps.clock();
    const result: FollowUpRunResult = { read: 0, queued: 0, dropped: 0, skipped: 0 };
    const settingsOf = new Map<string, Promise<ReconnectSettings>>();
    const categoryNameOf = new Map<string, Promise<string>>();
    const settings = (studioId: string) => {
      if (!settingsOf.has(studioId)) settingsOf.set(studioId, deps.reconnect.settings(studioId));
      return settingsOf.get(studioId)!;
    };
    const categoryName = (rhythm: VisitRhythm) => {
      const key = `${rhythm.studioId}#${rhythm.categoryId}`;
      if (!categoryNameOf.has(key))
        categoryNameOf.set(
          key,
          deps.categories.get(rhythm.studioId, rhythm.categoryId).then((category) => category?.name ?? ""),
        );
      return categoryNameOf.get(key)!;
    };

    const followUp = async (rhythm: VisitRhythm): Promise<keyof Omit<FollowUpRunResult, "read">> => {
      if (!deserves(rhythm))
        return (await deps.reconnect.saveCampaign(followUpDropped(rhythm), null)) ? "dropped" : "skipped";
      const sent = await deps.sendRequests(rhythm.studioId, {
        requestId: followUpRequestId(rhythm),
        clientIds: [rhythm.clientId],
        templatePurpose: "reconnect_follow_up",
        channelPolicy: (await settings(rhythm.studioId)).channelPolicy,
        values: { categoryName: await categoryName(rhythm) },
        categoryId: rhythm.categoryId,
      });
      if (sent.queued === 0)
        return (await deps.reconnect.saveCampaign(followUpDropped(rhythm), null)) ? "dropped" : "skipped";
      const step = followUpSent(rhythm, now);
      return (await deps.reconnect.saveCampaign(step.rhythm, step.stats)) ? "queued" : "skipped";
    };

    for (const shard of deps.reconnect.followUpShards) {
      for await (const page of deps.reconnect.dueFollowUps(shard, now)) {
        for (const rhythm of page) {
          result.read += 1;
          result[await followUp(rhythm)] += 1;
        }
      }
    }
    return result;
  };
