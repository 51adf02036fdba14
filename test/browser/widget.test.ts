import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { plusDays, todayIn } from "../../web/widget/formats";
import {
  expectAccessible,
  focused,
  lastCodeTo,
  newPage,
  snap,
  startWidgetStack,
  TERMS,
  type WidgetStack,
} from "./widget-stack";

const MAX_GZIP_BYTES = 30 * 1024;

let stack: WidgetStack;

beforeAll(async () => {
  stack = await startWidgetStack();
});

afterAll(() => stack?.stop());

/** Service and staff, up to the free times of the first day that has some. */
const toSlots = async (page: Page, staff: string) => {
  await page.goto(stack.demoUrl);
  await page.getByRole("button", { name: /Cut and style/ }).click();
  await page.getByRole("button", { name: staff }).click();
  return page.getByRole("list", { name: /^Free times on/ }).getByRole("button");
};

/** On to the phone step, holding the first free time. */
const toPhone = async (page: Page) => {
  await (await toSlots(page, "Anyone who is free")).first().click();
  await expect.poll(() => page.getByRole("heading", { name: "Your mobile number" }).isVisible()).toBe(true);
};

/** The page's calls to the booking API, as method and path: the profile, then one call per step. */
const apiCallsIn = (requested: Array<{ method: string; url: string }>) =>
  requested
    .map(({ method, url }) => `${method} ${new URL(url).pathname}`)
    .filter((call) => call.includes(" /book/"));

const sendCodeTo = async (page: Page, phone: string) => {
  await page.getByLabel("Mobile number").fill(phone);
  await page.getByRole("button", { name: "Send code" }).click();
  await page.getByRole("heading", { name: "Enter your code" }).waitFor();
};

