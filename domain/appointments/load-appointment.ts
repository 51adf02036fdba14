import { notFound } from "../errors";
import type { AppointmentStore, StoredAppointment } from "../ports/appointment-store";

export const loadAppointment = async (
  store: AppointmentStore,
  studioId: string,
  appointmentId: string,
): Promise<StoredAppointment> => {
  const stored = await store.get(studioId, appointmentId);
  if (stored === null) throw notFound("APPOINTMENT.NOT_FOUND", appointmentId);
  return stored;
};
