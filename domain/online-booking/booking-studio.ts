import { RebookError } from "../errors";
import type { OnlineBookingSettings } from "../model/online-booking";
import type { Studio } from "../model/studio";
import type { Dependencies } from "../ports/dependencies";

export interface BookingStudio {
  studio: Studio;
  settings: OnlineBookingSettings;
}

/** The one answer for an unknown handle and a studio without online booking: nothing tells them apart. */
export const notAvailable = (): RebookError =>
  new RebookError("BOOKING.NOT_AVAILABLE", "there is no online booking under this name");

/** The studio answering to a public handle, with online booking switched on. */
export const bookingStudio = async (
  deps: Pick<Dependencies, "studios" | "onlineBooking">,
  handle: string,
): Promise<BookingStudio> => {
  const studio = await deps.studios.findByHandle(handle.toLowerCase());
  if (studio === null) throw notAvailable();
  const settings = await deps.onlineBooking.settings(studio.id);
  if (!settings.enabled) throw notAvailable();
  return { studio, settings };
};

/**
 * The neutral refusal: a blocked person, a phone over its limits, a studio out of codes and a studio that
 * takes no new clients online all read the same, so none can be told from another.
 */
export const callStudio = (cause?: unknown): RebookError =>
  new RebookError(
    "BOOKING.CALL_STUDIO",
    "Online booking is not possible for this request. Please call the studio to book.",
    { cause },
  );
