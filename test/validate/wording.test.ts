import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Session, ServiceLine } from "../../src/model/session.js";
import { assistantModifierUnits } from "../../src/modifiers/assistant-units.js";
import { checkModifiers } from "../../src/modifiers/check-modifiers.js";
import { calculateUnits } from "../../src/units/calculate-units.js";
import { checkUnits } from "../../src/units/check-units.js";
import { lintDocumentation } from "../../src/lint.js";
import { validateSession } from "../../src/validate.js";

// A number of minutes (or units) is often 1 in real data: a mistyped line, a one-minute
// leftover. "1 minutes" or "1 minute allow" in a message reads as careless, and a biller who
// sees careless text trusts the numbers less.
const WRONG = /\b1 (?:total )?(?:timed )?(?:minutes|units)\b|\b1 (?:timed )?minute (?:allow|earn|give)\b|\b(?:[02-9]|\d\d+) (?:timed )?minutes (?:allows|earns|gives)\b/;

function session(services: ServiceLine[], extra: Partial<Session> = {}, program: Session["payer"]["program"] = "medicare", discipline: Session["provider"]["discipline"] = "PT"): Session {
  return { dateOfService: "2025-03-14", payer: { program }, provider: { discipline }, services, ...extra };
}

const texts = (fs: readonly { message: string; fix?: string | undefined }[]): string[] => fs.flatMap((f) => [f.message, f.fix ?? ""]);

describe("messages say '1 minute allows', not '1 minutes allow'", () => {
  it("units/clock-mismatch, units/exceeds-time and the day's total (CMS method)", () => {
    const f = checkUnits(session([{ code: "97110", minutes: 1, units: 1, start: "09:00", end: "09:10" }, { code: "97140", minutes: 30, units: 2 }]));
    const messages = f.map((x) => x.message);
    expect(messages).toContain("97110 runs 09:00–09:10 (10 min) but records 1 minute.");
    expect(messages.some((m) => m.startsWith("97110 is billed for 1 unit, but its 1 minute allows at most 0 (the day's 31 timed minutes allow 2 units in all"))).toBe(true);
    const alone = checkUnits(session([{ code: "97110", minutes: 1, units: 1 }]));
    expect(alone.map((x) => x.message).join("\n")).toContain("1 timed minute allows 0");
  });

  it("units/missing-units, units/total-timed-mismatch and the per-code method", () => {
    expect(checkUnits(session([{ code: "97110", minutes: 1 }])).map((x) => x.message)).toContain("97110 has no billed units; its 1 minute earns 0 units.");
    const documented = checkUnits(session([{ code: "97110", minutes: 30, units: 2 }], { totalTimedMinutes: 1 })).map((x) => x.message);
    expect(documented).toContain("The note documents 1 total timed minute, but the timed lines add up to 30.");
    const ama = checkUnits(session([{ code: "97110", minutes: 1, units: 1 }], {}, "commercial")).map((x) => x.message);
    expect(ama).toContain("97110 is billed for 1 unit, but its 1 minute allows 0 under the per-code midpoint rule.");
  });

  it("calculateUnits' explanation, both methods", () => {
    expect(calculateUnits([{ code: "97110", minutes: 1 }]).explanation).toContain("1 timed minute allows 0 units (a timed unit needs at least 8 minutes in all)");
    expect(calculateUnits([{ code: "97110", minutes: 1 }], { method: "ama" }).explanation).toContain("1 timed minute gives 0 units in all");
    expect(calculateUnits([{ code: "97110", minutes: 40 }], { method: "ama" }).explanation).toContain("40 timed minutes give 3 units in all");
  });

  it("the assistant's share and doc/non-billable-time", () => {
    expect(assistantModifierUnits({ minutes: 1, assistantMinutes: 1, timed: false }, "2024-05-01").explanation).toContain("the assistant furnished 1 of 1 minute of this untimed service");
    expect(assistantModifierUnits({ minutes: 1, assistantMinutes: 0, timed: true, units: 1 }, "2024-05-01").explanation).toContain("of 1 minute (1 unit)");
    const lint = lintDocumentation(session([{ code: "97110", minutes: 1, activity: "Set-up of bike, then SLR 3x10" }]));
    expect(lint.find((x) => x.rule === "doc/non-billable-time")?.message).toContain("that time must not count toward its 1 billed minute.");
  });

  it("no finding, fix or units explanation of validateSession says '1 minutes', '1 units' or '1 minute allow' (any small visit)", () => {
    const line = fc.record(
      {
        code: fc.constantFrom("97110", "97140", "97530", "97150", "97010", "92507", "97129", "97130"),
        minutes: fc.integer({ min: 0, max: 24 }),
        units: fc.integer({ min: 0, max: 3 }),
        assistantMinutes: fc.integer({ min: 0, max: 3 }),
        modifiers: fc.subarray(["GP", "CQ", "59"]),
        start: fc.constant("09:00"),
        end: fc.constantFrom("09:01", "09:10"),
        activity: fc.constantFrom("Set-up of bike, then SLR 3x10", "Sit to stand x10 w/ min A"),
      },
      { requiredKeys: ["code"] },
    );
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 3 }), fc.constantFrom("medicare", "commercial" as const), fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }), (services, program, total) => {
        const report = validateSession(session(services, total === undefined ? {} : { totalTimedMinutes: total }, program));
        for (const text of [...texts(report.findings), ...(report.units?.explanation ?? [])]) expect(text).not.toMatch(WRONG);
      }),
      { numRuns: 300 },
    );
  });
});

