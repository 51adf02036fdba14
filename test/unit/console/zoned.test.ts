import { describe, expect, it } from "vitest";
import { instantOf, localTimeOf, minutesFrom } from "../../../web/console/src/zoned";

const BERLIN = "Europe/Berlin";

describe("the console's local times of the studio's zone", () => {
  it("name the instant of a local time on DST days and around them", () => {
    expect(instantOf("2027-03-28", "01:30", BERLIN)).toBe("2027-03-28T00:30:00Z");
    expect(instantOf("2027-03-28", "10:00", BERLIN)).toBe("2027-03-28T08:00:00Z");
    expect(instantOf("2027-10-31", "10:00", BERLIN)).toBe("2027-10-31T09:00:00Z");
  });

  it("place an appointment by its wall-clock time on DST days, where the hour lines are", () => {
    expect(minutesFrom("2027-03-28", "2027-03-28T08:00:00Z", BERLIN)).toBe(600);
    expect(minutesFrom("2027-10-31", "2027-10-31T09:00:00Z", BERLIN)).toBe(600);
    expect(minutesFrom("2027-03-10", "2027-03-10T09:00:00Z", BERLIN)).toBe(600);
  });

  it("count past midnight into the next day, and read back the time that was typed", () => {
    expect(minutesFrom("2027-03-27", "2027-03-28T00:30:00Z", BERLIN)).toBe(1440 + 90);
    expect(localTimeOf(instantOf("2027-03-28", "10:00", BERLIN), BERLIN)).toBe("10:00");
  });
});
