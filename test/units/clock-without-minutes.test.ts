import { describe, expect, it } from "vitest";
import { validateSession } from "../../src/validate.js";

// Nineteenth round (lead): a line with start and end times and no minutes was told "no minutes", as
// if its clock times had not been read. The minutes billed are direct one-on-one treatment time (MBPM
// ch. 15 §220.3 E), which may be less than the clock span, so the span is not taken as the minutes;
// but the finding names the span, so the biller sees the times were read and what to record.

const visit = (line: Record<string, unknown>) => ({
  dateOfService: "2026-03-14",
  payer: { program: "medicare" },
  provider: { discipline: "PT", credential: "PT" },
  services: [{ code: "97110", units: 2, modifiers: ["GP"], activity: "SLR 3x10, bridges 3x10 for hip strength with cues for form", ...line }],
});

const missing = (line: Record<string, unknown>) => validateSession(visit(line)).findings.find((f) => f.rule === "units/missing-minutes");

describe("units/missing-minutes on a line with clock times", () => {
  it.each([
    [{ start: "10:00", end: "10:23" }, "10:00–10:23", "23"],
    [{ start: "09:50", end: "10:35" }, "09:50–10:35", "45"],
    [{ start: "10:00", end: "10:01" }, "10:00–10:01", "1"],
  ])("%j names the clock span", (times, span, minutes) => {
    const f = missing(times);
    expect(f?.severity).toBe("error");
    expect(f?.message).toContain(`runs ${span}, ${minutes} min on the clock`);
    expect(f?.fix).toContain(minutes === "1" ? "the 1 clock minute less" : `the ${minutes} clock minutes less`);
  });

  it.each([
    ["no times", {}],
    ["only a start", { start: "10:00" }],
    ["an end before its start", { start: "10:30", end: "10:00" }],
  ])("%s: the plain message", (_, times) => {
    const f = missing(times);
    expect(f?.message).not.toContain("on the clock");
    expect(f?.fix).toBe("Record the direct one-on-one minutes of 97110.");
  });
});
