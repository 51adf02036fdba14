import { studioToday } from "../clients/client-dates";
import { loadActiveClient } from "../clients/load-client";
import { notFound, validationError } from "../errors";
import { revised } from "../model/versioned";
import type { WaitlistEntry } from "../model/waitlist";
import type { Dependencies } from "../ports/dependencies";
import { retryOnConcurrentUpdate } from "../retry-on-concurrent-update";
import { loadStudio } from "../studios/load-studio";

export interface WaitlistRequest {
  clientId: string;
  serviceId: string;
  staffId: string | null;
  fromDate: string;
  toDate: string;
  timeOfDay: { from: string; to: string } | null;
}

/** The longest wait one entry covers: a longer one is a standing wish, better kept as a note. */
const MAX_RANGE_DAYS = 90;
const DAY = 86_400_000;

/**
 * A range of local dates an entry may wait for (not reversed, not over, at most `MAX_RANGE_DAYS`) and a time
 * of day that is not empty.
 */
export const checkWaitlistRange = (
  range: Pick<WaitlistRequest, "fromDate" | "toDate" | "timeOfDay">,
  timeZone: string,
  now: string,
): void => {
  if (range.toDate < range.fromDate) throw validationError("toDate", "is before fromDate");
  if (range.toDate < studioToday(now, timeZone)) throw validationError("toDate", "has passed");
  if (Date.parse(range.toDate) - Date.parse(range.fromDate) > MAX_RANGE_DAYS * DAY)
    throw validationError("toDate", `is more than ${MAX_RANGE_DAYS} days after fromDate`);
  if (range.timeOfDay !== null && range.timeOfDay.to <= range.timeOfDay.from)
    throw validationError("timeOfDay.to", "is not after timeOfDay.from");
};

type EntryDeps = Pick<
  Dependencies,
  "studios" | "clients" | "services" | "staff" | "waitlist" | "clock" | "newId"
>;

/** Staff put a client on the waitlist for a service (one staff member's, or anyone's) between two local dates. */
export const addToWaitlist =
  (deps: EntryDeps) =>
  async (studioId: string, request: WaitlistRequest): Promise<WaitlistEntry> => {
    const now = deps.clock();
    const [studio, client, service, staffMember] = await Promise.all([
      loadStudio(deps.studios, studioId),
      loadActiveClient(deps.clients, studioId, request.clientId),
      deps.services.get(studioId, request.serviceId),
      request.staffId === null ? null : deps.staff.get(studioId, request.staffId),
    ]);
    if (service === null) throw notFound("SERVICE.NOT_FOUND", request.serviceId);
    if (request.staffId !== null && staffMember === null) throw notFound("STAFF.NOT_FOUND", request.staffId);
    checkWaitlistRange(request, studio.timeZone, now);
    const entry: WaitlistEntry = {
      id: deps.newId(),
      studioId,
      clientId: client.id,
      serviceId: service.id,
      staffId: request.staffId,
      fromDate: request.fromDate,
      toDate: request.toDate,
      timeOfDay: request.timeOfDay,
      status: "waiting",
      appointmentId: null,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    await deps.waitlist.saveEntry(entry);
    return entry;
  };

/** The entries still waiting whose range has not ended, first in line first. */
export const listWaitlist =
  (deps: Pick<Dependencies, "studios" | "waitlist" | "clock">) =>
  async (studioId: string): Promise<WaitlistEntry[]> => {
    const studio = await loadStudio(deps.studios, studioId);
    const today = studioToday(deps.clock(), studio.timeZone);
    return (await deps.waitlist.waiting(studioId)).filter((entry) => entry.toDate >= today);
  };

/** Takes a client off the waitlist; offers already sent to them can no longer be accepted. */
export const removeFromWaitlist =
  (deps: Pick<Dependencies, "waitlist" | "clock">) =>
  (studioId: string, entryId: string): Promise<void> =>
    retryOnConcurrentUpdate(async () => {
      const entry = await deps.waitlist.entry(studioId, entryId);
      if (entry === null) throw notFound("WAITLIST.NOT_FOUND", entryId);
      if (entry.status !== "waiting") return;
      await deps.waitlist.saveEntry(revised(entry, { status: "removed" }, deps.clock()));
    });
