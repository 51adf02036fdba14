import { formatAppointmentTime } from "../../../domain/messaging/appointment-time";
import type { Language } from "../../../domain/model/language";
import type { ManagedAppointment } from "../../../domain/online-booking/manage-booking";
import { templateLocaleOf } from "../../../domain/templates/template-locale";
import { escapeHtml, htmlDocument } from "../../shared/http/html-document";

interface ManageTexts {
  title: string;
  booked: string;
  cancelled: string;
  past: string;
  late: string;
  confirmed: string;
  confirm: string;
  button: string;
}

const texts: Record<Language, ManageTexts> = {
  de: {
    title: "Ihr Termin",
    booked: "{service} bei {studio} am {time}.",
    cancelled: "Ihr Termin ({service}) am {time} ist abgesagt.",
    past: "Dieser Termin kann online nicht mehr abgesagt werden. Bitte rufen Sie {studio} an.",
    late: "Eine Absage jetzt gilt nach den Regeln des Studios als kurzfristig.",
    confirmed: "Sie haben den Termin bestätigt. Bis bald!",
    confirm: "Ich komme",
    button: "Termin absagen",
  },
  en: {
    title: "Your appointment",
    booked: "{service} at {studio} on {time}.",
    cancelled: "Your appointment ({service}) on {time} is cancelled.",
    past: "This appointment can no longer be cancelled online. Please call {studio}.",
    late: "Cancelling now counts as a late cancellation under the studio's policy.",
    confirmed: "You confirmed the appointment. See you soon!",
    confirm: "I'll be there",
    button: "Cancel appointment",
  },
  nl: {
    title: "Je afspraak",
    booked: "{service} bij {studio} op {time}.",
    cancelled: "Je afspraak ({service}) op {time} is afgezegd.",
    past: "Deze afspraak kan niet meer online worden afgezegd. Bel {studio} alsjeblieft.",
    late: "Nu afzeggen geldt volgens de regels van de studio als te laat.",
    confirmed: "Je hebt de afspraak bevestigd. Tot dan!",
    confirm: "Ik kom",
    button: "Afspraak afzeggen",
  },
  pl: {
    title: "Twoja wizyta",
    booked: "{service} w {studio}, {time}.",
    cancelled: "Twoja wizyta ({service}) {time} została odwołana.",
    past: "Tej wizyty nie można już odwołać online. Zadzwoń do {studio}.",
    late: "Odwołanie teraz jest według zasad studia odwołaniem w ostatniej chwili.",
    confirmed: "Wizyta potwierdzona. Do zobaczenia!",
    confirm: "Potwierdzam wizytę",
    button: "Odwołaj wizytę",
  },
};

/**
 * The client's page of one booking: what and when, and while it is ahead a button to confirm it (until
 * confirmed) and one to cancel it, both posting back to the same URL. GET only shows (link scanners follow
 * links); only a button's POST acts.
 */
export const managePage = ({
  studio,
  appointment,
  cancellable,
  lateIfCancelledNow,
}: ManagedAppointment): string => {
  const language = templateLocaleOf(studio);
  const text = texts[language];
  const fill = (sentence: string) =>
    escapeHtml(
      sentence
        .replace("{service}", appointment.serviceName)
        .replace("{studio}", studio.name)
        .replace("{time}", formatAppointmentTime(appointment.startsAt, studio.timeZone, studio.locale)),
    );
  const body =
    appointment.status === "cancelled"
      ? `<p>${fill(text.cancelled)}</p>`
      : cancellable
        ? `<p>${fill(text.booked)}</p>` +
          (appointment.confirmedAt === undefined
            ? `<form method="post" action="?action=confirm"><button type="submit">${escapeHtml(text.confirm)}</button></form>`
            : `<p>${fill(text.confirmed)}</p>`) +
          (lateIfCancelledNow ? `<p>${fill(text.late)}</p>` : "") +
          `<form method="post" action="?action=cancel"><button type="submit">${escapeHtml(text.button)}</button></form>`
        : `<p>${fill(text.booked)}</p><p>${fill(text.past)}</p>`;
  return htmlDocument(language, text.title, body);
};
