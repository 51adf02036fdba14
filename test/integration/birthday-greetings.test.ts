import { DateTime } from "luxon";
import { beforeAll, describe, expect, it } from "vitest";
import { birthdayGreetings } from "../../domain/birthdays/birthday-greetings";
import { type ApiHarness, aStudio, createApiHarness } from "../support/api-harness";

/** Who is born when, where; `consent: false` is greeted by nobody but decided once a year all the same. */
const people = [
  { studioId: "berlin", name: "Leap", birthday: "2000-02-29", consent: true },
  { studioId: "berlin", name: "Spring", birthday: "1990-03-26", consent: true },
  { studioId: "berlin", name: "Newyear", birthday: "1985-01-01", consent: true },
  { studioId: "berlin", name: "Eve", birthday: "1980-12-31", consent: true, language: "en" },
  { studioId: "berlin", name: "Silent", birthday: "1975-06-15", consent: false },
  { studioId: "auckland", name: "Kiwi", birthday: "1996-02-29", consent: true },
  { studioId: "auckland", name: "Autumn", birthday: "1970-04-02", consent: true },
  { studioId: "quiet", name: "Off", birthday: "1999-03-01", consent: true },
] as const;

const zoneOf: Record<string, string> = {
  berlin: "Europe/Berlin",
  auckland: "Pacific/Auckland",
  quiet: "Europe/Berlin",
};

describe("birthday greetings across a year with a leap day and DST changes", () => {
  let api: ApiHarness;
  const clientIds = new Map<string, string>();
  /** The local dates a client's greetings were released on, and their statuses. */
  const greetingsOf = async (name: string) => {
    const person = people.find((candidate) => candidate.name === name)!;
    const messages = await api.deps.outbox.listForClient(person.studioId, clientIds.get(name)!);
    return messages
      .filter((message) => message.templatePurpose === "birthday")
      .map((message) => ({
        status: message.status,
        localRelease:
          message.releaseAt === null
            ? null
            : DateTime.fromISO(message.releaseAt, { zone: zoneOf[person.studioId] }).toFormat(
                "yyyy-MM-dd HH:mm",
              ),
        body: message.body,
      }))
      .sort((a, b) => String(a.localRelease).localeCompare(String(b.localRelease)));
  };

  beforeAll(async () => {
    api = await createApiHarness();
    api.setNow("2027-12-01T10:00:00.000Z");
    for (const studioId of Object.keys(zoneOf)) {
      await api.addStudio(aStudio(studioId, { timeZone: zoneOf[studioId]! }));
      if (studioId === "quiet") continue;
      await api.as(studioId).post("/promotions", {
        code: "BDAY-10",
        text: "10 % off in your birthday month",
        discount: { kind: "percent", percent: 10 },
        validFrom: "2027-01-01",
      });
      await api.as(studioId).patch("/studio", {
        settings: {
          birthdayGreetings: { enabled: true, channelPolicy: "email", promotionCode: "BDAY-10" },
        },
      });
    }
    for (const person of people) {
      const created = await api.as(person.studioId).post("/clients", {
        firstName: person.name,
        lastName: "Test",
        email: `${person.name.toLowerCase()}@example.com`,
        birthday: person.birthday,
        ...("language" in person ? { language: person.language } : {}),
      });
      clientIds.set(person.name, created.body.id);
      if (person.consent)
        await api.as(person.studioId).post(`/clients/${created.body.id}/consents`, {
          channel: "email",
          purpose: "marketing",
          granted: true,
          source: "paper_form",
        });
    }

    const run = birthdayGreetings(api.deps);
    // Daily at 18:00 UTC, as scheduled, from December 2027 to March 2029. One day's run is missed and one
    // runs twice: neither may lose or double a greeting.
    for (
      let day = DateTime.fromISO("2027-12-20T18:00:00Z", { zone: "utc" });
      day < DateTime.fromISO("2029-03-05T00:00:00Z");
      day = day.plus({ days: 1 })
    ) {
      if (day.toISODate() === "2028-03-25") continue;
      api.setNow(day.toISO()!);
      const result = await run();
      expect(result.failed).toEqual([]);
      if (day.toISODate() === "2028-02-28") await run();
    }
  }, 240_000);

  it("greets on the birthday itself, in the studio's zone, once a year", async () => {
    const releaseDays = async (name: string) =>
      (await greetingsOf(name)).map((greeting) => greeting.localRelease?.slice(0, 10));

    expect(await releaseDays("Newyear")).toEqual(["2028-01-01", "2029-01-01"]);
    expect(await releaseDays("Eve")).toEqual(["2027-12-31", "2028-12-31"]);
    expect(await releaseDays("Spring")).toEqual(["2028-03-26"]);
    expect(await releaseDays("Autumn")).toEqual(["2028-04-02"]);
  });

  it("greets 29 February birthdays on 28 February in common years", async () => {
    expect((await greetingsOf("Leap")).map((greeting) => greeting.localRelease?.slice(0, 10))).toEqual([
      "2028-02-29",
      "2029-02-28",
    ]);
    expect((await greetingsOf("Kiwi")).map((greeting) => greeting.localRelease?.slice(0, 10))).toEqual([
      "2028-02-29",
      "2029-02-28",
    ]);
  });

  it("releases marketing hours only, with the studio's promotion code", async () => {
    const greetings = (await Promise.all(people.map((person) => greetingsOf(person.name)))).flat();
    const sent = greetings.filter((greeting) => greeting.status !== "skipped");

    expect(sent.every((greeting) => greeting.localRelease!.slice(11) >= "08:00")).toBe(true);
    expect(sent.every((greeting) => greeting.localRelease!.slice(11) < "21:00")).toBe(true);
    expect(sent.every((greeting) => greeting.body.includes("BDAY-10"))).toBe(true);
  });

  it("greets in the client's language, else the studio's", async () => {
    const [english, german] = await Promise.all([greetingsOf("Eve"), greetingsOf("Newyear")]);

    expect(english.map((greeting) => greeting.body.includes("wishes you a very happy birthday"))).toEqual([
      true,
      true,
    ]);
    expect(
      german.map((greeting) => greeting.body.includes("wünscht Ihnen alles Gute zum Geburtstag")),
    ).toEqual([true, true]);
  });

  it("sends nothing without consent, and nothing where the studio has not switched greetings on", async () => {
    expect((await greetingsOf("Silent")).map((greeting) => greeting.status)).toEqual(["skipped"]);
    expect(await greetingsOf("Off")).toEqual([]);
  });

  it("refuses a gift code that is not one of the studio's promotions, naming the field, and changes nothing", async () => {
    const before = await api.as("quiet").get("/studio");

    const foreignCode = await api.as("quiet").patch("/studio", {
      settings: { birthdayGreetings: { enabled: true, promotionCode: "BDAY-10" } },
    });

    expect(foreignCode.status).toBe(404);
    expect(foreignCode.body.error).toMatchObject({
      code: "PROMOTION.NOT_FOUND",
      fields: [{ field: "settings.birthdayGreetings.promotionCode", message: "is no promotion's code" }],
    });
    expect((await api.as("quiet").get("/studio")).body).toEqual(before.body);
  });
});
