import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from "lit";
import {
  type AvailableDay,
  type Booking,
  BookingApiError,
  type BookingClient,
  bookingClient,
  type CodeSent,
  type Hold,
  type PublicProfile,
  type Service,
  type WaitlistEntry,
} from "./booking-client";
import { countdown, type Formats, formatsFor, plusDays, todayIn } from "./formats";
import { type FormField, languageFor, type Messages, sentenceFor } from "./messages";
import { styles } from "./styles";

/**
 * The steps in order. `deposit` replaces `done` when the studio's deposit policy asks one of the booking
 * (`pending_deposit`): the slot stays held until it is paid on the payment page, which leads back to the
 * booking's own page.
 * Joining the waitlist branches off `slot` (offered beside the times, and first when the days shown have
 * none): `waitlist` (the days that would suit) → `phone` → `code` → `waitlistName` → `waitlisted`, for the
 * service and staff choice made. `phone` and `code` serve both ways; `view.waitlist` says which. The join's
 * route checks the code itself, so a wrong one sends the client from `waitlistName` back to `code`.
 */
type Step =
  | "service"
  | "staff"
  | "slot"
  | "waitlist"
  | "phone"
  | "code"
  | "details"
  | "deposit"
  | "done"
  | "waitlistName"
  | "waitlisted";

/** Steps during which the slot is held for the client. */
const HOLDING: readonly Step[] = ["phone", "code", "details"];
const DAYS_SHOWN = 7;
/** From then on the countdown asks whether the client needs more time (WCAG 2.2.1: at least 20 s to act). */
const HOLD_WARNING_MS = 2 * 60_000;
/** The API's longest waitlist range: the last day at most this many days after the first. */
const WAITLIST_MAX_DAYS = 90;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** The fields of the days step: a refusal naming one of them leads back there. */
const DAYS_FIELDS: readonly string[] = ["fromDate", "toDate", "timeOfDay.from", "timeOfDay.to"];

/** A join of the waitlist on its way: the days asked for, then what the code step and the names add. */
interface WaitlistDraft {
  fromDate: string;
  toDate: string;
  /** The local times an offered slot starts in (`to` excluded, "24:00" for the day's end); null: any time. */
  timeOfDay: { from: string; to: string } | null;
  /** Given with the first code; asks for the next code of the same join, and names the join. */
  verificationId: string | null;
  code: string;
  /** Kept when a wrong code sends the client back, so the names need not be typed again. */
  firstName: string;
  lastName: string;
}

interface View {
  step: Step;
  service: Service | null;
  /** null: anyone who performs the service. */
  staffId: string | null;
  /** First local date of the days shown. */
  from: string;
  /** null while they load. */
  days: AvailableDay[] | null;
  date: string | null;
  hold: Hold | null;
  phone: string;
  /** When another code may be asked for, in this browser's clock. */
  resendAt: number;
  /** The code can take no more tries: only a new code goes on. */
  codeSpent: boolean;
  /** Made per booking attempt (per hold) and sent again on a retry, so a retried booking is the same one. */
  requestKey: string;
  marketingByEmail: boolean;
  booking: Booking | null;
  /** null: booking a time, not joining the waitlist. */
  waitlist: WaitlistDraft | null;
  entry: WaitlistEntry | null;
  busy: boolean;
  /** A sentence about the whole step, announced at once. */
  notice: string | null;
  invalid: Partial<Record<FormField, string>>;
}

interface OtpCredential extends Credential {
  code: string;
}

const newRequestKey = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, "0")).join(
    "",
  );

const apiErrorOf = (error: unknown) =>
  error instanceof BookingApiError ? error : new BookingApiError("INTERNAL");

const formValues = (event: SubmitEvent) => {
  event.preventDefault();
  return new FormData(event.target as HTMLFormElement);
};

/**
 * `<rebook-booking handle="studio-handle">`: a studio's online booking, from the choice of service to the
 * booked appointment. `api` names the booking API's origin when the script is not served by it.
 */
export class RebookBooking extends LitElement {
  static override properties = {
    handle: { type: String },
    api: { type: String },
    profile: { state: true },
    view: { state: true },
    now: { state: true },
  };
  static override styles = styles;

  declare handle: string;
  declare api: string | null;
  declare profile: PublicProfile | null;
  declare view: View;
  declare now: number;

  #client: BookingClient | null = null;
  #speech = languageFor(null, navigator.languages);
  #formats: Formats | null = null;
  #timer: ReturnType<typeof setInterval> | undefined;
  #otp: AbortController | null = null;

