import { describe, expect, it } from "vitest";
import { RebookError } from "../../../domain/errors";
import { formatAppointmentTime } from "../../../domain/messaging/appointment-time";
import { type MessageTemplate, previewTemplate, renderTemplate } from "../../../domain/messaging/templates";

const aTemplate = (overrides: Partial<MessageTemplate>): MessageTemplate => ({
  purpose: "reminder",
  channel: "sms",
  locale: "en",
  subject: null,
  body: "Hi {{clientFirstName}}, see you on {{appointmentTime}}.",
  ...overrides,
});

const codesOf = (template: MessageTemplate, maxSmsSegments = 2): string[] =>
  previewTemplate(template, { clientFirstName: "Ana" }, { maxSmsSegments }).problems.map(
    (problem) => problem.code,
  );

describe("renderTemplate", () => {
  it("fills placeholders in subject and body without HTML escaping", () => {
    // Prepare
    const template = aTemplate({
      channel: "email",
      subject: "{{studioName}}: your appointment",
      body: "Hi {{clientFirstName}}, {{serviceName}} at {{bookingLink}}",
    });

    // Act
    const rendered = renderTemplate(template, {
      clientFirstName: "Zoë",
      studioName: "Cuts & Colours",
      serviceName: "<Cut>",
      bookingLink: "https://book.example/s?a=1&b=2",
    });

    // Assess
    expect(rendered).toEqual({
      subject: "Cuts & Colours: your appointment",
      body: "Hi Zoë, <Cut> at https://book.example/s?a=1&b=2",
    });
  });

  it("has no subject for SMS and leaves missing values empty", () => {
    // Prepare
    const template = aTemplate({ subject: "ignored" });

    // Act
    const rendered = renderTemplate(template, { clientFirstName: "Ana" });

    // Assess
    expect(rendered).toEqual({ subject: null, body: "Hi Ana, see you on ." });
  });

  it("refuses a template that does not parse", () => {
    // Prepare
    const template = aTemplate({ body: "Hi {{clientFirstName" });

    // Act
    const render = () => renderTemplate(template, {});

    // Assess
    expect(render).toThrow(RebookError);
    expect(render).toThrow(expect.objectContaining({ code: "VALIDATION.FAILED" }));
  });
});

describe("previewTemplate", () => {
  it("reports the SMS encoding, characters and segments of the rendered text", () => {
    // Prepare
    const template = aTemplate({ body: "{{clientFirstName}}: {{code}} €" });

    // Act
    const preview = previewTemplate(
      template,
      { clientFirstName: "Ana", code: "123456" },
      { maxSmsSegments: 1 },
    );

    // Assess
    expect(preview).toEqual({
      subject: null,
      body: "Ana: 123456 €",
      sms: { encoding: "GSM-7", characters: 14, segments: 1 },
      problems: [],
    });
  });

  it("names every unknown placeholder, also in the subject and in sections", () => {
    // Prepare
    const template = aTemplate({
      channel: "email",
      subject: "Hello {{firstName}}",
      body: "{{#clientFirstName}}Hi {{name}}{{/clientFirstName}} {{{studio_name}}} {{> footer}}",
    });

    // Act
    const problems = previewTemplate(template, {}, { maxSmsSegments: 1 }).problems;

    // Assess
    expect(problems.map((problem) => problem.code)).toEqual([
      "UNKNOWN_PLACEHOLDER",
      "UNKNOWN_PLACEHOLDER",
      "UNKNOWN_PLACEHOLDER",
      "UNKNOWN_PLACEHOLDER",
    ]);
    expect(problems.map((problem) => problem.message).join(" ")).toMatch(
      /\{\{firstName\}\}.*\{\{name\}\}.*\{\{studio_name\}\}.*\{\{footer\}\}/,
    );
  });

  it("refuses marketing without an unsubscribe link, on SMS and email", () => {
    // Prepare
    const sms = aTemplate({
      purpose: "reconnect_first",
      body: "Hi {{clientFirstName}}, book: {{bookingLink}}",
    });
    const email = aTemplate({ ...sms, channel: "email", subject: "Hi" });
    const hiddenInSection = aTemplate({
      ...sms,
      body: "Hi {{#unsubscribeLink}}Stop: {{unsubscribeLink}}{{/unsubscribeLink}}",
    });

    // Act / Assess
    expect(codesOf(sms)).toEqual(["MISSING_UNSUBSCRIBE_LINK"]);
    expect(codesOf(email)).toEqual(["MISSING_UNSUBSCRIBE_LINK"]);
    expect(codesOf(hiddenInSection)).toEqual(["MISSING_UNSUBSCRIBE_LINK"]);
    expect(codesOf({ ...sms, body: `${sms.body} Stop: {{unsubscribeLink}}` })).toEqual([]);
  });

  it("does not ask transactional messages for an unsubscribe link", () => {
    // Prepare
    const template = aTemplate({ purpose: "tan_code", body: "{{code}} is your code." });

    // Act / Assess
    expect(codesOf(template)).toEqual([]);
  });

  it("refuses an SMS with more segments than the studio allows", () => {
    // Prepare
    const template = aTemplate({ body: `{{clientFirstName}} ${"x".repeat(300)}` });

    // Act
    const preview = previewTemplate(template, { clientFirstName: "Łucja" }, { maxSmsSegments: 4 });

    // Assess
    expect(preview.sms).toEqual({ encoding: "UCS-2", characters: 306, segments: 5 });
    expect(preview.problems).toEqual([
      { code: "TOO_MANY_SEGMENTS", message: expect.stringContaining("5 segments") },
    ]);
    // With a GSM-7 name the same text needs two segments.
    expect(codesOf(template, 1)).toEqual(["TOO_MANY_SEGMENTS"]);
    expect(codesOf(template, 2)).toEqual([]);
  });

  it("does not count segments for email", () => {
    // Prepare
    const template = aTemplate({ channel: "email", subject: "Hi", body: "x".repeat(2000) });

    // Act
    const preview = previewTemplate(template, {}, { maxSmsSegments: 1 });

    // Assess
    expect(preview.sms).toBeNull();
    expect(preview.problems).toEqual([]);
  });
});

describe("formatAppointmentTime", () => {
  it("writes the appointment in the studio's zone and language", () => {
    // Prepare
    const instant = "2026-10-14T13:30:00.000Z";

    // Act / Assess
    expect(formatAppointmentTime(instant, "Europe/Berlin", "de-DE")).toBe("Mittwoch, 14. Oktober um 15:30");
    expect(formatAppointmentTime(instant, "Europe/Amsterdam", "nl")).toBe("woensdag 14 oktober om 15:30");
    expect(formatAppointmentTime(instant, "America/New_York", "en-GB")).toBe("Wednesday 14 October at 9:30");
  });

  it("uses plain spaces, so that an English time keeps an SMS in GSM-7", () => {
    // Prepare / Act
    const formatted = formatAppointmentTime("2026-10-14T19:30:00.000Z", "America/New_York", "en-US");

    // Assess
    expect(formatted).toBe("Wednesday, October 14 at 3:30 PM");
  });

  it("refuses an unknown zone", () => {
    // Prepare / Act / Assess
    expect(() => formatAppointmentTime("2026-10-14T13:30:00.000Z", "Mars/Olympus", "de")).toThrow(
      RebookError,
    );
  });
});
