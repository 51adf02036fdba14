import { createHash } from "node:crypto";
import { mkdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { describeSize, INITIAL_JS_BUDGET_BYTES } from "../../web/console/build";
import { launchChromium } from "./support/chromium";
import {
  ACCOUNTS,
  APPOINTMENTS_PER_STAFF,
  NOW,
  STAFF_COUNT,
  startConsoleStack,
  TODAY,
} from "./support/console-stack";

const SCREENSHOTS = join(import.meta.dirname, "screenshots");
const axeSource = readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

describe("the staff console in Chromium, against the local stack", () => {
  let stack: Awaited<ReturnType<typeof startConsoleStack>>;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  /** A tab signed in with one click on the local sign-in page, the browser's clock at the stack's. */
  const signedIn = async (email: string): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    contexts.push(context);
    await context.clock.install({ time: new Date(NOW) });
    const page = await context.newPage();
    page.on("pageerror", (error) => console.error(`page error: ${error.message}`));
    await page.goto(stack.consoleUrl);
    await page
      .getByRole("button", { name: new RegExp(email.split("@")[0]!.replace(/^./, (c) => c.toUpperCase())) })
      .first()
      .click();
    await page.getByTestId("signed-in-as").waitFor();
    return page;
  };
  const open = async (page: Page, hash: string) => {
    await page.goto(`${stack.consoleUrl}#/${hash}`);
    await page.locator("main h1").first().waitFor();
  };
  const screenshot = (page: Page, name: string) =>
    page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  const seriousViolations = async (page: Page) => {
    // Evaluated through the DevTools protocol: an inline script tag would be refused by the console's CSP.
    await page.evaluate(await axeSource);
    const violations = await page.evaluate(async () =>
      (
        await (
          globalThis as unknown as { axe: { run: () => Promise<{ violations: AxeViolation[] }> } }
        ).axe.run()
      ).violations.map(({ id, impact, nodes }) => ({
        id,
        impact,
        nodes: nodes.map(({ target }) => ({ target })),
      })),
    );
    return violations.filter(
      (violation) => violation.impact === "serious" || violation.impact === "critical",
    );
  };

  beforeAll(async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    [stack, browser] = await Promise.all([startConsoleStack(), launchChromium()]);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it("signs in through the hosted UI with the code flow and PKCE, and renews the ID token with the refresh token", async () => {
    const context = await browser.newContext();
    contexts.push(context);
    // The local tokens expire 12 hours after they are signed, by the machine's clock.
    await context.clock.install({ time: new Date() });
    const page = await context.newPage();
    // The cloud's user pool domain stands in on the console's own origin, which the local CSP allows.
    const hostedUi = `${stack.url}/hosted-ui`;
    let authorize = new URLSearchParams();
    const tokenRequests: Record<string, string>[] = [];
    await page.route(`${stack.consoleUrl}config.json`, (route) =>
      route.fulfill({
        json: { apiUrl: "", signIn: { kind: "cognito", url: hostedUi, clientId: "console-client" } },
      }),
    );
    await page.route(`${hostedUi}/oauth2/authorize?*`, (route) => {
      authorize = new URL(route.request().url()).searchParams;
      const back = `${authorize.get("redirect_uri")}?code=one-time-code&state=${authorize.get("state")}`;
      return route.fulfill({ status: 302, headers: { location: back } });
    });
    await page.route(`${hostedUi}/oauth2/token`, async (route) => {
      tokenRequests.push(Object.fromEntries(new URLSearchParams(route.request().postData() ?? "")));
      return route.fulfill({
        json: { id_token: await stack.idTokenOf("staff"), refresh_token: "refresh-1", token_type: "Bearer" },
      });
    });

    await page.goto(stack.consoleUrl);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByTestId("signed-in-as").waitFor();

    expect(Object.fromEntries(authorize)).toMatchObject({
      response_type: "code",
      client_id: "console-client",
      redirect_uri: stack.consoleUrl,
      scope: "openid email profile",
      code_challenge_method: "S256",
    });
    expect(tokenRequests).toEqual([
      {
        grant_type: "authorization_code",
        client_id: "console-client",
        code: "one-time-code",
        redirect_uri: stack.consoleUrl,
        code_verifier: expect.stringMatching(/^[A-Za-z0-9_-]{43,128}$/),
      },
    ]);
    const verifier = tokenRequests[0]!.code_verifier!;
    expect(authorize.get("code_challenge")).toBe(createHash("sha256").update(verifier).digest("base64url"));
    expect(page.url()).toBe(stack.consoleUrl);
    expect(await page.getByTestId("signed-in-as").textContent()).toContain(ACCOUNTS.staff);

    await page.clock.fastForward("12:00:00");
    await page.getByRole("link", { name: "Kunden" }).click();
    await page.locator("main h1").filter({ hasText: "Kunden" }).waitFor();
    // The refresh may still be on its way when the page has drawn: wait for it.
    await expect.poll(() => tokenRequests.length).toBeGreaterThan(1);
    expect(tokenRequests[1]).toEqual({
      grant_type: "refresh_token",
      client_id: "console-client",
      refresh_token: "refresh-1",
    });
  });

  it("keeps the initial JavaScript within its budget", () => {
    const bytes = inject("consoleInitialJsBytes");
    console.log(`console: ${describeSize(bytes)}`);
    expect(bytes).toBeLessThanOrEqual(INITIAL_JS_BUDGET_BYTES);
  });

  it("renders a day of 10 staff and 80 appointments from 2 API calls", async () => {
    const page = await signedIn(ACCOUNTS.owner);
    await open(page, "clients");
    await page.waitForLoadState("networkidle");
    const apiCalls: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.origin === stack.url && !url.pathname.startsWith("/console/"))
        apiCalls.push(`${request.method()} ${url.pathname}`);
    });

    await page.getByRole("link", { name: "Heute" }).click();
    await page
      .getByTestId("appointment")
      .nth(STAFF_COUNT * APPOINTMENTS_PER_STAFF)
      .waitFor();

    console.log(
      `calendar of a day: ${await page.getByTestId("appointment").count()} appointments, ${await page.getByTestId("calendar-column").count()} columns, API calls: ${apiCalls.join(", ")}`,
    );
    expect(await page.getByTestId("calendar-column").count()).toBe(STAFF_COUNT);
    expect(apiCalls.sort()).toEqual(["GET /appointments", "GET /staff"]);
    await screenshot(page, "today-owner");
  });

  it("marks a no-show, and the client's card shows the new colour", async () => {
    const page = await signedIn(ACCOUNTS.owner);
    await open(page, `clients/${stack.reliableClientId}`);
    await expect.poll(() => page.getByTestId("reliability").getAttribute("data-colour")).toBe("green");

    await open(page, "today");
    await page.getByTestId("appointment").filter({ hasText: "Mila Jansen" }).click();
    await page.getByRole("button", { name: "Nicht erschienen" }).click();
    await page.getByLabel("Grund für das Nichterscheinen").fill("Did not come, no call");
    await page.getByRole("button", { name: "Nichterscheinen erfassen" }).click();
    await page.getByTestId("appointment").filter({ hasText: "nicht erschienen" }).waitFor();
    await open(page, `clients/${stack.reliableClientId}`);

    await expect.poll(() => page.getByTestId("reliability").getAttribute("data-colour")).toBe("orange");
    await screenshot(page, "client-card-after-no-show");
  });

  it("contacts the overdue clients of a category, and the mail reaches the SES emulator", async () => {
    const page = await signedIn(ACCOUNTS.owner);
    await open(page, `reconnect/${stack.categoryId}`);
    await page.getByRole("row").filter({ hasText: "Noor Visser" }).waitFor();
    await page.getByRole("button", { name: "Überfällige Kunden kontaktieren" }).click();
    await expect.poll(() => page.getByTestId("recipients").textContent()).toContain("1");
    await screenshot(page, "reconnect-contact-preview");
    await page.getByRole("dialog").getByRole("button", { name: "Senden" }).click();
    await page.getByTestId("contact-result").waitFor();

    await stack.sendDueMessages();

    const store = (await (await fetch(`${inject("sesEndpoint")}/store`)).json()) as {
      emails: { destination: { to: string[] }; subject: string }[];
    };
    expect(store.emails.filter((mail) => mail.destination.to.includes(stack.overdueEmail))).toHaveLength(1);
  });

  it("counts an SMS template with an emoji as UCS-2 in 3 segments", async () => {
    const page = await signedIn(ACCOUNTS.owner);
    await open(page, "templates?locale=de&purpose=reminder&channel=sms");
    await page.getByLabel("Text", { exact: true }).fill(`Bis bald 😀 ${"x".repeat(140)}`);

    await expect
      .poll(() => page.getByTestId("sms-counter").textContent())
      .toMatch(/^UCS-2 · \d+ Zeichen · 3 SMS-Teile$/);
    await screenshot(page, "template-editor");
  });

  it("closes the selected project requests in bulk", async () => {
    const page = await signedIn(ACCOUNTS.owner);
    await open(page, "projects?status=request");
    for (const title of ["Koi sleeve", "Rose on the wrist"])
      await page.getByLabel(`${title} auswählen`).check();
    await page.getByRole("button", { name: "Ausgewählte schließen (2)" }).click();
    await expect.poll(() => page.getByTestId("project").count()).toBe(0);

    await open(page, "projects?status=closed");
    await expect.poll(() => page.getByTestId("project").count()).toBe(2);
  });

  it("edits a client's details, and the search by tag finds the client", async () => {
    const page = await signedIn(ACCOUNTS.staff);
    await open(page, `clients/${stack.reliableClientId}`);
    await page.getByRole("button", { name: "Angaben bearbeiten" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Schlagworte (durch Kommas getrennt)").fill("stammkundin, balayage");
    await dialog.getByLabel("Ort", { exact: true }).fill("Utrecht");
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Speichern" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByText("stammkundin, balayage").waitFor();

    await open(page, "clients?by=tag&q=balayage");
    const rows = page.getByRole("row").filter({ hasText: "balayage" });
    await rows.first().waitFor();
    expect(await rows.allTextContents()).toEqual([expect.stringContaining("Mila Jansen")]);
  });

  it("broadcasts to the clients of the selected projects, and the mail reaches the SES emulator", async () => {
    const page = await signedIn(ACCOUNTS.manager);
    await open(page, "projects?status=running");
    await page.getByLabel("Fine-line script auswählen").check();
    await page.getByRole("button", { name: "Rundschreiben an Ausgewählte (1)" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Kanäle").selectOption({ label: "Nur E-Mail" });
    await dialog.locator("figure.preview").first().waitFor();
    await screenshot(page, "projects-broadcast-preview");
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Senden" }).click();
    await expect
      .poll(() => dialog.getByTestId("broadcast-result").textContent())
      .toContain("1 Nachrichten eingereiht, 0 übersprungen");

    await stack.sendDueMessages();

    const store = (await (await fetch(`${inject("sesEndpoint")}/store`)).json()) as {
      emails: { destination: { to: string[] }; subject: string }[];
    };
    expect(
      store.emails
        .filter((mail) => mail.destination.to.includes(stack.broadcastEmail))
        .map((mail) => mail.subject),
    ).toEqual(["Neuigkeiten von Salon Console"]);
  });

  it("shows a manager the staff accounts without the owner's invite, re-role and remove", async () => {
    const page = await signedIn(ACCOUNTS.manager);
    await open(page, "settings");
    const accounts = page.getByRole("region", { name: "Konten und Rollen" });
    await accounts.getByRole("row").filter({ hasText: "Sven Staff" }).waitFor();

    expect(await accounts.getByRole("row").count()).toBe(4);
    expect(await accounts.getByRole("combobox").count()).toBe(0);
    for (const owners of ["Entfernen", "Einladen"]) {
      expect(await accounts.getByRole("button", { name: owners }).count()).toBe(0);
    }
    await screenshot(page, "settings-manager");
  });

  it("does not offer a staff member what only owners and managers may do", async () => {
    const page = await signedIn(ACCOUNTS.staff);
    const nav = page.getByRole("navigation", { name: "Konsole" });
    await nav.getByRole("link", { name: "Heute" }).waitFor();
    expect(await nav.getByRole("link", { name: "Einstellungen" }).count()).toBe(0);

    await open(page, `reconnect/${stack.categoryId}`);
    expect(await page.getByRole("button", { name: "Überfällige Kunden kontaktieren" }).count()).toBe(0);
    await open(page, `clients/${stack.reliableClientId}`);
    await page.getByTestId("reliability").waitFor();
    for (const owners of ["Alle Daten exportieren", "Personenbezogene Daten löschen"]) {
      expect(await page.getByRole("button", { name: owners }).count()).toBe(0);
    }
    expect(await page.getByRole("checkbox", { name: "Gesperrt" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Für die Onlinebuchung sperren" }).count()).toBe(0);
    await open(page, "projects?status=running");
    await page.getByTestId("project").first().waitFor();
    expect(await page.getByRole("button", { name: /^Rundschreiben/ }).count()).toBe(0);
    await open(page, "templates?locale=de&purpose=broadcast&channel=email");
    expect(await page.getByRole("button", { name: "Speichern" }).count()).toBe(0);
    await screenshot(page, "client-card-staff");
  });

  it("books, marks attended, moves, asks for a deposit and cancels late from the calendar, as a staff member", async () => {
    const page = await signedIn(ACCOUNTS.staff);
    const appointment = (text: string) => page.getByTestId("appointment").filter({ hasText: text });
    const book = async (staff: string, time: string) => {
      await page.getByRole("button", { name: "Buchen" }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByLabel("Kunden nach Namen suchen").fill("Noor");
      await dialog.getByRole("radio", { name: /Noor Visser/ }).check();
      await dialog.getByLabel("Leistung").selectOption({ label: "Cut · 45 min · 45,00 €" });
      await dialog.getByLabel("Mitarbeiter").selectOption({ label: staff });
      await dialog.getByLabel("Uhrzeit").fill(time);
      await dialog.getByRole("button", { name: "Buchen" }).click();
      await dialog.waitFor({ state: "detached" });
    };
    await open(page, "today");

    // Started at 10:00 and not marked half an hour later: late, with the question offered; then attended.
    await book("Stylist 2", "10:00");
    await appointment("Noor Visser").filter({ hasText: "verspätet?" }).waitFor();
    await appointment("Noor Visser").click();
    await page.getByRole("button", { name: "Nachfragen: unterwegs?" }).waitFor();
    await page.getByRole("button", { name: "Erschienen", exact: true }).click();
    await appointment("Noor Visser").filter({ hasText: "erschienen" }).waitFor();

    // This evening, unconfirmed: moved by a quarter of an hour, then cancelled, late by the cut-off.
    await book("Stylist 3", "17:00");
    await appointment("17:00 Noor Visser").filter({ hasText: "unbestätigt" }).waitFor();
    await appointment("17:00 Noor Visser").click();
    await page.getByRole("button", { name: "Verschieben" }).click();
    const form = page.getByRole("dialog").locator("form");
    await form.getByLabel("Uhrzeit").fill("17:15");
    await form.getByRole("button", { name: "Verschieben" }).click();
    // Asked for a deposit of the amount given: the calendar marks it due, the reopened dialog shows it.
    await appointment("17:15 Noor Visser").click();
    await page.getByRole("button", { name: "Anzahlung anfragen" }).click();
    await form.getByLabel(/^Betrag in EUR/).fill("20");
    await form.getByRole("button", { name: "Anfragen und Zahlungslink senden" }).click();
    await page.getByRole("dialog").waitFor({ state: "detached" });
    await appointment("17:15 Noor Visser").filter({ hasText: "Anzahlung offen" }).click();
    const deposit = await page.getByRole("dialog").getByTestId("deposit").textContent();
    await page.getByRole("button", { name: "Termin absagen" }).click();
    expect(await form.getByLabel("Kurzfristige Absage").inputValue()).toBe("cutoff");
    await form.getByRole("button", { name: "Absagen" }).click();
    await appointment("17:15 Noor Visser").filter({ hasText: "abgesagt" }).waitFor();
    await screenshot(page, "today-staff-actions");

    await appointment("17:15 Noor Visser").click();
    await expect.poll(() => page.getByRole("dialog").textContent()).toContain("abgesagt (kurzfristig)");
    expect(deposit).toMatch(/^20,00\s€ · angefragt, noch nicht bezahlt$/);
  });

  it("gives a team member time off in the settings, and the calendar shows the day away", async () => {
    const page = await signedIn(ACCOUNTS.manager);
    await open(page, "settings");
    await page.getByRole("button", { name: "Stylist 4 bearbeiten" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Abwesenheit hinzufügen" }).click();
    const away = dialog.getByRole("group", { name: "Abwesenheiten" });
    await away.getByLabel("Von").fill(TODAY);
    await away.getByLabel("Bis").fill("2027-03-12");
    await away.getByLabel("Grund").fill("Fortbildung");
    await screenshot(page, "team-member-dialog");
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Speichern" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByTestId("team-member").filter({ hasText: "Fortbildung" }).waitFor();

    await open(page, "today");
    const column = page.getByTestId("calendar-column").filter({ hasText: "Stylist 4" });
    await expect.poll(() => column.getByRole("heading").textContent()).toBe("Stylist 4 · Fortbildung");
    expect(await column.locator(".working").count()).toBe(0);
  });

  it("sets the reminders, the no-show policy and a deposit rule, and a reload shows what was saved", async () => {
    const page = await signedIn(ACCOUNTS.owner);
    await open(page, "settings");
    const section = page.getByRole("region", { name: "Erinnerungen und Nichterscheinen" });
    await section.getByRole("button", { name: "Erinnerung hinzufügen" }).click();
    const second = section.getByRole("group", { name: "Erinnerungen" }).locator(".row").nth(1);
    await second.getByLabel("Stunden vorher").fill("2");
    await second.getByLabel("Kanal").selectOption({ label: "E-Mail" });
    await section
      .getByLabel("Absage- und Nichterscheinensregel", { exact: false })
      .fill("Bitte 24 Stunden vorher absagen.");
    await section.getByLabel("Sperre der Onlinebuchung dauert (Tage)").fill("30");
    await section.getByRole("button", { name: "Speichern" }).click();
    await expect.poll(() => section.getByRole("button", { name: "Speichern" }).isEnabled()).toBe(true);
    const deposits = page.getByRole("region", { name: "Anzahlungen" });
    await deposits.getByLabel("Onlinebuchungen verlangen Anzahlungen nach den Regeln").check();
    await deposits.getByLabel(/^Anzahlungsregeln für Kunden/).fill("Ab 100 € Preis 30 € Anzahlung.");
    await deposits.getByRole("button", { name: "Regel hinzufügen" }).click();
    const rule = deposits.getByRole("group", { name: "Regel 1" });
    await rule.getByLabel("Wenn").selectOption({ label: "die Leistung mindestens kostet" });
    await rule.getByLabel("Preis ab (EUR)").fill("100");
    await rule.getByLabel("Anzahlung").selectOption({ label: "fester Betrag in EUR" });
    await rule.getByLabel("Betrag (EUR)").fill("30");
    const saved = page.waitForResponse((response) => response.request().method() === "PATCH");
    await deposits.getByRole("button", { name: "Speichern" }).click();
    expect((await saved).status()).toBe(200);

    await page.reload();
    await page.locator("main h1").first().waitFor();
    const reloaded = page.getByRole("region", { name: "Erinnerungen und Nichterscheinen" });
    const rows = reloaded.getByRole("group", { name: "Erinnerungen" }).locator(".row");
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(1).getByLabel("Stunden vorher").inputValue()).toBe("2");
    expect(await rows.nth(1).getByLabel("Kanal").inputValue()).toBe("email");
    expect(await reloaded.getByLabel("Sperre der Onlinebuchung dauert (Tage)").inputValue()).toBe("30");
    expect(
      await reloaded.getByLabel("Absage- und Nichterscheinensregel", { exact: false }).inputValue(),
    ).toBe("Bitte 24 Stunden vorher absagen.");
    const savedRule = page
      .getByRole("region", { name: "Anzahlungen" })
      .getByRole("group", { name: "Regel 1" });
    expect(await savedRule.getByLabel("Preis ab (EUR)").inputValue()).toBe("100");
    expect(await savedRule.getByLabel("Betrag (EUR)").inputValue()).toBe("30");
  });

  it("bans a client from online booking with a reason, and lifts the ban, on the card", async () => {
    const page = await signedIn(ACCOUNTS.manager);
    await open(page, `clients/${stack.reliableClientId}`);
    const measures = page.getByRole("region", { name: "Maßnahmen bei Nichterscheinen" });
    await expect.poll(() => page.getByTestId("online-ban").textContent()).toBe("Darf online buchen");

    await measures.getByLabel("Grund (wird dem Kunden mitgeteilt)").fill("Third no-show this year");
    await measures.getByRole("button", { name: "Für die Onlinebuchung sperren" }).click();
    await expect
      .poll(() => page.getByTestId("online-ban").textContent())
      .toBe("Für die Onlinebuchung gesperrt bis auf Weiteres");
    await measures.getByText(/Dauerhafte Onlinesperre · vom Team · Third no-show this year/).waitFor();
    await screenshot(page, "client-card-banned");

    await measures.getByLabel("Grund (wird dem Kunden mitgeteilt)").fill("Paid the missed appointment");
    await measures.getByRole("button", { name: "Onlinesperre aufheben" }).click();
    await expect.poll(() => page.getByTestId("online-ban").textContent()).toBe("Darf online buchen");
  });

  it("blocks a tag in the settings, and the card of a client with that tag names the block", async () => {
    const page = await signedIn(ACCOUNTS.owner);
    await open(page, "settings");
    const section = page.getByRole("region", { name: "Gesperrte Nummern, Adressen und Schlagworte" });
    await section.getByLabel("Art").selectOption({ label: "Schlagwort" });
    await section.getByLabel("Nummer, Adresse oder Schlagwort").fill("balayage");
    await section.getByLabel("Grund").fill("Allergic to the bleach we use");
    await section.getByRole("button", { name: "Sperren" }).click();
    await section.getByTestId("block").filter({ hasText: "balayage" }).waitFor();

    await open(page, `clients/${stack.reliableClientId}`);
    const measures = page.getByRole("region", { name: "Maßnahmen bei Nichterscheinen" });
    await measures.getByText("Schlagwort: balayage · Allergic to the bleach we use").waitFor();

    await open(page, "settings");
    await section.getByRole("button", { name: "Sperre von balayage entfernen" }).click();
    await expect.poll(() => section.getByTestId("block").count()).toBe(0);
  });

  it("has no serious or critical accessibility violation on any page", async () => {
    const page = await signedIn(ACCOUNTS.owner);
    const pages = [
      "today",
      `today?staff=${stack.staffIds[0]}`,
      "clients",
      `clients/${stack.reliableClientId}`,
      "reconnect",
      `reconnect/${stack.categoryId}`,
      "templates?locale=de&purpose=broadcast&channel=email",
      "projects",
      "messages?status=sent",
      "settings",
    ];
    const found: Record<string, AxeViolation[]> = {};
    for (const hash of pages) {
      await open(page, hash);
      await page.waitForLoadState("networkidle");
      found[hash] = await seriousViolations(page);
      await screenshot(page, `page-${hash.replace(/[^a-z0-9]+/gi, "-")}`);
    }
    const signInPage = await browser.newPage();
    await signInPage.goto(stack.consoleUrl);
    await signInPage.getByRole("heading", { level: 1 }).waitFor();
    found["sign-in"] = await seriousViolations(signInPage);
    await signInPage.close();

    expect(
      Object.fromEntries(Object.entries(found).filter(([, violations]) => violations.length > 0)),
    ).toEqual({});
  });
});
