import { beforeEach, describe, expect, it } from "vitest";
import { type ApiHarness, createApiHarness } from "../support/api-harness";
import { openForOnlineBooking } from "../support/online-booking-fixture";

const RULES = [
  { when: { kind: "service_price", atLeast: 10_000 }, amount: { kind: "percentage", percent: 30 } },
  { when: { kind: "reliability", colours: ["red"] }, amount: { kind: "fixed", amount: 2000 } },
  { when: { kind: "client_tag", tag: "unreliable" }, amount: { kind: "fixed", amount: 2500 } },
  { when: { kind: "new_client" }, amount: { kind: "fixed", amount: 1000 } },
];

describe("deposit policy (PATCH /studio settings.deposits)", () => {
  let api: ApiHarness;
  const owner = () => api.as("studio-a");

  beforeEach(async () => {
    api = await createApiHarness();
    await openForOnlineBooking(api, "studio-a");
  });

  it("stores the rules and text field by field and shows the text in the public profile once enabled", async () => {
    const before = await api.publicRequest("GET", "/book/studio-a");

    const rules = await owner().patch("/studio", { settings: { deposits: { rules: RULES } } });
    const enabled = await owner().patch("/studio", {
      settings: { deposits: { enabled: true, policyText: "A deposit of up to 30 % secures your slot." } },
    });
    const after = await api.publicRequest("GET", "/book/studio-a");

    expect(before.body.depositPolicyText).toBeNull();
    expect(rules.status).toBe(200);
    expect(rules.body.settings.deposits).toMatchObject({
      enabled: false,
      payWithinMinutes: 30,
      policyText: null,
    });
    expect(enabled.body.settings.deposits).toEqual({
      enabled: true,
      rules: RULES.map((rule) =>
        rule.when.kind === "service_price" ? { ...rule, when: { ...rule.when, categoryId: null } } : rule,
      ),
      payWithinMinutes: 30,
      retainOn: ["no_show", "late_cancellation"],
      policyText: "A deposit of up to 30 % secures your slot.",
    });
    expect(after.body.depositPolicyText).toBe("A deposit of up to 30 % secures your slot.");
  });

  it("refuses a policy that cannot work, naming the field, and changes nothing", async () => {
    const attempts = [
      { enabled: true },
      { rules: [{ when: { kind: "moon_phase" }, amount: { kind: "fixed", amount: 100 } }] },
      { rules: [{ when: { kind: "new_client" }, amount: { kind: "percentage", percent: 150 } }] },
      { rules: [{ when: { kind: "reliability", colours: [] }, amount: { kind: "fixed", amount: 100 } }] },
      { payWithinMinutes: 1 },
    ];

    const answers = await Promise.all(
      attempts.map((deposits) => owner().patch("/studio", { settings: { deposits } })),
    );

    expect(answers.map((answer) => answer.status)).toEqual([400, 400, 400, 400, 400]);
    for (const answer of answers) expect(answer.body.error.fields[0].field).toContain("settings.deposits");
    expect((await owner().get("/studio")).body.settings.deposits).toBeUndefined();
  });

  it("is changed by owners and managers only", async () => {
    const staff = await api
      .as("studio-a", "staff")
      .patch("/studio", { settings: { deposits: { rules: RULES } } });

    expect(staff.status).toBe(403);
  });
});
