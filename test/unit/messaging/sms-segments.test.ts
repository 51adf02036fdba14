import { describe, expect, it } from "vitest";
import { smsEncoding, smsSegments } from "../../../domain/messaging/sms-segments";

const GRINNING = "\u{1F600}";

describe("smsEncoding", () => {
  it("keeps GSM-7 for the basic alphabet, including German and Dutch letters", () => {
    // Prepare
    const text =
      "Hallo Jürgen, Ihr Termin bei Haar & Co. ist bestätigt: Mo 15:30 (Färben) @Straße 5 - 10% Rabatt!";

    // Act / Assess
    expect(smsEncoding(text)).toBe("GSM-7");
    expect(smsEncoding("Prijs: 20€ [incl.] {btw} ~ ^ | \\")).toBe("GSM-7");
  });

  it("switches to UCS-2 for any character outside GSM 03.38", () => {
    // Prepare / Act / Assess
    expect(smsEncoding("Dzień dobry")).toBe("UCS-2");
    expect(smsEncoding("It\u2019s")).toBe("UCS-2");
    expect(smsEncoding(`See you ${GRINNING}`)).toBe("UCS-2");
    expect(smsEncoding("escape \u001b")).toBe("UCS-2");
  });
});

describe("smsSegments", () => {
  it.each([
    [0, 0],
    [1, 1],
    [160, 1],
    [161, 2],
    [306, 2],
    [307, 3],
    [459, 3],
    [460, 4],
  ])("splits %i GSM-7 characters into %i segments", (length, segments) => {
    // Prepare
    const text = "a".repeat(length);

    // Act
    const result = smsSegments(text);

    // Assess
    expect(result).toEqual({ encoding: "GSM-7", characters: length, segments });
  });

  it.each([
    [70, 1],
    [71, 2],
    [134, 2],
    [135, 3],
  ])("splits %i UCS-2 code units into %i segments", (length, segments) => {
    // Prepare
    const text = `ł${"a".repeat(length - 1)}`;

    // Act
    const result = smsSegments(text);

    // Assess
    expect(result).toEqual({ encoding: "UCS-2", characters: length, segments });
  });

  it("counts € as two septets", () => {
    // Prepare / Act
    const eighty = smsSegments("€".repeat(80));
    const eightyOne = smsSegments("€".repeat(81));

    // Assess
    expect(eighty).toEqual({ encoding: "GSM-7", characters: 160, segments: 1 });
    // 76 € (152 septets) fit in a part of 153; the 77th would be split, so it opens the next part.
    expect(eightyOne).toEqual({ encoding: "GSM-7", characters: 162, segments: 2 });
  });

  it("never splits an escape sequence across two parts", () => {
    // Prepare: 306 septets would fill two parts exactly, but the € would straddle their border
    const text = `${"a".repeat(152)}€${"a".repeat(152)}`;

    // Act
    const result = smsSegments(text);

    // Assess
    expect(result).toEqual({ encoding: "GSM-7", characters: 306, segments: 3 });
  });

  it("counts an emoji as two UTF-16 code units", () => {
    // Prepare / Act
    const alone = smsSegments(GRINNING);
    const filled = smsSegments(`${"a".repeat(68)}${GRINNING}`);
    const overflowing = smsSegments(`${"a".repeat(69)}${GRINNING}`);

    // Assess
    expect(alone).toEqual({ encoding: "UCS-2", characters: 2, segments: 1 });
    expect(filled).toEqual({ encoding: "UCS-2", characters: 70, segments: 1 });
    expect(overflowing).toEqual({ encoding: "UCS-2", characters: 71, segments: 2 });
  });

  it("never splits a surrogate pair across two parts", () => {
    // Prepare: 134 code units would fill two parts of 67, but the emoji straddles their border
    const text = `${"a".repeat(66)}${GRINNING}${"a".repeat(66)}`;

    // Act
    const result = smsSegments(text);

    // Assess
    expect(result).toEqual({ encoding: "UCS-2", characters: 134, segments: 3 });
  });
});
