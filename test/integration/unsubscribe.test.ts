import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import { signUnsubscribeToken } from "../../domain/messaging/unsubscribe-token";
import { unsubscribeRoutes } from "../../functions/http/public/unsubscribe-routes";
import { toApiGatewayEvent } from "../../functions/local/api-gateway-event";
import { httpApi } from "../../functions/shared/http/http-api";
import { type ApiHarness, aStudio, createApiHarness } from "../support/api-harness";
import { checkContract } from "../support/contract";

const SECRET = "a-test-secret-that-is-long-enough-0123456789";

describe("public unsubscribe links", () => {
  let api: ApiHarness;
  let handler: ReturnType<typeof httpApi>;
  let anna: string;
  let piet: string;
  const tokenFor = (
    studioId: string,
    clientId: string,
    channel: "email" | "sms" = "email",
    secret = SECRET,
  ) =>
    signUnsubscribeToken(
      { studioId, clientId, channel, purpose: "marketing", issuedAt: "2026-11-01T00:00:00Z" },
      secret,
    );
  const call = async (method: "GET" | "POST", token: string, body?: string) => {
    const routeKey = `${method} /u/{token}` as const;
    const response = await handler(
      toApiGatewayEvent({
        method,
        rawPath: `/u/${token}`,
        routeKey,
        pathParameters: { token },
        query: new URLSearchParams(),
        body,
        headers: { "content-type": "application/x-www-form-urlencoded", "user-agent": "MailClient/1.0" },
        claims: null,
      }),
    );
    checkContract(routeKey, unsubscribeRoutes(SECRET)[routeKey], response);
    return { status: response.statusCode, headers: response.headers ?? {}, body: response.body ?? "" };
  };
  const consentItems = async () =>
    (
      await api.documentClient.send(new ScanCommand({ TableName: api.tableName, ConsistentRead: true }))
    ).Items?.filter((item) => String(item.sk).startsWith("CONSENT#")) ?? [];

  beforeAll(async () => {
    api = await createApiHarness();
    handler = httpApi(unsubscribeRoutes(SECRET), api.deps);
    await api.addStudio(aStudio("studio-de", { name: "Salon Schön", locale: "de-DE" }));
    await api.addStudio(aStudio("studio-en", { name: "Fade & Co", locale: "en-GB" }));
    anna = (await api.as("studio-de").post("/clients", { firstName: "Anna", lastName: "Schmidt" })).body.id;
    piet = (await api.as("studio-en").post("/clients", { firstName: "Piet", lastName: "Smith" })).body.id;
  });

  it("asks on GET, in the studio's language, with a form posting to the same URL, and withdraws nothing", async () => {
    const before = await consentItems();

    const german = await call("GET", tokenFor("studio-de", anna));
    const english = await call("GET", tokenFor("studio-en", piet, "sms"));

    expect([german.status, english.status]).toEqual([200, 200]);
    expect(german.headers["content-type"]).toContain("text/html");
    expect(german.body).toContain("Möchten Sie keine Werbung per E-Mail mehr von Salon Schön erhalten?");
    expect(english.body).toContain("Stop receiving SMS marketing from Fade &amp; Co?");
    expect(german.body).toMatch(/<form method="post">/);
    expect(german.body).not.toContain("action=");
    expect(german.body).toContain('<input type="hidden" name="from" value="page">');
    expect(await consentItems()).toEqual(before);
  });

  it("withdraws the consent when the page's form is posted and shows the unsubscribed page", async () => {
    const german = await call("POST", tokenFor("studio-de", anna), "from=page");
    const english = await call("POST", tokenFor("studio-en", piet, "sms"), "from=page");

    expect(german.status).toBe(200);
    expect(german.headers["content-type"]).toContain("text/html");
    expect(german.body).toContain("Sie erhalten keine Werbung per E-Mail mehr von Salon Schön.");
    expect(english.body).toContain("You will no longer receive SMS marketing from Fade &amp; Co.");
    const history = await api.deps.consents.entries("studio-de", anna);
    expect(history).toEqual([
      expect.objectContaining({
        channel: "email",
        purpose: "marketing",
        granted: false,
        source: "unsubscribe_link",
        evidence: { text: null, ipAddress: "127.0.0.1", userAgent: "MailClient/1.0" },
      }),
    ]);
  });

  it("withdraws once on a one-click POST, however often it is clicked", async () => {
    const token = tokenFor("studio-en", piet, "email");

    const first = await call("POST", token, "List-Unsubscribe=One-Click");
    const second = await call("POST", token, "List-Unsubscribe=One-Click");

    expect([first.status, second.status]).toEqual([200, 200]);
    expect(JSON.parse(first.body)).toEqual({ unsubscribed: true, channel: "email", purpose: "marketing" });
    const emailEntries = (await api.deps.consents.entries("studio-en", piet)).filter(
      (entry) => entry.channel === "email",
    );
    expect(emailEntries).toHaveLength(1);
  });

  it("writes exactly one withdrawal when the same link is clicked ten times at once on first use", async () => {
    const clientId = (await api.as("studio-en").post("/clients", { firstName: "Rae", lastName: "Burst" }))
      .body.id;
    const token = tokenFor("studio-en", clientId, "sms");

    const clicks = await Promise.all(
      Array.from({ length: 10 }, () => call("POST", token, "List-Unsubscribe=One-Click")),
    );

    expect(clicks.map((click) => click.status)).toEqual(Array(10).fill(200));
    expect(await api.deps.consents.entries("studio-en", clientId)).toHaveLength(1);
    expect((await api.deps.clients.get("studio-en", clientId))?.consent.sms.marketing).toMatchObject({
      granted: false,
      source: "unsubscribe_link",
    });
  });

  it("sends every HTML page with a strict content security policy and the other security headers", async () => {
    const token = tokenFor("studio-de", anna, "sms");

    const pages = [await call("GET", token), await call("POST", token, "from=page")];

    for (const page of pages) {
      expect(page.headers["content-type"]).toContain("text/html");
      const policy = String(page.headers["content-security-policy"])
        .split(";")
        .map((directive) => directive.trim());
      expect(policy).toEqual(
        expect.arrayContaining([
          "default-src 'none'",
          "form-action 'self'",
          "frame-ancestors 'none'",
          "base-uri 'none'",
        ]),
      );
      expect(policy.some((directive) => directive.includes("script-src"))).toBe(false);
      expect(page.headers).toMatchObject({
        "x-content-type-options": "nosniff",
        "referrer-policy": "no-referrer",
        "x-frame-options": "DENY",
      });
    }
  });

  it("refuses tampered, forged and foreign tokens with 400 and writes nothing", async () => {
    const before = await consentItems();
    const valid = tokenFor("studio-de", anna);
    const [payload, tag] = valid.split(".") as [string, string];
    const tampered = `${tokenFor("studio-de", piet).split(".")[0]}.${tag}`;
    const forged = tokenFor("studio-de", anna, "email", "another-secret-of-enough-length-0123456789");
    const otherStudio = tokenFor("studio-de", piet);
    const alteredTag = `${payload}.${tag.slice(0, -1)}${tag.endsWith("A") ? "B" : "A"}`;

    const responses = await Promise.all(
      [tampered, forged, otherStudio, alteredTag, "not-a-token"].flatMap((token) => [
        call("GET", token),
        call("POST", token),
      ]),
    );

    expect(responses.map((response) => response.status)).toEqual(Array(10).fill(400));
    expect(await consentItems()).toEqual(before);
  });
});