  constructor() {
    super();
    this.handle = "";
    this.api = null;
    this.profile = null;
    this.now = Date.now();
    this.view = {
      step: "service",
      service: null,
      staffId: null,
      from: "",
      days: null,
      date: null,
      hold: null,
      phone: "",
      resendAt: 0,
      codeSpent: false,
      requestKey: "",
      marketingByEmail: false,
      booking: null,
      waitlist: null,
      entry: null,
      busy: false,
      notice: null,
      invalid: {},
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#timer = setInterval(() => this.#tick(), 1000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#timer);
    this.#otp?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("profile") && this.profile !== null) {
      const { locale, timeZone, currency } = this.profile;
      this.#speech = languageFor(locale, navigator.languages);
      this.#formats = formatsFor(this.#speech.locale, timeZone, currency);
    }
    if ((changed.has("handle") || changed.has("api")) && this.handle !== "") {
      this.#client = bookingClient(this.api ?? new URL(import.meta.url).origin, this.handle);
      void this.#run(() => this.#loadProfile());
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    const before = changed.get("view") as View | undefined;
    if (before === undefined) return;
    if (before.step !== this.view.step) {
      // Keyboard and screen-reader users land on the new step (on its marked field when sent back to fix
      // one), not on a button that is gone.
      (
        this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]') ??
        this.renderRoot.querySelector<HTMLElement>("h2")
      )?.focus();
      this.#otp?.abort();
      if (this.view.step === "code") this.#listenForSmsCode();
    } else if (before.invalid !== this.view.invalid) {
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
  }

  get #messages(): Messages {
    return this.#speech.messages;
  }

