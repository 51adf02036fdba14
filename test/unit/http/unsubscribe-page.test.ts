import { describe, expect, it } from "vitest";
import {
  unsubscribeConfirmationPage,
  unsubscribedPage,
} from "../../../functions/http/public/unsubscribe-page";

const subject = (locale: string) => ({
  studio: { name: "Salon <Rosa> & Co", locale },
  channel: "sms" as const,
  purpose: "marketing" as const,
});

describe("the unsubscribe pages", () => {
  it.each(["de-DE", "en-GB", "nl-NL", "pl-PL"])("are complete and escaped in %s", (locale) => {
    const pages = [unsubscribeConfirmationPage(subject(locale)), unsubscribedPage(subject(locale))];

    for (const page of pages) {
      expect(page).toContain(`<html lang="${locale.slice(0, 2)}">`);
      expect(page).toContain("Salon &lt;Rosa&gt; &amp; Co");
      expect(page).not.toMatch(/\{(channel|studio)\}|<script/);
    }
    expect(pages[0]).toMatch(/<form method="post">.*<button type="submit">[^<]+<\/button><\/form>/);
    expect(pages[1]).not.toContain("<form");
  });

  it("falls back to English for a language it has no text in", () => {
    const page = unsubscribeConfirmationPage(subject("fr-FR"));

    expect(page).toContain("Stop receiving SMS marketing from Salon &lt;Rosa&gt; &amp; Co?");
  });
});
