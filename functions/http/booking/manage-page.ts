import { formatAppointmentTime } from "../../../domain/messaging/appointment-time";
import { formatMoney } from "../../../domain/messaging/money";
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
  depositDue: string;
  depositAsked: string;
  pay: string;
  depositPaid: string;
  released: string;
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
    depositDue: "Der Termin ist für Sie reserviert, bis die Anzahlung von {amount} eingeht (bis {payBy}).",
    depositAsked: "{studio} bittet um eine Anzahlung von {amount}; sie wird auf den Preis angerechnet.",
    pay: "Anzahlung bezahlen",
    depositPaid: "Ihre Anzahlung von {amount} ist eingegangen.",
    released: "Die Anzahlung für {service} am {time} kam nicht rechtzeitig an; der Termin ist wieder frei.",
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
    depositDue: "The slot is held for you until the deposit of {amount} is paid (by {payBy}).",
    depositAsked: "{studio} asks for a deposit of {amount}; it counts toward the price.",
    pay: "Pay the deposit",
    depositPaid: "Your deposit of {amount} has been paid.",
    released: "The deposit for {service} on {time} did not arrive in time; the slot has been released.",
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
    depositDue:
      "De plek is voor je gereserveerd tot de aanbetaling van {amount} binnen is (uiterlijk {payBy}).",
    depositAsked: "{studio} vraagt een aanbetaling van {amount}; die wordt met de prijs verrekend.",
    pay: "Aanbetaling betalen",
    depositPaid: "Je aanbetaling van {amount} is ontvangen.",
    released:
      "De aanbetaling voor {service} op {time} kwam niet op tijd binnen; de plek is weer vrijgegeven.",
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
    depositDue: "Termin jest zarezerwowany, dopóki nie wpłyniesz zaliczki {amount} (do {payBy}).",
    depositAsked: "{studio} prosi o zaliczkę {amount}; zostanie zaliczona na poczet ceny.",
    pay: "Zapłać zaliczkę",
    depositPaid: "Twoja zaliczka {amount} została opłacona.",
    released: "Zaliczka za {service}, {time}, nie dotarła na czas; termin został zwolniony.",
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
  const { deposit } = appointment;
  const fill = (sentence: string) =>
    escapeHtml(
      sentence
        .replace("{service}", appointment.serviceName)
        .replace("{studio}", studio.name)
        .replace("{time}", formatAppointmentTime(appointment.startsAt, studio.timeZone, studio.locale))
        .replace(
          "{amount}",
          deposit === undefined ? "" : formatMoney(deposit.amount, deposit.currency, studio.locale),
        )
        .replace(
          "{payBy}",
          deposit?.payBy == null ? "" : formatAppointmentTime(deposit.payBy, studio.timeZone, studio.locale),
        ),
    );
  const depositLine =
    deposit?.status === "requested"
      ? `<p>${fill(deposit.payBy === null ? text.depositAsked : text.depositDue)}</p><p><a href="${escapeHtml(deposit.paymentUrl)}">${escapeHtml(text.pay)}</a></p>`
      : deposit?.status === "paid"
        ? `<p>${fill(text.depositPaid)}</p>`
        : "";
  const body =
    appointment.status === "cancelled"
      ? `<p>${fill(deposit?.status === "expired" ? text.released : text.cancelled)}</p>`
      : cancellable
        ? `<p>${fill(text.booked)}</p>` +
          depositLine +
          (appointment.status === "pending_deposit"
            ? ""
            : appointment.confirmedAt === undefined
              ? `<form method="post" action="?action=confirm"><button type="submit">${escapeHtml(text.confirm)}</button></form>`
              : `<p>${fill(text.confirmed)}</p>`) +
          (lateIfCancelledNow ? `<p>${fill(text.late)}</p>` : "") +
          `<form method="post" action="?action=cancel"><button type="submit">${escapeHtml(text.button)}</button></form>`
        : `<p>${fill(text.booked)}</p><p>${fill(text.past)}</p>`;
  return htmlDocument(language, text.title, body);
};
