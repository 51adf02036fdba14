import { describe, expect, it } from "vitest";
import * as z from "zod";
import { HtmlPage } from "../../../functions/shared/http/json-response";
import { publicRoute, route } from "../../../functions/shared/http/route";
import { checkContract } from "../../support/contract";

/** The integration tests' contract check must refuse what the document does not say, or it checks nothing. */
describe("the API harness's contract check", () => {
  const spec = route({
    summary: "a route answering a thing",
    response: z.strictObject({ id: z.string() }),
    successStatus: 201,
    handle: () => async () => ({ id: "x" }),
  });
  const json = (statusCode: number, body: unknown) => ({
    statusCode,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

  it("accepts the documented answer and an error body", () => {
    expect(() => checkContract("POST /things", spec, json(201, { id: "x" }))).not.toThrow();
    expect(() =>
      checkContract(
        "POST /things",
        spec,
        json(409, { error: { code: "CLIENT.DUPLICATE", message: "taken" } }),
      ),
    ).not.toThrow();
  });

  it("refuses an undocumented field, a missing one, another success status and a malformed error", () => {
    expect(() => checkContract("POST /things", spec, json(201, { id: "x", secret: 1 }))).toThrow(/refuses/);
    expect(() => checkContract("POST /things", spec, json(201, {}))).toThrow(/refuses/);
    expect(() => checkContract("POST /things", spec, json(200, { id: "x" }))).toThrow(/says 201/);
    expect(() => checkContract("POST /things", spec, json(400, { message: "bad" }))).toThrow(/error body/);
  });

  it("refuses a body on 204 and an HTML page the route does not declare", () => {
    const deleting = route({
      summary: "a route answering 204",
      successStatus: 204,
      handle: () => async () => {},
    });
    const page = publicRoute({ summary: "a page", handle: () => async () => new HtmlPage("<p>hi</p>") });
    const html = { statusCode: 200, headers: { "content-type": "text/html" }, body: "<p>hi</p>" };

    expect(() => checkContract("DELETE /things", deleting, json(204, {}))).toThrow(/204 with a body/);
    expect(() => checkContract("GET /page", page, html)).toThrow(/HTML page/);
  });
});