describe("messages say 'an OT', 'an SLP' (the letters are spoken), and 'Do not bill' rather than '× 0 or fewer'", () => {
  const messages = (s: Session): string[] => [...checkModifiers(s), ...lintDocumentation(s)].map((f) => f.message);

  it("evaluations, sometimes-therapy codes, assistant modifiers and doc/discipline-mismatch", () => {
    expect(messages(session([{ code: "97168", units: 1 }], {}, "medicare", "OT"))).toContain("97168 is an OT evaluation and must carry GO; the line has no therapy modifier.");
    expect(messages(session([{ code: "92522", units: 1 }], {}, "medicare", "SLP"))).toContain("92522 is an SLP evaluation and must carry GN; the line has no therapy modifier.");
    expect(messages(session([{ code: "97130", minutes: 15, units: 1 }], {}, "medicare", "OT")).join("\n")).toContain("furnished under an OT plan of care it must carry GO");
    expect(messages(session([{ code: "97530", minutes: 15, units: 1, modifiers: ["GP", "CO"] }])).join("\n")).toContain("under an OT plan of care, but this visit is under a PT plan.");
    expect(messages(session([{ code: "97530", minutes: 15, units: 1, modifiers: ["GO", "CQ"] }], {}, "medicare", "OT")).join("\n")).toContain("under a PT plan of care, but this visit is under an OT plan.");
    expect(messages(session([{ code: "97161", units: 1, modifiers: ["GO"] }], {}, "medicare", "OT")).join("\n")).toContain("an OT provider does not bill it.");
  });

  it("a code whose minutes earn no unit of the day's pooled units: 'Do not bill 97530'", () => {
    const f = checkUnits(session([{ code: "97530", minutes: 3, units: 1 }, { code: "97110", minutes: 9, units: 1 }]));
    expect(f.find((x) => x.rule === "units/exceeds-time" && x.codes?.[0] === "97530")?.fix).toMatch(/^Do not bill 97530; /);
  });

  it("no finding of validateSession says 'a OT', 'a SLP' or '× 0 or fewer' (any small visit of any discipline)", () => {
    const line = fc.record(
      {
        code: fc.constantFrom("97110", "97530", "97535", "97130", "97161", "97165", "97168", "92522", "92507"),
        minutes: fc.integer({ min: 0, max: 30 }),
        units: fc.integer({ min: 0, max: 2 }),
        modifiers: fc.subarray(["GP", "GO", "GN", "CQ", "CO"], { maxLength: 2 }),
      },
      { requiredKeys: ["code"] },
    );
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 3 }), fc.constantFrom("PT" as const, "OT" as const, "SLP" as const), (services, discipline) => {
        const report = validateSession(session(services, {}, "medicare", discipline));
        for (const text of texts(report.findings)) expect(text).not.toMatch(/\ba (?:OT|SLP)\b|× 0 or fewer/);
      }),
      { numRuns: 300 },
    );
  });
});

