import { describe, expect, it } from "vitest";
import type { VisitRhythm } from "../../../domain/model/visit-rhythm";
import type { OverdueScanStore } from "../../../domain/ports/overdue-scan-store";
import { scanOverdueClients } from "../../../domain/reconnect/scan-overdue-clients";
import { scanTimeOf } from "../../../domain/rhythm/overdue-rule";
import { emptyRhythm } from "../../../domain/rhythm/visit-rhythm-rules";

const NOW = "2026-05-01T10:00:00.000Z";

const aRhythm = (clientId: string, overrides: Partial<VisitRhythm> = {}): VisitRhythm => ({
  ...emptyRhythm("studio-1", clientId, "hair"),
  attendedVisits: {
    a: "2026-01-05T10:00:00.000Z",
    b: "2026-02-02T10:00:00.000Z",
    c: "2026-03-02T10:00:00.000Z",
  },
  typicalIntervalDays: 28,
  dueAt: "2026-04-06T09:00:00.000Z",
  reviewAt: "2026-04-06T09:00:00.000Z",
  version: 3,
  ...overrides,
});

/** A store over a map, with the due index and the flag's version check of the DynamoDB adapter. */
const inMemoryStore = (rhythms: VisitRhythm[], pageSize = 2) => {
  const stored = new Map(rhythms.map((rhythm) => [rhythm.clientId, rhythm]));
  const flags: string[] = [];
  const store: OverdueScanStore & { stored: typeof stored; flags: string[] } = {
    stored,
    flags,
    shards: ["DUE#0", "DUE#1"],
    async *dueRhythms(shard, until) {
      const due = [...stored.values()].filter((rhythm, index) => {
        const scanAt = scanTimeOf(rhythm);
        return `DUE#${index % 2}` === shard && scanAt !== null && scanAt <= until;
      });
      for (let start = 0; start < due.length; start += pageSize) yield due.slice(start, start + pageSize);
    },
    async saveStanding(before, after) {
      const current = stored.get(before.clientId)!;
      if (current.version !== before.version) return false;
      stored.set(before.clientId, after);
      if (before.overdueSince === null && after.overdueSince !== null) flags.push(before.clientId);
      return true;
    },
    overdueCounts: async () => ({}),
    listed: async () => ({ items: [], nextCursor: null }),
  };
  return store;
};

describe("scanOverdueClients", () => {
  it("flags every overdue client across shards and pages, and leaves the not yet due alone", async () => {
    // Prepare
    const store = inMemoryStore([
      aRhythm("due-1"),
      aRhythm("due-2"),
      aRhythm("due-3"),
      aRhythm("later", { reviewAt: "2026-06-01T09:00:00.000Z" }),
      aRhythm("unevaluated", { reviewAt: null, dueAt: null }),
    ]);

    // Act
    const result = await scanOverdueClients({ overdueScan: store, clock: () => NOW })();

    // Assess
    expect(result).toEqual({ read: 3, flagged: 3, skipped: 0 });
    expect(store.flags.sort()).toEqual(["due-1", "due-2", "due-3"]);
    expect(store.stored.get("due-1")?.overdueSince).toBe(NOW);
  });

  it("changes nothing when run a second time", async () => {
    // Prepare
    const store = inMemoryStore([aRhythm("due-1"), aRhythm("due-2")]);
    const scan = scanOverdueClients({ overdueScan: store, clock: () => NOW });
    await scan();

    // Act
    const second = await scan();

    // Assess
    expect(second).toEqual({ read: 0, flagged: 0, skipped: 0 });
    expect(store.flags).toHaveLength(2);
  });

  it("skips a rhythm with a booking still to come, and one changed after it was read", async () => {
    // Prepare
    const store = inMemoryStore([
      aRhythm("booked", { openBookings: { x: "2026-05-20T10:00:00.000Z" } }),
      aRhythm("changed"),
    ]);
    const save = store.saveStanding.bind(store);
    store.saveStanding = async (before, after) => {
      if (before.clientId === "changed")
        store.stored.set("changed", { ...before, version: before.version + 1 });
      return save(before, after);
    };

    // Act
    const result = await scanOverdueClients({ overdueScan: store, clock: () => NOW })();

    // Assess
    expect(result).toEqual({ read: 2, flagged: 0, skipped: 2 });
    expect(store.flags).toEqual([]);
  });
});