describe("the booking widget in Chromium, on the local stack's demo page", () => {
  it("is one ES module of at most 30 KB gzipped", () => {
    console.log(
      `widget: ${(stack.widget.bytes / 1024).toFixed(1)} KB minified, ${(stack.widget.gzipBytes / 1024).toFixed(1)} KB gzipped`,
    );

    expect(stack.widget.gzipBytes).toBeLessThanOrEqual(MAX_GZIP_BYTES);
  });

  it("books end to end with the code from the SMS sink, accessible at every step and asking nothing of third parties", async () => {
    const page = await newPage(stack.browser);
    const requested: Array<{ method: string; url: string }> = [];
    const complaints: string[] = [];
    page.on("request", (request) => requested.push({ method: request.method(), url: request.url() }));
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") complaints.push(message.text());
    });
    const phone = "+4915123456701";

    await page.goto(stack.demoUrl);
    await page.getByRole("button", { name: /Cut and style/ }).waitFor();
    await expectAccessible(page, "services");
    await snap(page, "book-1-service");
    await page.getByRole("button", { name: /Cut and style/ }).click();
    await expectAccessible(page, "staff");
    await snap(page, "book-2-staff");
    await page.getByRole("button", { name: "Lena" }).click();
    const slots = page.getByRole("list", { name: /^Free times on/ }).getByRole("button");
    await slots.first().waitFor();
    const callsToFirstSlots = apiCallsIn(requested);
    console.log(`calls to the booking API up to the first slot list: ${callsToFirstSlots.join(", ")}`);
    await expectAccessible(page, "slots");
    await snap(page, "book-3-slot");
    const time = (await slots.first().textContent())!.trim();
    await slots.first().click();
    await expect.poll(() => page.getByRole("timer").textContent()).toMatch(/for (10:00|9:[0-5]\d)\.$/);
    await expectAccessible(page, "phone");
    await snap(page, "book-4-phone");
    await sendCodeTo(page, "+49 1512 3456701");
    await expectAccessible(page, "code");
    await snap(page, "book-5-code");
    await page.getByLabel("Six-digit code").fill(await lastCodeTo(stack, phone));
    await page.getByRole("button", { name: "Confirm" }).click();
    await page.getByRole("heading", { name: "Your details" }).waitFor();
    await page.getByLabel("First name").fill("Ada");
    await page.getByLabel("Last name").fill("Lovelace");
    await page.getByLabel("Email (optional)").fill("ada@example.org");
    await page.getByText(TERMS).waitFor();
    await page.getByLabel("I have read the terms and accept them.").check();
    const consent = page.getByLabel(/news and offers/);
    await consent.check();
    const consentText = await consent.evaluate((box) => box.parentElement!.textContent!.trim());
    await expectAccessible(page, "details");
    await snap(page, "book-6-details");
    await page.getByRole("button", { name: "Book" }).click();
    await page.getByRole("heading", { name: "You are booked" }).waitFor();
    await expectAccessible(page, "done");
    await snap(page, "book-7-done");
    const manageUrl = await page
      .getByRole("link", { name: "See or cancel your booking" })
      .getAttribute("href");

    const managePage = await (await fetch(manageUrl!.replace("localhost", "127.0.0.1"))).text();
    const { items } = await stack.asOwner("GET", `/clients?phone=${encodeURIComponent(phone)}`);
    const { entries } = await stack.asOwner("GET", `/clients/${items[0].id}/consents`);
    expect(managePage).toContain(stack.serviceName);
    expect(managePage).toContain(time.replace(/^0/, ""));
    expect(items).toMatchObject([{ firstName: "Ada", lastName: "Lovelace", email: "ada@example.org" }]);
    expect(consentText).toBe("Yes, I would like news and offers from Studio Widget by SMS and email.");
    expect(
      entries.map((entry: { channel: string; evidence: { text: string } }) => [
        entry.channel,
        entry.evidence.text,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ["sms", consentText],
        ["email", consentText],
      ]),
    );
    expect(callsToFirstSlots).toEqual(["GET /book/demo", "GET /book/demo/availability"]);
    expect(requested.filter(({ url }) => !url.startsWith(stack.url))).toEqual([]);
    expect(complaints).toEqual([]);
    await page.context().close();
  });

  it("counts down the tries of a wrong code, then wants a new code, which goes through after its cooldown", async () => {
    const page = await newPage(stack.browser);
    await page.clock.install();
    const phone = "+4915123456702";
    await toPhone(page);
    await sendCodeTo(page, phone);
    const right = await lastCodeTo(stack, phone);
    const wrong = right === "000000" ? "111111" : "000000";
    const codeField = page.getByLabel("Six-digit code");

    const said: string[] = [];
    for (const triesLeft of [4, 3, 2, 1]) {
      await codeField.fill(wrong);
      await codeField.press("Enter");
      const error = page.getByText(
        `That code is not right. ${triesLeft} ${triesLeft === 1 ? "try" : "tries"} left.`,
      );
      await error.waitFor();
      said.push((await error.getAttribute("id"))!);
    }
    const describedBy = await codeField.getAttribute("aria-describedby");
    const focus = await focused(page);
    await expectAccessible(page, "wrong code");
    await snap(page, "wrong-code-1-tries-left");
    await codeField.fill(wrong);
    await codeField.press("Enter");
    await page.getByRole("alert").getByText("That code is not right, and no tries are left.").waitFor();
    const spent = {
      field: await codeField.isDisabled(),
      resend: await page.getByRole("button", { name: /^Send a new code \(in \d+ s\)$/ }).isDisabled(),
    };
    await snap(page, "wrong-code-2-no-tries-left");
    await stack.passTime(page, 31_000);
    await page.getByRole("button", { name: "Send a new code" }).click();
    await expect.poll(async () => (await stack.textsTo(phone)).length).toBe(2);
    await codeField.fill(await lastCodeTo(stack, phone));
    await page.getByRole("button", { name: "Confirm" }).click();
    await page.getByRole("heading", { name: "Your details" }).waitFor();
    await stack.resetClock();

    expect(said).toEqual(["code-error", "code-error", "code-error", "code-error"]);
    expect(describedBy).toBe("code-error");
    expect(focus.id).toBe("code");
    expect(spent).toEqual({ field: true, resend: true });
    await page.context().close();
  });

  it("lets the client take more time, warns before the hold lapses, and offers the time again once it has", async () => {
    const page = await newPage(stack.browser);
    await page.clock.install();
    const slots = await toSlots(page, "Tomasz");
    // A later day: once the clock has moved, the minimum notice may take today's first times.
    await page.getByRole("list", { name: "Choose a day and time" }).getByRole("button").last().click();
    const time = (await slots.first().textContent())!.trim();
    await slots.first().click();
    await page.getByRole("heading", { name: "Your mobile number" }).waitFor();
    const moreTime = page.getByRole("button", { name: "More time" });
    await stack.passTime(page, 5 * 60_000);
    const beforeExtension = await page.getByRole("timer").textContent();
    await moreTime.click();
    await expect.poll(() => page.getByRole("timer").textContent()).toMatch(/for (10:00|9:5\d)\.$/);
    await moreTime.click();
    await expect.poll(() => moreTime.isDisabled()).toBe(true);

    await stack.passTime(page, 8.5 * 60_000);
    await page.getByRole("alert").getByText("Your time is about to run out.").waitFor();
    await expectAccessible(page, "hold ending");
    await snap(page, "hold-1-ending");
    await stack.passTime(page, 2 * 60_000);
    await page.getByRole("alert").getByText("The time we kept for you has run out.").waitFor();
    await slots.first().waitFor();
    await snap(page, "hold-2-lapsed");
    const offered = (await slots.allTextContents()).map((text) => text.trim());
    await stack.resetClock();

    // Five of the ten minutes have passed; a real second may pass too on a busy machine.
    expect(beforeExtension).toMatch(/for (5:0\d|4:5\d)\.$/);
    expect(await page.getByRole("heading", { name: "Choose a day and time" }).isVisible()).toBe(true);
    expect(offered).toContain(time);
    await page.context().close();
  });

  it("shows a blocked number the studio's neutral refusal, and texts it nothing", async () => {
    const phone = "+4915223456703";
    const client = await stack.asOwner("POST", "/clients", { firstName: "Bo", lastName: "Blocked", phone });
    await stack.asOwner("PUT", `/clients/${client.id}/online-booking-block`, { enabled: true });
    const page = await newPage(stack.browser);
    await toPhone(page);

    await page.getByLabel("Mobile number").fill("01522 3456703");
    await page.getByRole("button", { name: "Send code" }).click();
    const refusal = page.getByRole("alert");
    await refusal.getByText("Please call the studio to book.").waitFor();
    await expectAccessible(page, "refused");
    await snap(page, "blocked-number");

    expect((await refusal.textContent())!.trim()).toBe("Please call the studio to book.");
    expect(await page.getByRole("heading", { name: "Your mobile number" }).isVisible()).toBe(true);
    expect(await stack.textsTo(phone)).toEqual([]);
    await page.context().close();
  });

  it("says when no time fits, and offers the waitlist first and other days", async () => {
    const kai = await stack.asOwner("POST", "/staff", { name: "Kai" });
    await stack.asOwner("POST", "/services", {
      categoryId: "haircut",
      name: "Colour consultation",
      durationMinutes: 30,
      price: 2500,
      bookableOnline: true,
      staffIds: [kai.id],
    });
    const page = await newPage(stack.browser);
    await page.goto(stack.demoUrl);

    await page.getByRole("button", { name: /Colour consultation/ }).click();
    const noTimes = page.getByText("There are no free times on these days.");
    await noTimes.waitFor();
    await expectAccessible(page, "no times");
    await snap(page, "no-times");

    expect((await noTimes.textContent())!.trim()).toBe(
      "There are no free times on these days. Join the waitlist and we will text you when a time frees up, or try other days.",
    );
    expect(await page.getByRole("button", { name: "Join the waitlist" }).getAttribute("class")).toBe(
      "primary",
    );
    expect(await page.getByRole("button", { name: "Later days" }).isEnabled()).toBe(true);
    expect(await page.getByRole("list", { name: /^Free times on/ }).count()).toBe(0);
    await page.context().close();
  });

  it("joins the waitlist from the times for the staff member chosen and a time of day, with the code from the SMS; a wrong code sends the client back to it", async () => {
    const page = await newPage(stack.browser);
    const phone = "+4915123456704";
    const today = todayIn("Europe/Berlin", Date.now());
    const toDate = plusDays(today, 30);
    const longDay = (date: string) =>
      new Intl.DateTimeFormat("en-GB", {
        timeZone: "UTC",
        weekday: "long",
        day: "numeric",
        month: "long",
      }).format(new Date(`${date}T12:00:00Z`));
    await (await toSlots(page, "Tomasz")).first().waitFor();
    await page.getByRole("button", { name: "Join the waitlist" }).click();
    await page.getByRole("heading", { name: "Join the waitlist" }).waitFor();
    const firstDay = page.getByLabel("First day");
    const lastDay = page.getByLabel("Last day");
    const offered = [await firstDay.inputValue(), await lastDay.inputValue()];
    await lastDay.fill(plusDays(today, 91));
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByText("at most 90 days after it.").waitFor();
    const tooLongFocus = await focused(page);
    await expectAccessible(page, "waitlist days, too many");
    await snap(page, "waitlist-1-days");
    await lastDay.fill(toDate);
    await page.getByLabel("Starting at or after").fill("09:00");
    await page.getByLabel("Starting before").fill("12:00");
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("heading", { name: "Your mobile number" }).waitFor();
    await expectAccessible(page, "waitlist phone");
    await sendCodeTo(page, phone);
    await expectAccessible(page, "waitlist code");
    await snap(page, "waitlist-2-code");
    const right = await lastCodeTo(stack, phone);
    const codeField = page.getByLabel("Six-digit code");
    await codeField.fill(right === "000000" ? "111111" : "000000");
    await page.getByRole("button", { name: "Confirm" }).click();
    await page.getByLabel("First name").fill("Ada");
    await page.getByLabel("Last name").fill("Byron");
    await page.getByRole("button", { name: "Join the waitlist" }).click();
    await page.getByText("That code is not right. 4 tries left.").waitFor();
    const backAtCode = await page.getByRole("heading", { name: "Enter your code" }).isVisible();
    const wrongCodeFocus = await focused(page);
    await codeField.fill(right);
    await page.getByRole("button", { name: "Confirm" }).click();
    await page.getByRole("heading", { name: "Your details" }).waitFor();
    const namesKept = [
      await page.getByLabel("First name").inputValue(),
      await page.getByLabel("Last name").inputValue(),
    ];
    await expectAccessible(page, "waitlist names");
    await snap(page, "waitlist-3-names");
    await page.getByRole("button", { name: "Join the waitlist" }).click();
    await page.getByRole("heading", { name: "You are on the waitlist" }).waitFor();
    await expectAccessible(page, "waitlisted");
    await snap(page, "waitlist-4-joined");
    const confirmation = await page.getByText(/^You're on the waitlist for/).textContent();
    const times = await page.getByText(/^For times starting/).textContent();
    const { items } = await stack.asOwner("GET", `/clients?phone=${encodeURIComponent(phone)}`);
    const { entries } = await stack.asOwner("GET", "/waitlist");

    expect(offered).toEqual([today, plusDays(today, 6)]);
    expect(tooLongFocus.id).toBe("toDate");
    expect({ backAtCode, focus: wrongCodeFocus.id }).toEqual({ backAtCode: true, focus: "code" });
    expect(namesKept).toEqual(["Ada", "Byron"]);
    expect(confirmation).toBe(
      `You're on the waitlist for Cut and style from ${longDay(today)} to ${longDay(toDate)}; we'll text you when a slot frees up.`,
    );
    expect(times).toBe("For times starting from 09:00 and before 12:00.");
    expect(items).toMatchObject([{ firstName: "Ada", lastName: "Byron" }]);
    expect(entries.filter((entry: { clientId: string }) => entry.clientId === items[0].id)).toEqual([
      expect.objectContaining({
        serviceId: stack.serviceId,
        staffId: stack.staffIds.Tomasz,
        fromDate: today,
        toDate,
        timeOfDay: { from: "09:00", to: "12:00" },
        status: "waiting",
      }),
    ]);
    await page.context().close();
  });

  it("books with the keyboard alone, the focus always visible", async () => {
    const page = await newPage(stack.browser);
    const phone = "+491701234567";
    const outlines = new Set<string>();
    /** Tabs on until the focus is where it should be, noting how each stop shows its focus. */
    const tabTo = async (isTarget: (focus: Awaited<ReturnType<typeof focused>>) => boolean) => {
      for (let stop = 0; stop < 80; stop += 1) {
        await page.keyboard.press("Tab");
        const focus = await focused(page);
        outlines.add(focus.outline);
        if (isTarget(focus)) return;
      }
      throw new Error("the focus never got there");
    };
    const heading = (name: string) => page.getByRole("heading", { name }).waitFor();
    await page.goto(stack.demoUrl);
    await page.getByRole("button", { name: /Cut and style/ }).waitFor();

    await tabTo(({ text }) => text.startsWith("Cut and style"));
    await page.keyboard.press("Enter");
    await heading("Who would you like?");
    await tabTo(({ text }) => text === "Anyone who is free");
    await page.keyboard.press("Enter");
    await heading("Choose a day and time");
    await page.getByRole("list", { name: /^Free times on/ }).waitFor();
    await tabTo(({ text }) => /^\d\d:\d\d$/.test(text));
    await page.keyboard.press("Enter");
    await heading("Your mobile number");
    await tabTo(({ id }) => id === "phone");
    await page.keyboard.type("0170 1234567");
    await page.keyboard.press("Enter");
    await heading("Enter your code");
    await tabTo(({ id }) => id === "code");
    await page.keyboard.type(await lastCodeTo(stack, phone));
    await page.keyboard.press("Enter");
    await heading("Your details");
    await tabTo(({ id }) => id === "firstName");
    await page.keyboard.type("Grace");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Hopper");
    await tabTo(({ id }) => id === "termsAccepted");
    await page.keyboard.press("Space");
    await tabTo(({ text }) => text === "Book");
    await page.keyboard.press("Enter");
    await heading("You are booked");
    await tabTo(({ text }) => text === "See or cancel your booking");

    expect([...outlines].filter((outline) => outline === "none")).toEqual([]);
    await page.context().close();
  });

  it("asks the deposit the studio's policy sets, links to the payment page, and comes back to a paid booking", async () => {
    const policyText =
      "Services from €100 need a deposit of €30; it counts toward the price and is kept on a no-show.";
    await stack.asOwner("POST", "/services", {
      categoryId: "haircut",
      name: "Balayage",
      durationMinutes: 120,
      price: 12000,
      bookableOnline: true,
    });
    await stack.asOwner("PATCH", "/studio", {
      settings: {
        deposits: {
          enabled: true,
          policyText,
          rules: [
            { when: { kind: "service_price", atLeast: 10000 }, amount: { kind: "fixed", amount: 3000 } },
          ],
        },
      },
    });
    const page = await newPage(stack.browser);
    const phone = "+4915123456709";
    await page.goto(stack.demoUrl);
    await page.getByRole("button", { name: /Balayage/ }).click();
    await page.getByRole("button", { name: "Anyone who is free" }).click();
    await page
      .getByRole("list", { name: /^Free times on/ })
      .getByRole("button")
      .first()
      .click();
    await sendCodeTo(page, phone);
    await page.getByLabel("Six-digit code").fill(await lastCodeTo(stack, phone));
    await page.getByRole("button", { name: "Confirm" }).click();
    await page.getByLabel("First name").fill("Marie");
    await page.getByLabel("Last name").fill("Curie");
    const policyAtTerms = await page.getByRole("region", { name: "Deposit policy" }).textContent();
    await page.getByLabel("I have read the terms and accept them.").check();
    const answered = page.waitForResponse((response) => response.url().endsWith("/book/demo/bookings"));
    await page.getByRole("button", { name: "Book" }).click();
    const booking = await (await answered).json();
    await page.getByRole("heading", { name: "Pay the deposit to book" }).waitFor();
    await expectAccessible(page, "deposit");
    await snap(page, "deposit-1-pay");
    const payBy = new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Berlin",
      dateStyle: "full",
      timeStyle: "short",
    }).format(new Date(booking.deposit.payBy));
    const heldUntil = await page.getByText(`We hold this time for you until ${payBy}.`).isVisible();
    const amount = await page.getByText("Deposit: €30.00").isVisible();
    const policyAtDeposit = await page.getByRole("region", { name: "Deposit policy" }).textContent();
    const payLink = page.getByRole("link", { name: "Pay deposit" });
    const paymentUrl = await payLink.getAttribute("href");
    await payLink.click();
    await page.getByRole("button", { name: "Pay", exact: true }).click();
    await page.waitForURL(/\/b\//);
    await snap(page, "deposit-2-paid");
    const bookingPage = await page.locator("body").textContent();
    const appointment = await stack.asOwner("GET", `/appointments/${booking.appointmentId}`);

    expect(booking).toMatchObject({ status: "pending_deposit", deposit: { amount: 3000, currency: "EUR" } });
    expect(policyAtTerms).toBe(policyText);
    expect({ heldUntil, amount, policyAtDeposit }).toEqual({
      heldUntil: true,
      amount: true,
      policyAtDeposit: policyText,
    });
    expect(paymentUrl).toBe(booking.deposit.paymentUrl);
    expect(bookingPage).toContain("Your deposit of €30.00 has been paid.");
    expect(appointment).toMatchObject({ status: "booked", deposit: { status: "paid", amount: 3000 } });
    await page.context().close();
  });
});
