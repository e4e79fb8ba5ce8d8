import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ServiceLine, Session } from "../../src/model/session.js";
import { calculateUnits } from "../../src/units/index.js";
import { validateSession } from "../../src/validate.js";

// Twenty-fourth round (edge24, HUGE-AGREE): units23's HUGE made calculateUnits exact (a line's minutes count only below
// 2^53 ÷ the number of lines), but validateSession's unit checks added the minutes and the billed units on their own:
// two 97110 lines of 2^53 − 1 minutes "earn at least 1200959900632132" units beside report.units' 0, and billed units
// added past 2^53 (97598 × 18014398509481982 in report.units).

const MAX = Number.MAX_SAFE_INTEGER;
const line = (code: string, minutes: number | undefined, units?: number): ServiceLine =>
  ({ code, ...(minutes === undefined ? {} : { minutes }), ...(units === undefined ? {} : { units }), modifiers: ["GP"], goalIds: ["G1"], activity: "Therapeutic exercise: sit to stand x10, cued for trunk lean" });
const visit = (services: readonly ServiceLine[], program: "medicare" | "commercial" = "medicare"): Session =>
  ({ dateOfService: "2026-03-02", payer: { program }, provider: { discipline: "PT", credential: "PT" }, services: [...services] });
const unitMessages = (s: Session) => validateSession(s).findings.filter((f) => f.rule.startsWith("units/")).map((f) => `${f.rule}: ${f.message}`);
/** Every whole number written in a text, read exactly (BigInt), so a rounded 18014398509481982 is seen as past 2^53 − 1. */
const numbersIn = (text: string) => [...text.matchAll(/\d+/g)].map((m) => BigInt(m[0]));

describe("HUGE-AGREE: validateSession's unit checks count minutes as calculateUnits does", () => {
  it.each<[string, ServiceLine[], "medicare" | "commercial", string]>([
    ["two 97110 lines of 2^53 − 1 minutes (cms)", [line("97110", MAX, 1), line("97110", MAX, 1)], "medicare", "units/exceeds-time: 97110 is billed for 2 units, but its 0 minutes allow at most 0 (its 2 lines added; the day's 0 timed minutes allow 0 units in all)."],
    ["two codes of 2^53 − 1 minutes (cms)", [line("97110", MAX, 1), line("97140", MAX, 1)], "medicare", "units/exceeds-time: 97110 is billed for 1 unit, but its 0 minutes allow at most 0 (the day's 0 timed minutes allow 0 units in all)."],
    ["two 97110 lines of 2^53 − 1 minutes (ama)", [line("97110", MAX, 1), line("97110", MAX, 1)], "commercial", "units/exceeds-time: 97110 is billed for 2 units, but its 0 minutes allow 0 under the per-code midpoint rule (its 2 lines added)."],
    ["two 97110 lines without units", [line("97110", MAX), line("97110", MAX)], "medicare", "units/missing-units: 97110 has no billed units; its 0 minutes earn 0 units."],
    ["two 96125 lines of 2^53 − 1 minutes", [{ ...line("96125", MAX, 1), modifiers: ["GN"] }, { ...line("96125", MAX, 1), modifiers: ["GN"] }], "medicare", "units/exceeds-time: 96125 is billed for 2 hours, but the standardized cognitive testing lines' 0 minutes give none (an hour of 96125 counts once 31 of its minutes are spent)."],
  ])("%s", (_name, services, program, expected) => {
    const s = visit(services, program);
    const messages = unitMessages(s);
    expect(messages).toContain(expected);
    for (const m of messages) for (const n of numbersIn(m)) expect(n <= BigInt(MAX), m).toBe(true);
  });

  it("counter-case: two lines of 2^52 − 1 minutes are still counted to the minute", () => {
    const s = visit([line("97110", 2 ** 52 - 1, 1), line("97110", 2 ** 52 - 1, 1)]);
    const units = validateSession(s).units!;
    expect(units.lines[0]!.minutes).toBe(2 ** 53 - 2);
    expect(unitMessages(s).join("\n")).toContain(`its 9007199254740990 minutes earn at least ${units.totalUnits}`);
  });
});

