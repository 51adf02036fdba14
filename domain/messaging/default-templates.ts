import type { Channel } from "./consent";
import {
  MESSAGE_PURPOSE,
  type MessageTemplate,
  type TemplateLocale,
  type TemplatePurpose,
} from "./templates";

interface PurposeTexts {
  /** Kept to GSM-7 characters where the language allows (no typographic quotes or dashes). */
  sms: string;
  subject: string;
  /** Email paragraphs; the sign-off and, for marketing, the unsubscribe line are appended. */
  email: readonly string[];
}

interface LocaleTexts {
  signOff: string;
  emailUnsubscribe: string;
  smsUnsubscribe: string;
  purposes: Record<TemplatePurpose, PurposeTexts>;
}

const DEFAULTS: Record<TemplateLocale, LocaleTexts> = {
  de: {
    signOff: "Viele Grüße\n{{studioName}}",
    emailUnsubscribe: "Sie möchten diese E-Mails nicht mehr erhalten? Hier abmelden: {{unsubscribeLink}}",
    smsUnsubscribe: "Abmelden: {{unsubscribeLink}}",
    purposes: {
      reconnect_first: {
        sms: "Hallo {{clientFirstName}}, Ihr letzter Termin für {{categoryName}} bei {{studioName}} ist schon eine Weile her. Hier können Sie neu buchen: {{bookingLink}}",
        subject: "Zeit für Ihren nächsten Termin bei {{studioName}}?",
        email: [
          "Hallo {{clientFirstName}},",
          "Ihr letzter Termin für {{categoryName}} bei uns ist schon eine Weile her. Wir würden uns freuen, Sie wiederzusehen!",
          "Ihren nächsten Termin können Sie hier buchen: {{bookingLink}}",
        ],
      },
      reconnect_follow_up: {
        sms: "Hallo {{clientFirstName}}, für {{categoryName}} haben wir bei {{studioName}} noch Termine frei. Hier buchen: {{bookingLink}}",
        subject: "Wir würden uns freuen, Sie wiederzusehen",
        email: [
          "Hallo {{clientFirstName}},",
          "eine kurze Erinnerung: Für {{categoryName}} haben wir noch Termine frei. Wählen Sie einfach eine passende Zeit: {{bookingLink}}",
        ],
      },
      broadcast: {
        sms: "Hallo {{clientFirstName}}, es gibt Neuigkeiten bei {{studioName}}! Termin buchen: {{bookingLink}}",
        subject: "Neuigkeiten von {{studioName}}",
        email: [
          "Hallo {{clientFirstName}},",
          "es gibt Neuigkeiten bei {{studioName}}, die wir gern mit Ihnen teilen möchten.",
          "Ihren nächsten Termin können Sie hier buchen: {{bookingLink}}",
        ],
      },
      birthday: {
        sms: "Alles Gute zum Geburtstag, {{clientFirstName}}! Herzliche Gruesse von {{studioName}}.{{#promotionCode}} Ihr Geschenk: Code {{promotionCode}} beim naechsten Termin.{{/promotionCode}}",
        subject: "Alles Gute zum Geburtstag, {{clientFirstName}}!",
        email: [
          "Hallo {{clientFirstName}},",
          "das ganze Team von {{studioName}} wünscht Ihnen alles Gute zum Geburtstag!",
          "{{#promotionCode}}Als kleines Geschenk gilt bei Ihrem nächsten Termin der Code {{promotionCode}}: {{bookingLink}}{{/promotionCode}}{{^promotionCode}}Wir freuen uns auf Ihren nächsten Besuch: {{bookingLink}}{{/promotionCode}}",
        ],
      },
      aftercare_review: {
        sms: "Hallo {{clientFirstName}}, ist nach Ihrem Termin ({{serviceName}}) bei {{studioName}} alles in Ordnung? Über eine Bewertung freuen wir uns: {{reviewLink}}",
        subject: "Ist nach Ihrem Besuch alles in Ordnung?",
        email: [
          "Hallo {{clientFirstName}},",
          "wir hoffen, Sie sind mit Ihrem Termin ({{serviceName}}) zufrieden. Ist alles in Ordnung? Bei Fragen melden Sie sich gern bei uns.",
          "Wenn Ihnen Ihr Besuch gefallen hat, freuen wir uns über eine kurze Bewertung: {{reviewLink}}",
        ],
      },
      project_follow_up: {
        sms: "Hallo {{clientFirstName}}, wie geht es mit Ihrem Projekt ({{projectTitle}}) bei {{studioName}} weiter? Termin buchen: {{bookingLink}}",
        subject: "Ihr Projekt bei {{studioName}}: {{projectTitle}}",
        email: [
          "Hallo {{clientFirstName}},",
          "wir haben noch keinen Termin für Ihr Projekt ({{projectTitle}}). Möchten Sie es angehen? Antworten Sie uns einfach oder buchen Sie hier: {{bookingLink}}",
        ],
      },
      project_aftercare: {
        sms: "Hallo {{clientFirstName}}, ist nach Ihrem Projekt ({{projectTitle}}) bei {{studioName}} alles gut verheilt? Bei Fragen melden Sie sich gern.",
        subject: "Ist alles in Ordnung mit {{projectTitle}}?",
        email: [
          "Hallo {{clientFirstName}},",
          "Ihr Projekt ({{projectTitle}}) ist fertig. Ist alles gut verheilt? Wenn Sie Fragen zur Pflege haben oder etwas nicht stimmt, melden Sie sich bitte bei uns.",
        ],
      },
      project_paused_reminder: {
        sms: "Hallo {{clientFirstName}}, Ihr Projekt ({{projectTitle}}) bei {{studioName}} ruht noch, Ihre Anzahlung bleibt gutgeschrieben. Weitermachen: {{bookingLink}}",
        subject: "Ihr Projekt {{projectTitle}} wartet auf Sie",
        email: [
          "Hallo {{clientFirstName}},",
          "Ihr Projekt ({{projectTitle}}) ruht gerade. Ihre Anzahlung bleibt Ihnen gutgeschrieben. Wenn Sie weitermachen möchten, buchen Sie hier Ihren nächsten Termin: {{bookingLink}}",
        ],
      },
      no_show_policy: {
        sms: "Hallo {{clientFirstName}}, wir haben Sie am {{appointmentTime}} bei {{studioName}} vermisst. Bitte sagen Sie Termine rechtzeitig ab: {{bookingLink}}",
        subject: "Wir haben Sie bei Ihrem Termin vermisst",
        email: [
          "Hallo {{clientFirstName}},",
          "zu Ihrem Termin ({{serviceName}}) am {{appointmentTime}} sind Sie leider nicht gekommen. Wir hoffen, es ist alles in Ordnung.",
          "Wenn Sie einen Termin nicht wahrnehmen können, sagen Sie ihn bitte rechtzeitig ab oder verschieben Sie ihn, damit wir ihn anderweitig vergeben können: {{bookingLink}}",
        ],
      },
      no_show_warning: {
        sms: "Hallo {{clientFirstName}}, Sie haben erneut einen Termin bei {{studioName}} verpasst ({{appointmentTime}}). Beim nächsten Mal kann die Online-Buchung für Sie gesperrt werden.",
        subject: "Erneut ein verpasster Termin",
        email: [
          "Hallo {{clientFirstName}},",
          "Sie haben Ihren Termin ({{serviceName}}) am {{appointmentTime}} verpasst, und das nicht zum ersten Mal.",
          "Bitte sagen Sie rechtzeitig ab, wenn Sie nicht kommen können: {{bookingLink}}. Wird ein weiterer Termin verpasst, kann die Online-Buchung für Sie gesperrt werden.",
        ],
      },
      no_show_ban: {
        sms: "Hallo {{clientFirstName}}, nach mehreren verpassten Terminen ist die Online-Buchung bei {{studioName}} für Sie vorerst gesperrt. Für Termine melden Sie sich bitte direkt im Studio.",
        subject: "Online-Buchung bei {{studioName}}",
        email: [
          "Hallo {{clientFirstName}},",
          "nach mehreren verpassten Terminen ist die Online-Buchung für Sie vorerst gesperrt.",
          "Termine können Sie weiterhin bei uns vereinbaren: Bitte melden Sie sich dafür direkt im Studio.",
        ],
      },
      reminder: {
        sms: "Hallo {{clientFirstName}}, wir erinnern an Ihren Termin bei {{studioName}} am {{appointmentTime}} ({{serviceName}}). Ändern oder absagen: {{bookingLink}}",
        subject: "Erinnerung: Ihr Termin am {{appointmentTime}}",
        email: [
          "Hallo {{clientFirstName}},",
          "wir erinnern Sie an Ihren Termin ({{serviceName}}) bei {{studioName}} am {{appointmentTime}}.",
          "Falls Sie nicht kommen können, sagen Sie bitte rechtzeitig ab oder verschieben Sie den Termin: {{bookingLink}}",
        ],
      },
      confirmation: {
        sms: "Hallo {{clientFirstName}}, Ihr Termin bei {{studioName}} am {{appointmentTime}} ({{serviceName}}) ist bestätigt. {{policyText}} Ändern oder absagen: {{bookingLink}}",
        subject: "Ihr Termin am {{appointmentTime}} ist bestätigt",
        email: [
          "Hallo {{clientFirstName}},",
          "Ihr Termin ({{serviceName}}) bei {{studioName}} am {{appointmentTime}} ist bestätigt. Wir freuen uns auf Sie!",
          "{{policyText}}",
          "Termin ändern oder absagen: {{bookingLink}}",
        ],
      },
      tan_code: {
        sms: "{{code}} ist Ihr Code für die Buchung bei {{studioName}}. Er ist {{minutes}} Minuten gültig.",
        subject: "Ihr Buchungscode: {{code}}",
        email: [
          "Ihr Code für die Buchung bei {{studioName}} lautet {{code}}. Er ist {{minutes}} Minuten gültig.",
          "Wenn Sie diesen Code nicht angefordert haben, können Sie diese E-Mail ignorieren.",
        ],
      },
      rescheduled: {
        sms: "Hallo {{clientFirstName}}, Ihr Termin bei {{studioName}} ist jetzt am {{appointmentTime}} ({{serviceName}}). Ändern oder absagen: {{bookingLink}}",
        subject: "Ihr Termin ist verschoben: {{appointmentTime}}",
        email: [
          "Hallo {{clientFirstName}},",
          "Ihr Termin ({{serviceName}}) bei {{studioName}} ist jetzt am {{appointmentTime}}.",
          "{{policyText}}",
          "Ändern oder absagen: {{bookingLink}}",
        ],
      },
      cancellation: {
        sms: "Hallo {{clientFirstName}}, Ihr Termin bei {{studioName}} am {{appointmentTime}} ({{serviceName}}) ist abgesagt.",
        subject: "Ihr Termin am {{appointmentTime}} ist abgesagt",
        email: [
          "Hallo {{clientFirstName}},",
          "Ihr Termin ({{serviceName}}) bei {{studioName}} am {{appointmentTime}} ist abgesagt.",
          "Einen neuen Termin können Sie jederzeit wieder buchen.",
        ],
      },
      ban_lifted: {
        sms: "Hallo {{clientFirstName}}, Sie können bei {{studioName}} wieder online buchen.",
        subject: "Sie können wieder online buchen",
        email: [
          "Hallo {{clientFirstName}},",
          "Sie können bei {{studioName}} wieder online Termine buchen. Wir freuen uns auf Sie!",
        ],
      },
      late_check: {
        sms: "Hallo {{clientFirstName}}, Ihr Termin bei {{studioName}} hat um {{appointmentTime}} begonnen. Sind Sie unterwegs? Bitte geben Sie uns kurz Bescheid.",
        subject: "Sind Sie unterwegs?",
        email: [
          "Hallo {{clientFirstName}},",
          "Ihr Termin ({{serviceName}}) bei {{studioName}} hat am {{appointmentTime}} begonnen. Sind Sie unterwegs? Bitte geben Sie uns kurz Bescheid.",
        ],
      },
      waitlist_offer: {
        sms: "Hallo {{clientFirstName}}, bei {{studioName}} ist ein Termin frei geworden: {{serviceName}} am {{appointmentTime}}. Wer zuerst zusagt, bekommt ihn (noch {{minutes}} Min.): {{bookingLink}}",
        subject: "Ein Termin ist frei geworden: {{appointmentTime}}",
        email: [
          "Hallo {{clientFirstName}},",
          "Sie stehen bei {{studioName}} auf der Warteliste, und ein Termin ist frei geworden: {{serviceName}} am {{appointmentTime}}.",
          "Wer zuerst zusagt, bekommt ihn. Das Angebot gilt {{minutes}} Minuten: {{bookingLink}}",
        ],
      },
      deposit_request: {
        sms: "Hallo {{clientFirstName}}, für Ihren Termin bei {{studioName}} am {{appointmentTime}} ({{serviceName}}) bitten wir um eine Anzahlung von {{depositAmount}}: {{bookingLink}}",
        subject: "Anzahlung für Ihren Termin am {{appointmentTime}}",
        email: [
          "Hallo {{clientFirstName}},",
          "für Ihren Termin ({{serviceName}}) bei {{studioName}} am {{appointmentTime}} bitten wir um eine Anzahlung von {{depositAmount}}. Sie wird auf den Preis angerechnet.",
          "Hier bezahlen: {{bookingLink}}",
        ],
      },
      deposit_expired: {
        sms: "Hallo {{clientFirstName}}, die Anzahlung für Ihren Termin bei {{studioName}} am {{appointmentTime}} kam nicht rechtzeitig an, der Termin ist wieder frei. Neu buchen: {{bookingLink}}",
        subject: "Ihr Termin am {{appointmentTime}} ist wieder frei",
        email: [
          "Hallo {{clientFirstName}},",
          "die Anzahlung für Ihren Termin ({{serviceName}}) bei {{studioName}} am {{appointmentTime}} ist nicht rechtzeitig eingegangen. Der Termin ist deshalb wieder frei.",
          "Sie können jederzeit neu buchen: {{bookingLink}}",
        ],
      },
      deposit_refunded: {
        sms: "Hallo {{clientFirstName}}, Ihre Anzahlung von {{depositAmount}} für {{serviceName}} bei {{studioName}} wird zurückerstattet.",
        subject: "Ihre Anzahlung wird zurückerstattet",
        email: [
          "Hallo {{clientFirstName}},",
          "Ihre Anzahlung von {{depositAmount}} für Ihren Termin ({{serviceName}}) bei {{studioName}} am {{appointmentTime}} wird zurückerstattet. Je nach Bank dauert das einige Tage.",
        ],
      },
    },
  },
  en: {
    signOff: "Best wishes,\n{{studioName}}",
    emailUnsubscribe: "Don't want to receive these emails any more? Unsubscribe: {{unsubscribeLink}}",
    smsUnsubscribe: "Opt out: {{unsubscribeLink}}",
    purposes: {
      reconnect_first: {
        sms: "Hi {{clientFirstName}}, it's been a while since your last {{categoryName}} appointment at {{studioName}}. Book your next one here: {{bookingLink}}",
        subject: "Time for your next appointment at {{studioName}}?",
        email: [
          "Hi {{clientFirstName}},",
          "It's been a while since your last {{categoryName}} appointment with us. We'd love to see you again!",
          "Book your next appointment here: {{bookingLink}}",
        ],
      },
      reconnect_follow_up: {
        sms: "Hi {{clientFirstName}}, we still have {{categoryName}} appointments free at {{studioName}}. Book here: {{bookingLink}}",
        subject: "We'd love to see you again, {{clientFirstName}}",
        email: [
          "Hi {{clientFirstName}},",
          "Just a quick reminder: we still have {{categoryName}} appointments free. Pick a time that suits you: {{bookingLink}}",
        ],
      },
      broadcast: {
        sms: "Hi {{clientFirstName}}, there's news at {{studioName}}! Book your next appointment: {{bookingLink}}",
        subject: "News from {{studioName}}",
        email: [
          "Hi {{clientFirstName}},",
          "There's news at {{studioName}} and we wanted you to be among the first to hear it.",
          "Book your next appointment here: {{bookingLink}}",
        ],
      },
      birthday: {
        sms: "Happy birthday, {{clientFirstName}}! Warm wishes from {{studioName}}.{{#promotionCode}} Your gift: code {{promotionCode}} at your next appointment.{{/promotionCode}}",
        subject: "Happy birthday, {{clientFirstName}}!",
        email: [
          "Hi {{clientFirstName}},",
          "Everyone at {{studioName}} wishes you a very happy birthday!",
          "{{#promotionCode}}As a small gift, the code {{promotionCode}} is yours at your next appointment: {{bookingLink}}{{/promotionCode}}{{^promotionCode}}We look forward to your next visit: {{bookingLink}}{{/promotionCode}}",
        ],
      },
      aftercare_review: {
        sms: "Hi {{clientFirstName}}, is everything OK after your {{serviceName}} at {{studioName}}? If you're happy, we'd love a review: {{reviewLink}}",
        subject: "Is everything OK after your visit?",
        email: [
          "Hi {{clientFirstName}},",
          "We hope you're happy with your {{serviceName}}. Is everything OK? If you have any questions, just get in touch.",
          "If you enjoyed your visit, we'd be grateful for a short review: {{reviewLink}}",
        ],
      },
      project_follow_up: {
        sms: "Hi {{clientFirstName}}, how would you like to go on with your project ({{projectTitle}}) at {{studioName}}? Book here: {{bookingLink}}",
        subject: "Your project at {{studioName}}: {{projectTitle}}",
        email: [
          "Hi {{clientFirstName}},",
          "your project ({{projectTitle}}) has no appointment yet. Would you like to go ahead? Just reply, or book here: {{bookingLink}}",
        ],
      },
      project_aftercare: {
        sms: "Hi {{clientFirstName}}, has your {{projectTitle}} from {{studioName}} healed well? If anything worries you, just get in touch.",
        subject: "Is everything OK with your {{projectTitle}}?",
        email: [
          "Hi {{clientFirstName}},",
          "your project ({{projectTitle}}) is finished. Has it healed well? If you have questions about aftercare or anything feels wrong, please get in touch.",
        ],
      },
      project_paused_reminder: {
        sms: "Hi {{clientFirstName}}, your project ({{projectTitle}}) at {{studioName}} is on hold and your deposit is still credited. Continue: {{bookingLink}}",
        subject: "Your project {{projectTitle}} is waiting for you",
        email: [
          "Hi {{clientFirstName}},",
          "your project ({{projectTitle}}) is on hold, and your deposit is still credited to you. Whenever you are ready to continue, book your next session here: {{bookingLink}}",
        ],
      },
      no_show_policy: {
        sms: "Hi {{clientFirstName}}, we missed you at your appointment at {{studioName}} on {{appointmentTime}}. If you can't make it, please cancel in good time: {{bookingLink}}",
        subject: "We missed you at your appointment",
        email: [
          "Hi {{clientFirstName}},",
          "We missed you at your appointment ({{serviceName}}) on {{appointmentTime}}. We hope everything is alright.",
          "If you can't make an appointment, please cancel or reschedule in good time so that we can offer the slot to someone else: {{bookingLink}}",
        ],
      },
      no_show_warning: {
        sms: "Hi {{clientFirstName}}, you missed another appointment at {{studioName}} ({{appointmentTime}}). If it happens again, online booking may be blocked for you.",
        subject: "Another missed appointment",
        email: [
          "Hi {{clientFirstName}},",
          "You missed your appointment ({{serviceName}}) on {{appointmentTime}}, and it wasn't the first time.",
          "Please cancel in good time if you can't come: {{bookingLink}}. If another appointment is missed, online booking may be blocked for you.",
        ],
      },
      no_show_ban: {
        sms: "Hi {{clientFirstName}}, after several missed appointments, online booking at {{studioName}} is not available to you for now. To book, please contact the studio.",
        subject: "Online booking at {{studioName}}",
        email: [
          "Hi {{clientFirstName}},",
          "After several missed appointments, online booking is not available to you for now.",
          "You are still welcome to book with us: please contact the studio directly.",
        ],
      },
      reminder: {
        sms: "Hi {{clientFirstName}}, a reminder of your appointment at {{studioName}} on {{appointmentTime}} ({{serviceName}}). Need to change it? {{bookingLink}}",
        subject: "Reminder: your appointment on {{appointmentTime}}",
        email: [
          "Hi {{clientFirstName}},",
          "This is a reminder of your appointment ({{serviceName}}) at {{studioName}} on {{appointmentTime}}.",
          "If you can't make it, please cancel or reschedule in good time: {{bookingLink}}",
        ],
      },
      confirmation: {
        sms: "Hi {{clientFirstName}}, your appointment at {{studioName}} on {{appointmentTime}} ({{serviceName}}) is confirmed. {{policyText}} Change or cancel: {{bookingLink}}",
        subject: "Your appointment on {{appointmentTime}} is confirmed",
        email: [
          "Hi {{clientFirstName}},",
          "Your appointment ({{serviceName}}) at {{studioName}} on {{appointmentTime}} is confirmed. We look forward to seeing you!",
          "{{policyText}}",
          "To change or cancel it: {{bookingLink}}",
        ],
      },
      tan_code: {
        sms: "{{code}} is your code for booking at {{studioName}}. It is valid for {{minutes}} minutes.",
        subject: "Your booking code: {{code}}",
        email: [
          "Your code for booking at {{studioName}} is {{code}}. It is valid for {{minutes}} minutes.",
          "If you did not request this code, you can ignore this email.",
        ],
      },
      rescheduled: {
        sms: "Hi {{clientFirstName}}, your appointment at {{studioName}} is now on {{appointmentTime}} ({{serviceName}}). Change or cancel: {{bookingLink}}",
        subject: "Your appointment has moved: {{appointmentTime}}",
        email: [
          "Hi {{clientFirstName}},",
          "Your appointment ({{serviceName}}) at {{studioName}} is now on {{appointmentTime}}.",
          "{{policyText}}",
          "To change or cancel it: {{bookingLink}}",
        ],
      },
      cancellation: {
        sms: "Hi {{clientFirstName}}, your appointment at {{studioName}} on {{appointmentTime}} ({{serviceName}}) is cancelled.",
        subject: "Your appointment on {{appointmentTime}} is cancelled",
        email: [
          "Hi {{clientFirstName}},",
          "Your appointment ({{serviceName}}) at {{studioName}} on {{appointmentTime}} is cancelled.",
          "You are welcome to book a new one at any time.",
        ],
      },
      ban_lifted: {
        sms: "Hi {{clientFirstName}}, you can book online at {{studioName}} again.",
        subject: "You can book online again",
        email: [
          "Hi {{clientFirstName}},",
          "You can book appointments online at {{studioName}} again. We look forward to seeing you!",
        ],
      },
      late_check: {
        sms: "Hi {{clientFirstName}}, your appointment at {{studioName}} started at {{appointmentTime}}. Are you on your way? Please let us know.",
        subject: "Are you on your way?",
        email: [
          "Hi {{clientFirstName}},",
          "Your appointment ({{serviceName}}) at {{studioName}} started on {{appointmentTime}}. Are you on your way? Please let us know.",
        ],
      },
      waitlist_offer: {
        sms: "Hi {{clientFirstName}}, a slot opened up at {{studioName}}: {{serviceName}} on {{appointmentTime}}. First to accept gets it (open {{minutes}} min): {{bookingLink}}",
        subject: "A slot opened up: {{appointmentTime}}",
        email: [
          "Hi {{clientFirstName}},",
          "You're on the waitlist at {{studioName}}, and a slot has opened up: {{serviceName}} on {{appointmentTime}}.",
          "The first to accept gets it. The offer is open for {{minutes}} minutes: {{bookingLink}}",
        ],
      },
      deposit_request: {
        sms: "Hi {{clientFirstName}}, please pay a deposit of {{depositAmount}} for your appointment at {{studioName}} on {{appointmentTime}} ({{serviceName}}): {{bookingLink}}",
        subject: "A deposit for your appointment on {{appointmentTime}}",
        email: [
          "Hi {{clientFirstName}},",
          "For your appointment ({{serviceName}}) at {{studioName}} on {{appointmentTime}} we ask for a deposit of {{depositAmount}}. It counts toward the price.",
          "Pay here: {{bookingLink}}",
        ],
      },
      deposit_expired: {
        sms: "Hi {{clientFirstName}}, the deposit for your appointment at {{studioName}} on {{appointmentTime}} did not arrive in time, so the slot is free again. Book again: {{bookingLink}}",
        subject: "Your appointment on {{appointmentTime}} was released",
        email: [
          "Hi {{clientFirstName}},",
          "The deposit for your appointment ({{serviceName}}) at {{studioName}} on {{appointmentTime}} did not arrive in time, so the slot has been released.",
          "You are welcome to book again at any time: {{bookingLink}}",
        ],
      },
      deposit_refunded: {
        sms: "Hi {{clientFirstName}}, your deposit of {{depositAmount}} for {{serviceName}} at {{studioName}} is being refunded.",
        subject: "Your deposit is being refunded",
        email: [
          "Hi {{clientFirstName}},",
          "Your deposit of {{depositAmount}} for your appointment ({{serviceName}}) at {{studioName}} on {{appointmentTime}} is being refunded. Depending on your bank this takes a few days.",
        ],
      },
    },
  },
  nl: {
    signOff: "Met vriendelijke groet,\n{{studioName}}",
    emailUnsubscribe: "Wil je deze e-mails niet meer ontvangen? Afmelden: {{unsubscribeLink}}",
    smsUnsubscribe: "Afmelden: {{unsubscribeLink}}",
    purposes: {
      reconnect_first: {
        sms: "Hoi {{clientFirstName}}, je laatste afspraak voor {{categoryName}} bij {{studioName}} is alweer even geleden. Boek hier een nieuwe: {{bookingLink}}",
        subject: "Tijd voor een nieuwe afspraak bij {{studioName}}?",
        email: [
          "Hoi {{clientFirstName}},",
          "Je laatste afspraak voor {{categoryName}} bij ons is alweer even geleden. We zien je graag weer!",
          "Boek hier je volgende afspraak: {{bookingLink}}",
        ],
      },
      reconnect_follow_up: {
        sms: "Hoi {{clientFirstName}}, voor {{categoryName}} hebben we bij {{studioName}} nog plekken vrij. Boek hier: {{bookingLink}}",
        subject: "We zien je graag weer, {{clientFirstName}}",
        email: [
          "Hoi {{clientFirstName}},",
          "Even een herinnering: voor {{categoryName}} hebben we nog plekken vrij. Kies een moment dat jou uitkomt: {{bookingLink}}",
        ],
      },
      broadcast: {
        sms: "Hoi {{clientFirstName}}, er is nieuws bij {{studioName}}! Maak een afspraak: {{bookingLink}}",
        subject: "Nieuws van {{studioName}}",
        email: [
          "Hoi {{clientFirstName}},",
          "Er is nieuws bij {{studioName}} en we willen dat jij het als een van de eersten hoort.",
          "Boek hier je volgende afspraak: {{bookingLink}}",
        ],
      },
      birthday: {
        sms: "Gefeliciteerd met je verjaardag, {{clientFirstName}}! Hartelijke groet van {{studioName}}.{{#promotionCode}} Je cadeau: code {{promotionCode}} bij je volgende afspraak.{{/promotionCode}}",
        subject: "Gefeliciteerd, {{clientFirstName}}!",
        email: [
          "Hoi {{clientFirstName}},",
          "Het hele team van {{studioName}} wenst je een fijne verjaardag!",
          "{{#promotionCode}}Als klein cadeau is de code {{promotionCode}} voor je volgende afspraak: {{bookingLink}}{{/promotionCode}}{{^promotionCode}}We zien je graag weer: {{bookingLink}}{{/promotionCode}}",
        ],
      },
      aftercare_review: {
        sms: "Hoi {{clientFirstName}}, is alles goed na je afspraak ({{serviceName}}) bij {{studioName}}? Tevreden? Laat een review achter: {{reviewLink}}",
        subject: "Is alles goed na je bezoek?",
        email: [
          "Hoi {{clientFirstName}},",
          "We hopen dat je tevreden bent over je afspraak ({{serviceName}}). Is alles goed? Heb je vragen, neem dan gerust contact met ons op.",
          "Was je tevreden? Dan stellen we een korte review erg op prijs: {{reviewLink}}",
        ],
      },
      project_follow_up: {
        sms: "Hoi {{clientFirstName}}, hoe wil je verder met je project ({{projectTitle}}) bij {{studioName}}? Boek hier: {{bookingLink}}",
        subject: "Je project bij {{studioName}}: {{projectTitle}}",
        email: [
          "Hoi {{clientFirstName}},",
          "je project ({{projectTitle}}) heeft nog geen afspraak. Wil je ermee verder? Antwoord gewoon of boek hier: {{bookingLink}}",
        ],
      },
      project_aftercare: {
        sms: "Hoi {{clientFirstName}}, is je {{projectTitle}} van {{studioName}} goed genezen? Heb je vragen, neem dan gerust contact op.",
        subject: "Is alles goed met je {{projectTitle}}?",
        email: [
          "Hoi {{clientFirstName}},",
          "je project ({{projectTitle}}) is klaar. Is alles goed genezen? Heb je vragen over de nazorg of klopt er iets niet, neem dan contact met ons op.",
        ],
      },
      project_paused_reminder: {
        sms: "Hoi {{clientFirstName}}, je project ({{projectTitle}}) bij {{studioName}} staat stil, je aanbetaling blijft staan. Verder gaan: {{bookingLink}}",
        subject: "Je project {{projectTitle}} wacht op je",
        email: [
          "Hoi {{clientFirstName}},",
          "je project ({{projectTitle}}) staat stil en je aanbetaling blijft staan. Wil je verder, boek dan hier je volgende sessie: {{bookingLink}}",
        ],
      },
      no_show_policy: {
        sms: "Hoi {{clientFirstName}}, we hebben je gemist bij je afspraak bij {{studioName}} op {{appointmentTime}}. Kun je niet komen? Zeg dan op tijd af: {{bookingLink}}",
        subject: "We hebben je gemist bij je afspraak",
        email: [
          "Hoi {{clientFirstName}},",
          "We hebben je gemist bij je afspraak ({{serviceName}}) op {{appointmentTime}}. We hopen dat alles goed met je is.",
          "Kun je een keer niet komen? Zeg je afspraak dan op tijd af of verzet hem, zodat we de plek aan iemand anders kunnen geven: {{bookingLink}}",
        ],
      },
      no_show_warning: {
        sms: "Hoi {{clientFirstName}}, je hebt opnieuw een afspraak bij {{studioName}} gemist ({{appointmentTime}}). Gebeurt dit nog eens, dan kan online boeken voor jou worden geblokkeerd.",
        subject: "Opnieuw een gemiste afspraak",
        email: [
          "Hoi {{clientFirstName}},",
          "Je bent niet naar je afspraak ({{serviceName}}) op {{appointmentTime}} gekomen, en dat is niet de eerste keer.",
          "Zeg op tijd af als je niet kunt komen: {{bookingLink}}. Mis je nog een afspraak, dan kan online boeken voor jou worden geblokkeerd.",
        ],
      },
      no_show_ban: {
        sms: "Hoi {{clientFirstName}}, na meerdere gemiste afspraken kun je voorlopig niet meer online boeken bij {{studioName}}. Neem voor een afspraak contact op met de studio.",
        subject: "Online boeken bij {{studioName}}",
        email: [
          "Hoi {{clientFirstName}},",
          "Na meerdere gemiste afspraken kun je voorlopig niet meer online bij ons boeken.",
          "Je bent nog steeds welkom: neem voor een afspraak rechtstreeks contact op met de studio.",
        ],
      },
      reminder: {
        sms: "Hoi {{clientFirstName}}, een herinnering aan je afspraak bij {{studioName}} op {{appointmentTime}} ({{serviceName}}). Wijzigen of afzeggen: {{bookingLink}}",
        subject: "Herinnering: je afspraak op {{appointmentTime}}",
        email: [
          "Hoi {{clientFirstName}},",
          "Een herinnering aan je afspraak ({{serviceName}}) bij {{studioName}} op {{appointmentTime}}.",
          "Kun je niet komen? Zeg dan op tijd af of verzet je afspraak: {{bookingLink}}",
        ],
      },
      confirmation: {
        sms: "Hoi {{clientFirstName}}, je afspraak bij {{studioName}} op {{appointmentTime}} ({{serviceName}}) is bevestigd. {{policyText}} Wijzigen of afzeggen: {{bookingLink}}",
        subject: "Je afspraak op {{appointmentTime}} is bevestigd",
        email: [
          "Hoi {{clientFirstName}},",
          "Je afspraak ({{serviceName}}) bij {{studioName}} op {{appointmentTime}} is bevestigd. Tot dan!",
          "{{policyText}}",
          "Wijzigen of afzeggen: {{bookingLink}}",
        ],
      },
      tan_code: {
        sms: "{{code}} is je code om te boeken bij {{studioName}}. De code is {{minutes}} minuten geldig.",
        subject: "Je boekingscode: {{code}}",
        email: [
          "Je code om te boeken bij {{studioName}} is {{code}}. De code is {{minutes}} minuten geldig.",
          "Heb je deze code niet aangevraagd? Dan kun je deze e-mail negeren.",
        ],
      },
      rescheduled: {
        sms: "Hoi {{clientFirstName}}, je afspraak bij {{studioName}} is nu op {{appointmentTime}} ({{serviceName}}). Wijzigen of afzeggen: {{bookingLink}}",
        subject: "Je afspraak is verzet: {{appointmentTime}}",
        email: [
          "Hoi {{clientFirstName}},",
          "Je afspraak ({{serviceName}}) bij {{studioName}} is nu op {{appointmentTime}}.",
          "{{policyText}}",
          "Wijzigen of afzeggen: {{bookingLink}}",
        ],
      },
      cancellation: {
        sms: "Hoi {{clientFirstName}}, je afspraak bij {{studioName}} op {{appointmentTime}} ({{serviceName}}) is afgezegd.",
        subject: "Je afspraak op {{appointmentTime}} is afgezegd",
        email: [
          "Hoi {{clientFirstName}},",
          "Je afspraak ({{serviceName}}) bij {{studioName}} op {{appointmentTime}} is afgezegd.",
          "Je kunt altijd een nieuwe afspraak maken.",
        ],
      },
      ban_lifted: {
        sms: "Hoi {{clientFirstName}}, je kunt weer online boeken bij {{studioName}}.",
        subject: "Je kunt weer online boeken",
        email: [
          "Hoi {{clientFirstName}},",
          "Je kunt weer online afspraken maken bij {{studioName}}. Tot snel!",
        ],
      },
      late_check: {
        sms: "Hoi {{clientFirstName}}, je afspraak bij {{studioName}} is om {{appointmentTime}} begonnen. Ben je onderweg? Laat het ons even weten.",
        subject: "Ben je onderweg?",
        email: [
          "Hoi {{clientFirstName}},",
          "Je afspraak ({{serviceName}}) bij {{studioName}} is op {{appointmentTime}} begonnen. Ben je onderweg? Laat het ons even weten.",
        ],
      },
      waitlist_offer: {
        sms: "Hoi {{clientFirstName}}, er is een plek vrijgekomen bij {{studioName}}: {{serviceName}} op {{appointmentTime}}. Wie eerst ja zegt, krijgt hem (nog {{minutes}} min.): {{bookingLink}}",
        subject: "Er is een plek vrijgekomen: {{appointmentTime}}",
        email: [
          "Hoi {{clientFirstName}},",
          "Je staat op de wachtlijst van {{studioName}} en er is een plek vrijgekomen: {{serviceName}} op {{appointmentTime}}.",
          "Wie eerst ja zegt, krijgt hem. Het aanbod geldt {{minutes}} minuten: {{bookingLink}}",
        ],
      },
      deposit_request: {
        sms: "Hallo {{clientFirstName}}, voor je afspraak bij {{studioName}} op {{appointmentTime}} ({{serviceName}}) vragen we een aanbetaling van {{depositAmount}}: {{bookingLink}}",
        subject: "Aanbetaling voor je afspraak op {{appointmentTime}}",
        email: [
          "Hallo {{clientFirstName}},",
          "Voor je afspraak ({{serviceName}}) bij {{studioName}} op {{appointmentTime}} vragen we een aanbetaling van {{depositAmount}}. Die wordt met de prijs verrekend.",
          "Hier betalen: {{bookingLink}}",
        ],
      },
      deposit_expired: {
        sms: "Hallo {{clientFirstName}}, de aanbetaling voor je afspraak bij {{studioName}} op {{appointmentTime}} kwam niet op tijd binnen, de plek is weer vrij. Opnieuw boeken: {{bookingLink}}",
        subject: "Je afspraak op {{appointmentTime}} is weer vrijgegeven",
        email: [
          "Hallo {{clientFirstName}},",
          "De aanbetaling voor je afspraak ({{serviceName}}) bij {{studioName}} op {{appointmentTime}} kwam niet op tijd binnen. De plek is daarom weer vrijgegeven.",
          "Je kunt altijd opnieuw boeken: {{bookingLink}}",
        ],
      },
      deposit_refunded: {
        sms: "Hallo {{clientFirstName}}, je aanbetaling van {{depositAmount}} voor {{serviceName}} bij {{studioName}} wordt terugbetaald.",
        subject: "Je aanbetaling wordt terugbetaald",
        email: [
          "Hallo {{clientFirstName}},",
          "Je aanbetaling van {{depositAmount}} voor je afspraak ({{serviceName}}) bij {{studioName}} op {{appointmentTime}} wordt terugbetaald. Afhankelijk van je bank duurt dat een paar dagen.",
        ],
      },
    },
  },
  // Polish SMS are written without diacritics, as is usual there: ą, ę, ł, ś … would switch the whole SMS to
  // UCS-2 (70/67 characters per segment instead of 160/153).
  pl: {
    signOff: "Pozdrawiamy\n{{studioName}}",
    emailUnsubscribe: "Nie chcesz otrzymywać od nas takich wiadomości? Wypisz się: {{unsubscribeLink}}",
    smsUnsubscribe: "Wypisz sie: {{unsubscribeLink}}",
    purposes: {
      reconnect_first: {
        sms: "Czesc {{clientFirstName}}! Od ostatniej wizyty ({{categoryName}}) w {{studioName}} minelo juz troche czasu. Umow sie ponownie: {{bookingLink}}",
        subject: "Czas na kolejną wizytę w {{studioName}}?",
        email: [
          "Cześć {{clientFirstName}}!",
          "Od Twojej ostatniej wizyty ({{categoryName}}) minęło już trochę czasu. Chętnie znów Cię zobaczymy!",
          "Zarezerwuj kolejną wizytę tutaj: {{bookingLink}}",
        ],
      },
      reconnect_follow_up: {
        sms: "Czesc {{clientFirstName}}! W {{studioName}} wciaz mamy wolne terminy ({{categoryName}}). Zarezerwuj: {{bookingLink}}",
        subject: "Chętnie znów Cię zobaczymy, {{clientFirstName}}",
        email: [
          "Cześć {{clientFirstName}}!",
          "Krótkie przypomnienie: wciąż mamy wolne terminy ({{categoryName}}). Wybierz dogodny dla siebie termin: {{bookingLink}}",
        ],
      },
      broadcast: {
        sms: "Czesc {{clientFirstName}}! Mamy nowosci w {{studioName}}. Umow wizyte: {{bookingLink}}",
        subject: "Nowości w {{studioName}}",
        email: [
          "Cześć {{clientFirstName}}!",
          "Mamy nowości w {{studioName}} i chcemy się nimi z Tobą podzielić.",
          "Zarezerwuj kolejną wizytę tutaj: {{bookingLink}}",
        ],
      },
      birthday: {
        sms: "Wszystkiego najlepszego z okazji urodzin, {{clientFirstName}}! Pozdrawia {{studioName}}.{{#promotionCode}} Prezent: kod {{promotionCode}} przy nastepnej wizycie.{{/promotionCode}}",
        subject: "Wszystkiego najlepszego, {{clientFirstName}}!",
        email: [
          "Cześć {{clientFirstName}}!",
          "Cały zespół {{studioName}} życzy Ci wszystkiego najlepszego z okazji urodzin!",
          "{{#promotionCode}}W prezencie kod {{promotionCode}} na następną wizytę: {{bookingLink}}{{/promotionCode}}{{^promotionCode}}Do zobaczenia przy następnej wizycie: {{bookingLink}}{{/promotionCode}}",
        ],
      },
      aftercare_review: {
        sms: "Czesc {{clientFirstName}}! Czy po wizycie ({{serviceName}}) w {{studioName}} wszystko w porzadku? Bedziemy wdzieczni za opinie: {{reviewLink}}",
        subject: "Czy po wizycie wszystko w porządku?",
        email: [
          "Cześć {{clientFirstName}}!",
          "Mamy nadzieję, że efekt wizyty ({{serviceName}}) Ci się podoba. Czy wszystko w porządku? Jeśli masz pytania, skontaktuj się z nami.",
          "Jeśli wizyta Ci się podobała, będziemy wdzięczni za krótką opinię: {{reviewLink}}",
        ],
      },
      project_follow_up: {
        sms: "Czesc {{clientFirstName}}, jak chcesz kontynuowac projekt ({{projectTitle}}) w {{studioName}}? Rezerwacja: {{bookingLink}}",
        subject: "Twój projekt w {{studioName}}: {{projectTitle}}",
        email: [
          "Cześć {{clientFirstName}},",
          "Twój projekt ({{projectTitle}}) nie ma jeszcze terminu. Chcesz go zacząć? Odpowiedz nam lub zarezerwuj tutaj: {{bookingLink}}",
        ],
      },
      project_aftercare: {
        sms: "Czesc {{clientFirstName}}, czy Twoj {{projectTitle}} z {{studioName}} dobrze sie goi? W razie pytan skontaktuj sie z nami.",
        subject: "Czy wszystko w porządku z {{projectTitle}}?",
        email: [
          "Cześć {{clientFirstName}},",
          "Twój projekt ({{projectTitle}}) jest gotowy. Czy wszystko dobrze się goi? Jeśli masz pytania o pielęgnację lub coś Cię niepokoi, skontaktuj się z nami.",
        ],
      },
      project_paused_reminder: {
        sms: "Czesc {{clientFirstName}}, Twoj projekt ({{projectTitle}}) w {{studioName}} czeka, zaliczka jest zachowana. Kontynuuj: {{bookingLink}}",
        subject: "Twój projekt {{projectTitle}} na Ciebie czeka",
        email: [
          "Cześć {{clientFirstName}},",
          "Twój projekt ({{projectTitle}}) jest wstrzymany, a zaliczka pozostaje zaliczona na Twoją korzyść. Gdy zechcesz kontynuować, zarezerwuj kolejną sesję: {{bookingLink}}",
        ],
      },
      no_show_policy: {
        sms: "Dzien dobry! Brakowalo nam Cie na wizycie w {{studioName}} ({{appointmentTime}}). Jesli nie mozesz przyjsc, odwolaj wizyte z wyprzedzeniem: {{bookingLink}}",
        subject: "Brakowało nam Cię na wizycie",
        email: [
          "Dzień dobry!",
          "Brakowało nam Cię na wizycie ({{serviceName}}) w terminie: {{appointmentTime}}. Mamy nadzieję, że wszystko w porządku.",
          "Jeśli nie możesz przyjść, odwołaj lub przełóż wizytę z wyprzedzeniem, abyśmy mogli zaproponować ten termin komuś innemu: {{bookingLink}}",
        ],
      },
      no_show_warning: {
        sms: "Dzien dobry! Kolejna wizyta w {{studioName}} ({{appointmentTime}}) przepadla bez odwolania. Przy nastepnej rezerwacja online moze zostac dla Ciebie zablokowana.",
        subject: "Kolejna nieodwołana wizyta",
        email: [
          "Dzień dobry!",
          "Wizyta ({{serviceName}}) w terminie: {{appointmentTime}} przepadła bez odwołania i nie jest to pierwszy taki przypadek.",
          "Jeśli nie możesz przyjść, odwołaj wizytę z wyprzedzeniem: {{bookingLink}}. Przy kolejnej nieodwołanej wizycie rezerwacja online może zostać dla Ciebie zablokowana.",
        ],
      },
      no_show_ban: {
        sms: "Dzien dobry! Z powodu kilku nieodwolanych wizyt rezerwacja online w {{studioName}} jest dla Ciebie obecnie niedostepna. Aby umowic wizyte, skontaktuj sie ze studiem.",
        subject: "Rezerwacja online w {{studioName}}",
        email: [
          "Dzień dobry!",
          "Z powodu kilku nieodwołanych wizyt rezerwacja online jest dla Ciebie obecnie niedostępna.",
          "Nadal zapraszamy: aby umówić wizytę, skontaktuj się bezpośrednio ze studiem.",
        ],
      },
      reminder: {
        sms: "Dzien dobry! Przypominamy o wizycie w {{studioName}}: {{appointmentTime}} ({{serviceName}}). Zmiana lub odwolanie: {{bookingLink}}",
        subject: "Przypomnienie o wizycie: {{appointmentTime}}",
        email: [
          "Dzień dobry!",
          "Przypominamy o wizycie ({{serviceName}}) w {{studioName}}: {{appointmentTime}}.",
          "Jeśli nie możesz przyjść, odwołaj lub przełóż wizytę z wyprzedzeniem: {{bookingLink}}",
        ],
      },
      confirmation: {
        sms: "Potwierdzamy wizyte w {{studioName}}: {{appointmentTime}} ({{serviceName}}). {{policyText}} Zmiana lub odwolanie: {{bookingLink}}",
        subject: "Potwierdzenie wizyty: {{appointmentTime}}",
        email: [
          "Dzień dobry!",
          "Potwierdzamy wizytę ({{serviceName}}) w {{studioName}}: {{appointmentTime}}. Do zobaczenia!",
          "{{policyText}}",
          "Zmiana lub odwołanie wizyty: {{bookingLink}}",
        ],
      },
      tan_code: {
        sms: "{{code}} to Twoj kod do rezerwacji w {{studioName}}. Kod jest wazny przez {{minutes}} min.",
        subject: "Twój kod do rezerwacji: {{code}}",
        email: [
          "Twój kod do rezerwacji w {{studioName}} to {{code}}. Kod jest ważny przez {{minutes}} min.",
          "Jeśli ten kod nie był przeznaczony dla Ciebie, zignoruj tę wiadomość.",
        ],
      },
      rescheduled: {
        sms: "Dzien dobry! Twoja wizyta w {{studioName}} jest teraz: {{appointmentTime}} ({{serviceName}}). Zmiana lub odwolanie: {{bookingLink}}",
        subject: "Wizyta przeniesiona: {{appointmentTime}}",
        email: [
          "Dzień dobry {{clientFirstName}},",
          "Twoja wizyta ({{serviceName}}) w {{studioName}} odbędzie się teraz: {{appointmentTime}}.",
          "{{policyText}}",
          "Zmiana lub odwołanie: {{bookingLink}}",
        ],
      },
      cancellation: {
        sms: "Dzien dobry! Twoja wizyta w {{studioName}} ({{appointmentTime}}, {{serviceName}}) zostala odwolana.",
        subject: "Wizyta {{appointmentTime}} odwołana",
        email: [
          "Dzień dobry {{clientFirstName}},",
          "Twoja wizyta ({{serviceName}}) w {{studioName}}, {{appointmentTime}}, została odwołana.",
          "Nową wizytę możesz zarezerwować w każdej chwili.",
        ],
      },
      ban_lifted: {
        sms: "Dzien dobry! Mozesz znow rezerwowac online w {{studioName}}.",
        subject: "Rezerwacja online znów możliwa",
        email: [
          "Dzień dobry {{clientFirstName}},",
          "Znów możesz rezerwować wizyty online w {{studioName}}. Do zobaczenia!",
        ],
      },
      late_check: {
        sms: "Dzien dobry! Twoja wizyta w {{studioName}} zaczela sie o {{appointmentTime}}. Czy jestes w drodze? Daj nam znac.",
        subject: "Czy jesteś w drodze?",
        email: [
          "Dzień dobry {{clientFirstName}},",
          "Twoja wizyta ({{serviceName}}) w {{studioName}} zaczęła się: {{appointmentTime}}. Czy jesteś w drodze? Daj nam znać.",
        ],
      },
      waitlist_offer: {
        sms: "Czesc {{clientFirstName}}! W {{studioName}} zwolnil sie termin: {{serviceName}}, {{appointmentTime}}. Dostanie go, kto pierwszy potwierdzi (jeszcze {{minutes}} min): {{bookingLink}}",
        subject: "Zwolnił się termin: {{appointmentTime}}",
        email: [
          "Cześć {{clientFirstName}},",
          "Jesteś na liście oczekujących w {{studioName}} i zwolnił się termin: {{serviceName}}, {{appointmentTime}}.",
          "Otrzyma go osoba, która pierwsza potwierdzi. Oferta jest ważna {{minutes}} minut: {{bookingLink}}",
        ],
      },
      deposit_request: {
        sms: "Czesc {{clientFirstName}}! Prosimy o zaliczke {{depositAmount}} za wizyte w {{studioName}}, {{appointmentTime}} ({{serviceName}}): {{bookingLink}}",
        subject: "Zaliczka za wizytę {{appointmentTime}}",
        email: [
          "Cześć {{clientFirstName}},",
          "za wizytę ({{serviceName}}) w {{studioName}}, {{appointmentTime}}, prosimy o zaliczkę {{depositAmount}}. Zostanie zaliczona na poczet ceny.",
          "Zapłać tutaj: {{bookingLink}}",
        ],
      },
      deposit_expired: {
        sms: "Czesc {{clientFirstName}}! Zaliczka za wizyte w {{studioName}}, {{appointmentTime}}, nie dotarla na czas, wiec termin jest znowu wolny. Zarezerwuj ponownie: {{bookingLink}}",
        subject: "Termin {{appointmentTime}} jest znowu wolny",
        email: [
          "Cześć {{clientFirstName}},",
          "zaliczka za wizytę ({{serviceName}}) w {{studioName}}, {{appointmentTime}}, nie dotarła na czas, więc termin został zwolniony.",
          "Możesz zarezerwować ponownie w każdej chwili: {{bookingLink}}",
        ],
      },
      deposit_refunded: {
        sms: "Czesc {{clientFirstName}}! Twoja zaliczka {{depositAmount}} za {{serviceName}} w {{studioName}} zostanie zwrocona.",
        subject: "Twoja zaliczka zostanie zwrócona",
        email: [
          "Cześć {{clientFirstName}},",
          "Twoja zaliczka {{depositAmount}} za wizytę ({{serviceName}}) w {{studioName}}, {{appointmentTime}}, zostanie zwrócona. W zależności od banku potrwa to kilka dni.",
        ],
      },
    },
  },
};

/** The template a studio starts with; studios edit copies of it. */
export const defaultTemplate = (
  purpose: TemplatePurpose,
  channel: Channel,
  locale: TemplateLocale,
): MessageTemplate => {
  const texts = DEFAULTS[locale];
  const message = texts.purposes[purpose];
  const marketing = MESSAGE_PURPOSE[purpose] === "marketing";
  if (channel === "sms") {
    const body = marketing ? `${message.sms} ${texts.smsUnsubscribe}` : message.sms;
    return { purpose, channel, locale, subject: null, body };
  }
  const paragraphs = [...message.email, texts.signOff, ...(marketing ? [texts.emailUnsubscribe] : [])];
  return { purpose, channel, locale, subject: message.subject, body: paragraphs.join("\n\n") };
};
