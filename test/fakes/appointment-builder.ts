import type { Appointment } from "../../domain/model/appointment";

let sequence = 0;

const ONE_HOUR_MS = 60 * 60 * 1000;

/** An attended one-hour appointment; `endsAt` follows an overridden `startsAt` unless given too. */
export const anAppointment = (overrides: Partial<Appointment> = {}): Appointment => {
  sequence += 1;
  const startsAt = overrides.startsAt ?? "2026-01-15T09:00:00.000Z";
  return {
    id: `appointment-${sequence}`,
    studioId: "studio-1",
    clientId: "client-1",
    staffId: "staff-1",
    serviceId: "service-cut",
    serviceName: "Cut",
    categoryId: "category-hair",
    startsAt,
    endsAt: new Date(Date.parse(startsAt) + ONE_HOUR_MS).toISOString(),
    price: 4500,
    notes: "",
    projectId: null,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    source: "staff",
    termsAcceptance: null,
    status: "attended",
    lateCancellation: false,
    noShowReason: null,
    createdAt: "2026-01-01T08:00:00.000Z",
    updatedAt: "2026-01-01T08:00:00.000Z",
    version: 1,
    ...overrides,
  };
};
