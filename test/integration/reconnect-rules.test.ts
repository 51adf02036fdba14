import { describe, expect, it } from "vitest";
import { sendDueMessages } from "../../domain/outbox/send-due-messages";
import type { Dependencies } from "../../domain/ports/dependencies";
import type { EmailSender, SmsSender } from "../../domain/ports/message-providers";
import { recordFirstSent } from "../../domain/reconnect/record-first-sent";
import { scheduledReconnect } from "../../domain/reconnect/scheduled-reconnect";
import { dynamoDbProviderReceipts } from "../../functions/adapters/dynamodb/provider-receipts";
import { type ApiHarness, aStudio, createApiHarness } from "../support/api-harness";
import { addCatalog } from "../support/catalog-fixture";

/** A client with SMS marketing consent and attended visits on the given days (at 10:00 UTC). */
const regular = async (api: ApiHarness, studioId: string, name: string, phone: string, days: string[]) => {
  const studio = api.as(studioId);
  const clientId = (await studio.post("/clients", { firstName: name, lastName: "Test", phone })).body
    .id as string;
  await studio.post(`/clients/${clientId}/consents`, {
    channel: "sms",
    purpose: "marketing",
    granted: true,
    source: "paper_form",
  });
  for (const day of days) {
    const startsAt = `${day}T10:00:00.000Z`;
    api.setNow(startsAt);
    const booked = await studio.post("/appointments", {
      clientId,
      serviceId: "cut",
      staffId: "lena",
      startsAt,
    });
    expect(booked.status).toBe(201);
    await studio.put(`/appointments/${booked.body.id}/status`, { status: "attended" });
  }
  return clientId;
};

const monthly = ["2026-01-05", "2026-02-02", "2026-03-02"];
const tabOf = async (api: ApiHarness, studioId: string, tab: string) =>
  (await api.as(studioId).get(`/reconnect/categories/hair/clients?tab=${tab}`)).body.items as {
    clientId: string;
    dueAt: string;
    firstQueuedAt: string | null;
    firstSentAt: string | null;
  }[];
const smsProvider = {
  send: async ({ messageId }: { messageId: string }) => ({ providerMessageId: `p-${messageId}` }),
};
const sender = (api: ApiHarness) =>
  sendDueMessages(
    {
      outbox: api.deps.outbox,
      clients: api.deps.clients,
      consents: api.deps.consents,
      appointments: api.deps.appointments,
      receipts: dynamoDbProviderReceipts(api.ctx),
      email: smsProvider as EmailSender,
      sms: smsProvider as SmsSender,
      clock: api.deps.clock,
      newId: api.deps.newId,
      pause: async () => {},
      afterSent: recordFirstSent(api.deps),
    },
    {
      perRun: { email: 50, sms: 50 },
      perSecond: { email: 50, sms: 50 },
      leaseSeconds: 300,
      maxAttempts: 3,
      retryBaseSeconds: 60,
      concurrency: 4,
    },
  );

