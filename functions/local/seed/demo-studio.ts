import { DateTime } from "luxon";
import { heldDays, heldTimeOf, withBooking } from "../../../domain/appointments/staff-day-bookings";
import { emptyVisitHistory, recordInHistory } from "../../../domain/client-card/visit-history";
import { createClient } from "../../../domain/clients/create-client";
import { RebookError } from "../../../domain/errors";
import { type ConsentEntry, currentConsent } from "../../../domain/messaging/consent";
import type { Appointment, AppointmentStatus } from "../../../domain/model/appointment";
import type { Service, ServiceCategory, Staff } from "../../../domain/model/catalog";
import type { Project, ProjectStatus } from "../../../domain/model/project";
import type { StaffAccount } from "../../../domain/model/staff-account";
import type { Studio, WeeklyHours } from "../../../domain/model/studio";
import { nextVersion, revised } from "../../../domain/model/versioned";
import type { VisitHistory } from "../../../domain/model/visit-history";
import type { VisitRhythm } from "../../../domain/model/visit-rhythm";
import { updateOnlineBookingSettings } from "../../../domain/online-booking/online-booking-settings";
import { forEachBounded } from "../../../domain/outbox/bounded-concurrency";
import type { StaffDay } from "../../../domain/ports/appointment-store";
import type { Dependencies } from "../../../domain/ports/dependencies";
import { latestSessionAt, withSession } from "../../../domain/projects/project-sessions";
import { emptyRhythm, recordAppointment } from "../../../domain/rhythm/visit-rhythm-rules";
import { DEMO_OWNER_EMAIL, DEMO_STUDIO_HANDLE, DEMO_STUDIO_ID } from "../local-data";
import { demoPerson } from "./demo-people";
import { type SeededRandom, seededRandom } from "./random";

const ZONE = "Europe/Berlin";
const SEED = 20_261_123;
const DAY_HOURS = [{ from: "09:00", to: "18:00" }];
const WORKING_HOURS: WeeklyHours = {
  tue: DAY_HOURS,
  wed: DAY_HOURS,
  thu: DAY_HOURS,
  fri: DAY_HOURS,
  sat: DAY_HOURS,
};
const MAX_VISITS_PER_CATEGORY = 10;
const WRITES_IN_FLIGHT = 8;

interface CategoryPlan {
  category: Omit<ServiceCategory, "studioId" | "createdAt" | "updatedAt" | "version">;
  services: Array<Pick<Service, "id" | "name" | "durationMinutes" | "price"> & Partial<Service>>;
  /** The range clients' own rhythms are drawn from, in days; null for project work. */
  rhythmDays: [number, number] | null;
}

const catalog: CategoryPlan[] = [
  {
    category: { id: "haircut", name: "Haarschnitt", defaultIntervalDays: 42 },
    services: [
      { id: "cut-and-blow-dry", name: "Schneiden & Föhnen", durationMinutes: 60, price: 4900 },
      { id: "mens-cut", name: "Herrenschnitt", durationMinutes: 30, price: 3200 },
    ],
    rhythmDays: [35, 49],
  },
  {
    category: { id: "colour", name: "Farbe", defaultIntervalDays: null },
    services: [
      { id: "full-colour", name: "Komplettfarbe", durationMinutes: 120, price: 8900, bufferAfterMinutes: 15 },
      { id: "highlights", name: "Strähnen", durationMinutes: 150, price: 11900, bufferAfterMinutes: 15 },
    ],
    rhythmDays: [56, 70],
  },
  {
    category: { id: "beard", name: "Bart", defaultIntervalDays: null },
    services: [{ id: "beard-trim", name: "Bartpflege", durationMinutes: 20, price: 1800 }],
    rhythmDays: [14, 21],
  },
  {
    category: { id: "nails", name: "Nägel", defaultIntervalDays: null },
    services: [{ id: "gel-manicure", name: "Gel-Maniküre", durationMinutes: 60, price: 3900 }],
    rhythmDays: [21, 28],
  },
  {
    category: { id: "tattoo", name: "Tattoo", defaultIntervalDays: null },
    services: [
      {
        id: "tattoo-session",
        name: "Tattoo-Sitzung",
        durationMinutes: 180,
        price: 45000,
        bufferBeforeMinutes: 15,
        bufferAfterMinutes: 30,
        bookableOnline: false,
      },
    ],
    rhythmDays: null,
  },
];

