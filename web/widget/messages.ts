import type { BookingApiError } from "./booking-client";

/** Every sentence the widget shows, in the four languages Rebook's studios use. */
const en = {
  loading: "Loading the booking…",
  heading: (studio: string) => `Book at ${studio}`,
  back: "Back",
  chooseService: "Choose a service",
  minutes: (count: number) => `${count} min`,
  chooseStaff: "Who would you like?",
  anyone: "Anyone who is free",
  chooseTime: "Choose a day and time",
  earlier: "Earlier days",
  later: "Later days",
  noTimes:
    "There are no free times on these days. Join the waitlist and we will text you when a time frees up, or try other days.",
  dayFull: "full",
  timesOn: (day: string) => `Free times on ${day}`,
  heldFor: (time: string) => `We keep this time for you for ${time}.`,
  heldEnding: "Your time is about to run out. Take more time if you need it.",
  moreTime: "More time",
  joinWaitlist: "Join the waitlist",
  noneSuits: "None of these times suits you?",
  waitlistIntro:
    "Between which days would a time suit you? When one frees up, we text you, and you can book it.",
  firstDay: "First day",
  lastDay: "Last day",
  rangeHint: "At most 90 days after the first day.",
  timeOfDay: "Time of day (optional)",
  timeOfDayHint: "Leave both empty for any time of day.",
  startsFrom: "Starting at or after",
  startsBefore: "Starting before",
  startingBetween: (from: string, to: string) => `For times starting from ${from} and before ${to}.`,
  next: "Continue",
  waitlistFor: (what: string, from: string, to: string) => `Waitlist: ${what}, ${from} – ${to}`,
  phoneHeading: "Your mobile number",
  phoneLabel: "Mobile number",
  phoneHint: "We send you a code by SMS to confirm your number.",
  sendCode: "Send code",
  codeHeading: "Enter your code",
  codeSentTo: (phone: string) => `We sent a six-digit code to ${phone}.`,
  codeLabel: "Six-digit code",
  confirm: "Confirm",
  resend: "Send a new code",
  resendIn: (seconds: number) => `Send a new code (in ${seconds} s)`,
  otherNumber: "Use another number",
  detailsHeading: "Your details",
  firstName: "First name",
  lastName: "Last name",
  email: "Email (optional)",
  termsHeading: "Terms",
  acceptTerms: "I have read the terms and accept them.",
  marketingBySms: (studio: string) => `Yes, I would like news and offers from ${studio} by SMS.`,
  marketingBySmsAndEmail: (studio: string) =>
    `Yes, I would like news and offers from ${studio} by SMS and email.`,
  book: "Book",
  depositHeading: "Pay the deposit to book",
  depositHeldUntil: (time: string) =>
    `We hold this time for you until ${time}. It is booked as soon as the deposit is paid.`,
  depositAsked: "We hold this time for you. It is booked as soon as the deposit is paid.",
  depositAmount: (amount: string) => `Deposit: ${amount}`,
  depositPolicyHeading: "Deposit policy",
  payDeposit: "Pay deposit",
  depositReturn: "After paying you come back to the page of your booking.",
  doneHeading: "You are booked",
  doneNote: "We are sending you a confirmation.",
  manage: "See or cancel your booking",
  waitlistedHeading: "You are on the waitlist",
  waitlisted: (service: string, from: string, to: string) =>
    `You're on the waitlist for ${service} from ${from} to ${to}; we'll text you when a slot frees up.`,
  unavailable: "Online booking is not available for this studio at the moment.",
  callStudio: "Please call the studio to book.",
  slotTaken: "Someone was quicker: this time is no longer free. Please choose another.",
  holdLapsed: "The time we kept for you has run out. Please choose a time again.",
  termsChanged: "The terms have just changed. Please read them and accept them again.",
  wrongCode: (triesLeft: number) =>
    `That code is not right. ${triesLeft} ${triesLeft === 1 ? "try" : "tries"} left.`,
  noTriesLeft: "That code is not right, and no tries are left. Please ask for a new code.",
  codeEnded: "This code can no longer be used. Please ask for a new one.",
  cooldown: (seconds: number) => `Please wait ${seconds} seconds before asking for a new code.`,
  verifyFirst: "Please confirm your number with the code first.",
  busy: "There are too many requests right now. Please try again in a moment.",
  offline: "We cannot reach the booking service. Please check your connection and try again.",
  failed: "Something went wrong. Please try again.",
  checkFields: "Please check the marked fields.",
  fields: {
    phone: "Please enter a mobile number that can receive SMS.",
    code: "Please enter the six digits from the SMS.",
    firstName: "Please enter your first name.",
    lastName: "Please enter your last name.",
    email: "Please enter a valid email address, or leave the field empty.",
    termsAccepted: "Please accept the terms to book.",
    fromDate: "Please choose today or a later day as the first day.",
    toDate: "Please choose the first day or a later one as the last day, at most 90 days after it.",
    "timeOfDay.from": "Please choose a time, or leave the field empty.",
    "timeOfDay.to": "Please choose a time after the first one, or leave the field empty.",
  },
};