describe("HUGE-BILLED: billed units that add up past 2^53 − 1 say so", () => {
  it.each<[string, ServiceLine[], string]>([
    ["97110 billed 2^53 − 1 twice", [line("97110", 30, MAX), line("97110", 30, MAX)], "units/exceeds-time: 97110 is billed for more than 9007199254740991 units, but its 60 minutes allow at most 4 (its 2 lines added; the day's 60 timed minutes allow 4 units in all)."],
    ["the day's total", [line("97110", 25, MAX), line("97140", 25, MAX)], "units/exceeds-time: Timed codes are billed for more than 9007199254740991 units in all, but 50 timed minutes allow 3."],
    ["97129 billed 2^53 − 1 twice", [line("97129", 10, MAX), line("97129", 10, MAX)], "units/97129-over-one: 97129 carries more than 9007199254740991 units; it covers the first 15 minutes of the cognitive service and is billed once a day."],
    ["group therapy billed 2^53 − 1 twice", [line("97150", 30, MAX), line("97150", 30, MAX)], "units/untimed-over-one: 97150 is untimed and billed once per session whatever the time, but carries more than 9007199254740991 units on 2 lines."],
    ["92608 billed 2^53 − 1 twice", [{ ...line("92607", 60, 1), modifiers: ["GN"] }, { ...line("92608", 30, MAX), modifiers: ["GN"] }, { ...line("92608", 30, MAX), modifiers: ["GN"] }], "units/exceeds-time: 92608 is billed for more than 9007199254740991 half hours, but the speech-generating device evaluation lines' 120 minutes leave 60 minutes past 92607's first hour (each further half hour of 92608 counts once 16 of its minutes are spent)."],
    ["92607 billed 2^53 − 1 twice", [{ ...line("92607", 60, MAX), modifiers: ["GN"] }, { ...line("92607", 30, MAX), modifiers: ["GN"] }], "units/92607-over-one: 92607 carries more than 9007199254740991 units; it stands for the first hour of the speech-generating device evaluation and is billed once a day."],
  ])("%s", (_name, services, expected) => {
    const messages = unitMessages(visit(services));
    expect(messages).toContain(expected);
    for (const m of messages) for (const n of numbersIn(m)) expect(n <= BigInt(MAX), m).toBe(true);
  });

  it("counter-cases: billed units that add up exactly keep their number", () => {
    expect(unitMessages(visit([line("97110", 30, 2 ** 52), line("97110", 30, 2 ** 52 - 1)]))).toContain(
      "units/exceeds-time: 97110 is billed for 9007199254740991 units, but its 60 minutes allow at most 4 (its 2 lines added; the day's 60 timed minutes allow 4 units in all).",
    );
    expect(unitMessages(visit([line("97129", 10, 2), line("97129", 10, 1)]))).toContain("units/97129-over-one: 97129 carries 3 units; it covers the first 15 minutes of the cognitive service and is billed once a day.");
  });

  it("97598's billed units count as the calculator counts minutes: past 2^53 ÷ the lines, 0 (so 1 unit)", () => {
    const wound = [line("97597", 20, 1), line("97598", 30, MAX), line("97598", 30, MAX)];
    expect(calculateUnits(wound).lines.map((l) => [l.code, l.units])).toEqual([["97597", 1], ["97598", 1]]);
    expect(validateSession(visit(wound)).units!.lines.map((l) => l.units)).toEqual([1, 1]);
    // Counter-case: units that add up exactly are kept.
    expect(calculateUnits([line("97597", 20, 1), line("97598", 30, 2), line("97598", 30, 3)]).lines.map((l) => l.units)).toEqual([1, 5]);
    expect(calculateUnits([line("97598", 30, 2 ** 52 - 1), line("97598", 30, 2 ** 52 - 1)]).lines[0]!.units).toBe(2 ** 53 - 2);
  });
});

describe("HUGE-AGREE property: the units' findings name no number past 2^53 − 1, and their minutes agree with report.units", () => {
  const big = fc.oneof(fc.integer({ min: 0, max: 90 }), fc.integer({ min: MAX - 3, max: MAX }), fc.integer({ min: 2 ** 51, max: 2 ** 52 + 5 }));
  const code = fc.constantFrom("97110", "97140", "97530", "97129", "97130", "97150", "97597", "97598", "92607", "92608", "96125", "97545", "97546");
  const serviceLine = fc.record({ code, minutes: fc.option(big, { nil: undefined }), units: fc.option(big, { nil: undefined }) }).map((l) => line(l.code, l.minutes, l.units));
  it("for any session", () => {
    fc.assert(
      fc.property(fc.array(serviceLine, { minLength: 1, maxLength: 6 }), fc.constantFrom<"medicare" | "commercial">("medicare", "commercial"), (services, program) => {
        const s = visit(services, program);
        const r = validateSession(s);
        const units = r.units!;
        const minutesOf = (label: string) => units.lines.filter((l) => label.split("/").includes(l.code)).reduce((n, l) => n + l.minutes, 0);
        const unitsOf = (label: string) => units.lines.filter((l) => label.split("/").includes(l.code)).reduce((n, l) => n + l.units, 0);
        for (const l of units.lines) expect(Number.isSafeInteger(l.units) && Number.isSafeInteger(l.minutes), JSON.stringify(l)).toBe(true);
        for (const f of r.findings) {
          if (!f.rule.startsWith("units/")) continue;
          for (const n of numbersIn(`${f.message} ${f.fix ?? ""}`)) expect(n <= BigInt(MAX), f.message).toBe(true);
          const own = /^(\S+) is billed for .*?, but its (\d+) minutes? (?:allow|earn)/.exec(f.message) ?? /^(\S+) has no billed units; its (\d+) minutes? earn (\d+) units?/.exec(f.message);
          if (own) expect(Number(own[2]), f.message).toBe(minutesOf(own[1]!));
          if (own?.[3] !== undefined) expect(Number(own[3]), f.message).toBe(unitsOf(own[1]!));
          const day = /the day's (\d+) timed minutes?/.exec(f.message) ?? /but (\d+) timed minutes? allow/.exec(f.message);
          if (day) expect(Number(day[1]), f.message).toBe(units.totalTimedMinutes);
        }
      }),
      { numRuns: 300 },
    );
  });
});
