import { nextVersion } from "../model/versioned";
import type { VisitRhythm } from "../model/visit-rhythm";
import type { Dependencies } from "../ports/dependencies";
import { flaggedOverdue } from "../rhythm/overdue-rule";
import { startedEpisode } from "./campaign-steps";

export interface OverdueScanResult {
  /** Rhythms read from the due-time index: the scan's cost. */
  read: number;
  /** Rhythms flagged overdue by this run. */
  flagged: number;
  /** Rhythms read but left without a flag: booked, or changed since they were read. */
  skipped: number;
}

/** Conditional writes in flight per shard: enough to hide latency, few enough not to throttle. */
const WRITES_IN_FLIGHT = 16;

/**
 * Looks at every rhythm whose time came, across all studios, and settles it: overdue (flagged once, which
 * starts a new episode and puts the category on the studio's pending work), or booked (due, but a booking
 * holds). Settled rhythms leave the scan's index until their next time, so a second run reads nothing; a
 * rhythm changed between read and write keeps its new state (the write is conditional on the version read).
 * A run cut short leaves the rest due for the next one.
 */
export const scanOverdueClients =
  ({ overdueScan, clock }: Pick<Dependencies, "overdueScan" | "clock">) =>
  async (): Promise<OverdueScanResult> => {
    const now = clock();
    const settle = async (rhythm: VisitRhythm): Promise<boolean> => {
      const flagged = flaggedOverdue(rhythm, now);
      const newlyOverdue = rhythm.overdueSince === null && flagged.overdueSince !== null;
      const written = await overdueScan.saveStanding(
        rhythm,
        nextVersion(newlyOverdue ? startedEpisode(flagged) : flagged),
      );
      return written && newlyOverdue;
    };

    const scanShard = async (shard: string): Promise<OverdueScanResult> => {
      const result: OverdueScanResult = { read: 0, flagged: 0, skipped: 0 };
      for await (const page of overdueScan.dueRhythms(shard, now)) {
        for (let start = 0; start < page.length; start += WRITES_IN_FLIGHT) {
          const outcomes = await Promise.all(page.slice(start, start + WRITES_IN_FLIGHT).map(settle));
          const flagged = outcomes.filter(Boolean).length;
          result.read += outcomes.length;
          result.flagged += flagged;
          result.skipped += outcomes.length - flagged;
        }
      }
      return result;
    };

    const perShard = await Promise.all(overdueScan.shards.map(scanShard));
    return perShard.reduce(
      (total, shard) => ({
        read: total.read + shard.read,
        flagged: total.flagged + shard.flagged,
        skipped: total.skipped + shard.skipped,
      }),
      { read: 0, flagged: 0, skipped: 0 },
    );
  };