describe("ReConnect lists", () => {
  it("sorts a list by due time, not by when the scan found the client", async () => {
    // Prepare: Ada fell out of rhythm first but is found by a later scan than Bea
    const api = await createApiHarness();
    await api.addStudio(aStudio("studio-order"));
    await addCatalog(api.deps, "studio-order");
    const bea = await regular(api, "studio-order", "Bea", "+4915120000002", [
      "2026-01-12",
      "2026-02-09",
      "2026-03-09",
    ]);
    api.setNow("2026-04-15T12:00:00.000Z");
    await scheduledReconnect(api.deps)();
    const ada = await regular(api, "studio-order", "Ada", "+4915120000001", monthly);
    api.setNow("2026-04-16T12:00:00.000Z");
    await scheduledReconnect(api.deps)();

    // Act
    const reachable = await tabOf(api, "studio-order", "reachable");

    // Assess: Ada due 6 April, Bea due 13 April, at 11:00 Berlin summer time
    expect(reachable.map((row) => row.clientId)).toEqual([ada, bea]);
    expect(reachable.map((row) => row.dueAt)).toEqual([
      "2026-04-06T09:00:00.000Z",
      "2026-04-13T09:00:00.000Z",
    ]);
  });

  it("keeps a client in exactly one tab: won back, then overdue again, they are reachable and no longer reconnected", async () => {
    // Prepare: contacted, books, attends → reconnected
    const api = await createApiHarness();
    await api.addStudio(aStudio("studio-tabs"));
    await addCatalog(api.deps, "studio-tabs");
    const eva = await regular(api, "studio-tabs", "Eva", "+4915120000003", monthly);
    api.setNow("2026-04-10T12:00:00.000Z");
    await scheduledReconnect(api.deps)();
    await api.as("studio-tabs").post("/reconnect/categories/hair/contact");
    api.setNow("2026-04-12T12:00:00.000Z");
    const booked = await api.as("studio-tabs").post("/appointments", {
      clientId: eva,
      serviceId: "cut",
      staffId: "lena",
      startsAt: "2026-04-14T10:00:00Z",
    });
    api.setNow("2026-04-14T11:00:00.000Z");
    await api.as("studio-tabs").put(`/appointments/${booked.body.id}/status`, { status: "attended" });
    const wonBack = await tabOf(api, "studio-tabs", "reconnected");

    // Act: a full rhythm later she is overdue again
    api.setNow("2026-06-01T12:00:00.000Z");
    await scheduledReconnect(api.deps)();
    const tabs = Object.fromEntries(
      await Promise.all(
        ["reachable", "unreachable", "booked", "first_sent", "second_sent", "reconnected"].map(
          async (tab) => [tab, (await tabOf(api, "studio-tabs", tab)).map((row) => row.clientId)] as const,
        ),
      ),
    );

    // Assess
    expect(wonBack.map((row) => row.clientId)).toEqual([eva]);
    expect(Object.entries(tabs).filter(([, clients]) => clients.includes(eva))).toEqual([
      ["reachable", [eva]],
    ]);
  });

  it("re-evaluates a category's clients when its default interval changes", async () => {
    // Prepare: one visit, no default interval: never due
    const api = await createApiHarness();
    await api.addStudio(aStudio("studio-default"));
    await addCatalog(api.deps, "studio-default");
    const kim = await regular(api, "studio-default", "Kim", "+4915120000004", ["2026-03-02"]);
    api.setNow("2026-05-01T12:00:00.000Z");
    const before = await scheduledReconnect(api.deps)();

    // Act: a 30-day default; 30 + 7 days grace after 2 March (11:00 Berlin) is 8 April, 11:00 summer time
    await api.as("studio-default").patch("/categories/hair", { defaultIntervalDays: 30 });
    const after = await scheduledReconnect(api.deps)();
    const reachable = await tabOf(api, "studio-default", "reachable");

    // Assess
    expect(before.scan.flagged).toBe(0);
    expect(after).toMatchObject({ reevaluated: 1, scan: { flagged: 1 } });
    expect(reachable.map((row) => [row.clientId, row.dueAt])).toEqual([[kim, "2026-04-08T09:00:00.000Z"]]);
  });

  it("tells when the first message was queued and when it was sent", async () => {
    // Prepare
    const api = await createApiHarness();
    await api.addStudio(aStudio("studio-sent"));
    await addCatalog(api.deps, "studio-sent");
    await regular(api, "studio-sent", "Ola", "+4915120000005", monthly);
    api.setNow("2026-04-10T04:00:00.000Z");
    await scheduledReconnect(api.deps)();
    await api.as("studio-sent").post("/reconnect/categories/hair/contact");
    const queued = await tabOf(api, "studio-sent", "first_sent");

    // Act: marketing waits for 08:00 Berlin, 06:00 UTC in April
    api.setNow("2026-04-10T05:30:00.000Z");
    await sender(api)();
    const stillQueued = await tabOf(api, "studio-sent", "first_sent");
    api.setNow("2026-04-10T06:01:00.000Z");
    await sender(api)();
    const sent = await tabOf(api, "studio-sent", "first_sent");

    // Assess
    expect(queued[0]).toMatchObject({ firstQueuedAt: "2026-04-10T04:00:00.000Z", firstSentAt: null });
    expect(stillQueued[0]?.firstSentAt).toBeNull();
    expect(sent[0]).toMatchObject({
      firstQueuedAt: "2026-04-10T04:00:00.000Z",
      firstSentAt: "2026-04-10T06:01:00.000Z",
    });
  });
});

describe("the hourly ReConnect run, studio by studio", () => {
  it("queues every other studio's automatic first messages when one studio fails, and finishes that one exactly once on the retry", async () => {
    // Prepare: two studios with the automatic first send, one of whose sends fails once
    const api = await createApiHarness();
    for (const studioId of ["studio-ok", "studio-broken"]) {
      await api.addStudio(aStudio(studioId));
      await addCatalog(api.deps, studioId);
      await api.as(studioId).put("/reconnect/settings", {
        followUpDelayDays: 14,
        channelPolicy: "sms",
        automaticFirstSend: true,
        reconnectionWindowDays: 90,
      });
    }
    const ok = await regular(api, "studio-ok", "Una", "+4915120000006", monthly);
    const broken = await regular(api, "studio-broken", "Vic", "+4915120000007", monthly);
    let failing = true;
    const flaky: Dependencies = {
      ...api.deps,
      sendRequests: async (studioId, request) => {
        if (studioId === "studio-broken" && failing) throw new Error("DynamoDB is having a bad minute");
        return api.deps.sendRequests(studioId, request);
      },
    };
    api.setNow("2026-04-10T09:00:00.000Z");

    // Act
    const first = await scheduledReconnect(flaky)();
    const okAfterFirst = await tabOf(api, "studio-ok", "first_sent");
    failing = false;
    api.setNow("2026-04-10T09:05:00.000Z");
    const retry = await scheduledReconnect(flaky)();
    const again = await scheduledReconnect(flaky)();
    const brokenMessages = (await api.as("studio-broken").get(`/messages?clientId=${broken}`)).body.items;

    // Assess
    expect(first.failed.map((failure) => failure.studioId)).toEqual(["studio-broken"]);
    expect(okAfterFirst.map((row) => row.clientId)).toEqual([ok]);
    expect(retry).toMatchObject({ firstMessages: 1, failed: [] });
    expect(again).toMatchObject({ firstMessages: 0, studios: 0 });
    expect(brokenMessages.map((message: { templatePurpose: string }) => message.templatePurpose)).toEqual([
      "reconnect_first",
    ]);
  });

  it("refuses send windows that leave marketing no time, naming the field", async () => {
    // Prepare
    const api = await createApiHarness();
    await api.addStudio(aStudio("studio-windows"));

    // Act
    const night = await api.as("studio-windows").patch("/studio", {
      settings: {
        messaging: {
          sendWindows: [
            { from: "21:00", to: "24:00" },
            { from: "05:00", to: "08:00" },
          ],
        },
      },
    });

    // Assess
    expect(night.status).toBe(400);
    expect(night.body.error.fields[0].field).toBe("settings.messaging.sendWindows");
  });
});
