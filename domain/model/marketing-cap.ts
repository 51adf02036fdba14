import type { Channel } from "./consent";
import type { MarketingFrequency } from "./studio";
import type { Versioned } from "./versioned";

/**
 * When a client was last sent marketing on a channel (queue times within the window), written with the
 * message it admits and only over the version read, so two send requests at once cannot both pass it.
 */
export interface MarketingCap extends Versioned {
  studioId: string;
  clientId: string;
  channel: Channel;
  recent: string[];
}

export const emptyMarketingCap = (studioId: string, clientId: string, channel: Channel): MarketingCap => ({
  studioId,
  clientId,
  channel,
  recent: [],
  version: 0,
});

const DAY = 24 * 3600 * 1000;

/**
 * The cap with a marketing message queued now, or null when the studio's frequency leaves no room: the
 * client already had `messages` in the last `days`.
 */
export const admitMarketing = (
  cap: MarketingCap,
  frequency: MarketingFrequency,
  now: string,
): MarketingCap | null => {
  const windowStart = Date.parse(now) - frequency.days * DAY;
  const recent = cap.recent.filter((at) => Date.parse(at) > windowStart);
  if (recent.length >= frequency.messages) return null;
  return { ...cap, recent: [...recent, now], version: cap.version + 1 };
};
