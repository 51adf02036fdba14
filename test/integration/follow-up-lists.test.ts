import { beforeAll, describe, expect, it } from "vitest";
import type { Dependencies } from "../../domain/ports/dependencies";
import { broadcastFollowUp } from "../../domain/projects/broadcast-follow-up";
import { AUTO_CLOSE_REASON, runProjectAutomation } from "../../domain/projects/project-automation";
import { type ApiHarness, aStudio, createApiHarness } from "../support/api-harness";
import { addCatalog } from "../support/catalog-fixture";
import { countUsage } from "../support/count-usage";
import { codeSentFor, openForOnlineBooking } from "../support/online-booking-fixture";

const DAY = 24 * 3600 * 1000;
const shift = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY).toISOString();

describe("project follow-up lists", () => {
  let api: ApiHarness;
  let start: number;
  /** Each test its own studio, so lists and counts are exactly what the test built. */
  const newStudio = async (kind: "tattoo" | "salon" = "tattoo") => {
    const id = `fl-${start++}`;
    await api.addStudio(aStudio(id, { kind }));
    await addCatalog(api.deps, id);
    const studio = api.as(id);
    const client = async (overrides: Record<string, unknown> = {}) =>
      (
        await studio.post("/clients", {
          firstName: "Mia",
          lastName: "Roth",
          phone: "+4915112345678",
          email: "mia@example.com",
          ...overrides,
        })
      ).body.id as string;
    const project = async (clientId: string, extra: Record<string, unknown> = {}) =>
      (await studio.post("/projects", { clientId, title: "Koi", ...extra })).body.id as string;
    const book = async (clientId: string, projectId: string, startsAt: string) =>
      (
        await studio.post("/appointments", {
          clientId,
          serviceId: "cut",
          staffId: "lena",
          startsAt,
          projectId,
        })
      ).body.id as string;
    const setStatus = (appointmentId: string, status: string) =>
      studio.put(`/appointments/${appointmentId}/status`, { status });
    const move = (projectId: string, status: string) => studio.patch(`/projects/${projectId}`, { status });
    const list = async (name: string, query = "") =>
      (await studio.get(`/follow-up-lists/${name}${query}`)).body;
    const ids = (page: { items: { project: { id: string } }[] }) =>
      page.items.map((row) => row.project.id).sort();
    return { id, studio, client, project, book, setStatus, move, list, ids };
  };

  beforeAll(async () => {
    api = await createApiHarness();
    start = 0;
  });

  describe("sessions", () => {
    it("derives next and last appointment and sessions done from the project's appointments", async () => {
      api.setNow("2026-11-02T10:00:00.000Z");
      const s = await newStudio();
      const clientId = await s.client();
      const projectId = await s.project(clientId);
      const first = await s.book(clientId, projectId, "2026-11-03T09:00:00.000Z");
      const second = await s.book(clientId, projectId, "2026-11-20T09:00:00.000Z");
      const third = await s.book(clientId, projectId, "2026-11-27T09:00:00.000Z");

      api.setNow("2026-11-10T10:00:00.000Z");
      await s.setStatus(first, "attended");
      await s.setStatus(third, "cancelled");
      const read = await s.studio.get(`/projects/${projectId}`);

      expect(read.body).toMatchObject({
        nextAppointmentAt: "2026-11-20T09:00:00.000Z",
        lastAppointmentAt: "2026-11-03T09:00:00.000Z",
        sessionsDone: 1,
        daysSinceRequest: 8,
        daysSinceLastContact: null,
      });
      expect(Object.keys(read.body.sessions).sort()).toEqual([first, second].sort());
    });

    it("loses no session when appointments of one project are booked at once", async () => {
      api.setNow("2026-11-02T10:00:00.000Z");
      const s = await newStudio();
      const clientId = await s.client();
      const projectId = await s.project(clientId);
      const starts = ["03", "04", "05", "06", "09"].map((day) => `2026-11-${day}T09:00:00.000Z`);

      // Racing writers of one client meet at its rhythm, history and project: some may be refused (409).
      const answers = await Promise.all(
        starts.map((startsAt) =>
          s.studio.post("/appointments", {
            clientId,
            serviceId: "cut",
            staffId: "lena",
            startsAt,
            projectId,
          }),
        ),
      );
      const project = await s.studio.get(`/projects/${projectId}`);
      const calendar = await s.studio.get("/appointments?from=2026-11-03&days=7");

      const booked = answers.filter((answer) => answer.status === 201).map((answer) => answer.body.id);
      expect(answers.every((answer) => answer.status === 201 || answer.status === 409)).toBe(true);
      expect(booked.length).toBeGreaterThan(0);
      expect(Object.keys(project.body.sessions).sort()).toEqual([...booked].sort());
      expect(calendar.body.items.map((appointment: { id: string }) => appointment.id).sort()).toEqual(
        [...booked].sort(),
      );
    });

    it("refuses booking a session of another client's project with 404 and books nothing", async () => {
      api.setNow("2026-11-02T10:00:00.000Z");
      const s = await newStudio();
      const owner = await s.client();
      const other = await s.client({ firstName: "Ben", phone: "+4915112345670", email: "ben@example.com" });
      const projectId = await s.project(owner);

      const response = await s.studio.post("/appointments", {
        clientId: other,
        serviceId: "cut",
        staffId: "lena",
        startsAt: "2026-11-05T09:00:00.000Z",
        projectId,
      });
      const project = await s.studio.get(`/projects/${projectId}`);

      expect(response.body.error?.code).toBe("PROJECT.NOT_FOUND");
      expect(response.status).toBe(404);
      expect(project.body.sessions).toEqual({});
    });
  });

  describe("the four lists", () => {
    it("01 lists requests without a booking older than N days (default 7), with contacts; a booking takes one off", async () => {
      const s = await newStudio();
      const clientId = await s.client();
      api.setNow("2026-11-01T10:00:00.000Z");
      const old = await s.project(clientId);
      const booked = await s.project(clientId);
      api.setNow("2026-11-06T10:00:00.000Z");
      const recent = await s.project(clientId);
      await s.studio.post(`/projects/${old}/contacts`);

      api.setNow("2026-11-09T10:00:00.000Z");
      await s.book(clientId, booked, "2026-11-20T09:00:00.000Z");
      const byDefault = await s.list("open-requests");
      const olderThan2 = await s.list("open-requests", "?olderThanDays=2");
      const contacted = await s.list("open-requests", "?olderThanDays=0&minContacts=1");

      expect(s.ids(byDefault)).toEqual([old]);
      expect(byDefault.count).toBe(1);
      expect(byDefault.items[0].project).toMatchObject({
        contactCount: 1,
        daysSinceRequest: 8,
        daysSinceLastContact: 3,
      });
      expect(byDefault.items[0].client).toMatchObject({
        id: clientId,
        phone: "+4915112345678",
        reach: {
          sms: { transactional: null, marketing: "NO_CONSENT" },
          email: { transactional: null, marketing: "NO_CONSENT" },
        },
      });
      expect(s.ids(olderThan2)).toEqual([old, recent].sort());
      expect(s.ids(contacted)).toEqual([old]);
    });

    it("10 lists running projects without a future appointment, e.g. after a cancellation", async () => {
      api.setNow("2026-11-01T10:00:00.000Z");
      const s = await newStudio();
      const clientId = await s.client();
      const cancelled = await s.project(clientId);
      const planned = await s.project(clientId);
      const done = await s.project(clientId);
      for (const id of [cancelled, planned, done]) await s.move(id, "running");
      const toCancel = await s.book(clientId, cancelled, "2026-11-15T09:00:00.000Z");
      await s.book(clientId, planned, "2026-11-16T09:00:00.000Z");
      const past = await s.book(clientId, done, "2026-11-02T09:00:00.000Z");

      api.setNow("2026-11-05T10:00:00.000Z");
      await s.setStatus(past, "attended");
      await s.setStatus(toCancel, "cancelled");
      const page = await s.list("without-appointment");

      api.setNow("2026-11-17T10:00:00.000Z");
      const later = await s.list("without-appointment");

      expect(s.ids(page)).toEqual([cancelled, done].sort());
      expect(
        page.items.find((row: { project: { id: string } }) => row.project.id === done).project,
      ).toMatchObject({
        lastAppointmentAt: "2026-11-02T09:00:00.000Z",
        nextAppointmentAt: null,
        sessionsDone: 1,
      });
      // The booked session has passed: the project has no future appointment any more.
      expect(s.ids(later)).toEqual([cancelled, planned, done].sort());
    });

    it("20 lists work completed in a period, by default the last 7 days", async () => {
      const s = await newStudio();
      const clientId = await s.client();
      const complete = async (at: string) => {
        api.setNow(shift(at, -1));
        const id = await s.project(clientId);
        await s.move(id, "running");
        api.setNow(at);
        await s.move(id, "completed");
        return id;
      };
      const early = await complete("2026-11-01T10:00:00.000Z");
      const middle = await complete("2026-11-08T10:00:00.000Z");
      const recent = await complete("2026-11-12T10:00:00.000Z");

      api.setNow("2026-11-14T10:00:00.000Z");
      const byDefault = await s.list("completed");
      const period = await s.list("completed", "?from=2026-11-01&to=2026-11-08");
      const newestFirst = await s.list("completed", "?from=2026-10-01&order=desc");

      expect(s.ids(byDefault)).toEqual([middle, recent].sort());
      expect(s.ids(period)).toEqual([early, middle].sort());
      expect(newestFirst.items.map((row: { project: { id: string } }) => row.project.id)).toEqual([
        recent,
        middle,
        early,
      ]);
    });

    it("30 lists paused projects with a paid deposit by time since the last appointment", async () => {
      api.setNow("2026-09-01T10:00:00.000Z");
      const s = await newStudio();
      const clientId = await s.client();
      const long = await s.project(clientId, { depositAmount: 10000, depositPaid: true });
      const short = await s.project(clientId, { depositAmount: 10000, depositPaid: true });
      const unpaid = await s.project(clientId, { depositAmount: 10000 });
      for (const id of [long, short, unpaid]) await s.move(id, "running");
      const a = await s.book(clientId, long, "2026-09-02T09:00:00.000Z");
      const b = await s.book(clientId, short, "2026-10-20T09:00:00.000Z");
      api.setNow("2026-10-21T10:00:00.000Z");
      await s.setStatus(a, "attended");
      await s.setStatus(b, "attended");
      for (const id of [long, short, unpaid]) await s.move(id, "paused");

      api.setNow("2026-11-01T10:00:00.000Z");
      const all = await s.list("paused-with-deposit");
      const olderThan4Weeks = await s.list("paused-with-deposit", "?olderThanWeeks=4");

      expect(all.items.map((row: { project: { id: string } }) => row.project.id)).toEqual([long, short]);
      expect(s.ids(olderThan4Weeks)).toEqual([long]);
    });

    it("pages with the cursor, counts on every page, and reads in proportion to the page", async () => {
      api.setNow("2026-11-01T10:00:00.000Z");
      const s = await newStudio();
      const clientId = await s.client();
      const created: string[] = [];
      for (let index = 0; index < 5; index++) created.push(await s.project(clientId));
      const other = await newStudio();
      const otherClient = await other.client();
      for (let index = 0; index < 5; index++) await other.project(otherClient);

      api.setNow("2026-11-20T10:00:00.000Z");
      const seen: string[] = [];
      const counts: number[] = [];
      let cursor: string | null = null;
      do {
        const page: { count: number; nextCursor: string | null; items: { project: { id: string } }[] } =
          await s.list("open-requests", `?limit=2${cursor === null ? "" : `&cursor=${cursor}`}`);
        seen.push(...page.items.map((row) => row.project.id));
        counts.push(page.count);
        cursor = page.nextCursor;
      } while (cursor !== null && counts.length < 6);
      const usage = await countUsage(api.documentClient).measure(() =>
        s.studio.get("/follow-up-lists/open-requests?limit=2"),
      );
      const overview = await s.studio.get("/follow-up-lists");

      expect(seen.sort()).toEqual([...created].sort());
      expect(new Set(counts)).toEqual(new Set([5]));
      // The page and its count are two queries of the list's index; projects, clients and the studio one batch each wave.
      expect(usage.usage.byCommand.QueryCommand).toBe(2);
      expect(usage.usage.byCommand.ScanCommand).toBeUndefined();
      expect(overview.body).toEqual({
        "open-requests": 5,
        "without-appointment": 0,
        completed: 0,
        "paused-with-deposit": 0,
      });
    });

    it("refuses a filter the list does not take, and a bad value, with 400 naming it", async () => {
      const s = await newStudio();

      const foreign = await s.studio.get("/follow-up-lists/open-requests?from=2026-11-01");
      const bad = await s.studio.get("/follow-up-lists/completed?from=yesterday");
      const unknownList = await s.studio.get("/follow-up-lists/overdue");

      expect(foreign.status).toBe(400);
      expect(foreign.body.error.fields).toEqual([expect.objectContaining({ field: "from" })]);
      expect(bad.status).toBe(400);
      expect(bad.body.error.fields).toEqual([expect.objectContaining({ field: "from" })]);
      expect(unknownList.status).toBe(400);
    });
  });

  describe("broadcast", () => {
    it("sends once per request and counts one contact per reached project, also under retries and races", async () => {
      api.setNow("2026-11-01T10:00:00.000Z");
      const s = await newStudio();
      const reachable = await s.client();
      const noPhone = await s.client({ phone: null, email: null, firstName: "Noah" });
      const first = await s.project(reachable, { title: "Koi" });
      const second = await s.project(reachable, { title: "Rose" });
      const unreachable = await s.project(noPhone);
      api.setNow("2026-11-10T10:00:00.000Z");
      const body = { requestId: "follow-up-1", templatePurpose: "project_follow_up", channelPolicy: "sms" };

      const sent = await Promise.all([
        s.studio.post("/follow-up-lists/open-requests/broadcasts", body),
        s.studio.post("/follow-up-lists/open-requests/broadcasts", body),
      ]);
      const retried = await s.studio.post("/follow-up-lists/open-requests/broadcasts", body);
      const projects = await Promise.all(
        [first, second, unreachable].map((id) => s.studio.get(`/projects/${id}`)),
      );
      const messages = await s.studio.get("/messages");
      const changes = await s.studio.get(`/projects/${first}/changes`);

      expect(sent.map((response) => response.status)).toEqual([200, 200]);
      expect(retried.body).toMatchObject({ projects: 3, clients: 2, queued: 1, skipped: 1, contacted: 2 });
      expect(projects.map((response) => response.body.contactCount)).toEqual([1, 1, 0]);
      expect(projects[0]!.body.lastContactAt).toBe("2026-11-10T10:00:00.000Z");
      const queued = messages.body.items.filter(
        (message: { status: string }) => message.status !== "skipped",
      );
      expect(queued).toHaveLength(1);
      expect(queued[0].body).toContain("(Koi, Rose)");
      expect(changes.body.items).toEqual([
        expect.objectContaining({
          requestId: "broadcast:follow-up-1",
          action: "contact",
          note: "project_follow_up",
        }),
      ]);
    });

    it("needs marketing consent for a review invitation, not for the aftercare message", async () => {
      api.setNow("2026-11-01T10:00:00.000Z");
      const s = await newStudio();
      const clientId = await s.client();
      const projectId = await s.project(clientId);
      await s.move(projectId, "running");
      await s.move(projectId, "completed");
      api.setNow("2026-11-03T10:00:00.000Z");

      const review = await s.studio.post("/follow-up-lists/completed/broadcasts", {
        requestId: "review-1",
        templatePurpose: "aftercare_review",
        channelPolicy: "sms",
        reviewLink: "https://g.page/r/studio/review",
      });
      const aftercare = await s.studio.post("/follow-up-lists/completed/broadcasts", {
        requestId: "aftercare-1",
        templatePurpose: "project_aftercare",
        channelPolicy: "sms",
      });
      const wrongList = await s.studio.post("/follow-up-lists/open-requests/broadcasts", {
        requestId: "aftercare-2",
        templatePurpose: "project_aftercare",
        channelPolicy: "sms",
      });
      const withoutLink = await s.studio.post("/follow-up-lists/completed/broadcasts", {
        requestId: "review-2",
        templatePurpose: "aftercare_review",
        channelPolicy: "sms",
      });
      const project = await s.studio.get(`/projects/${projectId}`);
      const sent = await s.studio.get(`/messages/${aftercare.body.messages[0].messageId}`);

      expect(withoutLink.status).toBe(400);
      expect(withoutLink.body.error.fields).toEqual([expect.objectContaining({ field: "reviewLink" })]);
      expect(sent.body.body).toContain("(Koi)");
      expect(review.body).toMatchObject({ queued: 0, skipped: 1, contacted: 0 });
      expect(review.body.messages[0].skipReason).toBe("NO_CONSENT");
      expect(aftercare.body).toMatchObject({ queued: 1, skipped: 0, contacted: 1 });
      expect(wrongList.status).toBe(400);
      expect(wrongList.body.error.fields).toEqual([expect.objectContaining({ field: "templatePurpose" })]);
      expect(project.body.contactCount).toBe(1);
    });

    it("sends only to the selected listed projects; another studio's ids select nothing", async () => {
      api.setNow("2026-11-01T10:00:00.000Z");
      const a = await newStudio();
      const b = await newStudio();
      const clientId = await a.client();
      const chosen = await a.project(clientId);
      const left = await a.project(
        await a.client({ firstName: "Lea", phone: "+4915112345679", email: "lea@example.com" }),
      );
      api.setNow("2026-11-10T10:00:00.000Z");

      const foreign = await b.studio.post("/follow-up-lists/open-requests/broadcasts", {
        requestId: "steal",
        templatePurpose: "project_follow_up",
        channelPolicy: "sms",
        projectIds: [chosen],
      });
      const selected = await a.studio.post("/follow-up-lists/open-requests/broadcasts", {
        requestId: "one",
        templatePurpose: "project_follow_up",
        channelPolicy: "sms",
        projectIds: [chosen],
      });
      const foreignClose = await b.studio.post("/follow-up-lists/open-requests/bulk-updates", {
        requestId: "steal-close",
        action: "close",
        reason: "gone",
        projectIds: [chosen],
      });
      const foreignChanges = await b.studio.get(`/projects/${chosen}/changes`);
      const counts = await Promise.all([chosen, left].map((id) => a.studio.get(`/projects/${id}`)));

      expect(foreign.body).toMatchObject({ projects: 0, queued: 0, contacted: 0 });
      expect(selected.body).toMatchObject({ projects: 1, queued: 1, contacted: 1 });
      expect(counts.map((response) => response.body.contactCount)).toEqual([1, 0]);
      expect(foreignClose.body).toMatchObject({ projects: 0, outcomes: [] });
      expect(foreignChanges.status).toBe(404);
      expect(counts[0]!.body.status).toBe("request");
    });
  });

  describe("bulk update", () => {
    it("closes the listed requests with a reason once, records each change, and refuses what does not fit", async () => {
      api.setNow("2026-11-01T10:00:00.000Z");
      const s = await newStudio();
      const clientId = await s.client();
      const stale = [await s.project(clientId), await s.project(clientId)];
      api.setNow("2026-11-10T10:00:00.000Z");
      const body = { requestId: "close-1", action: "close", reason: "No answer after two follow-ups" };

      const closed = await Promise.all([
        s.studio.post("/follow-up-lists/open-requests/bulk-updates", body),
        s.studio.post("/follow-up-lists/open-requests/bulk-updates", body),
      ]);
      const again = await s.studio.post("/follow-up-lists/open-requests/bulk-updates", body);
      const projects = await Promise.all(stale.map((id) => s.studio.get(`/projects/${id}`)));
      const changes = await s.studio.get(`/projects/${stale[0]}/changes`);
      const list = await s.list("open-requests");
      const withoutReason = await s.studio.post("/follow-up-lists/open-requests/bulk-updates", {
        requestId: "close-2",
        action: "close",
      });

      const changed = closed.map(
        (response) => response.body.counts.changed + response.body.counts.changed_before,
      );
      expect(changed.every((count) => count <= 2)).toBe(true);
      expect(closed.reduce((total, response) => total + response.body.counts.changed, 0)).toBe(2);
      expect(again.body).toMatchObject({ projects: 0 });
      expect(projects.map((response) => [response.body.status, response.body.closeReason])).toEqual([
        ["closed", "No answer after two follow-ups"],
        ["closed", "No answer after two follow-ups"],
      ]);
      expect(changes.body.items).toEqual([
        {
          projectId: stale[0],
          requestId: "bulk:close-1",
          action: "status",
          at: "2026-11-10T10:00:00.000Z",
          note: "No answer after two follow-ups",
          statusBefore: "request",
          statusAfter: "closed",
        },
      ]);
      expect(list.count).toBe(0);
      expect(withoutReason.status).toBe(400);
      expect(withoutReason.body.error.fields).toEqual([expect.objectContaining({ field: "reason" })]);
    });

    it("pauses and resumes running projects; pausing a request is refused and leaves it", async () => {
      api.setNow("2026-11-01T10:00:00.000Z");
      const s = await newStudio();
      const clientId = await s.client();
      const running = await s.project(clientId, { depositAmount: 5000, depositPaid: true });
      await s.move(running, "running");

      const paused = await s.studio.post("/follow-up-lists/without-appointment/bulk-updates", {
        requestId: "pause-1",
        action: "pause",
      });
      const onPausedList = await s.list("paused-with-deposit");
      const resumed = await s.studio.post("/follow-up-lists/paused-with-deposit/bulk-updates", {
        requestId: "resume-1",
        action: "resume",
      });
      const request = await s.project(clientId);
      api.setNow("2026-11-10T10:00:00.000Z");
      const refused = await s.studio.post("/follow-up-lists/open-requests/bulk-updates", {
        requestId: "pause-2",
        action: "pause",
      });
      const after = await s.studio.get(`/projects/${request}`);

      expect(paused.body.counts.changed).toBe(1);
      expect(s.ids(onPausedList)).toEqual([running]);
      expect(resumed.body.counts.changed).toBe(1);
      expect(refused.body.outcomes).toEqual([{ projectId: request, outcome: "refused" }]);
      expect(after.body.status).toBe("request");
    });
  });
});