export type Messages = typeof en;
export type FormField = keyof Messages["fields"];

const de: Messages = {
  loading: "Die Buchung wird geladen…",
  heading: (studio) => `Termin buchen bei ${studio}`,
  back: "Zurück",
  chooseService: "Leistung wählen",
  minutes: (count) => `${count} Min.`,
  chooseStaff: "Bei wem möchten Sie den Termin?",
  anyone: "Egal, wer frei ist",
  chooseTime: "Tag und Uhrzeit wählen",
  earlier: "Frühere Tage",
  later: "Spätere Tage",
  noTimes:
    "An diesen Tagen ist leider nichts mehr frei. Setzen Sie sich auf die Warteliste, dann schicken wir Ihnen eine SMS, sobald etwas frei wird, oder schauen Sie an anderen Tagen.",
  dayFull: "ausgebucht",
  timesOn: (day) => `Freie Zeiten am ${day}`,
  heldFor: (time) => `Wir halten diese Zeit noch ${time} für Sie frei.`,
  heldEnding: "Die Zeit läuft gleich ab. Wenn Sie länger brauchen, verlängern Sie sie.",
  moreTime: "Mehr Zeit",
  joinWaitlist: "Auf die Warteliste",
  noneSuits: "Keine dieser Zeiten passt Ihnen?",
  waitlistIntro:
    "Zwischen welchen Tagen würde Ihnen ein Termin passen? Wird einer frei, schicken wir Ihnen eine SMS, und Sie können ihn buchen.",
  firstDay: "Erster Tag",
  lastDay: "Letzter Tag",
  rangeHint: "Höchstens 90 Tage nach dem ersten Tag.",
  timeOfDay: "Tageszeit (freiwillig)",
  timeOfDayHint: "Lassen Sie beide Felder leer, wenn Ihnen jede Tageszeit passt.",
  startsFrom: "Beginn ab",
  startsBefore: "Beginn vor",
  startingBetween: (from, to) => `Für Termine mit Beginn ab ${from} und vor ${to} Uhr.`,
  next: "Weiter",
  waitlistFor: (what, from, to) => `Warteliste: ${what}, ${from} – ${to}`,
  phoneHeading: "Ihre Handynummer",
  phoneLabel: "Handynummer",
  phoneHint: "Wir schicken Ihnen einen Code per SMS, um Ihre Nummer zu bestätigen.",
  sendCode: "Code senden",
  codeHeading: "Code eingeben",
  codeSentTo: (phone) => `Wir haben einen sechsstelligen Code an ${phone} geschickt.`,
  codeLabel: "Sechsstelliger Code",
  confirm: "Bestätigen",
  resend: "Neuen Code senden",
  resendIn: (seconds) => `Neuen Code senden (in ${seconds} s)`,
  otherNumber: "Andere Nummer verwenden",
  detailsHeading: "Ihre Angaben",
  firstName: "Vorname",
  lastName: "Nachname",
  email: "E-Mail (freiwillig)",
  termsHeading: "Bedingungen",
  acceptTerms: "Ich habe die Bedingungen gelesen und akzeptiere sie.",
  marketingBySms: (studio) => `Ja, ich möchte Neuigkeiten und Angebote von ${studio} per SMS erhalten.`,
  marketingBySmsAndEmail: (studio) =>
    `Ja, ich möchte Neuigkeiten und Angebote von ${studio} per SMS und E-Mail erhalten.`,
  book: "Verbindlich buchen",
  depositHeading: "Anzahlung leisten, um zu buchen",
  depositHeldUntil: (time) =>
    `Wir halten diese Zeit bis ${time} für Sie frei. Gebucht ist sie, sobald die Anzahlung eingegangen ist.`,
  depositAsked: "Wir halten diese Zeit für Sie frei. Gebucht ist sie, sobald die Anzahlung eingegangen ist.",
  depositAmount: (amount) => `Anzahlung: ${amount}`,
  depositPolicyHeading: "Regeln zur Anzahlung",
  payDeposit: "Anzahlung bezahlen",
  depositReturn: "Nach der Zahlung kommen Sie zurück auf die Seite Ihres Termins.",
  doneHeading: "Ihr Termin ist gebucht",
  doneNote: "Sie erhalten eine Bestätigung.",
  manage: "Termin ansehen oder absagen",
  waitlistedHeading: "Sie stehen auf der Warteliste",
  waitlisted: (service, from, to) =>
    `Sie stehen auf der Warteliste für ${service} vom ${from} bis ${to}. Wir schicken Ihnen eine SMS, sobald ein Termin frei wird.`,
  unavailable: "Online-Buchung ist bei diesem Studio gerade nicht möglich.",
  callStudio: "Bitte rufen Sie im Studio an, um einen Termin zu buchen.",
  slotTaken: "Diese Zeit wurde gerade vergeben. Bitte wählen Sie eine andere.",
  holdLapsed: "Die für Sie freigehaltene Zeit ist abgelaufen. Bitte wählen Sie erneut eine Zeit.",
  termsChanged: "Die Bedingungen wurden gerade geändert. Bitte lesen und akzeptieren Sie sie erneut.",
  wrongCode: (triesLeft) =>
    `Der Code stimmt nicht. Noch ${triesLeft} ${triesLeft === 1 ? "Versuch" : "Versuche"}.`,
  noTriesLeft:
    "Der Code stimmt nicht, und es sind keine Versuche mehr übrig. Bitte fordern Sie einen neuen Code an.",
  codeEnded: "Dieser Code gilt nicht mehr. Bitte fordern Sie einen neuen an.",
  cooldown: (seconds) => `Bitte warten Sie ${seconds} Sekunden, bevor Sie einen neuen Code anfordern.`,
  verifyFirst: "Bitte bestätigen Sie zuerst Ihre Nummer mit dem Code.",
  busy: "Gerade sind zu viele Anfragen unterwegs. Bitte versuchen Sie es gleich noch einmal.",
  offline:
    "Die Buchung ist gerade nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
  failed: "Da ist etwas schiefgegangen. Bitte versuchen Sie es noch einmal.",
  checkFields: "Bitte prüfen Sie die markierten Felder.",
  fields: {
    phone: "Bitte geben Sie eine Handynummer ein, die SMS empfangen kann.",
    code: "Bitte geben Sie die sechs Ziffern aus der SMS ein.",
    firstName: "Bitte geben Sie Ihren Vornamen ein.",
    lastName: "Bitte geben Sie Ihren Nachnamen ein.",
    email: "Bitte geben Sie eine gültige E-Mail-Adresse ein oder lassen Sie das Feld leer.",
    termsAccepted: "Bitte akzeptieren Sie die Bedingungen, um zu buchen.",
    fromDate: "Bitte wählen Sie als ersten Tag heute oder einen späteren Tag.",
    toDate: "Bitte wählen Sie als letzten Tag den ersten Tag oder einen späteren, höchstens 90 Tage danach.",
    "timeOfDay.from": "Bitte wählen Sie eine Uhrzeit, oder lassen Sie das Feld leer.",
    "timeOfDay.to": "Bitte wählen Sie eine Uhrzeit nach der ersten, oder lassen Sie das Feld leer.",
  },
};

