import { policyTextOf } from "../messaging/policy-text";
import type { TemplateValues } from "../messaging/templates";
import { signUnsubscribeToken } from "../messaging/unsubscribe-token";
import type { Studio } from "../model/studio";

/**
 * Values of realistic length for every placeholder, so a preview counts the characters and SMS segments a
 * real message would need. The unsubscribe link has the length of a real signed link (its secret does not
 * change the length).
 */
export const sampleValues = (studio: Pick<Studio, "id" | "name">, issuedAt: string): TemplateValues => ({
  clientFirstName: "Alexandra",
  studioName: studio.name,
  categoryName: "Colour",
  serviceName: "Cut and colour",
  bookingLink: "https://book.rebook.app/s/abcd1234",
  appointmentTime: "Tue 12 May, 10:30",
  reviewLink: "https://g.page/r/abcdefghijklmnop/review",
  projectTitle: "Koi back piece",
  unsubscribeLink: `https://rebook.app/u/${signUnsubscribeToken(
    {
      studioId: studio.id,
      clientId: "00000000-0000-4000-8000-000000000000",
      channel: "sms",
      purpose: "marketing",
      issuedAt,
    },
    "sample",
  )}`,
  code: "123456",
  minutes: "10",
  policyText: policyTextOf(null, "en", 24),
  promotionCode: "BIRTHDAY-10",
});