describe("project automation", () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await createApiHarness();
  });

  it("is off by default and runs only for studios that switched it on", async () => {
    api.setNow("2026-11-01T10:00:00.000Z");
    await api.addStudio(aStudio("auto-off", { kind: "tattoo" }));
    const studio = api.as("auto-off");
    const clientId = (
      await studio.post("/clients", { firstName: "Ida", lastName: "Berg", phone: "+4915112345678" })
    ).body.id;
    const projectId = (await studio.post("/projects", { clientId, title: "Rose" })).body.id;
    await studio.post(`/projects/${projectId}/contacts`);
    await studio.post(`/projects/${projectId}/contacts`);
    api.setNow("2026-12-01T10:00:00.000Z");

    const settings = await studio.get("/project-automation");
    const run = await runProjectAutomation(api.deps)();
    const project = await studio.get(`/projects/${projectId}`);

    expect(settings.body).toMatchObject({ closeAfterFollowUps: null, aftercareAfterDays: null });
    expect(run.studios).toBe(0);
    expect(project.body.status).toBe("request");
  });

  it("closes a request after N unanswered follow-ups and sends aftercare N days after completion, each once", async () => {
    api.setNow("2026-11-01T10:00:00.000Z");
    await api.addStudio(aStudio("auto-on", { kind: "tattoo" }));
    const studio = api.as("auto-on");
    const clientId = (
      await studio.post("/clients", { firstName: "Ida", lastName: "Berg", phone: "+4915112345678" })
    ).body.id;
    const project = async () =>
      (await studio.post("/projects", { clientId, title: "Rose" })).body.id as string;
    const twice = await project();
    const once = await project();
    const recent = await project();
    const healed = await project();
    await studio.post(`/projects/${twice}/contacts`);
    await studio.post(`/projects/${twice}/contacts`);
    await studio.post(`/projects/${once}/contacts`);
    await studio.patch(`/projects/${healed}`, { status: "running" });
    await studio.patch(`/projects/${healed}`, { status: "completed" });
    api.setNow("2026-11-06T10:00:00.000Z");
    await studio.post(`/projects/${recent}/contacts`);
    await studio.post(`/projects/${recent}/contacts`);
    const saved = await studio.patch("/project-automation", {
      closeAfterFollowUps: 2,
      unansweredAfterDays: 7,
      aftercareAfterDays: 3,
    });
    const refused = await api.as("auto-on", "staff").patch("/project-automation", { closeAfterFollowUps: 1 });

    api.setNow("2026-11-09T10:00:00.000Z");
    const first = await runProjectAutomation(api.deps)();
    const again = await runProjectAutomation(api.deps)();
    const statuses = await Promise.all(
      [twice, once, recent, healed].map((id) => studio.get(`/projects/${id}`)),
    );
    const messages = await studio.get("/messages");

    expect(saved.status).toBe(200);
    expect(refused.status).toBe(403);
    expect(first).toMatchObject({ closed: 1, aftercare: 1, failed: [] });
    expect(again).toMatchObject({ closed: 0, aftercare: 0 });
    expect(statuses.map((response) => response.body.status)).toEqual([
      "closed",
      "request",
      "request",
      "completed",
    ]);
    expect(statuses[0]!.body.closeReason).toBe(AUTO_CLOSE_REASON);
    expect(statuses[3]!.body.contactCount).toBe(1);
    expect(
      messages.body.items.filter(
        (message: { templatePurpose: string }) => message.templatePurpose === "project_aftercare",
      ),
    ).toHaveLength(1);
  });
});