const nl: Messages = {
  loading: "Het boeken wordt geladen…",
  heading: (studio) => `Afspraak maken bij ${studio}`,
  back: "Terug",
  chooseService: "Kies een behandeling",
  minutes: (count) => `${count} min`,
  chooseStaff: "Bij wie wilt u de afspraak?",
  anyone: "Maakt niet uit, wie er vrij is",
  chooseTime: "Kies een dag en tijd",
  earlier: "Eerdere dagen",
  later: "Latere dagen",
  noTimes:
    "Op deze dagen is er helaas niets meer vrij. Zet u op de wachtlijst, dan sturen we u een sms zodra er iets vrijkomt, of kijk op andere dagen.",
  dayFull: "vol",
  timesOn: (day) => `Vrije tijden op ${day}`,
  heldFor: (time) => `We houden deze tijd nog ${time} voor u vrij.`,
  heldEnding: "Uw tijd loopt bijna af. Hebt u meer tijd nodig, verleng hem dan.",
  moreTime: "Meer tijd",
  joinWaitlist: "Op de wachtlijst",
  noneSuits: "Past geen van deze tijden?",
  waitlistIntro:
    "Tussen welke dagen zou een afspraak u passen? Komt er een tijd vrij, dan sturen we u een sms en kunt u die boeken.",
  firstDay: "Eerste dag",
  lastDay: "Laatste dag",
  rangeHint: "Hoogstens 90 dagen na de eerste dag.",
  timeOfDay: "Tijd van de dag (niet verplicht)",
  timeOfDayHint: "Laat beide velden leeg als elke tijd van de dag u past.",
  startsFrom: "Begint om of na",
  startsBefore: "Begint vóór",
  startingBetween: (from, to) => `Voor tijden die beginnen vanaf ${from} en vóór ${to}.`,
  next: "Verder",
  waitlistFor: (what, from, to) => `Wachtlijst: ${what}, ${from} – ${to}`,
  phoneHeading: "Uw mobiele nummer",
  phoneLabel: "Mobiel nummer",
  phoneHint: "We sturen u een code per sms om uw nummer te bevestigen.",
  sendCode: "Code sturen",
  codeHeading: "Voer uw code in",
  codeSentTo: (phone) => `We hebben een zescijferige code gestuurd naar ${phone}.`,
  codeLabel: "Zescijferige code",
  confirm: "Bevestigen",
  resend: "Nieuwe code sturen",
  resendIn: (seconds) => `Nieuwe code sturen (over ${seconds} s)`,
  otherNumber: "Ander nummer gebruiken",
  detailsHeading: "Uw gegevens",
  firstName: "Voornaam",
  lastName: "Achternaam",
  email: "E-mail (niet verplicht)",
  termsHeading: "Voorwaarden",
  acceptTerms: "Ik heb de voorwaarden gelezen en ga ermee akkoord.",
  marketingBySms: (studio) => `Ja, ik ontvang graag nieuws en aanbiedingen van ${studio} per sms.`,
  marketingBySmsAndEmail: (studio) =>
    `Ja, ik ontvang graag nieuws en aanbiedingen van ${studio} per sms en e-mail.`,
  book: "Afspraak boeken",
  depositHeading: "Betaal de aanbetaling om te boeken",
  depositHeldUntil: (time) =>
    `We houden deze tijd tot ${time} voor u vrij. De afspraak staat vast zodra de aanbetaling binnen is.`,
  depositAsked: "We houden deze tijd voor u vrij. De afspraak staat vast zodra de aanbetaling binnen is.",
  depositAmount: (amount) => `Aanbetaling: ${amount}`,
  depositPolicyHeading: "Regels voor de aanbetaling",
  payDeposit: "Aanbetaling betalen",
  depositReturn: "Na het betalen komt u terug op de pagina van uw afspraak.",
  doneHeading: "Uw afspraak staat vast",
  doneNote: "U ontvangt een bevestiging.",
  manage: "Afspraak bekijken of annuleren",
  waitlistedHeading: "U staat op de wachtlijst",
  waitlisted: (service, from, to) =>
    `U staat op de wachtlijst voor ${service} van ${from} tot en met ${to}. We sturen u een sms zodra er een tijd vrijkomt.`,
  unavailable: "Online boeken is bij deze studio op dit moment niet mogelijk.",
  callStudio: "Bel de studio om een afspraak te maken.",
  slotTaken: "Deze tijd is net door iemand anders geboekt. Kies een andere tijd.",
  holdLapsed: "De tijd die we voor u vasthielden is verlopen. Kies opnieuw een tijd.",
  termsChanged: "De voorwaarden zijn zojuist gewijzigd. Lees ze en ga er opnieuw mee akkoord.",
  wrongCode: (triesLeft) =>
    `De code klopt niet. Nog ${triesLeft} ${triesLeft === 1 ? "poging" : "pogingen"}.`,
  noTriesLeft: "De code klopt niet en er zijn geen pogingen meer over. Vraag een nieuwe code aan.",
  codeEnded: "Deze code is niet meer geldig. Vraag een nieuwe aan.",
  cooldown: (seconds) => `Wacht ${seconds} seconden voordat u een nieuwe code aanvraagt.`,
  verifyFirst: "Bevestig eerst uw nummer met de code.",
  busy: "Er zijn nu te veel aanvragen. Probeer het zo nog eens.",
  offline: "We kunnen het boekingssysteem niet bereiken. Controleer uw verbinding en probeer het opnieuw.",
  failed: "Er ging iets mis. Probeer het nog eens.",
  checkFields: "Controleer de gemarkeerde velden.",
  fields: {
    phone: "Voer een mobiel nummer in dat sms-berichten kan ontvangen.",
    code: "Voer de zes cijfers uit de sms in.",
    firstName: "Voer uw voornaam in.",
    lastName: "Voer uw achternaam in.",
    email: "Voer een geldig e-mailadres in, of laat het veld leeg.",
    termsAccepted: "Ga akkoord met de voorwaarden om te boeken.",
    fromDate: "Kies als eerste dag vandaag of een latere dag.",
    toDate: "Kies als laatste dag de eerste dag of een latere, hoogstens 90 dagen erna.",
    "timeOfDay.from": "Kies een tijd, of laat het veld leeg.",
    "timeOfDay.to": "Kies een tijd na de eerste, of laat het veld leeg.",
  },
};

