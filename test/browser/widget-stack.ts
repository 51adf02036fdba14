import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import axe from "axe-core";
import { type Browser, chromium, type Page } from "playwright-core";
import { expect, inject } from "vitest";
import { readSunkSms } from "../../functions/adapters/sms/local-sms-sink";
import { freePort } from "../../functions/local/dynamodb-local";
import { localEnvironment } from "../../functions/local/local-environment";
import type { LocalScheduler } from "../../functions/local/local-scheduler";
import { startLocalServer } from "../../functions/local/local-server";
import { WIDGET_DEMO_PATH } from "../../functions/local/widget-site";
import { buildWidget } from "../../web/widget/build-widget";
import { createTestTable } from "../support/test-table";

/** Debian's Chromium, driven by playwright-core (which downloads no browser of its own). */
const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];
/** Git-ignored: a picture of every step, to look at when a test fails or the look changes. */
export const SCREENSHOTS = join(process.cwd(), "test-results", "widget");
export const TERMS = "Cancel free of charge up to 24 hours before. A missed appointment may be charged.";
const TOKEN_SECRET = "a-browser-test-token-secret-0123456789";
const WEEK = Object.fromEntries(
  ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((day) => [day, [{ from: "09:00", to: "17:00" }]]),
);

/** The browser tests play no schedules; the local server needs one only to offer its `/_local/` controls. */
const noSchedules: LocalScheduler = { runNow: async () => null, stop: async () => undefined };

/**
 * A local stack as `npm start` runs it, on a fresh table of the run's DynamoDB Local: the local server with
 * the freshly built widget and its demo page, and a small studio (handle `demo`, English, one service by two
 * staff working every day) taking online bookings. And Chromium.
 */
export const startWidgetStack = async () => {
  const table = await createTestTable();
  const directory = mkdtempSync(join(tmpdir(), "rebook-widget-"));
  const smsSinkFile = join(directory, "sms-sink.jsonl");
  const port = await freePort();
  Object.assign(
    process.env,
    localEnvironment({
      tableName: table.tableName,
      dynamoDbEndpoint: table.endpoint,
      sesEndpoint: inject("sesEndpoint"),
      appSecret: "a-browser-test-application-secret-0123456789",
      port,
      smsSinkFile,
      // The widget's pages show no gallery: the bucket is named, never created.
      photos: { s3Endpoint: inject("s3Endpoint"), bucket: "rebook-photos-unused" },
    }),
  );
  const widget = buildWidget(directory);
  const [server, browser] = await Promise.all([
    startLocalServer({ port, tokenSecret: TOKEN_SECRET, scheduler: noSchedules, widgetDirectory: directory }),
    chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS }),
  ]);
  const url = `http://127.0.0.1:${port}`;
  mkdirSync(SCREENSHOTS, { recursive: true });

  const call = async (method: string, path: string, body?: unknown, token?: string) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? null : JSON.stringify(body),
    });
    // biome-ignore lint/suspicious/noExplicitAny: the tests read answers as loose JSON
    const json: any = response.status === 204 ? null : await response.json();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };

  const { token } = await call("POST", "/_local/studios", {
    name: "Studio Widget",
    handle: "demo",
    kind: "salon",
    timeZone: "Europe/Berlin",
    locale: "en-GB",
    currency: "EUR",
    settings: { defaultCountry: "DE" },
    owner: { email: "owner@widget.example", name: "Olga Owner" },
  });
  const asOwner = (method: string, path: string, body?: unknown) => call(method, path, body, token);
  const service = await asOwner("POST", "/services", {
    categoryId: "haircut",
    name: "Cut and style",
    durationMinutes: 60,
    price: 4500,
    bookableOnline: true,
  });
  const staffIds: Record<string, string> = {};
  for (const name of ["Lena", "Tomasz"])
    staffIds[name] = (await asOwner("POST", "/staff", { name, workingHours: WEEK })).id;
  await asOwner("PATCH", "/online-booking", { enabled: true, termsText: TERMS, allowedOrigins: [url] });

  return {
    url,
    demoUrl: `${url}${WIDGET_DEMO_PATH}`,
    widget,
    browser,
    serviceId: service.id as string,
    serviceName: service.name as string,
    /** Lena's and Tomasz's ids. */
    staffIds,
    asOwner,
    /**
     * Lets time pass at once for both sides: the clock every handler runs on (the local stack's
     * `/_local/clock`) and the page's (installed with `page.clock.install()`).
     */
    passTime: async (page: Page, milliseconds: number) => {
      const { now } = await call("GET", "/_local/clock");
      await call("PUT", "/_local/clock", { now: new Date(Date.parse(now) + milliseconds).toISOString() });
      await page.clock.fastForward(milliseconds);
    },
    resetClock: () => call("PUT", "/_local/clock", { now: new Date().toISOString() }),
    /** The texts the SMS sink holds for a number, oldest first. */
    textsTo: async (phone: string) =>
      (await readSunkSms(smsSinkFile))
        .filter((sms) => sms.input.DestinationPhoneNumber === phone)
        .map((sms) => sms.input.MessageBody ?? ""),
    stop: async () => {
      await browser.close();
      await new Promise((resolve) => (server as Server).close(resolve));
      rmSync(directory, { recursive: true, force: true });
    },
  };
};

export type WidgetStack = Awaited<ReturnType<typeof startWidgetStack>>;

/** The six digits of the last code texted to a number: its last line is WebOTP's `@host #code`. */
export const lastCodeTo = async (stack: WidgetStack, phone: string): Promise<string> => {
  const code = /#(\d{6})$/.exec((await stack.textsTo(phone)).at(-1) ?? "")?.[1];
  if (code === undefined) throw new Error(`no code was texted to ${phone}`);
  return code;
};

/**
 * axe-core on the whole page, the widget's shadow DOM included: no serious or critical violation. Prints what
 * it found at every impact, and how many rules passed.
 */
export const expectAccessible = async (page: Page, state: string) => {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axe.source);
  const { passed, violations } = await page.evaluate(async () => {
    const results = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: {
        type: "tag",
        values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
      },
    });
    return {
      passed: results.passes.length,
      violations: results.violations.map((violation) => ({
        impact: violation.impact ?? "unknown",
        found: `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
      })),
    };
  });
  console.log(
    `axe-core, ${state}: ${passed} rules passed, ${violations.length} violated${violations
      .map(({ impact, found }) => `\n  ${impact} ${found}`)
      .join("")}`,
  );
  const blocking = violations.filter(({ impact }) => impact === "serious" || impact === "critical");
  expect(
    blocking.map(({ found }) => found),
    state,
  ).toEqual([]);
};

/** A picture of the page, named by test and step. */
export const snap = (page: Page, name: string) =>
  page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

export const newPage = async (browser: Browser) => {
  const context = await browser.newContext({ locale: "en-GB", viewport: { width: 900, height: 900 } });
  return context.newPage();
};

/** What has the focus, inside the widget's shadow root too, and whether it shows. */
export const focused = (page: Page) =>
  page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    const style = getComputedStyle(element ?? document.body);
    return {
      id: element?.id ?? "",
      text: element?.textContent?.trim() ?? "",
      outline: style.outlineStyle === "none" ? "none" : `${style.outlineStyle} ${style.outlineWidth}`,
    };
  });
