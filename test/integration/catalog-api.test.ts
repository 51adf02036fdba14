import { beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, aStudio, createApiHarness } from "../support/api-harness";

describe("catalog API", () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await createApiHarness();
    await api.addStudio(aStudio("studio-a"));
    await api.addStudio(aStudio("studio-b"));
    await api.addStudio(aStudio("studio-profile"));
  });

  describe("studio profile", () => {
    it("reads the caller's studio", async () => {
      const response = await api.as("studio-profile", "staff").get("/studio");

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id: "studio-profile", timeZone: "Europe/Berlin" });
    });

    it("lets the owner change the profile, spelling the time zone canonically and merging settings", async () => {
      api.setNow("2026-11-24T08:00:00.000Z");

      const response = await api.as("studio-profile").patch("/studio", {
        name: "Ink & Needle",
        kind: "tattoo",
        timeZone: "america/new_york",
        settings: { overdueGraceDays: 10 },
      });
      const read = await api.as("studio-profile").get("/studio");

      expect(response.status).toBe(200);
      expect(read.body).toMatchObject({
        name: "Ink & Needle",
        kind: "tattoo",
        timeZone: "America/New_York",
        settings: { defaultCountry: "DE", overdueGraceDays: 10 },
        updatedAt: "2026-11-24T08:00:00.000Z",
      });
    });

    it("refuses an unknown time zone with 400 naming the field, and keeps the studio", async () => {
      const response = await api.as("studio-a").patch("/studio", { timeZone: "Mars/Olympus_Mons" });
      const read = await api.as("studio-a").get("/studio");

      expect(response.status).toBe(400);
      expect(response.body.error.fields).toEqual([expect.objectContaining({ field: "timeZone" })]);
      expect(read.body.timeZone).toBe("Europe/Berlin");
    });

    it("refuses a country whose phone numbers cannot be read, naming the settings field", async () => {
      const response = await api.as("studio-a").patch("/studio", { settings: { defaultCountry: "XX" } });

      expect(response.status).toBe(400);
      expect(response.body.error.fields).toEqual([
        expect.objectContaining({ field: "settings.defaultCountry" }),
      ]);
    });

    it("refuses unknown fields, bad values and a body that names nothing with 400", async () => {
      const studio = api.as("studio-a");

      const unknown = await studio.patch("/studio", { name: "X", openLate: true });
      const badCurrency = await studio.patch("/studio", { currency: "euro" });
      const empty = await studio.patch("/studio", {});

      expect(unknown.status).toBe(400);
      expect(unknown.body.error.message).toContain("openLate");
      expect(badCurrency.status).toBe(400);
      expect(badCurrency.body.error.fields).toEqual([expect.objectContaining({ field: "currency" })]);
      expect(empty.status).toBe(400);
      expect(empty.body.error.message).toContain("names no field to change");
    });

    it("lets only the owner change the studio", async () => {
      const response = await api.as("studio-a", "staff").patch("/studio", { name: "Taken over" });
      const read = await api.as("studio-a").get("/studio");

      expect(response.status).toBe(403);
      expect(response.body.error.code).toBe("AUTH.FORBIDDEN");
      expect(read.body.name).toBe("Studio studio-a");
    });

    it("answers 404 for a studio that does not exist", async () => {
      const response = await api.as("studio-nowhere").get("/studio");

      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe("STUDIO.NOT_FOUND");
    });
  });

  describe("categories", () => {
    it("creates, reads, lists, changes and deletes a category", async () => {
      const studio = api.as("studio-a");

      const created = await studio.post("/categories", { name: "Colour", defaultIntervalDays: 42 });
      const path = `/categories/${created.body.id}`;
      const read = await studio.get(path);
      const listed = await studio.get("/categories");
      const changed = await studio.patch(path, { name: "Colour & toning" });
      const deleted = await studio.delete(path);
      const afterDelete = await studio.get(path);

      expect(created.status).toBe(201);
      expect(read.body).toEqual(created.body);
      expect(listed.body.items.map((category: { id: string }) => category.id)).toContain(created.body.id);
      expect(changed.body).toMatchObject({ name: "Colour & toning", defaultIntervalDays: 42 });
      expect(deleted.status).toBe(204);
      expect(deleted.body).toBeUndefined();
      expect(afterDelete.status).toBe(404);
      expect(afterDelete.body.error.code).toBe("CATEGORY.NOT_FOUND");
    });

    it("defaults the interval to none", async () => {
      const created = await api.as("studio-a").post("/categories", { name: "Cuts" });

      expect(created.body.defaultIntervalDays).toBeNull();
    });

    it("refuses a category without a name, or with a field it does not know, with 400", async () => {
      const studio = api.as("studio-a");

      const nameless = await studio.post("/categories", { name: " " });
      const unknown = await studio.post("/categories", { name: "Perm", colour: "red" });

      expect(nameless.status).toBe(400);
      expect(nameless.body.error.fields).toEqual([expect.objectContaining({ field: "name" })]);
      expect(unknown.status).toBe(400);
      expect(unknown.body.error.message).toContain("colour");
    });

    it("answers 404 for an unknown category on read, change and delete", async () => {
      const studio = api.as("studio-a");

      const responses = await Promise.all([
        studio.get("/categories/nope"),
        studio.patch("/categories/nope", { name: "X" }),
        studio.delete("/categories/nope"),
      ]);

      expect(responses.map((response) => response.status)).toEqual([404, 404, 404]);
    });

    it("keeps each studio's categories to itself", async () => {
      const created = await api.as("studio-a").post("/categories", { name: "Private" });

      const read = await api.as("studio-b").get(`/categories/${created.body.id}`);
      const listed = await api.as("studio-b").get("/categories");

      expect(read.status).toBe(404);
      expect(listed.body.items).toEqual([]);
    });
  });

  describe("services", () => {
    it("creates a service in a category, changes it and deletes it", async () => {
      const studio = api.as("studio-a");
      const category = await studio.post("/categories", { name: "Hair" });
      const other = await studio.post("/categories", { name: "Beard" });

      const created = await studio.post("/services", {
        categoryId: category.body.id,
        name: "Cut & blow-dry",
        durationMinutes: 45,
        price: 4900,
      });
      const path = `/services/${created.body.id}`;
      const moved = await studio.patch(path, { categoryId: other.body.id, price: 5200 });
      const read = await studio.get(path);
      const listed = await studio.get("/services");
      const deleted = await studio.delete(path);
      const afterDelete = await studio.get(path);

      expect(created.status).toBe(201);
      expect(moved.status).toBe(200);
      expect(read.body).toMatchObject({ categoryId: other.body.id, price: 5200, durationMinutes: 45 });
      expect(listed.body.items.map((service: { id: string }) => service.id)).toContain(created.body.id);
      expect(deleted.status).toBe(204);
      expect(afterDelete.status).toBe(404);
      expect(afterDelete.body.error.code).toBe("SERVICE.NOT_FOUND");
    });

    it("refuses a service in a category the studio does not have with 404", async () => {
      const studio = api.as("studio-a");
      const foreign = await api.as("studio-b").post("/categories", { name: "Elsewhere" });

      const response = await studio.post("/services", {
        categoryId: foreign.body.id,
        name: "Ghost",
        durationMinutes: 30,
        price: 1000,
      });

      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe("CATEGORY.NOT_FOUND");
    });

    it("refuses moving a service to an unknown category, and keeps it where it was", async () => {
      const studio = api.as("studio-a");
      const category = await studio.post("/categories", { name: "Nails" });
      const service = await studio.post("/services", {
        categoryId: category.body.id,
        name: "Manicure",
        durationMinutes: 30,
        price: 2500,
      });

      const response = await studio.patch(`/services/${service.body.id}`, { categoryId: "missing" });
      const read = await studio.get(`/services/${service.body.id}`);

      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe("CATEGORY.NOT_FOUND");
      expect(read.body.categoryId).toBe(category.body.id);
    });

    it("refuses bad values with 400 naming each field", async () => {
      const response = await api.as("studio-a").post("/services", {
        categoryId: "any",
        name: "Too short",
        durationMinutes: 2,
        price: -1,
      });

      expect(response.status).toBe(400);
      expect(response.body.error.fields.map((issue: { field: string }) => issue.field).sort()).toEqual([
        "durationMinutes",
        "price",
      ]);
    });

    it("answers 404 for an unknown service on change and delete", async () => {
      const studio = api.as("studio-a");

      const changed = await studio.patch("/services/nope", { price: 100 });
      const deleted = await studio.delete("/services/nope");

      expect([changed.status, deleted.status]).toEqual([404, 404]);
    });
  });

  describe("staff", () => {
    it("adds a staff member with working hours in order, and replaces the week on change", async () => {
      const studio = api.as("studio-a");

      const created = await studio.post("/staff", {
        name: "Mia",
        email: "Mia@Studio.example",
        workingHours: {
          mon: [
            { from: "14:00", to: "18:00" },
            { from: "09:00", to: "13:00" },
          ],
        },
      });
      const path = `/staff/${created.body.id}`;
      const changed = await studio.patch(path, { workingHours: { tue: [{ from: "10:00", to: "16:00" }] } });
      const read = await studio.get(path);
      const listed = await studio.get("/staff");

      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        email: "mia@studio.example",
        workingHours: {
          mon: [
            { from: "09:00", to: "13:00" },
            { from: "14:00", to: "18:00" },
          ],
        },
      });
      expect(changed.status).toBe(200);
      expect(read.body.workingHours).toEqual({ tue: [{ from: "10:00", to: "16:00" }] });
      expect(listed.body.items.map((member: { id: string }) => member.id)).toContain(created.body.id);
    });

    it("refuses overlapping spans, also one inside a long span, and spans that end before they start", async () => {
      const response = await api.as("studio-a").post("/staff", {
        name: "Jo",
        workingHours: {
          mon: [
            { from: "09:00", to: "13:00" },
            { from: "12:30", to: "17:00" },
          ],
          tue: [
            { from: "09:00", to: "17:00" },
            { from: "10:00", to: "11:00" },
            { from: "12:00", to: "13:00" },
          ],
          fri: [{ from: "18:00", to: "10:00" }],
        },
      });

      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe("VALIDATION.FAILED");
      expect(response.body.error.fields).toEqual([
        expect.objectContaining({ field: "workingHours.mon.1", message: "overlaps workingHours.mon.0" }),
        expect.objectContaining({ field: "workingHours.tue.1", message: "overlaps workingHours.tue.0" }),
        expect.objectContaining({ field: "workingHours.tue.2", message: "overlaps workingHours.tue.0" }),
        expect.objectContaining({ field: "workingHours.fri.0" }),
      ]);
    });

    it("refuses times that are not HH:mm and days that are not weekdays with 400", async () => {
      const studio = api.as("studio-a");

      const badTime = await studio.post("/staff", {
        name: "Jo",
        workingHours: { mon: [{ from: "9:00", to: "17:00" }] },
      });
      const badDay = await studio.post("/staff", { name: "Jo", workingHours: { holiday: [] } });

      expect(badTime.status).toBe(400);
      expect(badTime.body.error.fields).toEqual([
        expect.objectContaining({ field: "workingHours.mon.0.from" }),
      ]);
      expect(badDay.status).toBe(400);
      expect(badDay.body.error.message).toContain("holiday");
    });

    it("refuses an overlapping week on change, and keeps the old one", async () => {
      const studio = api.as("studio-a");
      const created = await studio.post("/staff", {
        name: "Lea",
        workingHours: { sat: [{ from: "10:00", to: "14:00" }] },
      });

      const response = await studio.patch(`/staff/${created.body.id}`, {
        workingHours: {
          sat: [
            { from: "10:00", to: "14:00" },
            { from: "10:00", to: "11:00" },
          ],
        },
      });
      const read = await studio.get(`/staff/${created.body.id}`);

      expect(response.status).toBe(400);
      expect(response.body.error.fields).toEqual([expect.objectContaining({ field: "workingHours.sat.1" })]);
      expect(read.body.workingHours).toEqual({ sat: [{ from: "10:00", to: "14:00" }] });
    });

    it("removes a staff member, and answers 404 for unknown ones", async () => {
      const studio = api.as("studio-a");
      const created = await studio.post("/staff", { name: "Tom" });

      const deleted = await studio.delete(`/staff/${created.body.id}`);
      const read = await studio.get(`/staff/${created.body.id}`);
      const changed = await studio.patch(`/staff/${created.body.id}`, { name: "Tim" });
      const deletedAgain = await studio.delete(`/staff/${created.body.id}`);

      expect(deleted.status).toBe(204);
      expect(read.status).toBe(404);
      expect(read.body.error.code).toBe("STAFF.NOT_FOUND");
      expect([changed.status, deletedAgain.status]).toEqual([404, 404]);
    });

    it("refuses a change that names no field", async () => {
      const studio = api.as("studio-a");
      const created = await studio.post("/staff", { name: "Eda" });

      const response = await studio.patch(`/staff/${created.body.id}`, {});

      expect(response.status).toBe(400);
    });
  });
});
