import type { ApiHarness } from "./api-harness";
import { aStudio } from "./api-harness";

/** Tuesday 24 November 2026, 10:00 Berlin (UTC+1): a slot the studios below offer online. */
export const TUESDAY_TEN = "2026-11-24T09:00:00.000Z";

const DAY = [{ from: "09:00", to: "17:00" }];
export const WORKING_WEEK = { mon: DAY, tue: DAY, wed: DAY, thu: DAY, fri: DAY, sat: DAY };
export const TERMS = "Cancel up to 24 hours before your appointment. A missed appointment may be charged.";
export const WEBSITE = "https://studio.example";

/**
 * A studio taking online bookings, set up through the admin API: a 60-minute cut with a 15-minute buffer
 * after it, bookable online, performed by two staff members working Monday to Saturday 09:00–17:00 Berlin.
 */
export const openForOnlineBooking = async (api: Pick<ApiHarness, "as" | "addStudio">, studioId: string) => {
  await api.addStudio(aStudio(studioId));
  const owner = api.as(studioId);
  const category = (await owner.post("/categories", { name: "Hair", defaultIntervalDays: 42 })).body;
  const service = (
    await owner.post("/services", {
      categoryId: category.id,
      name: "Cut",
      durationMinutes: 60,
      price: 4500,
      bufferAfterMinutes: 15,
      bookableOnline: true,
    })
  ).body;
  const lena = (await owner.post("/staff", { name: "Lena", workingHours: WORKING_WEEK })).body;
  const tomasz = (await owner.post("/staff", { name: "Tomasz", workingHours: WORKING_WEEK })).body;
  const settings = await owner.patch("/online-booking", {
    enabled: true,
    termsText: TERMS,
    allowedOrigins: [WEBSITE],
  });
  if (settings.status !== 200)
    throw new Error(`online booking not enabled: ${JSON.stringify(settings.body)}`);
  return {
    id: studioId,
    handle: studioId.toLowerCase(),
    serviceId: service.id as string,
    staffIds: [lena.id, tomasz.id] as string[],
  };
};

/** The code the last SMS for a hold carried, read from the outbox (the harness sends nothing itself). */
export const codeSentFor = async (
  api: Pick<ApiHarness, "deps">,
  studioId: string,
  holdId: string,
): Promise<string> => {
  const messages = await api.deps.outbox.listForClient(studioId, `code-${holdId}`);
  const latest = messages.sort((a, b) => b.requestId.localeCompare(a.requestId))[0];
  const code = /#(\d{6})$/.exec(latest?.body ?? "")?.[1];
  if (code === undefined) throw new Error(`no code was sent for hold ${holdId}`);
  return code;
};

/**
 * Holds, verifies and books a slot of a studio made by `openForOnlineBooking` as the widget would, returning
 * every answer along the way; `extra` adds to (or overrides) the booking's body.
 */
export const bookOnline = async (
  api: Pick<ApiHarness, "deps" | "publicRequest">,
  studio: { id: string; handle: string; serviceId: string },
  phone: string,
  startsAt = TUESDAY_TEN,
  extra: Record<string, unknown> = {},
  from?: { ip?: string; origin?: string },
) => {
  const book = (path: string, body: unknown) =>
    api.publicRequest("POST", `/book/${studio.handle}${path}`, body, from);
  const hold = await book("/holds", { serviceId: studio.serviceId, startsAt });
  const holdId = hold.body.holdId as string;
  const code = await book(`/holds/${holdId}/code`, { phone });
  const check =
    code.status === 202
      ? await book(`/holds/${holdId}/code/check`, { code: await codeSentFor(api, studio.id, holdId) })
      : code;
  const booking = await book("/bookings", {
    requestKey: `key-${holdId}`,
    holdId,
    firstName: "Noor",
    lastName: "Bakker",
    termsVersion: 1,
    termsAccepted: true,
    ...extra,
  });
  return { hold, holdId, code, check, booking };
};
