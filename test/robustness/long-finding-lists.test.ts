import { describe, expect, it } from "vitest";
import { validateSession } from "../../src/validate.js";

// `list.push(...more)` passes every item as an argument; past about 120,000 V8 throws a RangeError.
// validateSession appended some findings that way, so a visit of 130,000 lines lost its whole report
// to input/unreadable ("reading it threw RangeError"). Lines alike, so the visit is cheap to check.
const LINES = 130_000;
const visit = (line: Record<string, unknown>) => ({
  dateOfService: "2024-03-01",
  payer: { program: "medicare" },
  provider: { discipline: "PT", credential: "PT" },
  services: Array.from({ length: LINES }, () => ({ code: "97110", units: 1, modifiers: ["GP"], activity: "Bridges 2x15", ...line })),
});

describe("a visit whose findings of one kind run past 120,000 keeps its report", () => {
  it("130,000 lines with a mistyped key: one input/misspelled-field per line, no input/unreadable", () => {
    const r = validateSession(visit({ minute: 10 }));
    expect(r.findings.some((f) => f.rule === "input/unreadable")).toBe(false);
    expect(r.findings.filter((f) => f.rule === "input/misspelled-field")).toHaveLength(LINES);
  });

  it("130,000 lines with unreadable assistant minutes: one modifier/assistant-no-data each, no input/unreadable", () => {
    const r = validateSession(visit({ minutes: 10, assistantMinutes: "5 min" }));
    expect(r.findings.some((f) => f.rule === "input/unreadable")).toBe(false);
    expect(r.findings.filter((f) => f.rule === "modifier/assistant-no-data")).toHaveLength(LINES);
  });
});
