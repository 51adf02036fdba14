import { describe, expect, it } from "vitest";
import { multiLineText, singleLineText } from "../../../functions/http/shared/common-schemas";

const nameSchema = singleLineText(100).min(1);
const notesSchema = multiLineText(5000);

describe("single-line human text", () => {
  it("keeps what a person types, NFC-normalised and trimmed", () => {
    const typed = ["  Zoe\u0308 ", "Łukasiewicz", "O'Brien-Smith", "👩‍👩‍👧 Family", "שרה\u200F"];

    const parsed = typed.map((text) => nameSchema.parse(text));

    expect(parsed).toEqual(["Zoë", "Łukasiewicz", "O'Brien-Smith", "👩‍👩‍👧 Family", "שרה\u200F"]);
  });

  it.each([
    ["only zero-width characters", "\u200B\u200C\u200D"],
    ["only a word joiner and a byte order mark", "\u2060\uFEFF"],
    ["NUL", "An\u0000na"],
    ["ESC", "An\u001B[31mna"],
    ["CR LF", "Anna\r\nSchmidt"],
    ["LF", "Anna\nSchmidt"],
    ["a tab", "Anna\tSchmidt"],
    ["a C1 control (NEL)", "Anna\u0085Schmidt"],
    ["a line separator", "Anna\u2028Schmidt"],
    ["a lone high surrogate", "Anna\uD800"],
    ["a lone low surrogate", "\uDC00Anna"],
    ["a right-to-left override", "Anna\u202Egnp.exe"],
    ["an isolate", "\u2066Anna\u2069"],
    ["a noncharacter", "Anna\uFFFE"],
    ["an astral noncharacter", "Anna\u{10FFFF}"],
  ])("refuses %s", (_, typed) => {
    const result = nameSchema.safeParse(typed);

    expect(result.success).toBe(false);
  });

  it("counts the length after normalising", () => {
    const decomposed = "e\u0301".repeat(3);

    const result = singleLineText(3).safeParse(decomposed);

    expect(result).toEqual({ success: true, data: "\u00E9".repeat(3) });
  });
});

describe("multi-line human text", () => {
  it("keeps line breaks and tabs, with CR LF and lone CR as LF", () => {
    const typed = "Allergy: latex\r\n\tColour 7.1\rrinse cold\n";

    const parsed = notesSchema.parse(typed);

    expect(parsed).toBe("Allergy: latex\n\tColour 7.1\nrinse cold");
  });

  it("allows empty text and the {{placeholder}} syntax", () => {
    const typed = ["", "Hallo {{clientFirstName}},\n\n{{unsubscribeLink}}"];

    const parsed = typed.map((text) => notesSchema.parse(text));

    expect(parsed).toEqual(typed);
  });

  it.each([
    ["only invisible characters", "\u200B \u2060"],
    ["NUL", "a\u0000b"],
    ["ESC", "a\u001Bb"],
    ["a vertical tab", "a\u000Bb"],
    ["a lone surrogate", "a\uDBFFb"],
    ["a left-to-right embedding", "a\u202Ab"],
    ["a noncharacter", "a\uFDD0b"],
  ])("refuses %s", (_, typed) => {
    const result = notesSchema.safeParse(typed);

    expect(result.success).toBe(false);
  });
});
