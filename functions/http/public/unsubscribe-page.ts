import type { Unsubscribed } from "../../../domain/consent/unsubscribe";
import { escapeHtml, htmlDocument } from "../../shared/http/html-document";

type Language = "de" | "en" | "nl" | "pl";

/** What a page is about: whose messages, on which channel, of which kind. */
type PageSubject = Pick<Unsubscribed, "studio" | "channel" | "purpose">;

/** A page's heading and sentence, with {channel} and {studio} filled in. */
interface PageSentences {
  title: string;
  marketing: string;
  transactional: string;
}

interface PageText {
  channel: Record<Unsubscribed["channel"], string>;
  confirm: PageSentences & { button: string };
  done: PageSentences;
}

/** The value the confirmation page's form posts as `from`, telling its POST from a mail client's one-click. */
export const FROM_PAGE = "page";

const texts: Record<Language, PageText> = {
  de: {
    channel: { email: "E-Mail", sms: "SMS" },
    confirm: {
      title: "Abmelden",
      marketing: "Möchten Sie keine Werbung per {channel} mehr von {studio} erhalten?",
      transactional: "Möchten Sie keine Service-Nachrichten per {channel} mehr von {studio} erhalten?",
      button: "Abmelden",
    },
    done: {
      title: "Abgemeldet",
      marketing: "Sie erhalten keine Werbung per {channel} mehr von {studio}.",
      transactional: "Sie erhalten keine Service-Nachrichten per {channel} mehr von {studio}.",
    },
  },
  en: {
    channel: { email: "email", sms: "SMS" },
    confirm: {
      title: "Unsubscribe",
      marketing: "Stop receiving {channel} marketing from {studio}?",
      transactional: "Stop receiving {channel} service messages from {studio}?",
      button: "Unsubscribe",
    },
    done: {
      title: "Unsubscribed",
      marketing: "You will no longer receive {channel} marketing from {studio}.",
      transactional: "You will no longer receive {channel} service messages from {studio}.",
    },
  },
  nl: {
    channel: { email: "e-mail", sms: "sms" },
    confirm: {
      title: "Afmelden",
      marketing: "Wilt u geen marketing per {channel} meer ontvangen van {studio}?",
      transactional: "Wilt u geen serviceberichten per {channel} meer ontvangen van {studio}?",
      button: "Afmelden",
    },
    done: {
      title: "Afgemeld",
      marketing: "U ontvangt geen marketing per {channel} meer van {studio}.",
      transactional: "U ontvangt geen serviceberichten per {channel} meer van {studio}.",
    },
  },
  pl: {
    channel: { email: "e-mail", sms: "SMS" },
    confirm: {
      title: "Wypisz się",
      marketing: "Czy chcesz przestać otrzymywać wiadomości marketingowe ({channel}) od {studio}?",
      transactional: "Czy chcesz przestać otrzymywać wiadomości serwisowe ({channel}) od {studio}?",
      button: "Wypisz mnie",
    },
    done: {
      title: "Wypisano",
      marketing: "Nie będziesz już otrzymywać wiadomości marketingowych ({channel}) od {studio}.",
      transactional: "Nie będziesz już otrzymywać wiadomości serwisowych ({channel}) od {studio}.",
    },
  },
};

const languageOf = (locale: string): Language => {
  const prefix = locale.split("-")[0]!.toLowerCase();
  return prefix in texts ? (prefix as Language) : "en";
};

/**
 * A page in the studio's language (English when it has none of ours). The confirmation page's form has no
 * action, so it posts back to the very URL of the page, token included.
 */
const page = (subject: PageSubject, kind: "confirm" | "done"): string => {
  const language = languageOf(subject.studio.locale);
  const text = texts[language];
  const { title } = text[kind];
  const sentence = text[kind][subject.purpose]
    .replace("{channel}", escapeHtml(text.channel[subject.channel]))
    .replace("{studio}", escapeHtml(subject.studio.name));
  const form =
    kind === "confirm"
      ? `<form method="post"><input type="hidden" name="from" value="${FROM_PAGE}"><button type="submit">${text.confirm.button}</button></form>`
      : "";
  return htmlDocument(language, title, `<p>${sentence}</p>${form}`);
};

/** What the link in a message shows: the question, and a button that unsubscribes. */
export const unsubscribeConfirmationPage = (subject: PageSubject): string => page(subject, "confirm");

/** The answer to the confirmation page's form: the consent is withdrawn. */
export const unsubscribedPage = (subject: PageSubject): string => page(subject, "done");
