import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { RebookError } from "../../../domain/errors";
import {
  signUnsubscribeToken,
  type UnsubscribeClaims,
  verifyUnsubscribeToken,
} from "../../../domain/messaging/unsubscribe-token";

const SECRET = "unsubscribe-secret-3f9a0c7d1e5b42a8";
const claims: UnsubscribeClaims = {
  studioId: "01JQ8Z3K4M5N6P7Q8R9S0T1V2W",
  clientId: "01JQ8Z3K4M5N6P7Q8R9S0T1V2X",
  channel: "sms",
  purpose: "marketing",
  issuedAt: "2026-05-01T10:00:00.000Z",
};

const expectRefused = (token: string, secret = SECRET): void => {
  expect(() => verifyUnsubscribeToken(token, secret)).toThrow(RebookError);
  expect(() => verifyUnsubscribeToken(token, secret)).toThrow(
    expect.objectContaining({ code: "VALIDATION.FAILED" }),
  );
};

describe("unsubscribe tokens", () => {
  it.each([
    ["email", "marketing"],
    ["email", "transactional"],
    ["sms", "marketing"],
    ["sms", "transactional"],
  ] as const)("carry %s %s claims through a round trip", (channel, purpose) => {
    // Prepare
    const sent = { ...claims, channel, purpose, studioId: "studio-ü", clientId: "c" };

    // Act
    const received = verifyUnsubscribeToken(signUnsubscribeToken(sent, SECRET), SECRET);

    // Assess
    expect(received).toEqual(sent);
  });

  it("keeps issuedAt to the second", () => {
    // Prepare / Act
    const token = signUnsubscribeToken({ ...claims, issuedAt: "2026-05-01T12:00:00.987+02:00" }, SECRET);

    // Assess
    expect(verifyUnsubscribeToken(token, SECRET).issuedAt).toBe("2026-05-01T10:00:00.000Z");
  });

  it("stays short enough for an SMS link", () => {
    // Prepare / Act
    const token = signUnsubscribeToken(claims, SECRET);

    // Assess
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(token.length).toBeLessThanOrEqual(105);
  });

  it("refuses a token with any single character altered, in payload or signature", () => {
    // Prepare
    const token = signUnsubscribeToken(claims, SECRET);

    for (let position = 0; position < token.length; position++) {
      if (token[position] === ".") continue;
      for (const replacement of [token[position] === "A" ? "B" : "A", token[position] === "_" ? "-" : "_"]) {
        // Act
        const altered = token.slice(0, position) + replacement + token.slice(position + 1);

        // Assess
        expectRefused(altered);
      }
    }
  });

  it("refuses a payload swapped for another client's under the original signature", () => {
    // Prepare
    const [, signature] = signUnsubscribeToken(claims, SECRET).split(".");
    const [otherPayload] = signUnsubscribeToken({ ...claims, clientId: "someone-else" }, SECRET).split(".");

    // Act / Assess
    expectRefused(`${otherPayload}.${signature}`);
  });

  it("refuses a token signed with another secret", () => {
    // Prepare
    const foreign = signUnsubscribeToken(claims, "another-studio-installation-secret");

    // Act / Assess
    expectRefused(foreign);
  });

  it.each(["", ".", "abc", "a.b.c", "abc.", ".abc", "AQE=.AAAA", "!!!.???", "AQFp9Hmg GjAx.qKn9n307KQ7Nt"])(
    "refuses the garbage %j",
    (garbage) => {
      // Prepare / Act / Assess
      expectRefused(garbage);
    },
  );

  it("refuses a correctly signed payload that is not a token", () => {
    // Prepare: what a leaked secret could sign, but never the signer itself
    const payload = Buffer.from("not claims").toString("base64url");
    const signature = createHmac("sha256", SECRET)
      .update(payload)
      .digest()
      .subarray(0, 16)
      .toString("base64url");

    // Act / Assess
    expectRefused(`${payload}.${signature}`);
  });

  it("refuses to sign claims it could not carry", () => {
    // Prepare / Act / Assess
    expect(() => signUnsubscribeToken({ ...claims, clientId: "" }, SECRET)).toThrow(RebookError);
    expect(() => signUnsubscribeToken({ ...claims, studioId: "x".repeat(256) }, SECRET)).toThrow(RebookError);
    expect(() => signUnsubscribeToken({ ...claims, issuedAt: "yesterday" }, SECRET)).toThrow(RebookError);
  });
});
