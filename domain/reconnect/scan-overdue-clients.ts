import type { VisitRhythm } from "../model/visit-rhythm";
import type { Dependencies } from "../ports/dependencies";
import { isOverdue } from "./overdue-rule";

export interface OverdueScanResult {
  /** Rhythms read from the due-time index: the scan's cost. */
  read: number;
  /** Rhythms flagged overdue by this run. */
  flagged: number;
  /** Rhythms read but left alone: not overdue after all, or changed since they were read. */
  skipped: number;
}

/** Conditional writes in flight per shard: enough to hide latency, few enough not to throttle. */
const FLAGS_IN_FLIGHT = 16;

/**
 * Finds every client who fell out of rhythm up to now, across all studios, and flags each overdue exactly
 * once. Flagged rhythms leave the due-time index, so a second run reads nothing; a rhythm changed between
 * read and write keeps its new state (the write is conditional on the version read). A run cut short
 * leaves the rest due for the next one.
 */
export const scanOverdueClients =
  (
    { overdueScan, clock }: Pick<Dependencies, "overdueScan" | "clock">,
    /** Told of every rhythm this run flagged, e.g. to queue the automatic first message. */
    onFlagged: (rhythm: VisitRhythm) => void = () => {},
  ) =>
  async (): Promise<OverdueScanResult> => {
    const now = clock();
    const flagOne = async (rhythm: VisitRhythm): Promise<boolean> => {
      const flagged =
        rhythm.overdueSince === null &&
        isOverdue(rhythm, now) &&
        (await overdueScan.flagOverdue(rhythm, now));
      if (flagged) onFlagged(rhythm);
      return flagged;
    };

    const scanShard = async (shard: string): Promise<OverdueScanResult> => {
      const result: OverdueScanResult = { read: 0, flagged: 0, skipped: 0 };
      for await (const page of overdueScan.dueRhythms(shard, now)) {
        for (let start = 0; start < page.length; start += FLAGS_IN_FLIGHT) {
          const outcomes = await Promise.all(page.slice(start, start + FLAGS_IN_FLIGHT).map(flagOne));
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
