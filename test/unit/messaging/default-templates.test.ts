import { describe, expect, it } from "vitest";
import { formatAppointmentTime } from "../../../domain/messaging/appointment-time";
import { CHANNELS } from "../../../domain/messaging/consent";
import { defaultTemplate } from "../../../domain/messaging/default-templates";
import { policyTextOf } from "../../../domain/messaging/policy-text";
import { smsEncoding } from "../../../domain/messaging/sms-segments";
import {
  MESSAGE_PURPOSE,
  PLACEHOLDERS,
  previewTemplate,
  TEMPLATE_LOCALES,
  TEMPLATE_PURPOSES,
  type TemplateLocale,
  type TemplateValues,
} from "../../../domain/messaging/templates";
import { signUnsubscribeToken } from "../../../domain/messaging/unsubscribe-token";

const unsubscribeToken = signUnsubscribeToken(
  {
    studioId: "01JQ8Z3K4M5N6P7Q8R9S0T1V2W",
    clientId: "01JQ8Z3K4M5N6P7Q8R9S0T1V2X",
    channel: "sms",
    purpose: "marketing",
    issuedAt: "2026-05-01T10:00:00.000Z",
  },
  "a-secret-of-reasonable-length-0123456789",
);

/** Realistic values: a ULID-sized unsubscribe token, a studio name of average length. */
const valuesFor = (locale: TemplateLocale): Required<TemplateValues> => ({
  clientFirstName: "Alexandra",
  studioName: "Studio Haarmonie",
  categoryName: "Colour",
  serviceName: "Balayage",
  bookingLink: "https://book.rebook.example/haarmonie",
  appointmentTime: formatAppointmentTime("2026-10-14T13:30:00.000Z", "Europe/Berlin", locale),
  reviewLink: "https://g.page/r/haarmonie/review",
  projectTitle: "Koi back piece",
  unsubscribeLink: `https://rebook.example/u/${unsubscribeToken}`,
  code: "482913",
  minutes: "10",
  policyText: policyTextOf(null, locale, 24),
  promotionCode: "BIRTHDAY-10",
  depositAmount: "120,00 €",
});

const everyTemplate = TEMPLATE_LOCALES.flatMap((locale) =>
  TEMPLATE_PURPOSES.flatMap((purpose) => CHANNELS.map((channel) => ({ locale, purpose, channel }))),
);

describe("default templates", () => {
  it.each(everyTemplate)(
    "$purpose $channel $locale renders every placeholder without problems",
    ({ locale, purpose, channel }) => {
      // Prepare
      const template = defaultTemplate(purpose, channel, locale);
      const values = valuesFor(locale);

      // Act
      const preview = previewTemplate(template, values, { maxSmsSegments: 3 });

      // Assess
      expect(template).toMatchObject({ purpose, channel, locale });
      expect(preview.problems).toEqual([]);
      expect(`${preview.subject ?? ""} ${preview.body}`).not.toMatch(/\{\{|\}\}/);
      if (channel === "email") expect(preview.subject).toMatch(/\S/);
      else expect(template.subject).toBeNull();
      if (MESSAGE_PURPOSE[purpose] === "marketing") expect(preview.body).toContain(values.unsubscribeLink);
      else expect(preview.body).not.toContain(values.unsubscribeLink);
    },
  );

  it("end marketing emails with the unsubscribe line", () => {
    for (const locale of TEMPLATE_LOCALES) {
      for (const purpose of TEMPLATE_PURPOSES.filter((p) => MESSAGE_PURPOSE[p] === "marketing")) {
        // Prepare / Act
        const { body } = defaultTemplate(purpose, "email", locale);

        // Assess
        expect(body.split("\n").at(-1)).toMatch(/\{\{unsubscribeLink\}\}$/);
      }
    }
  });

  it("write SMS texts in GSM-7 only", () => {
    for (const { locale, purpose } of everyTemplate) {
      // Prepare / Act
      const { body } = defaultTemplate(purpose, "sms", locale);

      // Assess
      expect({ locale, purpose, encoding: smsEncoding(body) }).toEqual({
        locale,
        purpose,
        encoding: "GSM-7",
      });
    }
  });

  it("fit every German, English and Dutch SMS, and every marketing SMS, into two segments", () => {
    for (const { locale, purpose } of everyTemplate) {
      // Prepare
      const template = defaultTemplate(purpose, "sms", locale);
      // A Polish appointment time has diacritics ("środa, 14 października") and makes the SMS UCS-2.
      const bound = locale !== "pl" || MESSAGE_PURPOSE[purpose] === "marketing" ? 2 : 3;

      // Act
      const { sms } = previewTemplate(template, valuesFor(locale), { maxSmsSegments: bound });

      // Assess
      expect({ locale, purpose, fits: sms!.segments <= bound }).toEqual({ locale, purpose, fits: true });
    }
  });

  it("use only known placeholders and use each of them somewhere", () => {
    // Prepare
    const texts = everyTemplate.map(({ locale, purpose, channel }) => {
      const template = defaultTemplate(purpose, channel, locale);
      return `${template.subject ?? ""} ${template.body}`;
    });

    // Act
    const used = new Set(
      texts.flatMap((text) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1])),
    );

    // Assess
    expect([...used].sort()).toEqual([...PLACEHOLDERS].sort());
  });
});
