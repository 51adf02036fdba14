import { beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, aStudio, createApiHarness } from "../support/api-harness";
import { countUsage } from "../support/count-usage";

describe("projects API", () => {
  let api: ApiHarness;
  let clientId: string;
  beforeAll(async () => {
    api = await createApiHarness();
    await api.addStudio(aStudio("studio-a", { kind: "tattoo" }));
    await api.addStudio(aStudio("studio-b", { kind: "tattoo" }));
    await api.addStudio(aStudio("studio-list", { kind: "tattoo" }));
    clientId = (await api.as("studio-a").post("/clients", { firstName: "Kai", lastName: "Berg" })).body.id;
  });

  const openProject = async (overrides: Record<string, unknown> = {}) =>
    (await api.as("studio-a").post("/projects", { clientId, title: "Sleeve", ...overrides })).body;

  describe("creating", () => {
    it("opens a project as a request with no contacts yet, and reads it back", async () => {
      api.setNow("2026-11-23T10:00:00.000Z");

      const created = await api.as("studio-a").post("/projects", {
        clientId,
        title: "Koi back piece",
        depositAmount: 15000,
        depositPaid: true,
      });
      const read = await api.as("studio-a").get(`/projects/${created.body.id}`);

      expect(created.status).toBe(201);
      expect(read.body).toEqual({
        id: created.body.id,
        studioId: "studio-a",
        clientId,
        title: "Koi back piece",
        notes: "",
        status: "request",
        depositAmount: 15000,
        depositPaid: true,
        statusSince: "2026-11-23T10:00:00.000Z",
        closeReason: null,
        contactCount: 0,
        lastContactAt: null,
        sessions: {},
        nextAppointmentAt: null,
        lastAppointmentAt: null,
        sessionsDone: 0,
        daysSinceRequest: 0,
        daysSinceLastContact: null,
        createdAt: "2026-11-23T10:00:00.000Z",
        updatedAt: "2026-11-23T10:00:00.000Z",
        version: 1,
      });
    });

    it("refuses a client the studio does not have with 404", async () => {
      const foreignClient = await api.as("studio-b").post("/clients", { firstName: "Ola", lastName: "Nord" });

      const unknown = await api.as("studio-a").post("/projects", { clientId: "nobody", title: "Rose" });
      const foreign = await api
        .as("studio-a")
        .post("/projects", { clientId: foreignClient.body.id, title: "Rose" });

      expect([unknown.status, foreign.status]).toEqual([404, 404]);
      expect(unknown.body.error.code).toBe("CLIENT.NOT_FOUND");
    });

    it("refuses a client whose data was erased with 409", async () => {
      const studio = api.as("studio-a");
      const erased = await studio.post("/clients", { firstName: "Eve", lastName: "Gone" });
      await studio.delete(`/clients/${erased.body.id}`);

      const response = await studio.post("/projects", { clientId: erased.body.id, title: "Rose" });

      expect(response.status).toBe(409);
      expect(response.body.error.code).toBe("CLIENT.ERASED");
    });

    it("refuses a missing title, an unknown field and a paid deposit of nothing with 400 naming the field", async () => {
      const studio = api.as("studio-a");

      const untitled = await studio.post("/projects", { clientId });
      const unknown = await studio.post("/projects", { clientId, title: "Rose", size: "XL" });
      const emptyDeposit = await studio.post("/projects", { clientId, title: "Rose", depositPaid: true });

      expect(untitled.status).toBe(400);
      expect(untitled.body.error.fields).toEqual([expect.objectContaining({ field: "title" })]);
      expect(unknown.status).toBe(400);
      expect(unknown.body.error.message).toContain("size");
      expect(emptyDeposit.status).toBe(400);
      expect(emptyDeposit.body.error.fields).toEqual([expect.objectContaining({ field: "depositPaid" })]);
    });
  });

  describe("changing", () => {
    it("changes title, notes and deposit, keeping what the change does not name", async () => {
      const project = await openProject({ notes: "Left forearm" });

      const response = await api
        .as("studio-a")
        .patch(`/projects/${project.id}`, { title: "Half sleeve", depositAmount: 10000, depositPaid: true });

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        title: "Half sleeve",
        notes: "Left forearm",
        depositAmount: 10000,
        depositPaid: true,
        status: "request",
      });
    });

    it("refuses taking the amount of a paid deposit to nothing, naming the field", async () => {
      const project = await openProject({ depositAmount: 5000, depositPaid: true });

      const response = await api.as("studio-a").patch(`/projects/${project.id}`, { depositAmount: 0 });

      expect(response.status).toBe(400);
      expect(response.body.error.fields).toEqual([expect.objectContaining({ field: "depositAmount" })]);
    });

    it("walks a project request → running ⇄ paused → completed → closed", async () => {
      const project = await openProject();
      const studio = api.as("studio-a");

      const statuses: string[] = [];
      for (const status of ["running", "paused", "running", "paused", "completed", "closed"]) {
        const response = await studio.patch(`/projects/${project.id}`, { status });
        statuses.push(`${response.status} ${response.body.status}`);
      }

      expect(statuses).toEqual([
        "200 running",
        "200 paused",
        "200 running",
        "200 paused",
        "200 completed",
        "200 closed",
      ]);
    });

    it("closes a request that never started", async () => {
      const project = await openProject();

      const response = await api.as("studio-a").patch(`/projects/${project.id}`, { status: "closed" });

      expect(response.body.status).toBe("closed");
    });

    it("refuses a transition the status path does not allow with 409, and keeps the status", async () => {
      const studio = api.as("studio-a");
      const request = await openProject();
      const completed = await openProject();
      await studio.patch(`/projects/${completed.id}`, { status: "running" });
      await studio.patch(`/projects/${completed.id}`, { status: "completed" });
      const closed = await openProject();
      await studio.patch(`/projects/${closed.id}`, { status: "closed" });

      const refused = await Promise.all([
        studio.patch(`/projects/${request.id}`, { status: "paused" }),
        studio.patch(`/projects/${request.id}`, { status: "completed" }),
        studio.patch(`/projects/${completed.id}`, { status: "running" }),
        studio.patch(`/projects/${closed.id}`, { status: "request" }),
      ]);
      const requestAfter = await studio.get(`/projects/${request.id}`);

      expect(refused.map((response) => `${response.status} ${response.body.error.code}`)).toEqual(
        Array(4).fill("409 PROJECT.INVALID_TRANSITION"),
      );
      expect(requestAfter.body.status).toBe("request");
    });

    it("refuses an unknown status, an empty change and an unknown field with 400", async () => {
      const project = await openProject();
      const studio = api.as("studio-a");

      const badStatus = await studio.patch(`/projects/${project.id}`, { status: "done" });
      const empty = await studio.patch(`/projects/${project.id}`, {});
      const unknown = await studio.patch(`/projects/${project.id}`, { contactCount: 7 });

      expect(badStatus.status).toBe(400);
      expect(badStatus.body.error.fields).toEqual([expect.objectContaining({ field: "status" })]);
      expect(empty.status).toBe(400);
      expect(unknown.status).toBe(400);
      expect(unknown.body.error.message).toContain("contactCount");
    });

    it("answers 404 for an unknown project, also one of another studio", async () => {
      const project = await openProject();

      const responses = await Promise.all([
        api.as("studio-a").get("/projects/nope"),
        api.as("studio-a").patch("/projects/nope", { title: "X" }),
        api.as("studio-b").get(`/projects/${project.id}`),
        api.as("studio-b").patch(`/projects/${project.id}`, { status: "closed" }),
      ]);

      expect(responses.map((response) => `${response.status} ${response.body.error.code}`)).toEqual(
        Array(4).fill("404 PROJECT.NOT_FOUND"),
      );
    });
  });

  describe("follow-up contacts", () => {
    it("counts each contact and stamps the last one", async () => {
      const project = await openProject();
      const studio = api.as("studio-a");

      api.setNow("2026-12-01T09:00:00.000Z");
      await studio.post(`/projects/${project.id}/contacts`);
      api.setNow("2026-12-08T09:30:00.000Z");
      const second = await studio.post(`/projects/${project.id}/contacts`);
      const read = await studio.get(`/projects/${project.id}`);

      expect(second.status).toBe(200);
      expect(read.body).toMatchObject({ contactCount: 2, lastContactAt: "2026-12-08T09:30:00.000Z" });
    });

    it("answers 404 for an unknown project", async () => {
      const response = await api.as("studio-a").post("/projects/nope/contacts");

      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe("PROJECT.NOT_FOUND");
    });
  });

  describe("listing", () => {
    const clients = { kai: "", ida: "" };
    const projectIds = { kai: [] as string[], ida: [] as string[] };
    beforeAll(async () => {
      const studio = api.as("studio-list");
      clients.kai = (await studio.post("/clients", { firstName: "Kai", lastName: "Lund" })).body.id;
      clients.ida = (await studio.post("/clients", { firstName: "Ida", lastName: "Sund" })).body.id;
      const open = async (client: string, title: string) =>
        (await studio.post("/projects", { clientId: client, title })).body.id as string;
      projectIds.kai = [
        await open(clients.kai, "K1"),
        await open(clients.kai, "K2"),
        await open(clients.kai, "K3"),
      ];
      projectIds.ida = [await open(clients.ida, "I1"), await open(clients.ida, "I2")];
      await studio.patch(`/projects/${projectIds.kai[0]}`, { status: "running" });
      await studio.patch(`/projects/${projectIds.ida[1]}`, { status: "running" });
    });

    const idsOf = (body: { items: { id: string }[] }) => body.items.map((project) => project.id).sort();

    it("lists every project of the studio", async () => {
      const response = await api.as("studio-list").get("/projects");

      expect(idsOf(response.body)).toEqual([...projectIds.kai, ...projectIds.ida].sort());
      expect(response.body.nextCursor).toBeNull();
    });

    it("filters by status, by client, and by both", async () => {
      const studio = api.as("studio-list");

      const running = await studio.get("/projects?status=running");
      const ofIda = await studio.get(`/projects?clientId=${clients.ida}`);
      const kaiRequests = await studio.get(`/projects?status=request&clientId=${clients.kai}`);

      expect(idsOf(running.body)).toEqual([projectIds.kai[0], projectIds.ida[1]].sort());
      expect(idsOf(ofIda.body)).toEqual([...projectIds.ida].sort());
      expect(idsOf(kaiRequests.body)).toEqual([projectIds.kai[1], projectIds.kai[2]].sort());
    });

    it("reads one client's projects with a query of their list and one batch of the items", async () => {
      const counter = countUsage(api.documentClient);

      const ofKai = await counter.measure(() =>
        api.as("studio-list").get(`/projects?clientId=${clients.kai}`),
      );

      expect(idsOf(ofKai.result.body)).toEqual([...projectIds.kai].sort());
      expect(ofKai.usage.byCommand).toEqual({ QueryCommand: 1, BatchGetItemCommand: 1 });
    });

    it("pages through a filtered list with the cursor, missing no project and repeating none", async () => {
      const studio = api.as("studio-list");

      const seen: string[] = [];
      const pageSizes: number[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor === null ? "" : `&cursor=${cursor}`;
        const page = await studio.get(`/projects?status=request&limit=2${query}`);
        seen.push(...page.body.items.map((project: { id: string }) => project.id));
        pageSizes.push(page.body.items.length);
        cursor = page.body.nextCursor;
      } while (cursor !== null && pageSizes.length < 10);

      expect(pageSizes[0]).toBe(2);
      expect(pageSizes.every((size) => size <= 2)).toBe(true);
      expect(seen.sort()).toEqual([projectIds.kai[1], projectIds.kai[2], projectIds.ida[0]].sort());
    });

    it("refuses an unknown status filter and a forged cursor with 400 naming the parameter", async () => {
      const studio = api.as("studio-list");

      const badStatus = await studio.get("/projects?status=open");
      const forged = await studio.get(
        `/projects?cursor=${Buffer.from('{"pk":"STUDIO#studio-a","sk":"x"}').toString("base64url")}`,
      );

      expect(badStatus.status).toBe(400);
      expect(badStatus.body.error.fields).toEqual([expect.objectContaining({ field: "status" })]);
      expect(forged.status).toBe(400);
      expect(forged.body.error.fields).toEqual([expect.objectContaining({ field: "query.cursor" })]);
    });
  });
});