/** One sign-in per role, for trying the permission table locally (`npm run token -- manager@…`). */
const DEMO_ACCOUNTS: Array<Pick<StaffAccount, "id" | "email" | "name" | "role">> = [
  { id: "account-owner", email: DEMO_OWNER_EMAIL, name: "Lena Hoffmann", role: "owner" },
  {
    id: "account-manager",
    email: "manager@studio-rebook-demo.example",
    name: "Fenna de Boer",
    role: "manager",
  },
  { id: "account-staff", email: "staff@studio-rebook-demo.example", name: "Chloe Evans", role: "staff" },
];

/** Everything but tattoo sessions (planned in person) is bookable online, by anyone on the team. */
const demoService = <T extends object>(
  service: CategoryPlan["services"][number],
  categoryId: string,
  stamp: T,
) => ({
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  bookableOnline: true,
  staffIds: [],
  ...service,
  categoryId,
  ...stamp,
});

const DEMO_TERMS =
  "Termine können bis 24 Stunden vorher kostenlos abgesagt werden. Bei späterer Absage oder Nichterscheinen " +
  "können wir den Termin in Rechnung stellen.";

const CONSENT_TEXT = "Ja, ich möchte Erinnerungen und Angebote von Studio Rebook Demo erhalten.";
const staffNames = ["Lena Hoffmann", "Tomasz Zieliński", "Fenna de Boer", "Chloe Evans"];
const noShowReasons = ["did not come, no answer by phone", "forgot the appointment", "overslept"];
const projectStatuses: ProjectStatus[] = ["request", "running", "paused", "completed", "closed"];
const projectTitles = [
  "Koi sleeve",
  "Botanical back piece",
  "Fine-line script",
  "Mandala shoulder",
  "Portrait forearm",
];

export interface SeedOptions {
  clients: number;
  /** The demo's "today": histories end here and future bookings start after it. */
  now: string;
  /** Each phase's progress: the records written one by one, then the derived history in chunks. */
  onProgress?: (phase: SeedPhase, done: number, total: number) => void;
}

/** `records`: clients, consents and projects; `history`: appointments, staff days, rhythms, visit histories. */
export type SeedPhase = "records" | "history";

/** History items per import: enough to keep the adapter's batches in flight, few enough to show progress. */
const HISTORY_CHUNK = 1000;

const inChunks = <T>(items: T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / HISTORY_CHUNK) }, (_, index) =>
    items.slice(index * HISTORY_CHUNK, (index + 1) * HISTORY_CHUNK),
  );

export interface SeedResult {
  clients: number;
  appointments: number;
  projects: number;
}

const demoStudio = (now: string): Studio => ({
  id: DEMO_STUDIO_ID,
  handle: DEMO_STUDIO_HANDLE,
  name: "Studio Rebook Demo",
  kind: "salon",
  timeZone: ZONE,
  locale: "de-DE",
  currency: "EUR",
  settings: {
    defaultCountry: "DE",
    overdueGraceDays: null,
    messaging: {
      sendWindows: [],
      maxSmsSegments: 2,
      bookingUrl: "https://studio-rebook-demo.example/book",
      marketingFrequency: { messages: 1, days: 7 },
    },
    // Long colour services hold a stylist for hours: booked online, they are secured by a deposit.
    deposits: {
      enabled: true,
      rules: [
        {
          when: { kind: "service_price", atLeast: 10000, categoryId: null },
          amount: { kind: "percentage", percent: 20 },
        },
      ],
      payWithinMinutes: 30,
      retainOn: ["no_show", "late_cancellation"],
      policyText:
        "Für Termine ab 100 € bitten wir bei der Online-Buchung um 20 % Anzahlung; sie wird auf den Preis angerechnet. Bei Nichterscheinen oder kurzfristiger Absage behalten wir sie ein.",
    },
  },
  createdAt: now,
  updatedAt: now,
  version: 1,
});

/** A local working-day slot near `day`, in studio hours, as a UTC instant. */
const slotNear = (random: SeededRandom, day: DateTime, durationMinutes: number): string => {
  let date = day.setZone(ZONE);
  while (date.weekday === 1 || date.weekday === 7) date = date.plus({ days: 1 });
  const latestStartHour = 18 - Math.ceil(durationMinutes / 60);
  return date
    .set({
      hour: random.integer(9, latestStartHour),
      minute: random.pick([0, 30]),
      second: 0,
      millisecond: 0,
    })
    .toUTC()
    .toISO()!;
};

