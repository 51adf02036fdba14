import type { ReconnectSettings } from "../model/reconnect";
import type { VisitRhythm } from "../model/visit-rhythm";
import type { Dependencies } from "../ports/dependencies";
import { followUpDropped, followUpSent } from "./campaign-steps";
import { contactedAt, contactedThisEpisode, reconnectStateOf } from "./reconnect-attribution";
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
  `reconnect-follow-up:${rhythm.categoryId}:${rhythm.clientId}:${contactedAt(reconnectStateOf(rhythm))}`;

const deserves = (rhythm: VisitRhythm): boolean => {
  const state = reconnectStateOf(rhythm);
  return (
    rhythm.overdueSince !== null &&
    contactedThisEpisode(rhythm) &&
    state.followUpSentAt === null &&
    state.reconnectedAt === null &&
    !state.excluded &&
    !bookedOrVisitedSince(rhythm, contactedAt(state)!)
  );
};

/**
 * Sends one campaign's follow-up, or drops it when it is not deserved (booked or visited since the first
 * message, excluded, won back, unreachable now). The follow-up is recorded by a write conditional on the
 * rhythm's version, and a recorded follow-up takes the rhythm out of the index: never a third message.
 * Settings and category names are read once per studio and category.
 */
export const followUpSender = (deps: FollowUpDependencies) => {
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

  return async (rhythm: VisitRhythm): Promise<keyof Omit<FollowUpRunResult, "read">> => {
    if (!deserves(rhythm))
      return (await deps.reconnect.saveCampaign(followUpDropped(rhythm), null)) ? "dropped" : "skipped";
    const [studioSettings, name] = await Promise.all([settings(rhythm.studioId), categoryName(rhythm)]);
    const sent = await deps.sendRequests(rhythm.studioId, {
      requestId: followUpRequestId(rhythm),
      clientIds: [rhythm.clientId],
      templatePurpose: "reconnect_follow_up",
      channelPolicy: studioSettings.channelPolicy,
      values: { categoryName: name },
      categoryId: rhythm.categoryId,
    });
    if (sent.queued === 0)
      return (await deps.reconnect.saveCampaign(followUpDropped(rhythm), null)) ? "dropped" : "skipped";
    const step = followUpSent(rhythm, deps.clock());
    return (await deps.reconnect.saveCampaign(step.rhythm, step.stats)) ? "queued" : "skipped";
  };
};

/** Every campaign whose follow-up is due now, across all studios: only the due part of the sparse index. */
export const dueFollowUps = async (
  deps: Pick<Dependencies, "reconnect">,
  now: string,
): Promise<VisitRhythm[]> => {
  const due: VisitRhythm[] = [];
  for (const shard of deps.reconnect.followUpShards) {
    for await (const page of deps.reconnect.dueFollowUps(shard, now)) due.push(...page);
  }
  return due;
};

/** Queues the follow-up of every campaign whose delay has passed, across all studios. */
export const sendReconnectFollowUps =
  (deps: FollowUpDependencies) => async (): Promise<FollowUpRunResult> => {
    const result: FollowUpRunResult = { read: 0, queued: 0, dropped: 0, skipped: 0 };
    const followUp = followUpSender(deps);
    for (const rhythm of await dueFollowUps(deps, deps.clock())) {
      result.read += 1;
      result[await followUp(rhythm)] += 1;
    }
    return result;
  };
