import { notFound } from "../errors";
import type { Appointment } from "../model/appointment";
import type { AppointmentStore } from "../ports/appointment-store";

export const loadAppointment = async (
  store: AppointmentStore,
  studioId: string,
  appointmentId: string,
): Promise<Appointment> => {
  const appointment = await store.get(studioId, appointmentId);
  if (appointment === null) throw notFound("APPOINTMENT.NOT_FOUND", appointmentId);
  return appointment;
};
