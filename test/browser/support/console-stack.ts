import { mkdtemp } from "node:fs/promises";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { freePort } from "../../../functions/local/dynamodb-local";
import { signLocalToken } from "../../../functions/local/local-auth";
import { startLocalScheduler } from "../../../functions/local/local-scheduler";
import { startLocalServer } from "../../../functions/local/local-server";
import { startLocalS3 } from "../../../functions/local/s3-local";
import { moveSystemClockTo } from "../../../functions/shared/system-clock";
import { createTestTable } from "../../support/test-table";

/** Wednesday 10:30 in Berlin: inside the default send windows, with a morning already behind it. */
export const NOW = "2027-03-10T09:30:00.000Z";
export const TODAY = "2027-03-10";
export const STAFF_COUNT = 10;
export const APPOINTMENTS_PER_STAFF = 8;
const TOKEN_SECRET = "a-console-browser-test-secret-0123456789";
const DAY_MS = 86_400_000;

export const ACCOUNTS = {
  owner: "owner@salon-console.example",
  manager: "manager@salon-console.example",
  staff: "staff@salon-console.example",
};

const daysBefore = (days: number, time = "10:00") =>
  new Date(Date.parse(`${TODAY}T${time}:00Z`) - days * DAY_MS).toISOString();

/**
 * A local stack like `npm start`'s, on a fresh table, with a small studio: ten staff members with eighty
 * appointments today, a reliable client with an appointment this morning (to mark a no-show), an overdue
 * client with email consent (to contact), two project requests (to close) and a running project of a client
 * with email consent (to broadcast to).
 */
