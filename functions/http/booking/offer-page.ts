import { formatAppointmentTime } from "../../../domain/messaging/appointment-time";
import type { Language } from "../../../domain/model/language";
import { templateLocaleOf } from "../../../domain/templates/template-locale";
import type { OfferAnswer, OfferOutcome } from "../../../domain/waitlist/accept-offer";
import { escapeHtml, htmlDocument } from "../../shared/http/html-document";

interface OfferTexts extends Record<OfferOutcome, string> {
  title: string;
  button: string;
}

const texts: Record<Language, OfferTexts> = {
  de: {
    title: "Freier Termin",
    open: "Frei geworden: {service} bei {studio} am {time}. Wer zuerst zusagt, bekommt ihn.",
    booked: "Gebucht: {service} bei {studio} am {time}. Die Bestätigung kommt gleich.",
    taken: "Dieser Termin ist leider nicht mehr frei. Sie bleiben auf der Warteliste.",
    button: "Termin buchen",
  },
  en: {
    title: "A free slot",
    open: "Opened up: {service} at {studio} on {time}. The first to accept gets it.",
    booked: "Booked: {service} at {studio} on {time}. The confirmation is on its way.",
    taken: "Sorry, this slot is no longer free. You stay on the waitlist.",
    button: "Book this slot",
  },
  nl: {
    title: "Vrije plek",
    open: "Vrijgekomen: {service} bij {studio} op {time}. Wie eerst ja zegt, krijgt hem.",
    booked: "Geboekt: {service} bij {studio} op {time}. De bevestiging komt zo.",
    taken: "Deze plek is helaas niet meer vrij. Je blijft op de wachtlijst.",
    button: "Plek boeken",
  },
  pl: {
    title: "Wolny termin",
    open: "Zwolnił się termin: {service} w {studio}, {time}. Otrzyma go osoba, która pierwsza potwierdzi.",
    booked: "Zarezerwowano: {service} w {studio}, {time}. Potwierdzenie zaraz dotrze.",
    taken: "Niestety ten termin nie jest już wolny. Pozostajesz na liście oczekujących.",
    button: "Rezerwuję",
  },
};

/**
 * The page of a waitlist offer: the slot and, while it is open, a button that posts back to the same URL.
 * GET only shows (link scanners follow links); only the button's POST books.
 */
export const offerPage = ({ studio, offer, outcome }: OfferAnswer): string => {
  const language = templateLocaleOf(studio);
  const text = texts[language];
  const sentence = escapeHtml(
    text[outcome]
      .replace("{service}", offer.serviceName)
      .replace("{studio}", studio.name)
      .replace("{time}", formatAppointmentTime(offer.startsAt, studio.timeZone, studio.locale)),
  );
  const button =
    outcome === "open"
      ? `<form method="post"><button type="submit">${escapeHtml(text.button)}</button></form>`
      : "";
  return htmlDocument(language, text.title, `<p data-outcome="${outcome}">${sentence}</p>${button}`);
};
