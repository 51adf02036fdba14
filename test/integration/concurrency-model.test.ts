import { beforeAll, describe, expect, it } from "vitest";
import { updateStudio } from "../../domain/catalog/update-studio";
import { eraseClient } from "../../domain/clients/erase-client";
import { updateClient } from "../../domain/clients/update-client";
import type { Dependencies } from "../../domain/ports/dependencies";
import { type ApiHarness, aStudio, createApiHarness } from "../support/api-harness";

const STUDIO = "studio-versions";

/** A gate a read waits at, so a test can let another writer in between a read and its write. */
const gate = () => {
  let open: () => void = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
};

describe("one concurrency model: every change is written over the version it read", () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await createApiHarness();
    await api.addStudio(aStudio(STUDIO));
  });

  it("never lets a change read before an erasure write the erased personal data back", async () => {
    // Prepare: a PATCH that has read the card but not yet written it
    const clientId = (
      await api
        .as(STUDIO)
        .post("/clients", { firstName: "Anna", lastName: "Nowak", email: "anna@example.com" })
    ).body.id;
    const held = gate();
    let reads = 0;
    const slowClients: Dependencies["clients"] = {
      ...api.deps.clients,
      get: async (studioId, id) => {
        const client = await api.deps.clients.get(studioId, id);
        if (reads++ === 0) await held.opened;
        return client;
      },
    };
    const change = updateClient({ ...api.deps, clients: slowClients })(STUDIO, clientId, {
      notes: "allergic to ammonia",
    });

    // Act
    await eraseClient(api.deps)(STUDIO, clientId);
    held.open();
    const outcome = await change.then(
      () => "written",
      (error: { code?: string }) => error.code,
    );
    const card = await api.as(STUDIO).get(`/clients/${clientId}`);

    // Assess
    expect(outcome).toBe("CLIENT.ERASED");
    expect(card.body).toMatchObject({ firstName: "Erased", email: null, notes: "" });
    expect(card.body.erasedAt).not.toBeNull();
  });

  it("keeps both of two studio changes that raced, instead of the last writer's", async () => {
    // Prepare: two PATCH /studio that read the same version
    const held = gate();
    let reads = 0;
    const slowStudios: Dependencies["studios"] = {
      ...api.deps.studios,
      get: async (studioId) => {
        const studio = await api.deps.studios.get(studioId);
        if (reads++ < 2) await held.opened;
        return studio;
      },
    };
    const update = updateStudio({ ...api.deps, studios: slowStudios });

    // Act
    const renaming = update(STUDIO, { name: "Salon Nowa" });
    const moving = update(STUDIO, { currency: "PLN" });
    await new Promise((resolve) => setTimeout(resolve, 50));
    held.open();
    await Promise.all([renaming, moving]);
    const studio = await api.deps.studios.get(STUDIO);

    // Assess
    expect(studio).toMatchObject({ name: "Salon Nowa", currency: "PLN", version: 3 });
  });

  it("answers 409 to a change that keeps losing the race, and writes nothing of it", async () => {
    // Prepare: a category whose every read is immediately outdated by another write
    const category = (await api.as(STUDIO).post("/categories", { name: "Colour" })).body;
    const racing: Dependencies["categories"] = {
      ...api.deps.categories,
      get: async (studioId, id) => {
        const read = await api.deps.categories.get(studioId, id);
        if (read !== null) await api.deps.categories.save({ ...read, version: read.version + 1 });
        return read;
      },
    };
    const { updateStudioItem } = await import("../../domain/catalog/update-studio-item");

    // Act
    const outcome = await updateStudioItem(racing, "CATEGORY.NOT_FOUND", api.deps.clock)(
      STUDIO,
      category.id,
      {
        name: "Colours",
      },
    ).catch((error: { code: string }) => error.code);
    const stored = await api.deps.categories.get(STUDIO, category.id);

    // Assess
    expect(outcome).toBe("CONCURRENT_UPDATE");
    expect(stored?.name).toBe("Colour");
  });
});
