import { describe, expect, it } from "vitest";
import {
  celebratedOn,
  greetingDates,
  greetingDatesAnywhere,
  monthDaysCelebratedOn,
} from "../../../domain/birthdays/birthday-dates";

describe("birthday dates", () => {
  it("celebrates 29 February on the 28th in common years only", () => {
    expect(celebratedOn("02-29", 2027)).toBe("2027-02-28");
    expect(celebratedOn("02-29", 2028)).toBe("2028-02-29");
    expect(celebratedOn("02-29", 2100)).toBe("2100-02-28");
    expect(monthDaysCelebratedOn("2027-02-28")).toEqual(["02-28", "02-29"]);
    expect(monthDaysCelebratedOn("2028-02-28")).toEqual(["02-28"]);
    expect(monthDaysCelebratedOn("2028-02-29")).toEqual(["02-29"]);
  });

  it("greets a studio's today and tomorrow, in its zone", () => {
    expect(greetingDates("2028-03-25T23:30:00Z", "Europe/Berlin")).toEqual(["2028-03-26", "2028-03-27"]);
    expect(greetingDates("2028-03-25T23:30:00Z", "America/St_Johns")).toEqual(["2028-03-25", "2028-03-26"]);
  });

  it("covers every zone's today and tomorrow with the dates it reads", () => {
    const now = "2028-12-31T18:00:00Z";
    const zones = [
      "Pacific/Pago_Pago",
      "America/St_Johns",
      "Europe/Berlin",
      "Asia/Kolkata",
      "Pacific/Kiritimati",
    ];

    const anywhere = greetingDatesAnywhere(now);

    for (const zone of zones) expect(anywhere).toEqual(expect.arrayContaining(greetingDates(now, zone)));
    expect(anywhere).toEqual(["2028-12-31", "2029-01-01", "2029-01-02"]);
  });
});