describe("online project request", () => {
  it("opens the client's project as a request with the verified phone, the booking its first session", async () => {
    const api = await createApiHarness();
    api.setNow("2026-11-23T09:00:00.000Z");
    const studio = await openForOnlineBooking(api, "studio-online");
    const book = (path: string, body?: unknown) =>
      api.publicRequest(body === undefined ? "GET" : "POST", `/book/${studio.handle}${path}`, body);
    const hold = await book("/holds", { serviceId: studio.serviceId, startsAt: "2026-11-24T09:00:00.000Z" });
    const holdId = hold.body.holdId as string;
    await book(`/holds/${holdId}/code`, { phone: "+4915123456789" });
    await book(`/holds/${holdId}/code/check`, { code: await codeSentFor(api, "studio-online", holdId) });
    const booking = {
      requestKey: `key-${holdId}`,
      holdId,
      firstName: "Noor",
      lastName: "Bakker",
      termsVersion: 1,
      termsAccepted: true,
      project: {
        description: "Koi carp with waves\nin black and grey",
        placement: "left forearm",
        size: "20 x 10 cm",
        preferredStaffId: studio.staffIds[1],
      },
    };

    const unknownArtist = await book("/bookings", {
      ...booking,
      project: { ...booking.project, preferredStaffId: "nobody" },
    });
    const booked = await book("/bookings", booking);
    const again = await book("/bookings", booking);
    const owner = api.as("studio-online");
    const project = await owner.get(`/projects/${booked.body.projectId}`);
    const client = await owner.get(`/clients/${project.body.clientId}`);
    await owner.put(`/appointments/${booked.body.appointmentId}/status`, { status: "cancelled" });
    const openRequests = await owner.get("/follow-up-lists/open-requests?olderThanDays=0");

    expect(unknownArtist.status).toBe(400);
    expect(unknownArtist.body.error.fields).toEqual([
      expect.objectContaining({ field: "project.preferredStaffId" }),
    ]);
    expect(booked.status).toBe(201);
    expect(again.body.projectId).toBe(booked.body.projectId);
    expect(project.body).toMatchObject({
      status: "request",
      title: "Koi carp with waves",
      notes:
        "Placement: left forearm\nSize: 20 x 10 cm\nPreferred artist: Tomasz\n\nKoi carp with waves\nin black and grey",
      nextAppointmentAt: "2026-11-24T09:00:00.000Z",
    });
    expect(client.body).toMatchObject({ firstName: "Noor", phone: "+4915123456789" });
    expect(openRequests.body.items.map((row: { project: { id: string } }) => row.project.id)).toEqual([
      booked.body.projectId,
    ]);
  });
});