export const startConsoleStack = async () => {
  moveSystemClockTo(NOW);
  const table = await createTestTable();
  const s3 = await startLocalS3({ buckets: ["rebook-photos"] });
  Object.assign(process.env, {
    TABLE_NAME: table.tableName,
    DYNAMODB_ENDPOINT: table.endpoint,
    APP_SECRET: "a-console-browser-test-app-secret-0123456789",
    PUBLIC_BASE_URL: "http://127.0.0.1",
    SES_ENDPOINT: inject("sesEndpoint"),
    SES_FROM_ADDRESS: "studio@rebook.local",
    SES_CONFIGURATION_SET: "rebook-local",
    SMS_ORIGINATION_IDENTITY: "Rebook",
    SMS_CONFIGURATION_SET: "rebook-local",
    SMS_SINK_FILE: join(await mkdtemp(join(tmpdir(), "rebook-sms-")), "sms-sink.jsonl"),
    EMAIL_PER_SECOND: "14",
    SMS_PER_SECOND: "10",
    AWS_REGION: "eu-central-1",
    PHOTO_BUCKET: "rebook-photos",
    S3_ENDPOINT: s3.endpoint,
    // Deposits are taken through the payment simulator, as on `npm start`.
    PAYMENT_SIMULATOR_SECRET: "whsec_console_browser_test_simulator",
  });
  const { handler: createStudio } = await import("../../../functions/operations/create-studio");
  const opened = await createStudio({
    name: "Salon Console",
    handle: `salon-console-${Date.now()}`,
    kind: "salon",
    timeZone: "Europe/Berlin",
    locale: "de-DE",
    currency: "EUR",
    settings: { defaultCountry: "DE" },
    owner: { email: ACCOUNTS.owner, name: "Olga Owner" },
  });
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  const studioId = opened.studio.id;

  const scheduler = await startLocalScheduler(() => undefined);
  const port = await freePort();
  const server: Server = await startLocalServer({
    port,
    tokenSecret: TOKEN_SECRET,
    scheduler,
    console: { directory: inject("consoleDirectory"), studioIds: [studioId] },
  });
  const url = `http://127.0.0.1:${port}`;
  const token = await signLocalToken(opened.owner, TOKEN_SECRET);
  // biome-ignore lint/suspicious/noExplicitAny: the seed reads ids from answers it has just made
  const call = async (method: string, path: string, body?: unknown): Promise<any> => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return text === "" ? null : JSON.parse(text);
  };

  const accounts = {
    owner: opened.owner,
    manager: await call("POST", "/staff-accounts", {
      email: ACCOUNTS.manager,
      name: "Mara Manager",
      role: "manager",
    }),
    staff: await call("POST", "/staff-accounts", {
      email: ACCOUNTS.staff,
      name: "Sven Staff",
      role: "staff",
    }),
  };
  const hours = Object.fromEntries(
    ["mon", "tue", "wed", "thu", "fri", "sat"].map((day) => [day, [{ from: "09:00", to: "18:00" }]]),
  );
  const staff: { id: string }[] = [];
  for (let index = 1; index <= STAFF_COUNT; index++) {
    staff.push(await call("POST", "/staff", { name: `Stylist ${index}`, email: null, workingHours: hours }));
  }
  const categories = await call("GET", "/categories");
  const haircut =
    categories.items.find((category: { id: string }) => category.id === "haircut") ?? categories.items[0];
  const service = await call("POST", "/services", {
    categoryId: haircut.id,
    name: "Cut",
    durationMinutes: 45,
    price: 4500,
    staffIds: staff.map((member) => member.id),
  });
  const book = (clientId: string, staffId: string, startsAt: string) =>
    call("POST", "/appointments", {
      clientId,
      serviceId: service.id,
      staffId,
      startsAt,
      outsideWorkingHours: true,
    });
  const visits = async (clientId: string, daysAgo: number[]) => {
    for (const days of daysAgo) {
      const visit = await book(clientId, staff[1]!.id, daysBefore(days));
      await call("PUT", `/appointments/${visit.id}/status`, { status: "attended" });
    }
  };

  const grantEmailMarketing = (clientId: string) =>
    call("POST", `/clients/${clientId}/consents`, {
      channel: "email",
      purpose: "marketing",
      granted: true,
      source: "paper_form",
      evidence: { text: "Yes, send me news", ipAddress: null, userAgent: null },
    });

  const reliable = await call("POST", "/clients", {
    firstName: "Mila",
    lastName: "Jansen",
    phone: "+4915112345678",
  });
  await visits(reliable.id, [120, 80, 40]);
  const missed = await book(reliable.id, staff[0]!.id, `${TODAY}T08:00:00Z`);

  const overdueEmail = `noor.${Date.now()}@example.com`;
  const overdue = await call("POST", "/clients", {
    firstName: "Noor",
    lastName: "Visser",
    email: overdueEmail,
  });
  await grantEmailMarketing(overdue.id);
  await visits(overdue.id, [270, 210, 150]);

  for (let index = 0; index < STAFF_COUNT * APPOINTMENTS_PER_STAFF; index++) {
    const client = await call("POST", "/clients", { firstName: `Guest${index}`, lastName: "Day" });
    const slot = Math.floor(index / STAFF_COUNT);
    const startsAt = new Date(Date.parse(`${TODAY}T10:00:00Z`) + slot * 45 * 60_000).toISOString();
    await book(client.id, staff[index % STAFF_COUNT]!.id, startsAt);
  }
  for (const title of ["Koi sleeve", "Rose on the wrist"]) {
    await call("POST", "/projects", { clientId: reliable.id, title });
  }
  const broadcastEmail = `eva.${Date.now()}@example.com`;
  const tattooed = await call("POST", "/clients", {
    firstName: "Eva",
    lastName: "Broek",
    email: broadcastEmail,
  });
  await grantEmailMarketing(tattooed.id);
  const running = await call("POST", "/projects", { clientId: tattooed.id, title: "Fine-line script" });
  await call("PATCH", `/projects/${running.id}`, { status: "running" });
  await scheduler.runNow("overdue-scan");

  return {
    url,
    consoleUrl: `${url}/console/`,
    studioId,
    categoryId: haircut.id as string,
    staffIds: staff.map((member) => member.id),
    reliableClientId: reliable.id as string,
    missedAppointmentId: missed.id as string,
    overdueEmail,
    broadcastEmail,
    sendDueMessages: () => scheduler.runNow("send-due-messages"),
    /** An ID token the local API accepts, as an identity provider would hand it out. */
    idTokenOf: (role: keyof typeof ACCOUNTS): Promise<string> => signLocalToken(accounts[role], TOKEN_SECRET),
    stop: async () => {
      await scheduler.stop();
      await new Promise((resolve) => server.close(resolve));
      await s3.stop();
    },
  };
};