  #set(changes: Partial<View>) {
    this.view = { ...this.view, ...changes };
  }

  /** Runs one request at a time; a refusal becomes a sentence (and marked fields), never a code. */
  async #run(action: () => Promise<void>) {
    if (this.view.busy) return;
    this.#set({ busy: true, notice: null, invalid: {} });
    try {
      await action();
    } catch (error) {
      await this.#refused(apiErrorOf(error)).catch((again: unknown) =>
        this.#set({ notice: sentenceFor(apiErrorOf(again), this.#messages) }),
      );
    } finally {
      this.#set({ busy: false });
    }
  }

  async #refused(error: BookingApiError) {
    const messages = this.#messages;
    const notice = sentenceFor(error, messages);
    // The waitlist's join checks the code and the days with the names: back to the step that asked them.
    const joining = this.view.waitlist !== null;
    const backToCode = joining ? { step: "code" as const } : {};
    switch (error.code) {
      case "BOOKING.HOLD_LAPSED":
      case "APPOINTMENT.SLOT_TAKEN":
        return this.#timesAgain(notice);
      case "BOOKING.TERMS_CHANGED":
        this.#set({ notice });
        this.profile = await this.#client!.profile();
        this.renderRoot.querySelector<HTMLInputElement>('[name="termsAccepted"]')!.checked = false;
        return;
      case "VERIFICATION.WRONG_CODE":
        return this.#set(
          Number(error.details.triesLeft ?? 0) > 0
            ? { ...backToCode, invalid: { code: notice } }
            : { ...backToCode, codeSpent: true, notice },
        );
      case "VERIFICATION.ENDED":
        return this.#set({ ...backToCode, codeSpent: true, notice });
      case "VERIFICATION.COOLDOWN":
        return this.#set({
          notice,
          resendAt: Date.now() + Number(error.details.retryAfterSeconds ?? 0) * 1000,
        });
      case "VERIFICATION.REQUIRED":
        return this.#set({ step: "phone", notice });
      default: {
        const fields = error.fields.filter((field): field is FormField => field in messages.fields);
        const days = joining && fields.some((field) => DAYS_FIELDS.includes(field));
        this.#set({
          ...(days ? { step: "waitlist" as const } : {}),
          notice,
          invalid: Object.fromEntries(fields.map((field) => [field, messages.fields[field]])),
        });
      }
    }
  }

  /** Counts down the hold and the resend cooldown, whichever runs; nothing is drawn anew when neither does. */
  #tick() {
    const { hold, step, resendAt } = this.view;
    const holding = hold !== null && HOLDING.includes(step);
    if (!holding && resendAt <= this.now) return;
    this.now = Date.now();
    if (holding && Date.parse(hold.lapsesAt) <= this.now) void this.#timesAgain(this.#messages.holdLapsed);
  }

  async #loadProfile() {
    this.profile = await this.#client!.profile();
  }

  async #loadDays(from: string) {
    const { service, staffId } = this.view;
    this.#set({ from, days: null });
    const { days } = await this.#client!.availability({
      serviceId: service!.id,
      staffId,
      from,
      days: DAYS_SHOWN,
    });
    // The day the client was looking at stays chosen while it has free times (after a lapse, a taken slot).
    const free = days.filter((day) => day.slots.length > 0);
    this.#set({ days, date: (free.find((day) => day.date === this.view.date) ?? free[0])?.date ?? null });
  }

  /** Who may perform a service: those it names, or everyone. */
  #performersOf(service: Service) {
    const staff = this.profile!.staff;
    return service.staffIds.length === 0
      ? staff
      : staff.filter((member) => service.staffIds.includes(member.id));
  }

  /** Whether the client picks who performs the service: the studio lets them, and there is a choice. */
  #choosesStaff(service: Service) {
    return this.profile!.staffChoice && this.#performersOf(service).length > 1;
  }

  #chooseService(service: Service) {
    const choosesStaff = this.#choosesStaff(service);
    this.#set({ service, staffId: null, step: choosesStaff ? "staff" : "slot" });
    if (!choosesStaff) void this.#run(() => this.#showFirstDays());
  }

  #chooseStaff(staffId: string | null) {
    this.#set({ staffId, step: "slot" });
    void this.#run(() => this.#showFirstDays());
  }

  #showFirstDays() {
    return this.#loadDays(todayIn(this.profile!.timeZone, Date.now()));
  }

  #takeHold(startsAt: string) {
    return this.#run(async () => {
      const { service, staffId } = this.view;
      const hold = await this.#client!.takeHold({ serviceId: service!.id, staffId, startsAt });
      this.now = Date.now();
      this.#set({ hold, step: "phone", requestKey: newRequestKey() });
    });
  }

  #extendHold() {
    return this.#run(async () => {
      const hold = await this.#client!.extendHold(this.view.hold!.holdId);
      this.#set({ hold });
    });
  }

  /** Gives the slot back (the client went back to choose another) without waiting for the answer. */
  #backToSlots() {
    const { hold } = this.view;
    if (hold !== null) this.#client!.releaseHold(hold.holdId).catch(() => undefined);
    this.#set({ hold: null, step: "slot" });
    void this.#run(() => this.#loadDays(this.view.from));
  }

  /** Back to the times when the held one is lost (lapsed, or taken by someone quicker), saying why. */
  async #timesAgain(notice: string) {
    this.#set({ hold: null, step: "slot", notice });
    await this.#loadDays(this.view.from).catch((error: unknown) =>
      this.#set({ notice: sentenceFor(apiErrorOf(error), this.#messages) }),
    );
  }

  #sendCode(phone: string) {
    return this.#run(async () => {
      const { hold, waitlist } = this.view;
      let sent: CodeSent;
      if (waitlist === null) sent = await this.#client!.sendCode(hold!.holdId, phone);
      else {
        const forJoin = await this.#client!.sendWaitlistCode(phone, waitlist.verificationId);
        this.#set({ waitlist: { ...waitlist, verificationId: forJoin.verificationId } });
        sent = forJoin;
      }
      this.now = Date.now();
      this.#set({
        phone,
        step: "code",
        codeSpent: false,
        resendAt: this.now + sent.resendAfterSeconds * 1000,
      });
      this.renderRoot.querySelector<HTMLInputElement>('[name="code"]')?.form?.reset();
    });
  }

  #checkCode(code: string) {
    if (!/^\d{6}$/.test(code)) return this.#set({ invalid: { code: this.#messages.fields.code } });
    const { waitlist } = this.view;
    // The join's route checks the code, with the names asked next.
    if (waitlist !== null) return this.#set({ waitlist: { ...waitlist, code }, step: "waitlistName" });
    return this.#run(async () => {
      await this.#client!.checkCode(this.view.hold!.holdId, code);
      this.#set({ step: "details" });
    });
  }

  /** WebOTP: the browser offers the code of an SMS ending in `@<this host> #<code>`, where it can. */
  #listenForSmsCode() {
    if (!("OTPCredential" in window)) return;
    this.#otp = new AbortController();
    navigator.credentials
      .get({ otp: { transport: ["sms"] }, signal: this.#otp.signal } as CredentialRequestOptions)
      .then((credential) => {
        const code = (credential as OtpCredential | null)?.code;
        if (code === undefined) return;
        this.renderRoot.querySelector<HTMLInputElement>('[name="code"]')!.value = code;
        void this.#checkCode(code);
      })
      .catch(() => undefined);
  }

  /** The names typed, and the marks of those left empty. */
  #names(form: FormData) {
    const messages = this.#messages;
    const firstName = String(form.get("firstName") ?? "").trim();
    const lastName = String(form.get("lastName") ?? "").trim();
    const invalid: View["invalid"] = {};
    if (firstName === "") invalid.firstName = messages.fields.firstName;
    if (lastName === "") invalid.lastName = messages.fields.lastName;
    return { firstName, lastName, invalid };
  }

  #book(form: FormData) {
    const messages = this.#messages;
    const profile = this.profile!;
    const { firstName, lastName, invalid } = this.#names(form);
    if (form.get("termsAccepted") === null) invalid.termsAccepted = messages.fields.termsAccepted;
    if (Object.keys(invalid).length > 0) return this.#set({ invalid, notice: messages.checkFields });
    const email = String(form.get("email") ?? "").trim();
    const marketing = form.get("marketing") !== null;
    return this.#run(async () => {
      const booking = await this.#client!.book({
        requestKey: this.view.requestKey,
        holdId: this.view.hold!.holdId,
        firstName,
        lastName,
        email: email === "" ? null : email,
        termsVersion: profile.terms.version,
        termsAccepted: true,
        marketingConsent: marketing ? (email === "" ? ["sms"] : ["sms", "email"]) : [],
        ...(marketing ? { consentText: this.#consentSentence(email !== "") } : {}),
      });
      this.#set({ booking, hold: null, step: booking.status === "pending_deposit" ? "deposit" : "done" });
    });
  }

  /** From the times to the waitlist, for the days shown unless the client picks others. */
  #openWaitlist() {
    const { from } = this.view;
    this.#set({
      step: "waitlist",
      notice: null,
      waitlist: {
        fromDate: from,
        toDate: plusDays(from, DAYS_SHOWN - 1),
        timeOfDay: null,
        verificationId: null,
        code: "",
        firstName: "",
        lastName: "",
      },
    });
  }

  #chooseDays(form: FormData) {
    const messages = this.#messages;
    const fromDate = String(form.get("fromDate") ?? "");
    const toDate = String(form.get("toDate") ?? "");
    const invalid: View["invalid"] = {};
    if (!ISO_DATE.test(fromDate) || fromDate < todayIn(this.profile!.timeZone, Date.now()))
      invalid.fromDate = messages.fields.fromDate;
    if (!ISO_DATE.test(toDate) || toDate < fromDate || toDate > plusDays(fromDate, WAITLIST_MAX_DAYS))
      invalid.toDate = messages.fields.toDate;
    // One time left empty is the day's start or end; both empty, any time.
    const startsFrom = String(form.get("timeOfDay.from") ?? "");
    const startsBefore = String(form.get("timeOfDay.to") ?? "");
    const timeOfDay =
      startsFrom === "" && startsBefore === ""
        ? null
        : {
            from: startsFrom === "" ? "00:00" : startsFrom,
            to: startsBefore === "" ? "24:00" : startsBefore,
          };
    if (timeOfDay !== null && !LOCAL_TIME.test(timeOfDay.from))
      invalid["timeOfDay.from"] = messages.fields["timeOfDay.from"];
    else if (
      timeOfDay !== null &&
      (!LOCAL_TIME.test(startsBefore || "00:00") || timeOfDay.to <= timeOfDay.from)
    )
      invalid["timeOfDay.to"] = messages.fields["timeOfDay.to"];
    if (Object.keys(invalid).length > 0) return this.#set({ invalid, notice: messages.checkFields });
    this.#set({
      waitlist: { ...this.view.waitlist!, fromDate, toDate, timeOfDay },
      step: "phone",
      invalid: {},
    });
  }

  #joinWaitlist(form: FormData) {
    const { firstName, lastName, invalid } = this.#names(form);
    const waitlist = { ...this.view.waitlist!, firstName, lastName };
    this.#set({ waitlist });
    if (Object.keys(invalid).length > 0) return this.#set({ invalid, notice: this.#messages.checkFields });
    return this.#run(async () => {
      const { service, staffId } = this.view;
      const entry = await this.#client!.joinWaitlist({
        verificationId: waitlist.verificationId!,
        code: waitlist.code,
        serviceId: service!.id,
        staffId,
        fromDate: waitlist.fromDate,
        toDate: waitlist.toDate,
        timeOfDay: waitlist.timeOfDay,
        firstName,
        lastName,
      });
      this.#set({ entry, step: "waitlisted" });
    });
  }

  #consentSentence(byEmail: boolean) {
    const messages = this.#messages;
    const studio = this.profile!.name;
    return byEmail ? messages.marketingBySmsAndEmail(studio) : messages.marketingBySms(studio);
  }

  /* Rendering. */

  protected override render(): TemplateResult {
    const messages = this.#messages;
    const { language } = this.#speech;
    const { notice, busy, step } = this.view;
    const noticeLine =
      notice === null ? nothing : html`<p class="notice" role="alert" part="notice">${notice}</p>`;
    if (this.profile === null) {
      return html`<section part="panel" lang=${language} aria-busy=${busy}>
        ${noticeLine}${notice === null ? html`<p>${messages.loading}</p>` : nothing}
      </section>`;
    }
    const [heading, body] = this.#steps(messages)[step]();
    return html`<section part="panel" lang=${language} aria-busy=${busy}>
      <p class="studio">${messages.heading(this.profile.name)}</p>
      <h2 tabindex="-1" part="heading">${heading}</h2>
      ${HOLDING.includes(step) && this.view.hold !== null ? this.#holdBar(messages) : nothing} ${noticeLine} ${body}
    </section>`;
  }

  #steps(messages: Messages): Record<Step, () => [string, TemplateResult]> {
    return {
      service: () => [messages.chooseService, this.#serviceStep(messages)],
      staff: () => [messages.chooseStaff, this.#staffStep(messages)],
      slot: () => [messages.chooseTime, this.#slotStep(messages)],
      waitlist: () => [messages.joinWaitlist, this.#waitlistStep(messages)],
      phone: () => [messages.phoneHeading, this.#phoneStep(messages)],
      code: () => [messages.codeHeading, this.#codeStep(messages)],
      details: () => [messages.detailsHeading, this.#detailsStep(messages)],
      deposit: () => [messages.depositHeading, this.#depositStep(messages)],
      done: () => [messages.doneHeading, this.#doneStep(messages)],
      waitlistName: () => [messages.detailsHeading, this.#waitlistNameStep(messages)],
      waitlisted: () => [messages.waitlistedHeading, this.#waitlistedStep(messages)],
    };
  }

  #back(to: () => void) {
    return html`<div class="row"><button type="button" class="link" part="link" @click=${to}>${this.#messages.back}</button></div>`;
  }

  #fieldError(field: FormField) {
    const error = this.view.invalid[field];
    return error === undefined
      ? nothing
      : html`<p id="${field}-error" class="error" part="error">${error}</p>`;
  }

  /** What ties an input to its hint and its error, and marks it invalid. */
  #described(field: FormField, hint?: string) {
    const invalid = this.view.invalid[field] !== undefined;
    return {
      invalid: invalid ? "true" : "false",
      describedBy: [hint, invalid ? `${field}-error` : undefined].filter(Boolean).join(" ") || nothing,
    };
  }

  #serviceStep(messages: Messages) {
    const formats = this.#formats!;
    return html`${this.profile!.categories.map(
      (category) => html`<h3 id="category-${category.id}">${category.name}</h3>
        <ul aria-labelledby="category-${category.id}">
          ${category.services.map(
            (service) => html`<li>
              <button type="button" class="choice" part="choice" @click=${() => this.#chooseService(service)}>
                <span>${service.name}</span>
                <span class="meta">${messages.minutes(service.durationMinutes)} · ${formats.price(service.price)}</span>
              </button>
            </li>`,
          )}
        </ul>`,
    )}`;
  }

  #staffStep(messages: Messages) {
    const choices = [{ id: null, name: messages.anyone }, ...this.#performersOf(this.view.service!)];
    return html`<ul>
        ${choices.map(
          (member) => html`<li>
            <button type="button" class="choice" part="choice" @click=${() => this.#chooseStaff(member.id)}>
              ${member.name}
            </button>
          </li>`,
        )}
      </ul>
      ${this.#back(() => this.#set({ step: "service" }))}`;
  }

  #slotStep(messages: Messages) {
    const { from, days, date, service } = this.view;
    const formats = this.#formats!;
    const today = todayIn(this.profile!.timeZone, Date.now());
    const lastDay = plusDays(today, this.profile!.horizonDays);
    const chosen = days?.find((day) => day.date === date);
    return html`<p class="meta">${service!.name}</p>
      <div class="row">
        <button type="button" part="button" ?disabled=${from <= today} @click=${() => this.#run(() => this.#loadDays(plusDays(from, -DAYS_SHOWN)))}>
          ${messages.earlier}
        </button>
        <button type="button" part="button" ?disabled=${plusDays(from, DAYS_SHOWN) > lastDay} @click=${() => this.#run(() => this.#loadDays(plusDays(from, DAYS_SHOWN)))}>
          ${messages.later}
        </button>
      </div>
      ${
        days === null
          ? html`<p>${messages.loading}</p>`
          : chosen === undefined
            ? html`<p>${messages.noTimes}</p>
                <div class="row">
                  <button type="button" class="primary" part="button primary" @click=${() => this.#openWaitlist()}>${messages.joinWaitlist}</button>
                </div>`
            : html`<ul class="days" aria-label=${messages.chooseTime}>
                  ${days.map(
                    (day) => html`<li>
                      <button type="button" part="button" aria-pressed=${day.date === date} ?disabled=${day.slots.length === 0} @click=${() => this.#set({ date: day.date })}>
                        ${formats.day(day.date)}${day.slots.length === 0 ? html`<br /><span>${messages.dayFull}</span>` : nothing}
                      </button>
                    </li>`,
                  )}
                </ul>
                <h3 id="slots-heading">${messages.timesOn(formats.longDay(chosen.date))}</h3>
                <ul class="slots" aria-labelledby="slots-heading">
                  ${chosen.slots.map(
                    (slot) => html`<li>
                      <button type="button" part="choice" @click=${() => this.#takeHold(slot.startsAt)}>${formats.time(slot.startsAt)}</button>
                    </li>`,
                  )}
                </ul>
                <div class="row">
                  <span class="hint">${messages.noneSuits}</span>
                  <button type="button" part="button" @click=${() => this.#openWaitlist()}>${messages.joinWaitlist}</button>
                </div>`
      }
      ${this.#back(() => this.#set({ step: this.#choosesStaff(service!) ? "staff" : "service", days: null }))}`;
  }

  #holdBar(messages: Messages) {
    const hold = this.view.hold!;
    const left = Date.parse(hold.lapsesAt) - this.now;
    return html`<div class="hold" part="hold">
      <p><strong>${this.view.service!.name}, ${this.#formats!.dateTime(hold.startsAt)}</strong></p>
      <p role="timer">${messages.heldFor(countdown(left))}</p>
      <button type="button" part="button" ?disabled=${hold.extensionsLeft === 0} @click=${() => this.#extendHold()}>
        ${messages.moreTime}
      </button>
      ${left <= HOLD_WARNING_MS ? html`<p role="alert">${messages.heldEnding}</p>` : nothing}
    </div>`;
  }

  /** The service, and the staff member when one was chosen, e.g. "Cut and style · Lena". */
  #serviceAndStaff() {
    const { service, staffId } = this.view;
    const staff = this.profile!.staff.find((member) => member.id === staffId);
    return staff === undefined ? service!.name : `${service!.name} · ${staff.name}`;
  }

  /** What the client is joining the waitlist for, above each step after the days are chosen. */
  #waitlistSummary(messages: Messages) {
    const waitlist = this.view.waitlist;
    if (waitlist === null) return nothing;
    const formats = this.#formats!;
    return html`<p class="meta">${messages.waitlistFor(this.#serviceAndStaff(), formats.day(waitlist.fromDate), formats.day(waitlist.toDate))}</p>
      ${this.#timeOfDayLine(messages, "meta")}`;
  }

  #timeOfDayLine(messages: Messages, kind: "meta" | "") {
    const timeOfDay = this.view.waitlist?.timeOfDay ?? null;
    return timeOfDay === null
      ? nothing
      : html`<p class=${kind}>${messages.startingBetween(timeOfDay.from, timeOfDay.to)}</p>`;
  }

  /** An optional local time: empty, or "HH:mm" (the day's end, "24:00", shows empty). */
  #timeField(field: "timeOfDay.from" | "timeOfDay.to", label: string, value: string) {
    const { invalid, describedBy } = this.#described(field, "timeOfDay-hint");
    return html`<label for=${field}>${label}</label>
      <input id=${field} name=${field} type="time" step="900" part="input" .value=${value === "24:00" ? "" : value}
        aria-invalid=${invalid} aria-describedby=${describedBy} />
      ${this.#fieldError(field)}`;
  }

  #waitlistStep(messages: Messages) {
    const { fromDate, toDate, timeOfDay } = this.view.waitlist!;
    const today = todayIn(this.profile!.timeZone, Date.now());
    const from = this.#described("fromDate");
    const to = this.#described("toDate", "toDate-hint");
    return html`<p class="meta">${this.#serviceAndStaff()}</p>
      <p>${messages.waitlistIntro}</p>
      <form novalidate @submit=${(event: SubmitEvent) => this.#chooseDays(formValues(event))}>
        <label for="fromDate">${messages.firstDay}</label>
        <input id="fromDate" name="fromDate" type="date" required part="input" min=${today} .value=${fromDate}
          aria-invalid=${from.invalid} aria-describedby=${from.describedBy}
          @change=${(event: Event) => this.#set({ waitlist: { ...this.view.waitlist!, fromDate: (event.target as HTMLInputElement).value } })} />
        ${this.#fieldError("fromDate")}
        <label for="toDate">${messages.lastDay}</label>
        <p id="toDate-hint" class="hint">${messages.rangeHint}</p>
        <input id="toDate" name="toDate" type="date" required part="input" min=${ISO_DATE.test(fromDate) ? fromDate : today}
          max=${ISO_DATE.test(fromDate) ? plusDays(fromDate, WAITLIST_MAX_DAYS) : nothing} .value=${toDate}
          aria-invalid=${to.invalid} aria-describedby=${to.describedBy}
          @change=${(event: Event) => this.#set({ waitlist: { ...this.view.waitlist!, toDate: (event.target as HTMLInputElement).value } })} />
        ${this.#fieldError("toDate")}
        <fieldset>
          <legend>${messages.timeOfDay}</legend>
          <p id="timeOfDay-hint" class="hint">${messages.timeOfDayHint}</p>
          ${this.#timeField("timeOfDay.from", messages.startsFrom, timeOfDay?.from ?? "")}
          ${this.#timeField("timeOfDay.to", messages.startsBefore, timeOfDay?.to ?? "")}
        </fieldset>
        <div class="row"><button type="submit" class="primary" part="button primary">${messages.next}</button></div>
      </form>
      ${this.#back(() => this.#set({ step: "slot", waitlist: null }))}`;
  }

  #phoneStep(messages: Messages) {
    const { invalid, describedBy } = this.#described("phone", "phone-hint");
    return html`${this.#waitlistSummary(messages)}
      <form novalidate @submit=${(event: SubmitEvent) => this.#sendCode(String(formValues(event).get("phone")).trim())}>
        <label for="phone">${messages.phoneLabel}</label>
        <p id="phone-hint" class="hint">${messages.phoneHint}</p>
        <input id="phone" name="phone" type="tel" autocomplete="tel" required part="input" .value=${this.view.phone}
          aria-invalid=${invalid} aria-describedby=${describedBy} />
        ${this.#fieldError("phone")}
        <div class="row"><button type="submit" class="primary" part="button primary">${messages.sendCode}</button></div>
      </form>
      ${this.#back(() => (this.view.waitlist === null ? this.#backToSlots() : this.#set({ step: "waitlist" })))}`;
  }

  #codeStep(messages: Messages) {
    const { invalid, describedBy } = this.#described("code");
    const { codeSpent, resendAt, phone } = this.view;
    const wait = Math.ceil((resendAt - this.now) / 1000);
    return html`${this.#waitlistSummary(messages)}
      <p>${messages.codeSentTo(phone)}</p>
      <form novalidate @submit=${(event: SubmitEvent) => this.#checkCode(String(formValues(event).get("code")))}>
        <label for="code">${messages.codeLabel}</label>
        <input id="code" name="code" autocomplete="one-time-code" inputmode="numeric" required part="input"
          ?disabled=${codeSpent} aria-invalid=${invalid} aria-describedby=${describedBy}
          @input=${(event: InputEvent) => {
            // Pasted "123 456" or "Code: 123456" become the six digits.
            const input = event.target as HTMLInputElement;
            input.value = input.value.replace(/\D/g, "").slice(0, 6);
          }} />
        ${this.#fieldError("code")}
        <div class="row">
          <button type="submit" class="primary" part="button primary" ?disabled=${codeSpent}>${messages.confirm}</button>
        </div>
      </form>
      <div class="row">
        <button type="button" part="button" ?disabled=${wait > 0} @click=${() => this.#sendCode(phone)}>
          ${wait > 0 ? messages.resendIn(wait) : messages.resend}
        </button>
        <button type="button" class="link" part="link" @click=${() => this.#set({ step: "phone" })}>${messages.otherNumber}</button>
      </div>`;
  }

  /** First and last name, as the booking and the waitlist ask them. */
  #nameFields(messages: Messages, typed: { firstName: string; lastName: string } | null) {
    const field = (name: "firstName" | "lastName", autocomplete: string) => {
      const { invalid, describedBy } = this.#described(name);
      return html`<label for=${name}>${messages[name]}</label>
        <input id=${name} name=${name} autocomplete=${autocomplete} required part="input" .value=${typed?.[name] ?? ""}
          aria-invalid=${invalid} aria-describedby=${describedBy} />
        ${this.#fieldError(name)}`;
    };
    return html`${field("firstName", "given-name")} ${field("lastName", "family-name")}`;
  }

  #detailsStep(messages: Messages) {
    const terms = this.profile!.terms;
    const email = this.#described("email");
    const termsAccepted = this.#described("termsAccepted");
    return html`<form novalidate @submit=${(event: SubmitEvent) => this.#book(formValues(event))}>
        ${this.#nameFields(messages, null)}
        <label for="email">${messages.email}</label>
        <input id="email" name="email" type="email" autocomplete="email" part="input"
          aria-invalid=${email.invalid} aria-describedby=${email.describedBy}
          @input=${(event: InputEvent) => this.#set({ marketingByEmail: (event.target as HTMLInputElement).value.trim() !== "" })} />
        ${this.#fieldError("email")}
        ${this.#policy("terms", messages.termsHeading, terms.text)} ${this.#depositPolicy(messages)}
        <label class="check">
          <input id="termsAccepted" type="checkbox" name="termsAccepted" required aria-invalid=${termsAccepted.invalid}
            aria-describedby=${termsAccepted.describedBy} />
          <span>${messages.acceptTerms}</span>
        </label>
        ${this.#fieldError("termsAccepted")}
        <label class="check">
          <input id="marketing" type="checkbox" name="marketing" />
          <span>${this.#consentSentence(this.view.marketingByEmail)}</span>
        </label>
        <div class="row"><button type="submit" class="primary" part="button primary">${messages.book}</button></div>
      </form>
      ${this.#back(() => this.#backToSlots())}`;
  }

  #waitlistNameStep(messages: Messages) {
    return html`${this.#waitlistSummary(messages)}
      <form novalidate @submit=${(event: SubmitEvent) => this.#joinWaitlist(formValues(event))}>
        ${this.#nameFields(messages, this.view.waitlist)}
        <div class="row"><button type="submit" class="primary" part="button primary">${messages.joinWaitlist}</button></div>
      </form>
      ${this.#back(() => this.#set({ step: "code" }))}`;
  }

  #waitlistedStep(messages: Messages) {
    const entry = this.view.entry!;
    const formats = this.#formats!;
    return html`<p>${messages.waitlisted(entry.serviceName, formats.longDay(entry.fromDate), formats.longDay(entry.toDate))}</p>
      ${this.#timeOfDayLine(messages, "")}`;
  }

  /** A policy the client reads before going on: a scrollable region under its own heading. */
  #policy(id: string, heading: string, text: string) {
    return html`<h3 id="${id}-heading">${heading}</h3>
      <div class="terms" part="terms" role="region" aria-labelledby="${id}-heading" tabindex="0">${text}</div>`;
  }

  #depositPolicy(messages: Messages) {
    const text = this.profile!.depositPolicyText;
    return text === null ? nothing : this.#policy("deposit-policy", messages.depositPolicyHeading, text);
  }

  /** The booking waits for its deposit: how much, until when, and the way to the payment page (same tab). */
  #depositStep(messages: Messages) {
    const booking = this.view.booking!;
    const deposit = booking.deposit!;
    const formats = this.#formats!;
    return html`<p>${booking.serviceName}, ${formats.dateTime(booking.startsAt)}</p>
      <p>${deposit.payBy === null ? messages.depositAsked : messages.depositHeldUntil(formats.dateTime(deposit.payBy))}</p>
      <p><strong>${messages.depositAmount(formats.price(deposit.amount))}</strong></p>
      ${this.#depositPolicy(messages)}
      <div class="row"><a class="button primary" part="button primary" href=${deposit.paymentUrl}>${messages.payDeposit}</a></div>
      <p class="hint">${messages.depositReturn}</p>`;
  }

  #doneStep(messages: Messages) {
    const booking = this.view.booking!;
    return html`<p>${booking.serviceName}, ${this.#formats!.dateTime(booking.startsAt)}</p>
      <p>${messages.doneNote}</p>
      <p><a href=${booking.manageUrl} part="link" target="_blank" rel="noopener">${messages.manage}</a></p>`;
  }
}

if (!customElements.get("rebook-booking")) customElements.define("rebook-booking", RebookBooking);

declare global {
  interface HTMLElementTagNameMap {
    "rebook-booking": RebookBooking;
  }
}
