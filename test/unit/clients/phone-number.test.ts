import { describe, expect, it } from "vitest";
import { phoneSearchPrefix, readPhone } from "../../../domain/clients/phone-number";

const refusalNaming = (field: string) =>
  expect.objectContaining({ code: "VALIDATION.FAILED", issues: [expect.objectContaining({ field })] });

describe("reading a phone number as staff type it", () => {
  it("reads full-width digits and plus as the number they show", () => {
    const typed = "＋４９ １５１ ２３４５６７８９";

    const read = readPhone(typed, "DE");

    expect(read.phone).toBe("+4915123456789");
  });

  it.each([
    ["too short for a German number", "12345"],
    ["text around the number", "call 0151 23456789 please"],
    ["an extension, which E.164 cannot hold", "030 1234567 ext. 12"],
    ["an unassigned German mobile range", "0140 12345678"],
  ])("refuses %s, naming the field", (_, typed) => {
    const read = () => readPhone(typed, "DE");

    expect(read).toThrow(refusalNaming("phone"));
  });

  it("accepts landlines and mobiles in the national and the international form", () => {
    const numbers = ["030 12345678", "0151 2345 6789", "+48 601 234 567", "0031 6 12345678"];

    const stored = numbers.map((typed) => readPhone(typed, "DE").phone);

    expect(stored).toEqual(["+493012345678", "+4915123456789", "+48601234567", "+31612345678"]);
  });

  it("tells a number that takes SMS from one that does not", () => {
    const numbers = ["0151 2345 6789", "+1 212 555 0123", "030 12345678", "0800 1234567"];

    const kinds = numbers.map((typed) => readPhone(typed, "DE").phoneKind);

    expect(kinds).toEqual(["mobile", "mobile", "other", "other"]);
  });
});

describe("phone search prefixes", () => {
  it("reads full-width digits like ASCII ones", () => {
    const prefixes = [phoneSearchPrefix("０１５１", "DE"), phoneSearchPrefix("＋４８ ６０１", "DE")];

    expect(prefixes).toEqual(["+49151", "+48601"]);
  });
});