const polishTries = new Intl.PluralRules("pl");
const pl: Messages = {
  loading: "Ładowanie rezerwacji…",
  heading: (studio) => `Zarezerwuj wizytę: ${studio}`,
  back: "Wstecz",
  chooseService: "Wybierz usługę",
  minutes: (count) => `${count} min`,
  chooseStaff: "U kogo chcesz mieć wizytę?",
  anyone: "Obojętnie, kto jest wolny",
  chooseTime: "Wybierz dzień i godzinę",
  earlier: "Wcześniejsze dni",
  later: "Późniejsze dni",
  noTimes:
    "W tych dniach nie ma już wolnych terminów. Zapisz się na listę oczekujących, a wyślemy Ci SMS, gdy zwolni się termin, albo sprawdź inne dni.",
  dayFull: "brak miejsc",
  timesOn: (day) => `Wolne godziny: ${day}`,
  heldFor: (time) => `Trzymamy dla Ciebie ten termin jeszcze przez ${time}.`,
  heldEnding: "Czas zaraz minie. Jeśli potrzebujesz więcej czasu, przedłuż go.",
  moreTime: "Więcej czasu",
  joinWaitlist: "Zapisz się na listę oczekujących",
  noneSuits: "Żaden z tych terminów Ci nie pasuje?",
  waitlistIntro:
    "Między którymi dniami pasowałby Ci termin? Gdy jakiś się zwolni, wyślemy Ci SMS z możliwością rezerwacji.",
  firstDay: "Pierwszy dzień",
  lastDay: "Ostatni dzień",
  rangeHint: "Najwyżej 90 dni po pierwszym dniu.",
  timeOfDay: "Pora dnia (opcjonalnie)",
  timeOfDayHint: "Zostaw oba pola puste, jeśli pasuje Ci każda pora dnia.",
  startsFrom: "Początek od",
  startsBefore: "Początek przed",
  startingBetween: (from, to) => `Dla terminów zaczynających się od ${from} i przed ${to}.`,
  next: "Dalej",
  waitlistFor: (what, from, to) => `Lista oczekujących: ${what}, ${from} – ${to}`,
  phoneHeading: "Twój numer komórkowy",
  phoneLabel: "Numer komórkowy",
  phoneHint: "Wyślemy Ci kod SMS-em, aby potwierdzić numer.",
  sendCode: "Wyślij kod",
  codeHeading: "Wpisz kod",
  codeSentTo: (phone) => `Wysłaliśmy sześciocyfrowy kod na numer ${phone}.`,
  codeLabel: "Sześciocyfrowy kod",
  confirm: "Potwierdź",
  resend: "Wyślij nowy kod",
  resendIn: (seconds) => `Wyślij nowy kod (za ${seconds} s)`,
  otherNumber: "Użyj innego numeru",
  detailsHeading: "Twoje dane",
  firstName: "Imię",
  lastName: "Nazwisko",
  email: "E-mail (opcjonalnie)",
  termsHeading: "Regulamin",
  acceptTerms: "Akceptuję regulamin.",
  marketingBySms: (studio) => `Tak, chcę otrzymywać nowości i oferty od ${studio} SMS-em.`,
  marketingBySmsAndEmail: (studio) => `Tak, chcę otrzymywać nowości i oferty od ${studio} SMS-em i e-mailem.`,
  book: "Zarezerwuj",
  depositHeading: "Wpłać zaliczkę, aby zarezerwować",
  depositHeldUntil: (time) =>
    `Trzymamy dla Ciebie ten termin do ${time}. Rezerwacja będzie potwierdzona, gdy zaliczka zostanie opłacona.`,
  depositAsked:
    "Trzymamy dla Ciebie ten termin. Rezerwacja będzie potwierdzona, gdy zaliczka zostanie opłacona.",
  depositAmount: (amount) => `Zaliczka: ${amount}`,
  depositPolicyHeading: "Zasady zaliczki",
  payDeposit: "Zapłać zaliczkę",
  depositReturn: "Po zapłacie wrócisz na stronę swojej wizyty.",
  doneHeading: "Wizyta zarezerwowana",
  doneNote: "Wyślemy Ci potwierdzenie.",
  manage: "Zobacz lub odwołaj wizytę",
  waitlistedHeading: "Jesteś na liście oczekujących",
  waitlisted: (service, from, to) =>
    `Jesteś na liście oczekujących na: ${service}, od ${from} do ${to}. Wyślemy Ci SMS, gdy zwolni się termin.`,
  unavailable: "Rezerwacja online w tym studiu jest teraz niedostępna.",
  callStudio: "Aby zarezerwować wizytę, zadzwoń do studia.",
  slotTaken: "Ten termin został właśnie zajęty. Wybierz inny.",
  holdLapsed: "Czas, przez który trzymaliśmy termin, minął. Wybierz termin ponownie.",
  termsChanged: "Regulamin właśnie się zmienił. Przeczytaj go i zaakceptuj ponownie.",
  wrongCode: (triesLeft) => {
    const form = polishTries.select(triesLeft);
    const left =
      form === "one"
        ? "Została 1 próba"
        : form === "few"
          ? `Zostały ${triesLeft} próby`
          : `Zostało ${triesLeft} prób`;
    return `Kod jest nieprawidłowy. ${left}.`;
  },
  noTriesLeft: "Kod jest nieprawidłowy i nie zostały już żadne próby. Poproś o nowy kod.",
  codeEnded: "Ten kod jest już nieważny. Poproś o nowy.",
  cooldown: (seconds) => `Poczekaj ${seconds} s, zanim poprosisz o nowy kod.`,
  verifyFirst: "Najpierw potwierdź numer kodem.",
  busy: "Jest teraz zbyt wiele zapytań. Spróbuj ponownie za chwilę.",
  offline: "Nie możemy połączyć się z systemem rezerwacji. Sprawdź połączenie i spróbuj ponownie.",
  failed: "Coś poszło nie tak. Spróbuj ponownie.",
  checkFields: "Sprawdź zaznaczone pola.",
  fields: {
    phone: "Wpisz numer komórkowy, który odbiera SMS-y.",
    code: "Wpisz sześć cyfr z SMS-a.",
    firstName: "Wpisz imię.",
    lastName: "Wpisz nazwisko.",
    email: "Wpisz prawidłowy adres e-mail albo zostaw pole puste.",
    termsAccepted: "Aby zarezerwować, zaakceptuj regulamin.",
    fromDate: "Wybierz jako pierwszy dzień dzisiejszy lub późniejszy.",
    toDate: "Wybierz jako ostatni dzień pierwszy dzień lub późniejszy, najwyżej 90 dni po nim.",
    "timeOfDay.from": "Wybierz godzinę albo zostaw pole puste.",
    "timeOfDay.to": "Wybierz godzinę późniejszą niż pierwsza albo zostaw pole puste.",
  },
};

