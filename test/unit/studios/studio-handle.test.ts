import { describe, expect, it } from "vitest";
import { startingCategoriesOf } from "../../../domain/studios/starting-categories";
import { checkedHandle } from "../../../domain/studios/studio-handle";

describe("a studio's public handle", () => {
  it.each(["inkt-en-ijzer", "Studio-Mitte", "abc", "salon42"])("takes %s, in lower case", (handle) => {
    expect(checkedHandle(handle)).toBe(handle.toLowerCase());
  });

  it.each([
    "ab",
    "-studio",
    "studio-",
    "studio--mitte",
    "studio mitte",
    "studio_mitte",
    "stüdio",
    "a".repeat(41),
    "admin",
    "WIDGET",
  ])("refuses %s, naming the field", (handle) => {
    expect(() => checkedHandle(handle)).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ field: "handle" })] }),
    );
  });
});

describe("a new studio's starting categories", () => {
  it("fit its kind and speak its language", () => {
    expect(startingCategoriesOf("barber", "pl")).toEqual([
      { id: "haircut", name: "Strzyżenie", defaultIntervalDays: 28 },
      { id: "beard", name: "Broda", defaultIntervalDays: 21 },
    ]);
    expect(startingCategoriesOf("tattoo", "de")).toEqual([
      { id: "tattoo", name: "Tattoo", defaultIntervalDays: null },
    ]);
  });
});
