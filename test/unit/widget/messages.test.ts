import { describe, expect, it } from "vitest";
import type { ErrorCode } from "../../../domain/errors";
import { statusOf } from "../../../functions/shared/http/error-status";
import { BookingApiError } from "../../../web/widget/booking-client";
import { languageFor, sentenceFor } from "../../../web/widget/messages";

const LANGUAGES = ["de-DE", "en-GB", "nl-NL", "pl-PL"];
/** What the booking routes answer when they refuse, and what the widget meets without an answer. */
const REFUSALS: string[] = [
  ...(Object.keys(statusOf) as ErrorCode[]).filter((code) =>
    /^(BOOKING|VERIFICATION|APPOINTMENT\.SLOT)/.test(code),
  ),
  "VALIDATION.FAILED",
  "RATE.LIMITED",
  "INTERNAL",
  "OFFLINE",
];

describe("the widget's language", () => {
  it("is the studio's when the widget speaks it, else the browser's first it speaks, else English", () => {
    const chosen = [
      languageFor("de-DE", ["en-GB"]),
      languageFor("fr-FR", ["fr-CA", "nl-BE", "en"]),
      languageFor("fr-FR", ["fr"]),
    ].map(({ language, locale }) => [language, locale]);

    expect(chosen).toEqual([
      ["de", "de-DE"],
      ["nl", "nl-BE"],
      ["en", "en"],
    ]);
  });

  it("words every refusal as a sentence in every language, never as its code", () => {
    for (const locale of LANGUAGES) {
      const { messages } = languageFor(locale, []);
      for (const code of REFUSALS) {
        const sentence = sentenceFor(
          new BookingApiError(code, ["phone"], { triesLeft: "2", retryAfterSeconds: "30" }),
          messages,
        );

        expect(sentence, `${locale} ${code}`).toMatch(/^\p{Lu}.{10,}[.!]$/u);
        expect(sentence, `${locale} ${code}`).not.toMatch(/[A-Z]{2,}\.[A-Z_]{2,}|INTERNAL|OFFLINE/);
      }
    }
  });

  it("counts the tries left in each language's plural", () => {
    const said = LANGUAGES.map((locale) =>
      [1, 2, 4].map((left) => languageFor(locale, []).messages.wrongCode(left)),
    );

    expect(said.map((sentences) => sentences.map((sentence) => sentence.split(". ")[1]))).toEqual([
      ["Noch 1 Versuch.", "Noch 2 Versuche.", "Noch 4 Versuche."],
      ["1 try left.", "2 tries left.", "4 tries left."],
      ["Nog 1 poging.", "Nog 2 pogingen.", "Nog 4 pogingen."],
      ["Została 1 próba.", "Zostały 2 próby.", "Zostały 4 próby."],
    ]);
  });
});