describe("broadcast under crashes", () => {
  it("sends each message once and counts each contact once when tries die midway and are retried", async () => {
    const api = await createApiHarness();
    api.setNow("2026-11-01T10:00:00.000Z");
    await api.addStudio(aStudio("crashy", { kind: "tattoo" }));
    const studio = api.as("crashy");
    const projectIds: string[] = [];
    for (let index = 0; index < 6; index++) {
      const clientId = (
        await studio.post("/clients", {
          firstName: `Client${index}`,
          lastName: "Test",
          phone: `+49151123456${String(index).padStart(2, "0")}`,
        })
      ).body.id;
      projectIds.push((await studio.post("/projects", { clientId, title: `Piece ${index}` })).body.id);
    }
    api.setNow("2026-11-10T10:00:00.000Z");
    // Each try dies after a few contact writes, one more each time, as a Lambda timing out would.
    let writesBeforeCrash = 1;
    const crashing = (): Dependencies => {
      let writes = 0;
      const limit = writesBeforeCrash++;
      return {
        ...api.deps,
        projects: {
          ...api.deps.projects,
          saveWithRecord: async (project, record) => {
            if (writes++ >= limit) throw new Error("the function timed out");
            return api.deps.projects.saveWithRecord(project, record);
          },
        },
      };
    };
    const request = {
      requestId: "crash-1",
      templatePurpose: "project_follow_up" as const,
      channelPolicy: "sms" as const,
      filters: {},
    };

    let finished = false;
    let tries = 0;
    while (!finished && tries < 10) {
      tries++;
      try {
        await broadcastFollowUp(crashing())("crashy", "open-requests", request);
        finished = true;
      } catch {
        // retried, as Lambda would
      }
    }
    const projects = await Promise.all(projectIds.map((id) => studio.get(`/projects/${id}`)));
    const messages = await studio.get("/messages?limit=100");

    expect(finished).toBe(true);
    expect(tries).toBeGreaterThan(1);
    expect(projects.map((response) => response.body.contactCount)).toEqual(Array(6).fill(1));
    expect(messages.body.items).toHaveLength(6);
  });
});
