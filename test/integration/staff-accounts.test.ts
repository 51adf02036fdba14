import { beforeEach, describe, expect, it } from "vitest";
import { type ApiHarness, aStudio, createApiHarness } from "../support/api-harness";

describe("staff accounts: the owner invites, re-roles and removes the studio's sign-ins", () => {
  let api: ApiHarness;

  beforeEach(async () => {
    api = await createApiHarness();
    await api.addStudio(aStudio("studio-a"));
    await api.addStudio(aStudio("studio-b"));
  });

  it("lists an invited account with its role; the address is stored in lower case", async () => {
    const owner = api.as("studio-a", "owner");

    const invited = await owner.post("/staff-accounts", {
      email: "Mila.Novak@Example.com",
      name: "Mila Novak",
      role: "manager",
    });
    const listed = await api.as("studio-a", "manager").get("/staff-accounts");

    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({
      email: "mila.novak@example.com",
      role: "manager",
      studioId: "studio-a",
    });
    expect(listed.body.items).toEqual([invited.body]);
  });

  it("repeats an invitation for the same address and role, and refuses the address to another studio or role", async () => {
    const invitation = { email: "mila@example.com", name: "Mila", role: "staff" };
    const first = await api.as("studio-a").post("/staff-accounts", invitation);

    const again = await api.as("studio-a").post("/staff-accounts", invitation);
    const otherRole = await api.as("studio-a").post("/staff-accounts", { ...invitation, role: "manager" });
    const otherStudio = await api.as("studio-b").post("/staff-accounts", invitation);
    const listedInB = await api.as("studio-b").get("/staff-accounts");

    expect(again.body.id).toBe(first.body.id);
    expect(otherRole.status).toBe(409);
    expect(otherStudio.status).toBe(409);
    expect(otherStudio.body.error).toMatchObject({
      code: "ACCOUNT.EMAIL_TAKEN",
      fields: [{ field: "email" }],
    });
    expect(listedInB.body.items).toEqual([]);
  });

  it("refuses an owner role in an invitation, naming the field", async () => {
    const response = await api.as("studio-a").post("/staff-accounts", {
      email: "boss@example.com",
      name: "Boss",
      role: "owner",
    });

    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual([expect.objectContaining({ field: "role" })]);
  });

  it("changes a role, removes an account and frees its address; another studio's account is 404", async () => {
    const owner = api.as("studio-a");
    const { id } = (
      await owner.post("/staff-accounts", { email: "ola@example.com", name: "Ola", role: "staff" })
    ).body;

    const promoted = await owner.patch(`/staff-accounts/${id}`, { role: "manager" });
    const fromB = await api.as("studio-b").delete(`/staff-accounts/${id}`);
    const removed = await owner.delete(`/staff-accounts/${id}`);
    const removedAgain = await owner.delete(`/staff-accounts/${id}`);
    const reinvitedByB = await api
      .as("studio-b")
      .post("/staff-accounts", { email: "ola@example.com", name: "Ola", role: "staff" });

    expect(promoted.body).toMatchObject({ role: "manager", version: 2 });
    expect(fromB.status).toBe(404);
    expect(removed.status).toBe(204);
    expect(removedAgain.status).toBe(404);
    expect(reinvitedByB.status).toBe(201);
  });

  it("keeps owner accounts out of the studio's reach", async () => {
    const opened = await api.deps.studios.findByHandle("studio-a");
    const ownerAccount = {
      id: "owner-c",
      studioId: "studio-c",
      email: "owner@studio-c.example",
      name: "Olga",
      role: "owner" as const,
      createdAt: "2026-11-01T00:00:00.000Z",
      updatedAt: "2026-11-01T00:00:00.000Z",
      version: 1,
    };
    await api.deps.studios.open({ studio: aStudio("studio-c"), categories: [], owner: ownerAccount });

    const demoted = await api.as("studio-c").patch("/staff-accounts/owner-c", { role: "staff" });
    const removed = await api.as("studio-c").delete("/staff-accounts/owner-c");

    expect(opened?.id).toBe("studio-a");
    expect(demoted.status).toBe(409);
    expect(removed.body.error.code).toBe("ACCOUNT.OWNER_PROTECTED");
  });
});