/**
 * Seeds the demo studio. Clients go through the create use case; their histories are derived with the
 * same rules a booking uses (staff days refuse clashes, rhythms fold every appointment, so the due index
 * is what real bookings would produce) and imported in bulk, which keeps start-up fast.
 */
/** Birthdays spread over the year without drawing from a client's stream; every 97th client is born on 29 February. */
const demoBirthday = (index: number): string => {
  if (index % 97 === 3) return "1996-02-29";
  const day = DateTime.fromISO("2001-01-01").plus({ days: (index * 37) % 365 });
  return `${1960 + (index % 45)}-${day.toFormat("MM-dd")}`;
};

export const seedDemoStudio = async (deps: Dependencies, options: SeedOptions): Promise<SeedResult> => {
  const now = DateTime.fromISO(options.now, { zone: ZONE });
  const studio = demoStudio(options.now);
  const stamp = { studioId: studio.id, createdAt: options.now, updatedAt: options.now, version: 1 };
  const [owner, ...team] = DEMO_ACCOUNTS.map((account) => ({ ...account, ...stamp }));
  await deps.studios.open({ studio, categories: [], owner: owner! });
  await Promise.all(team.map((account) => deps.staffAccounts.save(account)));
  await updateOnlineBookingSettings(deps)(studio.id, {
    enabled: true,
    termsText: DEMO_TERMS,
    allowedOrigins: ["http://localhost:3000", "http://127.0.0.1:3000"],
  });
  for (const plan of catalog) {
    await deps.categories.save({ ...plan.category, ...stamp });
    for (const service of plan.services) {
      await deps.services.save(demoService(service, plan.category.id, stamp));
    }
  }
  const staff: Staff[] = staffNames.map((name, index) => ({
    id: `staff-${index + 1}`,
    name,
    email: null,
    workingHours: WORKING_HOURS,
    timeOff: [],
    dateOverrides: {},
    ...stamp,
  }));
  await Promise.all(staff.map((member) => deps.staff.save(member)));

  /** Clients, consents and projects, written concurrently once the whole demo is derived. */
  const writes: Array<() => Promise<void>> = [];
  const appointments: Appointment[] = [];
  const staffDays = new Map<string, StaffDay>();
  const rhythms = new Map<string, VisitRhythm>();
  const histories = new Map<string, VisitHistory>();
  let projects = 0;

  /** Files the appointment the way a booking would: staff days (refusing clashes), rhythm and history. */
  const record = (appointment: Appointment, plan: CategoryPlan) => {
    const booked = heldDays(appointment, ZONE).map(({ staffId, date }) => {
      const day = staffDays.get(`${staffId}#${date}`) ?? {
        studioId: studio.id,
        staffId,
        date,
        bookings: {},
        version: 0,
      };
      return withBooking(day, appointment.id, heldTimeOf(appointment), appointment.createdAt);
    });
    for (const day of booked) staffDays.set(`${day.staffId}#${day.date}`, day);
    histories.set(
      appointment.clientId,
      recordInHistory(
        histories.get(appointment.clientId) ?? emptyVisitHistory(studio.id, appointment.clientId),
        appointment,
      ),
    );
    const rhythmKey = `${appointment.clientId}#${plan.category.id}`;
    const rhythm = rhythms.get(rhythmKey) ?? emptyRhythm(studio.id, appointment.clientId, plan.category.id);
    rhythms.set(
      rhythmKey,
      recordAppointment(rhythm, appointment, {
        timeZone: ZONE,
        graceDays: studio.settings.overdueGraceDays,
        categoryDefaultIntervalDays: plan.category.defaultIntervalDays,
      }),
    );
    appointments.push(appointment);
  };

  const book = async (
    random: SeededRandom,
    clientId: string,
    plan: CategoryPlan,
    day: DateTime,
    status: AppointmentStatus,
    extra: Partial<Appointment> = {},
  ) => {
    const service = demoService(random.pick(plan.services), plan.category.id, {});
    for (let attempt = 0; attempt < 8; attempt++) {
      const startsAt = slotNear(random, day.plus({ days: Math.floor(attempt / 2) }), service.durationMinutes);
      const appointment: Appointment = {
        id: `appt-${String(appointments.length + 1).padStart(5, "0")}`,
        studioId: studio.id,
        clientId,
        staffId: random.pick(staff).id,
        serviceId: service.id,
        serviceName: service.name,
        categoryId: plan.category.id,
        startsAt,
        endsAt: DateTime.fromISO(startsAt).plus({ minutes: service.durationMinutes }).toUTC().toISO()!,
        price: service.price,
        notes: "",
        projectId: null,
        bufferBeforeMinutes: service.bufferBeforeMinutes,
        bufferAfterMinutes: service.bufferAfterMinutes,
        source: "staff",
        termsAcceptance: null,
        status,
        lateCancellation: false,
        noShowReason: status === "no_show" ? random.pick(noShowReasons) : null,
        createdAt: startsAt,
        updatedAt: startsAt,
        version: 1,
        ...extra,
      };
      try {
        record(appointment, plan);
        return appointment;
      } catch (error) {
        if (!(error instanceof RebookError && error.code === "APPOINTMENT.SLOT_TAKEN")) throw error;
      }
    }
    return null;
  };

  const pastStatus = (random: SeededRandom): AppointmentStatus => {
    const roll = random.next();
    return roll < 0.04 ? "no_show" : roll < 0.08 ? "cancelled" : "attended";
  };

  const seedRhythmVisits = async (
    random: SeededRandom,
    clientId: string,
    plan: CategoryPlan,
    since: DateTime,
  ) => {
    const [shortest, longest] = plan.rhythmDays!;
    const interval = random.integer(shortest, longest);
    const lapsed = random.chance(0.18);
    const end = lapsed ? now.minus({ days: Math.round(interval * (1.6 + random.next() * 2)) }) : now;
    let day = DateTime.max(since, end.minus({ days: interval * MAX_VISITS_PER_CATEGORY }));
    let last = day;
    while (day < end) {
      const status = pastStatus(random);
      await book(
        random,
        clientId,
        plan,
        day,
        status,
        status === "cancelled" ? { lateCancellation: random.chance(0.5) } : {},
      );
      if (status === "attended") last = day;
      day = day.plus({ days: Math.round(interval * (0.85 + random.next() * 0.3)) });
    }
    if (!lapsed && random.chance(0.35)) {
      await book(
        random,
        clientId,
        plan,
        DateTime.max(last.plus({ days: interval }), now.plus({ days: 2 })),
        "booked",
      );
    }
  };

  /**
   * Projects take the statuses in turn, so every status shows up once there are five. Their sessions are
   * derived from their appointments as an appointment change derives them; a project that moved on from
   * being a request did so at its last session so far.
   */
  const seedProject = async (random: SeededRandom, clientId: string) => {
    const status = projectStatuses[projects % projectStatuses.length]!;
    projects++;
    const tattoo = catalog.find((plan) => plan.category.id === "tattoo")!;
    const projectId = `project-${clientId}`;
    const sessionCount = status === "request" ? 0 : random.integer(1, 3);
    const sessions: Array<Appointment | null> = [];
    for (let session = 0; session < sessionCount; session++) {
      const day = now.minus({ days: random.integer(20, 300) });
      sessions.push(await book(random, clientId, tattoo, day, "attended", { projectId }));
    }
    // Every other running project lost its next appointment (list 10 shows it).
    if (status === "running" && random.chance(0.5))
      sessions.push(
        await book(random, clientId, tattoo, now.plus({ days: random.integer(7, 40) }), "booked", {
          projectId,
        }),
      );
    const held = sessions.filter((appointment): appointment is Appointment => appointment !== null);
    const firstSession = held.map((appointment) => appointment.startsAt).sort()[0] ?? options.now;
    const requestedAt = DateTime.fromISO(firstSession).minus({ days: random.integer(2, 30) });
    const contactCount = status === "request" ? random.integer(0, 2) : 0;
    const requested: Project = {
      id: projectId,
      clientId,
      title: random.pick(projectTitles),
      notes: "",
      status,
      statusSince: options.now,
      closeReason: status === "closed" ? "Client moved away" : null,
      depositAmount: status === "request" ? 0 : 10000,
      depositPaid: status !== "request",
      contactCount,
      lastContactAt: contactCount === 0 ? null : requestedAt.plus({ days: 1 }).toUTC().toISO(),
      sessions: {},
      ...stamp,
      createdAt: requestedAt.toUTC().toISO()!,
    };
    const project = held.reduce(withSession, requested);
    const lastHeld = latestSessionAt({
      sessions: Object.fromEntries(
        Object.entries(project.sessions).filter(([, session]) => session.attended),
      ),
    });
    // Completed work was signed off in the last days (the aftercare list shows it); the rest moved on at
    // their last session.
    const statusSince =
      status === "completed"
        ? now
            .minus({ days: random.integer(1, 10) })
            .toUTC()
            .toISO()!
        : status === "request"
          ? requested.createdAt
          : (lastHeld ?? requested.createdAt);
    writes.push(() => deps.projects.save({ ...project, statusSince, updatedAt: options.now }));
  };

  const rhythmPlans = catalog.filter((plan) => plan.rhythmDays !== null);
  /** Each client draws from its own stream, so adding a client elsewhere leaves the others as they are. */
  const seedClient = async (index: number) => {
    const random = seededRandom(SEED + index + 1);
    const person = demoPerson(random, index);
    const clientId = `client-${String(index + 1).padStart(4, "0")}`;
    const since = now.minus({
      days: random.chance(0.15) ? random.integer(60, 180) : random.integer(365, 1095),
    });
    const draft = {
      ...person,
      birthday: demoBirthday(index),
      address: { street: null, postcode: null, city: "Berlin" },
      gender: "unspecified" as const,
      notes: "",
      tags: random.chance(0.08) ? ["vip"] : [],
      referralSource: random.pick(["instagram", "google", "friend", null]),
      profession: null,
      education: null,
      taxCode: null,
      invoiceCodes: { pec: null, sdi: null },
      clientSince: since.toISODate(),
    };
    const consents = (["email", "sms"] as const)
      .filter((channel) => (channel === "email" ? person.email : person.phone) !== null && random.chance(0.7))
      .map(
        (channel): ConsentEntry => ({
          id: `consent-${clientId}-${channel}`,
          studioId: studio.id,
          clientId,
          channel,
          purpose: "marketing",
          granted: true,
          at: since.toUTC().toISO()!,
          source: "booking_form",
          evidence: { text: CONSENT_TEXT, ipAddress: null, userAgent: null },
        }),
      );
    writes.push(async () => {
      let card = await createClient({ ...deps, newId: () => clientId })(studio.id, draft, {
        allowDuplicate: true,
      });
      for (const [index, entry] of consents.entries()) {
        card = revised(card, { consent: currentConsent(consents.slice(0, index + 1)) }, entry.at);
        await deps.consents.append(entry, card);
      }
    });
    const categories = random.chance(0.4)
      ? [random.pick(rhythmPlans), random.pick(rhythmPlans)]
      : [random.pick(rhythmPlans)];
    for (const plan of new Set(categories)) await seedRhythmVisits(random, clientId, plan, since);
    if (random.chance(0.12)) await seedProject(random, clientId);
  };

  for (let index = 0; index < options.clients; index++) await seedClient(index);
  let written = 0;
  await forEachBounded(writes, WRITES_IN_FLIGHT, async (write) => {
    await write();
    options.onProgress?.("records", ++written, writes.length);
  });
  // Derived items enter the table at version 1, as the first commit would have written them.
  const none = { appointments: [], staffDays: [], rhythms: [], histories: [] };
  const imports = [
    ...inChunks(appointments).map((chunk) => ({ ...none, appointments: chunk })),
    ...inChunks([...staffDays.values()].map(nextVersion)).map((chunk) => ({ ...none, staffDays: chunk })),
    ...inChunks([...rhythms.values()].map(nextVersion)).map((chunk) => ({ ...none, rhythms: chunk })),
    ...inChunks([...histories.values()].map(nextVersion)).map((chunk) => ({ ...none, histories: chunk })),
  ];
  const sizeOf = (part: (typeof imports)[number]) =>
    Object.values(part).reduce((sum, items) => sum + items.length, 0);
  const historyItems = imports.reduce((sum, part) => sum + sizeOf(part), 0);
  let imported = 0;
  for (const part of imports) {
    await deps.appointments.importHistory(part);
    imported += sizeOf(part);
    options.onProgress?.("history", imported, historyItems);
  }
  return { clients: options.clients, appointments: appointments.length, projects };
};
