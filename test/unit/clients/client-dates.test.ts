import { describe, expect, it } from "vitest";
import { checkClientDates, studioToday } from "../../../domain/clients/client-dates";

const refusalNaming = (...fields: string[]) =>
  expect.objectContaining({
    code: "VALIDATION.FAILED",
    issues: fields.map((field) => expect.objectContaining({ field })),
  });

describe("a client's dates are plausible", () => {
  it("accepts a birthday from 1900-01-01 to today and a client-since date up to today", () => {
    const today = "2026-11-23";

    const check = () => {
      checkClientDates({ birthday: "1900-01-01", clientSince: today }, today);
      checkClientDates({ birthday: today, clientSince: null }, today);
      checkClientDates({}, today);
    };

    expect(check).not.toThrow();
  });

  it.each([
    ["a birthday tomorrow", { birthday: "2026-11-24" }, ["birthday"]],
    ["a birthday before 1900", { birthday: "1899-12-31" }, ["birthday"]],
    ["a client-since date tomorrow", { clientSince: "2026-11-24" }, ["clientSince"]],
    ["both at once", { birthday: "2099-01-01", clientSince: "2027-01-01" }, ["birthday", "clientSince"]],
  ])("refuses %s, naming the field", (_, dates, fields) => {
    const check = () => checkClientDates(dates, "2026-11-23");

    expect(check).toThrow(refusalNaming(...fields));
  });

  it("counts today in the studio's time zone", () => {
    const now = "2026-11-23T23:30:00.000Z";

    const days = [studioToday(now, "Europe/Berlin"), studioToday(now, "America/New_York")];

    expect(days).toEqual(["2026-11-24", "2026-11-23"]);
  });
});
