import { beforeAll, describe, expect, it } from "vitest";
import { nextVersion } from "../../domain/model/versioned";
import { emptyRhythm } from "../../domain/rhythm/visit-rhythm-rules";
import { type ApiHarness, createApiHarness } from "../support/api-harness";
import { countUsage } from "../support/count-usage";

const STUDIO = "studio-campaigns";
const MONTH = "2026-11";
const contactedOne = {
  studioId: STUDIO,
  categoryId: "hair",
  month: MONTH,
  contacted: 1,
  followedUp: 0,
  reconnected: 0,
  revenue: 0,
};

describe("campaign steps saved together", () => {
  let api: ApiHarness;
  const clients = Array.from({ length: 60 }, (_, index) => `client-${index}`);
  const stored = clients.map((clientId) => nextVersion(emptyRhythm(STUDIO, clientId, "hair")));

  beforeAll(async () => {
    api = await createApiHarness();
    await api.deps.appointments.importHistory({
      appointments: [],
      staffDays: [],
      rhythms: stored,
      histories: [],
    });
  });

  it("writes the rhythms that did not change and their statistics, added up, in few transactions", async () => {
    // Prepare: one step was built from an outdated read (the stored rhythm moved on meanwhile)
    const steps = stored.map((rhythm) => ({
      rhythm: nextVersion(rhythm),
      stats: contactedOne,
    }));
    steps[7] = { ...steps[7]!, rhythm: { ...steps[7]!.rhythm, version: 1 } };
    const counter = countUsage(api.documentClient);

    // Act
    const { result: saved, usage } = await counter.measure(() => api.deps.reconnect.saveCampaigns(steps));
    const [stats] = await api.deps.reconnect.monthlyStats(STUDIO, [MONTH]);

    // Assess: two transactions of 50 and 10; the refused one again step by step
    expect(saved.filter(Boolean)).toHaveLength(59);
    expect(saved[7]).toBe(false);
    expect(stats?.contacted).toBe(59);
    expect(usage.byCommand.TransactWriteItemsCommand).toBe(2 + 50);
  });
});