const catalogs = { de, en, nl, pl };
export type Language = keyof typeof catalogs;

/**
 * The studio's language when the widget speaks it, else the first of the browser's that it does, else English;
 * with the full tag it came from, for dates and prices in that region's way.
 */
export const languageFor = (
  studioLocale: string | null,
  browserLocales: readonly string[],
): { language: Language; locale: string; messages: Messages } => {
  for (const locale of [studioLocale ?? "", ...browserLocales]) {
    const language = locale.slice(0, 2).toLowerCase();
    if (language in catalogs) {
      return { language: language as Language, locale, messages: catalogs[language as Language] };
    }
  }
  return { language: "en", locale: "en", messages: en };
};

/** The sentence a refusal shows: never its code. Fields the form marks itself are worded by `fields`. */
export const sentenceFor = (error: BookingApiError, messages: Messages): string => {
  switch (error.code) {
    case "BOOKING.NOT_AVAILABLE":
    case "ROUTE.NOT_FOUND":
      return messages.unavailable;
    case "BOOKING.CALL_STUDIO":
      return messages.callStudio;
    case "APPOINTMENT.SLOT_TAKEN":
      return messages.slotTaken;
    case "BOOKING.HOLD_LAPSED":
      return messages.holdLapsed;
    case "BOOKING.TERMS_CHANGED":
      return messages.termsChanged;
    case "VERIFICATION.WRONG_CODE": {
      const triesLeft = Number(error.details.triesLeft ?? 0);
      return triesLeft > 0 ? messages.wrongCode(triesLeft) : messages.noTriesLeft;
    }
    case "VERIFICATION.ENDED":
      return messages.codeEnded;
    case "VERIFICATION.COOLDOWN":
      return messages.cooldown(Number(error.details.retryAfterSeconds ?? 30));
    case "VERIFICATION.REQUIRED":
      return messages.verifyFirst;
    case "RATE.LIMITED":
    case "CONCURRENT_UPDATE":
      return messages.busy;
    case "VALIDATION.FAILED":
      return error.fields.some((field) => field in messages.fields) ? messages.checkFields : messages.failed;
    case "OFFLINE":
      return messages.offline;
    default:
      return messages.failed;
  }
};
