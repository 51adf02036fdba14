import { loadActiveClient } from "../clients/load-client";
import { notFound, RebookError } from "../errors";
import type { Appointment } from "../model/appointment";
import { closedDatesOf } from "../model/studio";
import type { Dependencies } from "../ports/dependencies";
import { retryOnConcurrentUpdate } from "../retry-on-concurrent-update";
import { loadStudio } from "../studios/load-studio";
import { assertWithinHorizon } from "./appointment-horizon";
import { commitAppointmentChange } from "./commit-appointment-change";
import { assertWithinWorkingHours } from "./working-hours";

export interface AppointmentRequest {
  clientId: string;
  serviceId: string;
  staffId: string;
  startsAt: string;
  /** Minutes; the service's duration when left out. */
  durationMinutes: number | null;
  /** Minor units; the service's price when left out. */
  price: number | null;
  notes: string;
  projectId: string | null;
  /** Staff confirmed booking outside the staff member's working hours. */
  outsideWorkingHours: boolean;
}

const MINUTE = 60_000;

export type BookingDependencies = Pick<
  Dependencies,
  | "studios"
  | "clients"
  | "services"
  | "staff"
  | "projects"
  | "categories"
  | "appointments"
  | "clock"
  | "newId"
>;

/** Books an appointment for a client; the staff member's time must be free and, unless confirmed, in their hours. */
export const bookAppointment =
  (deps: BookingDependencies) =>
  async (studioId: string, request: AppointmentRequest): Promise<Appointment> => {
    const now = deps.clock();
    assertWithinHorizon(request.startsAt, now);
    // The catalog first (a warm Lambda has it cached); the client and project are read with the
    // change's own reads, so a booking on a warm Lambda costs one read and one write.
    const [studio, service, staffMember] = await Promise.all([
      loadStudio(deps.studios, studioId),
      deps.services.get(studioId, request.serviceId),
      deps.staff.get(studioId, request.staffId),
    ]);
    if (service === null) throw notFound("SERVICE.NOT_FOUND", request.serviceId);
    if (staffMember === null) throw notFound("STAFF.NOT_FOUND", request.staffId);
    const durationMinutes = request.durationMinutes ?? service.durationMinutes;
    const appointment: Appointment = {
      id: deps.newId(),
      studioId,
      clientId: request.clientId,
      staffId: staffMember.id,
      serviceId: service.id,
      serviceName: service.name,
      categoryId: service.categoryId,
      startsAt: request.startsAt,
      endsAt: new Date(Date.parse(request.startsAt) + durationMinutes * MINUTE).toISOString(),
      price: request.price ?? service.price,
      notes: request.notes,
      projectId: request.projectId,
      bufferBeforeMinutes: service.bufferBeforeMinutes,
      bufferAfterMinutes: service.bufferAfterMinutes,
      source: "staff",
      termsAcceptance: null,
      status: "booked",
      lateCancellation: false,
      noShowReason: null,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    assertWithinWorkingHours(
      staffMember,
      closedDatesOf(studio.settings),
      appointment,
      studio.timeZone,
      request.outsideWorkingHours,
    );
    const bookable = async () => {
      const client = await loadActiveClient(deps.clients, studioId, request.clientId);
      if (client.blacklisted)
        throw new RebookError("CLIENT.BLACKLISTED", `client ${client.id} is blacklisted`);
    };
    await retryOnConcurrentUpdate(() =>
      commitAppointmentChange(deps, studio, null, appointment, { check: bookable }),
    );
    return appointment;
  };
