import { afterEach, describe, expect, it, vi } from "vitest";
import { type BookingApiError, bookingClient } from "../../../web/widget/booking-client";

/** The refusal the widget makes of an answer: what `fetch` resolves (or rejects) with is the answer. */
const refusalOf = async (answer: () => Promise<Response>) => {
  vi.stubGlobal("fetch", answer);
  return bookingClient("https://booking.example", "demo")
    .sendCode("hold-1", "+4915100000000")
    .then(
      () => null,
      (error: BookingApiError) => ({
        name: error.name,
        code: error.code,
        fields: error.fields,
        details: error.details,
      }),
    );
};

const json = (status: number, body: unknown) => async () =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the widget's booking client", () => {
  it("reads Rebook's refusal: its code, the fields without their body prefix, and the facts to act on", async () => {
    const refusal = await refusalOf(
      json(422, {
        error: {
          code: "VERIFICATION.WRONG_CODE",
          message: "That code is not right",
          fields: [{ field: "body.code" }],
          triesLeft: "3",
          attempts: 2,
        },
      }),
    );

    expect(refusal).toEqual({
      name: "BookingApiError",
      code: "VERIFICATION.WRONG_CODE",
      fields: ["code"],
      details: { triesLeft: "3" },
    });
  });

  it("takes API Gateway's own throttling answer for the routes' rate limit", async () => {
    const refusal = await refusalOf(json(429, { message: "Too Many Requests" }));

    expect(refusal?.code).toBe("RATE.LIMITED");
  });

  it("takes any other answer without Rebook's error body for an internal failure", async () => {
    const refusal = await refusalOf(async () => new Response("<html>Bad gateway</html>", { status: 502 }));

    expect(refusal?.code).toBe("INTERNAL");
  });

  it("asks the waitlist's first code without a verification, and a new one for the same join with its verificationId", async () => {
    const sent: Array<{ url: string; body: unknown }> = [];
    vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
      sent.push({ url, body: JSON.parse(String(init.body)) });
      return json(202, {
        verificationId: "waitlist-v1",
        codeExpiresAt: "2026-12-02T10:10:00.000Z",
        resendAfterSeconds: 30,
      })();
    });
    const client = bookingClient("https://booking.example", "demo");

    const first = await client.sendWaitlistCode("+4915100000000", null);
    await client.sendWaitlistCode("+4915100000000", first.verificationId);

    expect(sent).toEqual([
      {
        url: "https://booking.example/book/demo/waitlist/code",
        body: { phone: "+4915100000000", verificationId: null },
      },
      {
        url: "https://booking.example/book/demo/waitlist/code",
        body: { phone: "+4915100000000", verificationId: "waitlist-v1" },
      },
    ]);
  });

  it("says OFFLINE when no answer came", async () => {
    const refusal = await refusalOf(() => Promise.reject(new TypeError("Failed to fetch")));

    expect(refusal?.code).toBe("OFFLINE");
  });
});
