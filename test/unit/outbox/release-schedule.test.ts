import { describe, expect, it } from "vitest";
import { releaseTimes } from "../../../domain/outbox/release-schedule";

describe("release times of a large send", () => {
  it("spaces messages at the configured rate", () => {
    expect(releaseTimes(3, "2026-05-04T10:00:00.000Z", 120, [], "Europe/Berlin", "transactional")).toEqual([
      "2026-05-04T10:00:00.000Z",
      "2026-05-04T10:00:00.500Z",
      "2026-05-04T10:00:01.000Z",
    ]);
  });

  it("starts at the next window and carries over into the next day's window when one closes", () => {
    // Berlin is UTC+2 in May: the 18:00–18:02 window is 16:00–16:02 UTC; 1 per minute fits two messages a day.
    const times = releaseTimes(
      3,
      "2026-05-04T09:00:00.000Z",
      1,
      [{ from: "18:00", to: "18:02" }],
      "Europe/Berlin",
      "marketing",
    );
    expect(times).toEqual([
      "2026-05-04T16:00:00.000Z",
      "2026-05-04T16:01:00.000Z",
      "2026-05-05T16:00:00.000Z",
    ]);
  });

  it("keeps marketing inside 08:00–21:00 local time whatever the windows say", () => {
    const [first] = releaseTimes(
      1,
      "2026-05-04T20:00:00.000Z",
      60,
      [{ from: "00:00", to: "24:00" }],
      "Europe/Berlin",
      "marketing",
    );
    expect(first).toBe("2026-05-05T06:00:00.000Z");
  });
});