describe("units messages are sentences, and a one-code fix does not repeat itself (sixth round)", () => {
  it("units/* messages start with a capital and end with a full stop, like every other check's", () => {
    const f = checkUnits(session([{ code: "97110", minutes: 30, units: 2 }], { totalTimedMinutes: 1 }));
    expect(f.map((x) => x.message)).toContain("The note documents 1 total timed minute, but the timed lines add up to 30.");
    expect(checkUnits(session([{ code: "97130", minutes: 10, units: 1 }])).map((x) => x.message)).toContain("97130 is an add-on to 97129 but is billed without it.");
  });

  it("when one code earns the units the fix names them once; with two it adds the visit's advice", () => {
    const one = checkUnits(session([{ code: "97110", minutes: 38, units: 1 }]));
    expect(one.find((x) => x.rule === "units/below-time")?.fix).toBe("If the minutes are right, bill 97110 × 3.");
    expect(checkUnits(session([{ code: "97110", minutes: 10, units: 2 }]))[0]?.fix).toBe("Bill 97110 × 1 or fewer.");
    expect(checkUnits(session([{ code: "97110", minutes: 3, units: 1 }]))[0]?.fix).toBe("Do not bill 97110.");
    const two = checkUnits(session([{ code: "97110", minutes: 33, units: 1 }, { code: "97140", minutes: 7, units: 1 }]));
    expect(two.find((x) => x.rule === "units/below-time")?.fix).toBe("If the minutes are right, bill 97110 × 2 (bill 97110 × 2, 97140 × 1).");
  });

  it("an untimed code's explanation reads for 1 minute too", () => {
    expect(calculateUnits([{ code: "97150", minutes: 1 }]).explanation).toContain("97150 is untimed: 1 unit (1 min, not timed minutes)");
  });

  it("every units/* message of validateSession is a sentence, and no fix says the same advice twice (any small visit)", () => {
    const line = fc.record(
      {
        code: fc.constantFrom("97110", "97140", "97530", "97150", "97129", "97130", "G0283"),
        minutes: fc.integer({ min: 0, max: 40 }),
        units: fc.integer({ min: 0, max: 4 }),
        start: fc.constant("09:00"),
        end: fc.constantFrom("09:01", "09:10"),
      },
      { requiredKeys: ["code"] },
    );
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 3 }), fc.constantFrom("medicare", "commercial" as const), fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }), (services, program, total) => {
        const report = validateSession(session(services, total === undefined ? {} : { totalTimedMinutes: total }, program));
        for (const f of report.findings) {
          if (f.rule.startsWith("units/")) expect(f.message).toMatch(/^[A-Z0-9].*\.$/s);
          // "bill 97110 × 2 (bill 97110 × 2)": the same advice inside and outside the parentheses.
          const repeated = /bill (\S+ × \d+) \(bill \1\)/.exec(f.fix ?? "");
          expect(repeated).toBeNull();
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("zero units and day totals (sixth round)", () => {
  it("the per-code method says 'Do not bill' for a line whose minutes earn no unit", () => {
    const f = checkUnits(session([{ code: "97035", minutes: 7, units: 1 }], {}, "commercial"));
    expect(f.find((x) => x.rule === "units/exceeds-time")?.fix).toBe("Do not bill 97035.");
  });

  it("a day's-total fix lists the timed codes only, so its units add up to the total it names", () => {
    const f = checkUnits(session([{ code: "97110", minutes: 20, units: 2 }, { code: "97112", minutes: 20, units: 2 }, { code: "G0283", minutes: 15, units: 1 }]));
    expect(f.find((x) => x.rule === "units/exceeds-time")?.fix).toBe("Bill 3 timed units in all, for example: bill 97110 × 2, 97112 × 1.");
  });

  it("every day's-total fix of validateSession adds up to the units it names (any small visit)", () => {
    const line = fc.record({
      code: fc.constantFrom("97110", "97112", "97140", "97530", "G0283", "97161", "97150"),
      minutes: fc.integer({ min: 0, max: 40 }),
      units: fc.integer({ min: 0, max: 4 }),
    });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), (services) => {
        for (const f of validateSession(session(services)).findings) {
          const m = /^(?:If the minutes are right, bill|Bill) (\d+) timed units? in all, for example: bill (.*)\.$/.exec(f.fix ?? "");
          if (m === null) continue;
          const sum = [...m[2]!.matchAll(/× (\d+)/g)].reduce((a, x) => a + Number(x[1]), 0);
          expect(sum).toBe(Number(m[1]));
        }
      }),
      { numRuns: 300 },
    );
  });
});
