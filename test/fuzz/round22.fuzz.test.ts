import fc from "fast-check";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { lintDocumentation as srcLint } from "../../src/lint.js";
import type { Finding, Severity } from "../../src/model/finding.js";
import type { ServiceLine, Session } from "../../src/model/session.js";
import { createRule } from "../../src/rules/create-rule.js";
import { RULES } from "../../src/rules/registry.js";
import type { RuleSetting } from "../../src/rules/types.js";
import { calculateUnits } from "../../src/units/index.js";
import { validateSession as srcValidate, validateSessions as srcValidateSessions } from "../../src/validate.js";
import { line, session as sessionOf } from "../rules/helpers.js";
import { REALISTIC_NOTES, sessionOf as noteSession } from "../rules/realistic-notes.cases.js";
import { FUZZ_RUNS, keysArb, nearSessionArb, permuted, sloppySessionArb, validSessionArb } from "./arbitraries.js";
import { expectJsonSafe } from "./json-safe.js";

/**
 * The twenty-second round's changes, fuzzed (fuzz22). (1) units22: calculateUnits pools a period family's minutes as
 * validateSession's checker does (CALC-SPLIT). (2) edge22: a total timed minutes with or without the period codes' minutes
 * (PERIOD-TOTAL). (3) the linter under any rule settings (speed22's rule-pass engine, RulePass, was not merged; its pass-shape test left with it), against the build of 3645d39
 * (.bench/base22). (4) gaps22's readings (ANSWERED-AFTER, JOINT-MOTION, TAUGHT-DONE, MANUAL-NOT-GIVEN), each beside its
 * counter-case. (5) Reports equal to the base build outside the changed rules. (6) edge22's credential reading (CRED-INFO).
 * Runs per property: max(FUZZ_RUNS, 100), fewer for the costly ones.
 */
const params = { numRuns: Math.max(FUZZ_RUNS, 100) };
const half = { numRuns: Math.max(Math.floor(FUZZ_RUNS / 2), 50) };

type Report = ReturnType<typeof srcValidate>;
type Api = { validateSession: (x: unknown, o?: unknown) => Report; validateSessions: (x: Iterable<unknown>, o?: unknown) => Report[] };
type Lint = { lintDocumentation: (s: Session, o?: unknown) => Finding[] };
// .bench/base22 is a build of 3645d39, this round's base (/work/main/.bench/base22 on the lead's machine); BASE_BUILD_DIR names
// another. The comparisons were with the live source while the round ran; from the twenty-third round on they are with
// .bench/end22, a build of c0c7b9c (the round's end after its review; END_BUILD_DIR names another), so that a later round's
// own changes do not show up as differences. Skipped where a build is missing (a clean clone).
const BASE_DIR = resolve(process.env.BASE_BUILD_DIR ?? ".bench/base22");
const END_DIR = resolve(process.env.END_BUILD_DIR ?? ".bench/end22");
const present = (d: string) => existsSync(`${d}/index.js`) && existsSync(`${d}/lint.js`);
const basePresent = present(BASE_DIR) && present(END_DIR);
const load = async <T,>(dir: string, file: string): Promise<T> => (await import(/* @vite-ignore */ pathToFileURL(`${dir}/${file}`).href)) as T;
const base = basePresent ? await load<Api>(BASE_DIR, "index.js") : undefined;
const baseLint = basePresent ? await load<Lint>(BASE_DIR, "lint.js") : undefined;
const end: Api = basePresent ? await load<Api>(END_DIR, "index.js") : { validateSession: srcValidate as Api["validateSession"], validateSessions: srcValidateSessions as Api["validateSessions"] };
const endLint: Lint = basePresent ? await load<Lint>(END_DIR, "lint.js") : { lintDocumentation: srcLint as Lint["lintDocumentation"] };
const validateSession = srcValidate;
const lintDocumentation = srcLint;

const caseArb = fc.constantFrom((s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s.toLowerCase(), (s: string) => s.replace(/\b\w/g, (c) => c.toUpperCase()));
type Discipline = "PT" | "OT" | "SLP";
const visitOf = (lines: readonly ServiceLine[], discipline: Discipline = "PT", extra: Partial<Session> = {}): Session =>
  sessionOf({ provider: { discipline, credential: discipline }, services: [...lines], totalTimedMinutes: 15 * lines.length, totalTreatmentMinutes: 15 * lines.length, ...extra });
const what = (lines: readonly ServiceLine[]) => JSON.stringify(lines.map((l) => [l.code, l.minutes, l.units]));

// ---------------------------------------------------------------------------------------------
// 1. Calculator vs checker: calculateUnits' units for a period family pass validateSession's unit checks (CALC-SPLIT).
// ---------------------------------------------------------------------------------------------

/** First code (once a day) and add-on; a per-period code has no first code. */
const FAMILIES: readonly { first?: string; addOn: string }[] = [
  { first: "92605", addOn: "92618" },
  { first: "92607", addOn: "92608" },
  { first: "92626", addOn: "92627" },
  { first: "97545", addOn: "97546" },
  { addOn: "96105" },
  { addOn: "96125" },
];
const PERIOD_CODES = ["92605", "92618", "92607", "92608", "92626", "92627", "96105", "96125", "97545", "97546"];
const TIMED = ["97110", "97112", "97140", "97530", "97535"];
const SLP_TEXT = "Standardized cognitive-communication testing (attention, memory, problem solving); scored and interpreted";
const slpLine = (code: string, minutes: number | undefined, units: number | undefined): ServiceLine =>
  ({ code, ...(minutes === undefined ? {} : { minutes }), ...(units === undefined ? {} : { units }), modifiers: ["GN"], goalIds: ["G1"], activity: SLP_TEXT });
const slpVisit = (lines: readonly ServiceLine[], extra: Partial<Session> = {}): Session => visitOf(lines, "SLP", { totalTimedMinutes: undefined, totalTreatmentMinutes: undefined, ...extra });
const unitsFindings = (r: Report) => r.findings.filter((x) => x.rule.startsWith("units/") && (x.severity === "error" || x.severity === "warning")).map((x) => `${x.rule}: ${x.message}`);

/** A family's lines: 1-3 lines of its codes (first code at most once when the family has one), with minutes 0..300. */
const familyLinesArb = fc.constantFrom(...FAMILIES).chain((f) =>
  fc.tuple(
    fc.constant(f),
    fc.array(fc.tuple(fc.constantFrom(...(f.first === undefined ? [f.addOn] : [f.first, f.addOn])), fc.integer({ min: 0, max: 300 })), { minLength: 1, maxLength: 3 }),
  ),
// An add-on without its first code is units/<add-on>-without-<first> whatever the units: the calculator adds no line.
).filter(([f, family]) => f.first === undefined || family.some(([c]) => c === f.first));
/** Each code's units from calculateUnits, on the first line of that code; 0 on its other lines (one result line per code). */
const billedAsCalculated = (specs: readonly (readonly [string, number])[], timedUnits = true, method: "cms" | "ama" = "cms"): ServiceLine[] => {
  const result = calculateUnits(specs.map(([code, minutes]) => ({ code, minutes })), { method });
  const seen = new Set<string>();
  return specs.map(([code, minutes]) => {
    const first = !seen.has(code);
    seen.add(code);
    const units = first ? (result.lines.find((l) => l.code === code)?.units ?? 0) : 0;
    return TIMED.includes(code) && !timedUnits ? slpLine(code, minutes, undefined) : slpLine(code, minutes, units);
  });
};

describe("units22: calculateUnits pools a period family's minutes as validateSession does (CALC-SPLIT)", () => {
  it("the units calculateUnits gives a family's lines (1-3 lines, any minutes, beside 15-minute codes, cms or ama) draw no units/ error or warning", () => {
    fc.assert(fc.property(familyLinesArb, fc.array(fc.tuple(fc.constantFrom(...TIMED), fc.integer({ min: 0, max: 60 })), { maxLength: 2 }), keysArb, fc.constantFrom<"cms" | "ama">("cms", "ama"), ([, family], timed, keys, method) => {
      // The per-code method on a commercial plan that uses it: the period codes count the same way.
      const specs = permuted([...family, ...timed], keys);
      const lines = billedAsCalculated(specs, true, method);
      const r = validateSession(slpVisit(lines, method === "ama" ? { payer: { program: "commercial", unitMethod: "ama" } } : {}));
      expect(r.meta.unitMethod, JSON.stringify(r.findings.filter((f) => f.rule.startsWith("input/")))).toBe(method);
      expect(unitsFindings(r), what(lines)).toEqual([]);
      expectJsonSafe(r);
    }), params);
  });

  it("the family's units never decrease as one line's minutes grow", () => {
    fc.assert(fc.property(familyLinesArb, fc.nat(), fc.integer({ min: 0, max: 240 }), ([f, family], at, more) => {
      const i = at % family.length;
      const grown = family.map(([c, m], k) => [c, k === i ? m + more : m] as const);
      const total = (specs: readonly (readonly [string, number])[]) => calculateUnits(specs.map(([code, minutes]) => ({ code, minutes }))).lines.reduce((n, l) => n + l.units, 0);
      expect(total(grown), `${f.addOn} ${JSON.stringify(family)} +${more} at ${i}`).toBeGreaterThanOrEqual(total(family));
    }), params);
  });

  it("line order never changes the result (the same units per code, totals and bill)", () => {
    fc.assert(fc.property(familyLinesArb, fc.array(fc.tuple(fc.constantFrom(...TIMED, ...PERIOD_CODES), fc.integer({ min: 0, max: 200 })), { maxLength: 3 }), keysArb, ([, family], others, keys) => {
      const specs = [...family, ...others].map(([code, minutes]) => ({ code, minutes }));
      const a = calculateUnits(specs);
      const b = calculateUnits(permuted(specs, keys));
      const billOf = (r: typeof a) => r.explanation.at(-1)!.replace(/^bill /, "").split(", ").sort();
      const byCode = (r: typeof a) => JSON.stringify([...r.lines].sort((x, y) => (x.code < y.code ? -1 : 1)));
      expect(byCode(b), JSON.stringify(specs)).toBe(byCode(a));
      expect([b.totalUnits, b.totalTimedMinutes, billOf(b)]).toEqual([a.totalUnits, a.totalTimedMinutes, billOf(a)]);
    }), params);
  });

  it("any lines (null, lower case, strings, NaN, negative, huge minutes and units) beside a family: no throw, whole units, JSON, the input unchanged", () => {
    const numArb = fc.oneof(fc.integer({ min: -5, max: 700 }), fc.double({ noNaN: false }), fc.constantFrom<unknown>(1e300, -0, 0.5, 59.9, "60", null, undefined, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, Infinity));
    const lineArb = fc.oneof(
      { weight: 8, arbitrary: fc.record({ code: fc.constantFrom<unknown>(...PERIOD_CODES, ...TIMED, "92607".toLowerCase(), "97546 ", 92608, "97129", "97130", "97598"), minutes: numArb, units: numArb }, { requiredKeys: ["code"] }) },
      { weight: 1, arbitrary: fc.constantFrom<unknown>(null, undefined, {}) },
    );
    fc.assert(fc.property(fc.array(lineArb, { maxLength: 6 }), fc.constantFrom<"cms" | "ama">("cms", "ama"), (lines, method) => {
      const before = JSON.stringify(lines);
      const r = calculateUnits(lines as never, { method });
      expect(JSON.stringify(lines)).toBe(before);
      expectJsonSafe(r);
      for (const l of r.lines) {
        // Whole, not always safe: two lines of 2^53 - 1 minutes add past it (groupLines' sum; on 3645d39 too, left alone).
        expect(Number.isInteger(l.units) && l.units >= 0, JSON.stringify(l)).toBe(true);
        expect(Number.isInteger(l.minutes) && l.minutes >= 0, JSON.stringify(l)).toBe(true);
      }
      for (const e of r.explanation) expect(e, before).not.toMatch(/NaN|undefined|Infinity|e\+\d/);
    }), params);
  });

  it("a family's units equal validateSession's own bill for the family's pooled minutes (the missing-units hint)", () => {
    const billOf = (r: Report): Map<string, number> => {
      const f = r.findings.find((x) => x.rule === "units/missing-units");
      return new Map([...(f?.fix ?? "").matchAll(/(\d{5}) × (\d+)/g)].map((m) => [m[1]!, Number(m[2])]));
    };
    fc.assert(fc.property(familyLinesArb, ([f, family]) => {
      const r = validateSession(slpVisit(family.map(([c, m]) => slpLine(c, m, undefined))));
      const bill = billOf(r);
      if (bill.size === 0) return; // the first hour not reached: no bill
      const calc = calculateUnits(family.map(([code, minutes]) => ({ code, minutes })));
      // The calculator adds no line: a code of the family not on the lines is not compared (92605 76 min alone: 92618 is the checker's hint).
      for (const code of [f.first, f.addOn].filter((c): c is string => c !== undefined && family.some(([x]) => x === c))) {
        expect(calc.lines.find((l) => l.code === code)?.units ?? 0, `${code} ${JSON.stringify(family)}: ${JSON.stringify([...bill])}`).toBe(bill.get(code) ?? 0);
      }
    }), params);
  });
});

// CALC-SPLIT (pinned by fuzz21; found again here by the properties above until units22's 0915406 pooled the family): the
// calculator counted each line's own minutes, the checker the family's. Each: [lines], what the per-line calculator said.
//   92626 0 + 92627 8 -> 92627 × 1: units/92627-without-92626 (8 pooled minutes do not reach 92626's first hour)
//   92608 16 + 92607 0 -> 92608 × 1: units/92608-without-92607
//   97546 60 + 97545 0 -> 97545 × 1, 97546 × 1: units/exceeds-time (60 minutes are within 97545's first two hours)
//   92605 0 + 92618 31 -> 92618 × 1, where validateSession's own hint for the same minutes says 92605 × 1
//   92627 0 + 92626 68 -> 92626 × 1, where the hint says 92626 × 1 and 92627 × 1 (8 minutes past the hour)
// Seen failing (it.fails) on fuzz22's merge of units22 at ce70deb..8de4a07, passing on 0915406.
describe("CALC-SPLIT: the exact inputs the properties found", () => {
  it.each([
    [[["92626", 0], ["92627", 8]]],
    [[["92608", 16], ["92607", 0]]],
    [[["97546", 60], ["97545", 0]]],
  ] as [[string, number][]][])("calculateUnits' units for %j draw no units/ error from validateSession", (specs) => {
    const lines = billedAsCalculated(specs);
    expect(unitsFindings(validateSession(slpVisit(lines)))).toEqual([]);
  });
  it.each([
    [[["92605", 0], ["92618", 31]], { "92605": 1, "92618": 0 }],
    [[["92627", 0], ["92626", 68]], { "92626": 1, "92627": 1 }],
  ] as [[string, number][], Record<string, number>][])("calculateUnits for %j bills %j, validateSession's hint", (specs, bill) => {
    const r = calculateUnits(specs.map(([code, minutes]) => ({ code, minutes })));
    expect(Object.fromEntries(r.lines.map((l) => [l.code, l.units]))).toEqual(bill);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. Total timed minutes: the 15-minute codes' sum, or that plus the period codes' minutes (edge22 d37d32f, PERIOD-TOTAL).
// ---------------------------------------------------------------------------------------------

const MISMATCH = "units/total-timed-mismatch";
const UNTIMED_WITH_MINUTES = ["97161", "97150", "92507", "97010", "97597"];
const PT_TEXT = "SLR 3x10, bridges 3x10 for hip strength; VCs for form";

describe("edge22: total timed minutes with or without the period codes' minutes (PERIOD-TOTAL)", () => {
  const linesArb = fc.tuple(
    fc.array(fc.tuple(fc.constantFrom(...TIMED, "97129", "97130"), fc.integer({ min: 0, max: 75 })), { minLength: 0, maxLength: 3 }),
    fc.array(fc.tuple(fc.constantFrom(...PERIOD_CODES), fc.integer({ min: 0, max: 240 })), { minLength: 0, maxLength: 3 }),
    fc.array(fc.tuple(fc.constantFrom(...UNTIMED_WITH_MINUTES), fc.integer({ min: 0, max: 60 })), { maxLength: 1 }),
    keysArb,
  );
  const visitFor = (timed: readonly (readonly [string, number])[], period: readonly (readonly [string, number])[], untimed: readonly (readonly [string, number])[], keys: readonly number[], total: number): Session =>
    slpVisit(permuted([...timed, ...period, ...untimed].map(([c, m]) => slpLine(c, m, undefined)), keys), { totalTimedMinutes: total, totalTreatmentMinutes: total + 500 });
  const sumOf = (xs: readonly (readonly [string, number])[]) => xs.reduce((n, [, m]) => n + m, 0);

  it("a total equal to the 15-minute codes' sum, or that plus the period codes' minutes, draws no mismatch", () => {
    fc.assert(fc.property(linesArb, fc.boolean(), ([timed, period, untimed, keys], withPeriod) => {
      const total = sumOf(timed) + (withPeriod ? sumOf(period) : 0);
      const v = visitFor(timed, period, untimed, keys, total);
      expect(validateSession(v).findings.filter((f) => f.rule === MISMATCH).map((f) => f.message), what(v.services)).toEqual([]);
    }), params);
  });

  it("any other total draws one mismatch, whose words never call a period code untimed and name both totals when there are period minutes", () => {
    fc.assert(fc.property(linesArb, fc.integer({ min: 0, max: 800 }), ([timed, period, untimed, keys], total) => {
      const [sum, withPeriod] = [sumOf(timed), sumOf(timed) + sumOf(period)];
      fc.pre(total !== sum && total !== withPeriod);
      const v = visitFor(timed, period, untimed, keys, total);
      const found = validateSession(v).findings.filter((f) => f.rule === MISMATCH);
      expect(found.length, what(v.services) + ` total ${total}`).toBe(1);
      const words = `${found[0]!.message} ${found[0]!.fix ?? ""}`;
      for (const code of PERIOD_CODES) expect(words, what(v.services)).not.toMatch(new RegExp(`untimed[^.]*\\b${code}\\b`));
      if (withPeriod !== sum) expect(words, what(v.services)).toContain(`${sum}, or ${withPeriod} with the minutes of`);
      expect(words).not.toMatch(/NaN|undefined|-\d/);
      // An untimed code's minutes counted too: the fix names the total without them, which is one of the two accepted.
      const leave = /out of the total timed minutes \((\d+)\)/.exec(words);
      if (leave) expect([sum, withPeriod], words).toContain(Number(leave[1]));
    }), params);
  });
});

// ---------------------------------------------------------------------------------------------
// 6. The credential reading: info only when the credential read is of the visit's own discipline (edge22 30f02fa, CRED-INFO).
// ---------------------------------------------------------------------------------------------

/** Clinics' spellings and the credential each names (credential-words.ts); null: names none. */
const CREDENTIALS: readonly (readonly [string, "PT" | "PTA" | "OT" | "OTA" | "SLP" | "SLPA" | null])[] = [
  ["DPT", "PT"], ["MPT", "PT"], ["MSPT", "PT"], ["pt", "PT"], ["Physical Therapist", "PT"], ["PT, DPT, OCS", "PT"], ["2251X0800X", "PT"],
  ["LPTA", "PTA"], ["pta", "PTA"], ["Physical Therapist Assistant", "PTA"], ["PTA, CLT", "PTA"], ["225200000X", "PTA"],
  ["OTR/L", "OT"], ["OTR", "OT"], ["OTD", "OT"], ["ot", "OT"], ["Occupational Therapist", "OT"], ["225X00000X", "OT"],
  ["COTA/L", "OTA"], ["COTA", "OTA"], ["ota", "OTA"], ["Occupational Therapy Assistant", "OTA"], ["224Z00000X", "OTA"],
  ["CCC-SLP", "SLP"], ["slp", "SLP"], ["Speech-Language Pathologist", "SLP"], ["235Z00000X", "SLP"],
  ["SLP-A", "SLPA"], ["C-SLPA", "SLPA"], ["slpa", "SLPA"], ["Speech-Language Pathology Assistant", "SLPA"], ["2355S0801X", "SLPA"],
  ["PT, PTA", null], ["PT/PTA", null], ["OTR/L, CCC-SLP", null], ["ATC", null], ["MD", null], ["RN", null],
];
const DISCIPLINE_OF = { PT: "PT", PTA: "PT", OT: "OT", OTA: "OT", SLP: "SLP", SLPA: "SLP" } as const;
const MODIFIER_OF = { PT: "GP", OT: "GO", SLP: "GN" } as const;

describe("edge22: a credential read from a clinic's words is info on a visit of its own discipline, else a warning (CRED-INFO)", () => {
  it("every spelling x discipline x case and blanks: the finding's severity, and the rest of the report is the report of the credential read", () => {
    fc.assert(fc.property(fc.constantFrom(...CREDENTIALS), fc.constantFrom<Discipline>("PT", "OT", "SLP"), caseArb, fc.constantFrom("", " ", "  ", "\t"), ([spelling, read], d, cased, blank) => {
      const credential = blank + cased(spelling) + blank;
      const lines = [{ ...line("97110", PT_TEXT), modifiers: [MODIFIER_OF[d]] }];
      const visit = { ...visitOf(lines, d), provider: { discipline: d, credential } };
      const r = validateSession(JSON.parse(JSON.stringify(visit)));
      const found = r.findings.filter((f) => f.rule === "input/read-as-credential");
      const label = `${JSON.stringify(credential)} on ${d}`;
      if (read === null) {
        expect(found, label).toEqual([]);
        return;
      }
      if (credential === read) return; // the model's own word: nothing to read
      expect(found.map((f) => f.severity), label).toEqual([DISCIPLINE_OF[read] === d ? "info" : "warning"]);
      expect(found[0]!.message, label).toContain(`read as ${read}`);
      expect(found[0]!.fix, label).toBe(`Send provider.credential as "${read}".`);
      // Outside the input finding, the report is the report of the credential sent as read.
      const plain = validateSession({ ...visit, provider: { discipline: d, credential: read } });
      const strip = (x: Report) => JSON.stringify({ ...x, findings: x.findings.filter((f) => f.rule !== "input/read-as-credential") });
      expect(strip(r), label).toBe(strip(plain));
      expect(r.valid).toBe(!r.findings.some((f) => f.severity === "error"));
    }), params);
  });

  it("a discipline not read (lower case, a word, missing): a credential read is never info", () => {
    fc.assert(fc.property(fc.constantFrom(...CREDENTIALS.filter(([, c]) => c !== null)), fc.constantFrom<unknown>("pt", "ot", "Occupational Therapy", "speech", "", undefined, 7, null), ([spelling], d) => {
      const visit = { ...visitOf([line("97110", PT_TEXT)]), provider: { discipline: d, credential: spelling } };
      const r = validateSession(JSON.parse(JSON.stringify(visit)));
      expect(r.findings.filter((f) => f.rule === "input/read-as-credential" && f.severity === "info").map((f) => f.message), `${spelling} / ${String(d)}`).toEqual([]);
      expectJsonSafe(r);
    }), params);
  });
});

// ---------------------------------------------------------------------------------------------
// 3. The rule-pass engine (speed22 0a246a2, 052d353): findings under any settings equal the base build's, less the changed rules.
// ---------------------------------------------------------------------------------------------

const GAIT_RULE = "doc/97116-reads-as-exercise";
const CRP_RULE = "doc/97112-reads-as-canalith-repositioning";
const SKILLED = "doc/skilled-need-missing";
const NBT = "doc/non-billable-time";
/** The lint rules whose findings changed on purpose this round (gaps22). */
const CHANGED_LINT = new Set([GAIT_RULE, CRP_RULE, SKILLED, "doc/activity-too-vague"]);
const RULE_IDS = Object.keys(RULES);
/** Words of the changed and unchanged rules, and of doc/non-billable-time ('_' included: 052d353), as clinics write them. */
const WORDS = [
  "SLR 3x10", "bridges 2x15", "LAQ 2x10", "shoulder flex 2x10", "hip ext 3x10", "gait training 150 ft w/ RW", "gait: unable", "gait: not tested",
  "gait: unable to clear R foot", "amb 200 ft w/ SPC", "Epley R x2", "educated on BPPV and Epley", "Epley performed R", "Semont L was completed",
  "STM to R UT", "STM deferred d/t bruising", "no debridement today", "debridement held d/t bleeding", "PA mobs L4 gr III", "pt declined mobs",
  "dressing change", "hot pack 10 min", "set up 5 min", "rest breaks x2", "rest_break", "documentation 5 min", "equipment_setup", "waited 5 min",
  "VCs for form", "TCs for sequencing", "progressed to 3#", "x10", "3x10", "Splint x1", "tolerated well", "pt in restroom", "__", "ther ex",
];
const noteTextArb = fc.tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }), fc.constantFrom(", ", "; ", "\n", ". ", " - ", "_", " / "), caseArb)
  .map(([words, join, cased]) => cased(words.join(join)));
const LINT_CODES = ["97110", "97112", "97116", "97140", "97530", "97535", "97597", "97150", "92507", "97161"];
const lintVisitArb = fc.tuple(
  fc.array(fc.tuple(fc.constantFrom(...LINT_CODES), noteTextArb), { minLength: 1, maxLength: 3 }),
  fc.constantFrom<Discipline>("PT", "OT", "SLP"),
  fc.option(noteTextArb, { nil: undefined }),
).map(([pairs, d, note]) => visitOf(pairs.map(([c, a]) => line(c, a)), d, note === undefined ? {} : { note: { subjective: "Pt reports pain 3/10.", assessment: note, plan: "Continue POC." } }));
const settingArb = fc.constantFrom<unknown>("off", "info", "warning", "error");
const settingsArb: fc.Arbitrary<Record<string, RuleSetting>> = fc.dictionary(fc.constantFrom(...RULE_IDS, NBT, NBT, CRP_RULE, "house/x"), fc.oneof({ weight: 6, arbitrary: settingArb }, { weight: 1, arbitrary: fc.constantFrom<unknown>("OFF", "Off", "", null, 0) }), { maxKeys: 6 }) as fc.Arbitrary<Record<string, RuleSetting>>;
const keyed = (list: readonly Finding[]) => list.map((f) => JSON.stringify(f));

describe("the linter under any rule settings (speed22's rule-pass engine was not merged: these hold for the engine main has)", () => {
  it.skipIf(baseLint === undefined)("generated notes and rule settings (off/info/warning/error per id): findings equal the base build's, less the changed rules", () => {
    fc.assert(fc.property(lintVisitArb, settingsArb, (v, rules) => {
      const outside = (list: readonly Finding[]) => keyed(list.filter((f) => !CHANGED_LINT.has(f.rule)));
      const label = JSON.stringify({ lines: v.services.map((l) => [l.code, l.activity]), rules });
      expect(outside(endLint.lintDocumentation(v, { rules })), label).toEqual(outside(baseLint!.lintDocumentation(v, { rules })));
    }), params);
  });

  it.skipIf(baseLint === undefined)("doc/non-billable-time with '_' anywhere (052d353 reads it in place): the base build's findings", () => {
    const NB = ["set up", "equipment setup", "rest break", "rest breaks x2", "documentation", "waited 5 min", "pt in restroom", "phone call", "no rest breaks", "educated on rest breaks", "SLR 3x10", "gait 150 ft", "hot pack"];
    const glue = fc.constantFrom("_", "__", "_ ", " _", "_\n", "-_-", "_5_", "\u00a0_", "_x_", " ", ", ");
    fc.assert(fc.property(fc.array(fc.tuple(glue, fc.constantFrom(...NB, ...NB.map((w) => w.replaceAll(" ", "_")))), { minLength: 1, maxLength: 5 }), glue, caseArb, fc.constantFrom("97110", "97140", "97530", "97535"), (parts, tail, cased, code) => {
      const text = cased(parts.map(([g, w]) => g + w).join("") + tail);
      const v = visitOf([line(code, text)]);
      const nb = (list: readonly Finding[]) => keyed(list.filter((f) => f.rule === NBT));
      expect(nb(endLint.lintDocumentation(v)), JSON.stringify(text)).toEqual(nb(baseLint!.lintDocumentation(v)));
    }), params);
  });

  it("turning one id off removes that id's findings and nothing else (doc/non-billable-time's pass included)", () => {
    fc.assert(fc.property(lintVisitArb, settingsArb, fc.constantFrom(...RULE_IDS, NBT, NBT, NBT), (v, rules, id) => {
      const before = lintDocumentation(v, { rules });
      const after = lintDocumentation(v, { rules: { ...rules, [id]: "off" } });
      // lint/unknown-rule names only entries not valid: "off" for a known id is valid, so it may lose that id.
      const strip = (list: readonly Finding[]) => keyed(list.filter((f) => f.rule !== id && f.rule !== "lint/unknown-rule"));
      expect(strip(after), JSON.stringify({ id, rules })).toEqual(strip(before));
      expect(after.filter((f) => f.rule === id)).toEqual([]);
    }), params);
  });

  it("a setting is the severity of each of its id's findings, and a pass's findings are the same set whatever the others' settings and extra rules", () => {
    const quiet = createRule({ id: "house/quiet", defaultSeverity: "info", description: "Nothing.", source: { title: "Clinic" }, check: () => [] });
    fc.assert(fc.property(lintVisitArb, settingsArb, fc.boolean(), (v, rules, extra) => {
      const found = lintDocumentation(v, { rules, ...(extra ? { extraRules: [quiet] } : {}) });
      for (const f of found) {
        const s = (rules as Record<string, unknown>)[f.rule];
        if (f.message.startsWith(`Rule ${f.rule} failed`)) continue;
        // A report of kind "no-data" or "advice" is info whatever the setting (toFinding).
        if (s === "info" || s === "warning" || s === "error") expect([s, "info"], f.rule).toContain(f.severity);
      }
      const nbt = (list: readonly Finding[]) => keyed(list.filter((f) => f.rule === NBT).map((f) => ({ ...f, severity: "info" as Severity })));
      expect(nbt(found)).toEqual(nbt(lintDocumentation(v)).filter(() => (rules as Record<string, unknown>)[NBT] !== "off"));
      expect(found.filter((f) => f.message.includes("failed and was skipped")).map((f) => f.message)).toEqual([]);
    }), params);
  });
});

// ---------------------------------------------------------------------------------------------
// 4. gaps22's readings, each beside its counter-case (d97745c, 2cff1e4, b419ab6/cc73db0, 7ca39a9).
// ---------------------------------------------------------------------------------------------

const ruleOn = (rule: string) => (code: string, activity: string, extra: Partial<Session> = {}): Finding[] =>
  lintDocumentation(visitOf([line(code, activity)], "PT", extra)).filter((f) => f.rule === rule);
const on97116 = ruleOn(GAIT_RULE).bind(null, "97116");
const on97112 = ruleOn(CRP_RULE).bind(null, "97112");
const SEATED_EX = ["LAQ 2x10", "heel raises 2x10", "marches 2x10", "seated hip abd 2x10 RTB", "ankle pumps x20"];
const JOINS = [", ", "; ", "\n", ". ", " / "];
const REASONS = ["", " d/t pain", " due to fatigue", " today", " 2/2 dizziness", " per pt request", " b/c of LOB"];
const ATTEMPTS = ["clear R foot w/ RW", "exceed 50 ft w/o LOB", "maintain upright posture", "advance L LE w/o cues", "sustain cadence > 2 min", "bear full weight on R"];

describe("gaps22: 97116 (ANSWERED-AFTER, JOINT-MOTION) and its counter-cases", () => {
  it("exercises then 'gait: not tested/N/A/unable' at the clause's end or before a reason are flagged; 'gait: unable to <verb> ...' is gait done", () => {
    fc.assert(fc.property(fc.uniqueArray(fc.constantFrom(...SEATED_EX), { minLength: 1, maxLength: 3 }), fc.constantFrom("gait", "Gait", "amb", "stairs"), fc.constantFrom(": ", " - ", " "), fc.constantFrom("not tested", "N/A", "unable", "not assessed"), fc.constantFrom(...REASONS), fc.option(fc.constantFrom(...ATTEMPTS), { nil: undefined }), fc.constantFrom(...JOINS), caseArb, fc.boolean(), (ex, walk, mark, answer, reason, attempt, join, cased, last) => {
      const answered = attempt === undefined ? `${walk}${mark}${answer}${reason}` : `${walk}${mark}unable to ${attempt}`;
      const text = cased(last ? [...ex, answered].join(join) : [answered, ...ex].join(join));
      const found = on97116(text);
      expect(found.length, JSON.stringify(text)).toBe(attempt === undefined ? 1 : 0);
    }), params);
  });

  const JOINTS = ["shoulder", "hip", "knee", "elbow", "wrist", "ankle", "trunk", "R shoulder", "L hip", "bilat knee"];
  const MOTIONS = ["flex", "ext", "ER", "IR", "ER/IR", "DF", "PF", "DF/PF", "add", "inv", "ev", "sup", "pron", "rot"];
  const DOSES = ["2x10", "3x10", "x20", "10 reps", "3x15 w/ 2#", "RTB 2x15", "5#"];
  // Not "AROM 0-90" nor "hip abd 3/5": 'AROM' and 'hip abd' are exercise words of the lexicon, flagged on the base build too.
  const MEASURES = ["3/5", "4-/5", "0-110 deg", "weakness noted", "limited", "WNL", "0-90 deg"];
  it("a joint and motion written short with a dose, alone on a 97116 line, are flagged in any order and case; without a dose, or with walking, not", () => {
    fc.assert(fc.property(fc.constantFrom(...JOINTS), fc.constantFrom(...MOTIONS), fc.oneof(fc.constantFrom(...DOSES).map((d) => ({ d })), fc.constantFrom(...MEASURES).map((m) => ({ m }))), fc.boolean(), fc.option(fc.constantFrom("gait training 150 ft w/ RW", "amb 200' w/ SPC", "stair training 12 steps w/ rail"), { nil: undefined }), fc.constantFrom(...JOINS), caseArb, (joint, motion, x, doseFirst, walk, join, cased) => {
      const part = "d" in x ? (doseFirst ? `${x.d} ${joint} ${motion}` : `${joint} ${motion} ${x.d}`) : `${joint} ${motion} ${x.m}`;
      const text = cased(walk === undefined ? part : `${part}${join}${walk}`);
      const found = on97116(text);
      expect(found.length, JSON.stringify(text)).toBe("d" in x && walk === undefined ? 1 : 0);
    }), params);
  });
});

describe("gaps22: 97112 taught then done (TAUGHT-DONE) and its counter-cases", () => {
  const TAUGHT = ["Pt educated on BPPV and", "Educated pt on BPPV and", "Instructed pt in", "pt educated on", "Education re: BPPV and"];
  const MANEUVER = ["Epley", "Semont", "canalith repositioning", "CRP", "BBQ roll"];
  const SIDE = ["", " R", " L", " right", " Lt", " bilat"];
  const DONE = ["performed", "completed", "was performed", "was completed", "done", "tolerated"];
  const NOT_DONE = ["", " x2", " R x3", " for home", " at home x3/day", " 2x daily", " will be performed next visit", " to perform at home"];
  it("a maneuver taught then done is read as given (flagged); taught alone, a count alone, a home program or a plan is not", () => {
    fc.assert(fc.property(fc.constantFrom(...TAUGHT), fc.constantFrom(...MANEUVER), fc.constantFrom(...SIDE), fc.oneof(fc.constantFrom(...DONE).map((d) => ({ d })), fc.constantFrom(...NOT_DONE).map((n) => ({ n }))), caseArb, (taught, m, side, x, cased) => {
      const text = cased("d" in x ? `${taught} ${m}${side} ${x.d}` : `${taught} ${m}${side}${x.n}`);
      expect(on97112(text).length, JSON.stringify(text)).toBe("d" in x ? 1 : 0);
    }), params);
  });
});

describe("gaps22: skilled need and a manual technique not given (MANUAL-NOT-GIVEN)", () => {
  const NEUTRAL = { note: { subjective: "Pt reports pain 3/10.", assessment: "Pt tolerated tx.", plan: "Continue POC." } };
  const onSkilled = (code: string, activity: string) => lintDocumentation(visitOf([line(code, activity), line("97010", "hot pack 10 min")], "PT", NEUTRAL)).filter((f) => f.rule === SKILLED);
  const MANUAL = ["STM", "debridement", "mobs", "PA mobs L4 gr III", "MLD", "soft tissue mobilization", "IASTM", "manual therapy", "myofascial release", "TPR"];
  const NEGATED = [(t: string) => `${t} deferred`, (t: string) => `${t} deferred d/t bruising`, (t: string) => `${t} held d/t bleeding`, (t: string) => `no ${t} today`, (t: string) => `pt declined ${t}`, (t: string) => `${t} not performed`, (t: string) => `w/o ${t}`, (t: string) => `${t} skipped d/t time`, (t: string) => `${t}: deferred`];
  it("a text whose every manual technique was not given shows no skill (flagged); one given anywhere clears it", () => {
    fc.assert(fc.property(fc.constantFrom(...MANUAL), fc.constantFrom(...NEGATED), fc.option(fc.constantFrom(...MANUAL.filter((m) => m !== "manual therapy")), { nil: undefined }), fc.constantFrom("; ", ". ", "\n", ", then "), fc.constantFrom("dressing change", "hot pack 10 min", "ice 10 min"), caseArb, fc.boolean(), (t, neg, given, join, other, cased, givenFirst) => {
      const parts = [neg(t), other, ...(given === undefined ? [] : [`${given} to R UT`])];
      const text = cased((givenFirst ? [...parts].reverse() : parts).join(join));
      expect(onSkilled("97140", text).length, JSON.stringify(text)).toBe(given === undefined ? 1 : 0);
    }), params);
  });
});

describe("gaps22: a manual technique named in the plan is a later visit's (PLAN-MANUAL, b444a26)", () => {
  const PLANNED = ["Resume debridement next visit", "Cont STM and mobs", "Continue MLD 2x/wk", "Plan: PA mobs L4 next session", "Add IASTM next visit"]; // not "Progress to grade IV mobs": "progress" is a skilled word
  const SKILL_PLAN = ["Progress to step-ups with VCs for knee alignment", "Assess response to mobs next visit", "Educate pt on HEP next visit"];
  it("a plan's technique never shows skill; one given in a line or the assessment does; a skilled word in the plan does", () => {
    fc.assert(fc.property(fc.constantFrom(...PLANNED), fc.constantFrom<"none" | "line" | "assessment" | "plan-skill">("none", "line", "assessment", "plan-skill"), fc.constantFrom(...SKILL_PLAN), caseArb, (planned, where, skill, cased) => {
      const note = { subjective: "Pt reports pain 3/10.", assessment: where === "assessment" ? "STM to R UT given, tolerated well." : "Pt tolerated tx.", plan: cased(where === "plan-skill" ? `${planned}. ${skill}.` : planned) };
      const lines = [line("97140", where === "line" ? "STM to R UT x8 min" : "hot pack 10 min"), line("97010", "hot pack 10 min")];
      const found = lintDocumentation(visitOf(lines, "PT", { note })).filter((f) => f.rule === SKILLED);
      expect(found.length, JSON.stringify({ plan: note.plan, where })).toBe(where === "none" ? 1 : 0);
    }), params);
  });
});

describe("gaps22: a dose alone is vague (DOSE-ONLY, 0865ad7) and its counter-cases", () => {
  const VAGUE = "doc/activity-too-vague";
  const onVague = (code: string, text: string) => lintDocumentation(visitOf([line(code, text)], "PT")).filter((f) => f.rule === VAGUE);
  const DOSE = ["x10", "3x10", "2x15", "x20", "3x10 5#", "2 sets", "10 reps", "x1", "3x10 reps, 5 lbs"];
  const KNOWN = ["SLR", "bridges", "clamshells", "heel raises", "LAQ", "quad sets", "mini squats", "step ups", "rows GTB", "sit to stand", "tandem stance"];
  const FILLER = ["", "Ther ex", "HEP", "Pt performed", "Ex", "Exercises:"];
  it("a dose with filler only is flagged with the dose words; a dose beside an exercise the lexicon knows is never flagged", () => {
    fc.assert(fc.property(fc.constantFrom("97110", "97530", "97112"), fc.constantFrom(...FILLER), fc.constantFrom(...DOSE), fc.option(fc.constantFrom(...KNOWN), { nil: undefined }), caseArb, fc.constantFrom(" ", ": ", " - ", ", "), (code, filler, dose, known, cased, join) => {
      const text = cased([filler, known, dose].filter((x) => x).join(join));
      const found = onVague(code, text);
      if (known !== undefined) expect(found, JSON.stringify(text)).toEqual([]);
      else {
        expect(found.length, JSON.stringify(text)).toBe(1);
        expect(found[0]!.message, JSON.stringify(text)).toMatch(/count or dose|names no specific/);
      }
    }), params);
  });

  it("an OT splint line with a verb or a region and a count is not vague ('Splint fabrication x1', 'R wrist cock-up splint fitted, x1')", () => {
    fc.assert(fc.property(fc.constantFrom("Splint fabrication x1", "R wrist cock-up splint fitted, x1", "resting hand splint fabricated x1", "Splint fitted and adjusted x1", "thumb spica splint fabrication x1"), caseArb, (text, cased) => {
      expect(lintDocumentation(visitOf([line("97760", cased(text))], "OT")).filter((f) => f.rule === VAGUE), text).toEqual([]);
    }), params);
  });
});

// Pins: what the properties above found, each with its exact input (it.fails: the expectation a biller would have).

// MANUAL-REFUSED-AFTER (gaps22 7ca39a9, src/rules/doc/skilled-need-missing.ts manualGiven; NOT_DONE in 97116-reads-as-exercise.ts):
// a manual technique refused or declined written after it ("STM refused", "mobs declined") is read as given, so a visit
// whose only skill was that technique is not flagged, while "STM deferred", "pt declined STM", "no STM" and "STM: deferred"
// are. "Declined"/"refused" reach forward only (withoutRefused), as they did for walking before WITHHELD_AFTER (fuzz21's
// GAIT-WITHHELD-AFTER): the same answer after the technique is the model. A dash or parenthesis mark ("STM - deferred",
// "STM (deferred)", DEFERRED_AFTER_MARK's marks on 97116) is read as given too. The base build (3645d39) read them all as given.
// Fixed by pins23 (skilled-need-missing REFUSED_AFTER: the answer after the technique, perhaps after a mark and "pt", is read as
// "deferred"; seen failing as it.fails first); test/rules/doc/pins23.test.ts holds the counter-cases.
describe("pins (fuzz22)", () => {
  const NEUTRAL = { note: { subjective: "Pt reports pain 3/10.", assessment: "Pt tolerated tx.", plan: "Continue POC." } };
  it.each(["STM refused; dressing change", "STM declined; ice 10 min", "mobs refused d/t pain; hot pack", "debridement declined d/t pain; dressing change", "STM - deferred; ice", "STM (deferred); ice"])(
    "MANUAL-REFUSED-AFTER: %j on 97140 (beside a hot pack) shows no skill: doc/skilled-need-missing",
    (text) => {
      const found = lintDocumentation(visitOf([line("97140", text), line("97010", "hot pack 10 min")], "PT", NEUTRAL)).filter((f) => f.rule === SKILLED);
      expect(found.length).toBe(1);
    },
  );

  // EDUCATION-RE (src/rules/doc/97112-reads-as-canalith-repositioning.ts, on the base build too): "Education re: Epley" and
  // "Reviewed Epley w/ pt" read as a maneuver given (97112 flagged: bill 95992), where "Educated on Epley", "Pt education:
  // Epley" and "Education re: BPPV and Epley" are read as taught. Pre-existing (3645d39), found by this file's teaching property.
  // Fixed by pins23 (NOT_GIVEN_BEFORE: "re:" ends the teaching words, "reviewed" teaches; seen failing as it.fails first).
  it.each(["Education re: Epley", "Reviewed Epley w/ pt", "Education re: Semont R"])("EDUCATION-RE: %j on 97112 is teaching, not a maneuver given", (text) => {
    expect(on97112(text)).toEqual([]);
  });

  // TAUGHT-DONE-BY-PT (gaps22 b419ab6/cc73db0, src/rules/doc/97112-reads-as-canalith-repositioning.ts TAUGHT_DONE ~l.39): a
  // maneuver taught and then performed by the patient ("Educated on Epley L performed correctly by pt", "Educated pt on Epley
  // performed by pt w/ min A", "... R performed x2 by pt") is read as the clinician's maneuver (flagged: bill 95992), where the
  // patient's return demonstration is the teaching (a home program, as "performed at home" and "pt performed correctly w/ VCs"
  // after a ';' are read). TAUGHT_DONE stopped at "performed"; the words after it ("by pt") were not read. None flagged on
  // 3645d39. Fixed by fuzz22 (TAUGHT_DONE's lookahead; seen failing as it.fails first); "Educated on Epley L performed R" is still flagged.
  it.each(["Educated on Epley L performed correctly by pt", "Educated pt on Epley performed by pt w/ min A", "Educated on Epley R performed x2 by pt"])("TAUGHT-DONE-BY-PT: %j on 97112 is teaching, not a maneuver given", (text) => {
    expect(on97112(text)).toEqual([]);
  });

  it.each(["Educated on Epley L performed", "Pt educated on BPPV and Epley performed R", "Educated on Epley R performed, pt tolerated well"])("TAUGHT-DONE-BY-PT's counter-case: %j on 97112 is a maneuver given", (text) => {
    expect(on97112(text).length).toBe(1);
  });

  // DOSE-CLONED (gaps22 0865ad7 with gaps21's CLONED-WORDS, src/rules/doc/cloned-activity.ts ~l.125): a text of three words of
  // which two are doses ("3x10 Resting x1") copied on two codes got both doc/activity-too-vague (DOSE-ONLY: fewer than two words
  // besides the doses) and doc/cloned-activity (three content words say enough), one problem told twice; round21's property
  // "never both" failed at random on the merge. Fixed by fuzz22: cloned-activity leaves a text to the vague rule when the
  // doses stand nearly alone, as it already did for a text of too few words (seen failing first).
  it.each([["3x10 Resting x1", "97760", "97140"], ["Splint x1 reviewed", "97760", "97140"] /* cloned: two words besides the dose */, ["TherEx 3x10 tx", "97110", "97530"], ["3x10, orthosis, x1", "97763", "97535"]])("DOSE-CLONED: %j on %s and %s is one finding a line", (text, a, b) => {
    const found = lintDocumentation(visitOf([line(a, text), line(b, text)], "OT"));
    for (const i of [0, 1]) expect(found.filter((f) => f.path?.[1] === i && (f.rule === "doc/cloned-activity" || f.rule === "doc/activity-too-vague")).map((f) => f.rule).length, `${text} line ${i}`).toBe(1);
  });

  // DOSE-ONE-WORD (gaps22 0865ad7, src/rules/doc/activity-too-vague.ts fewWordsBesideDoses): a named exercise the lexicon does
  // not know, with a dose, is now vague text "it gives a count or dose but names no task, exercise or technique": "Shrugs
  // x20", "Pendulums x20", "Curls 3x10 5#", "Deadbugs 2x10", "Codmans x20" (22 of 62 single-word names probed, with any dose,
  // on any code; none flagged on 3645d39). The word alone was already vague on the base ("Shrugs": "names no specific task"), so
  // this is the one-word rule reaching doses, but the new message says the text names no exercise where it names one, and a
  // biller cannot act on it. "Gait 150' x2" on 97116 too ("Gait 150'" alone was flagged on the base; "Amb 150' x2" passes).
  // The lead's call: ask only that the words besides the dose be code names and filler, and a distance says how much gait
  // (fewWordsBesideDoses): these pass; "Splint x1", "HEP x10", "3x10", "Ther ex 3x10" are still flagged (gaps22's rows).
  it.each([["97110", "Shrugs x20"], ["97110", "Pendulums x20"], ["97110", "Curls 3x10 5#"], ["97110", "Deadbugs 2x10"], ["97116", "Gait 150' x2"]])("DOSE-ONE-WORD: %s %j is not told it names no exercise", (code, text) => {
    expect(lintDocumentation(visitOf([line(code, text)])).filter((f) => f.rule === "doc/activity-too-vague")).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// 5. The build of 3645d39 (this round's base): the same reports outside the changed rules and findings.
// ---------------------------------------------------------------------------------------------

/** The rules whose findings changed on purpose this round: gaps22's, edge22's totals and credential, the period codes' words. */
const CHANGED_RULES = new Set([...CHANGED_LINT, MISMATCH, "input/read-as-credential", "units/missing-units", "units/exceeds-time", "units/below-time"]);
// units22 shortened the explanation sentences (8de4a07, a27e2c6, ce70deb): the bill line, the last, is compared; the others not.
const outsideChanged = (report: Report): string => JSON.stringify({
  ...report,
  ...(report.units ? { units: { ...report.units, explanation: report.units.explanation.slice(-1) } } : {}),
  meta: { ...report.meta, libraryVersion: "" },
  findings: report.findings.filter((f) => !CHANGED_RULES.has(f.rule)),
});
const touchesPeriod = (x: unknown) => /"(9260[578]|92618|9262[67]|96105|96125|9754[56])/.test(JSON.stringify(x) ?? "");

describe("reports equal the build of 3645d39 outside the changed rules (fuzz22)", () => {
  it.skipIf(base === undefined)("valid sessions and this file's notes: validateSession and validateSessions equal the base's, less the changed rules", () => {
    fc.assert(fc.property(fc.array(fc.oneof(validSessionArb, lintVisitArb), { minLength: 1, maxLength: 4 }).map((v) => v.filter((s) => !touchesPeriod(s.services))), (visits) => {
      for (const v of visits) expect(outsideChanged(end.validateSession(v)), what(v.services)).toBe(outsideChanged(base!.validateSession(v)));
      expect(end.validateSessions(visits).map(outsideChanged)).toEqual(base!.validateSessions(visits).map(outsideChanged));
    }), half);
  });

  it.skipIf(base === undefined)("sloppy and near-valid JSON sessions (no period code): the base's report, less the changed rules", () => {
    fc.assert(fc.property(fc.oneof(sloppySessionArb, nearSessionArb), (x) => {
      if (touchesPeriod(x)) return;
      expect(outsideChanged(end.validateSession(structuredClone(x))), JSON.stringify(x)).toBe(outsideChanged(base!.validateSession(structuredClone(x))));
    }), half);
  });

  it.skipIf(base === undefined)("period-code sessions: the same findings outside the units/ and changed rules, and the same units lines but notCounted and the period codes'", () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom(...PERIOD_CODES, ...TIMED), fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }), fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined })), { minLength: 1, maxLength: 4 }), (specs) => {
      const v = slpVisit(specs.map(([c, m, u]) => slpLine(c, m, u)));
      const [now, was] = [end.validateSession(v), base!.validateSession(v)];
      const keep = (r: Report) => r.findings.filter((f) => !CHANGED_RULES.has(f.rule) && !f.rule.startsWith("units/")).map((f) => JSON.stringify(f));
      expect(keep(now), what(v.services)).toEqual(keep(was));
      const timedLines = (r: Report) => JSON.stringify((r.units?.lines ?? []).filter((l) => !PERIOD_CODES.includes(l.code)));
      expect(timedLines(now), what(v.services)).toBe(timedLines(was));
      expect(now.valid).toBe(!now.findings.some((f) => f.severity === "error"));
      expectJsonSafe(now);
    }), half);
  });

  it.skipIf(baseLint === undefined)("nothing lost: on generated notes and plans, each changed rule finds at least what the base build found (gaps22 only adds)", () => {
    const PLAN_WORDS = ["Continue POC.", "Resume STM next visit", "Cont mobs", "Progress HEP", "Epley next visit", "Splint x1"];
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom("97112", "97116", "97140", "97110", "97530", "97597", "97760"), noteTextArb), { minLength: 1, maxLength: 3 }), fc.constantFrom(...PLAN_WORDS), (pairs, plan) => {
      const v = visitOf(pairs.map(([c, a]) => line(c, a)), "PT", { note: { subjective: "Pt reports pain 3/10.", assessment: "Pt tolerated tx.", plan } });
      const [now, was] = [endLint.lintDocumentation(v), baseLint!.lintDocumentation(v)];
      for (const rule of CHANGED_LINT) expect(now.filter((f) => f.rule === rule).length, `${rule} ${JSON.stringify({ pairs, plan })}`).toBeGreaterThanOrEqual(was.filter((f) => f.rule === rule).length);
    }), params);
  });

  it.skipIf(base === undefined)("the realistic-notes corpus: every note's report equals the base's, less the changed rules", () => {
    const differs = REALISTIC_NOTES.filter((n) => !touchesPeriod(noteSession(n).services) && outsideChanged(end.validateSession(noteSession(n))) !== outsideChanged(base!.validateSession(noteSession(n)))).map((n) => n.name);
    expect(differs).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// 6b. The read-as findings follow their setting (edge22 eda3913, SET-READ-AS); the other input/ findings stay fixed.
// ---------------------------------------------------------------------------------------------

describe("edge22: input/read-as-credential, -program and -list follow the rules option (SET-READ-AS)", () => {
  const READ_AS = ["input/read-as-credential", "input/read-as-program", "input/read-as-list"];
  const readAsVisitArb = fc.record({
    spelled: fc.constantFrom(...CREDENTIALS.filter(([, c]) => c !== null)),
    d: fc.constantFrom<Discipline>("PT", "OT", "SLP"),
    program: fc.constantFrom("medicare", "Railroad Medicare", "RRB"),
    modifiers: fc.constantFrom<unknown>(["GP"], "GP", "GP, 59", "GP 59"),
    checked: fc.boolean(),
  });
  const settingFor = fc.option(fc.constantFrom<unknown>("off", "info", "warning", "error", "loud"), { nil: undefined });

  it("each setting: off removes the finding, a severity is its severity, none leaves the default; nothing else moves but the option's own notes", () => {
    fc.assert(fc.property(readAsVisitArb, settingFor, settingFor, settingFor, ({ spelled: [credential], d, program, modifiers, checked }, sc, sp, sl) => {
      const visit = { ...visitOf([{ ...line("97110", PT_TEXT), modifiers } as unknown as ServiceLine], d), payer: { program }, provider: { discipline: d, credential } } as Record<string, unknown>;
      if (!checked) delete visit.dateOfService;
      const input = JSON.parse(JSON.stringify(visit));
      const settings = Object.fromEntries([[READ_AS[0], sc], [READ_AS[1], sp], [READ_AS[2], sl]].filter(([, s]) => s !== undefined));
      const [r, plain] = [validateSession(input, { rules: settings }), validateSession(input)];
      const label = JSON.stringify({ credential, d, program, modifiers, checked, settings });
      for (const [k, id] of READ_AS.entries()) {
        const s = [sc, sp, sl][k];
        const now = r.findings.filter((f) => f.rule === id);
        const was = plain.findings.filter((f) => f.rule === id);
        if (s === "off") expect(now, label).toEqual([]);
        else if (s === "info" || s === "warning" || s === "error") expect(now, label).toEqual(was.map((f) => ({ ...f, severity: s })));
        else expect(now, label).toEqual(was);
      }
      const rest = (x: Report) => JSON.stringify({ ...x, valid: undefined, findings: x.findings.filter((f) => !READ_AS.includes(f.rule) && f.rule !== "input/ignored-option") });
      expect(rest(r), label).toBe(rest(plain));
      expect(r.valid, label).toBe(checked && !r.findings.some((f) => f.severity === "error"));
      // A setting that is not a severity is named, once, as the option's note.
      const notes = r.findings.filter((f) => f.rule === "input/ignored-option");
      expect(notes.length, label).toBe([sc, sp, sl].filter((s) => s === "loud").length);
      expectJsonSafe(r);
    }), params);
  });

  it("validateSessions gives each visit of a batch the report validateSession gives it alone (credentials, programs, settings)", () => {
    fc.assert(fc.property(fc.array(readAsVisitArb, { minLength: 1, maxLength: 5 }), settingFor, ([...specs], sc) => {
      const visits = specs.map(({ spelled: [credential], d, program, modifiers, checked }) => {
        const v = { ...visitOf([{ ...line("97110", PT_TEXT), modifiers } as unknown as ServiceLine], d), payer: { program }, provider: { discipline: d, credential } } as Record<string, unknown>;
        if (!checked) delete v.dateOfService;
        return JSON.parse(JSON.stringify(v));
      });
      const options = sc === undefined ? undefined : { rules: { [READ_AS[0]!]: sc } };
      expect(end.validateSessions(visits, options).map((r) => JSON.stringify(r))).toEqual(visits.map((v) => JSON.stringify(end.validateSession(v, options))));
    }), half);
  });

  it("a setting for any other input/ or internal/ id changes no finding and is named as fixed", () => {
    fc.assert(fc.property(readAsVisitArb, fc.constantFrom("input/required-field", "input/ignored-field", "input/misspelled-field", "input/read-as-credentials", "input/read-as-", "internal/check-failed", "input/READ-AS-CREDENTIAL"), fc.constantFrom("off", "info", "error"), ({ spelled: [credential], d, checked }, id, s) => {
      const visit = { ...visitOf([line("97110", PT_TEXT)], d), provider: { discipline: d, credential } } as Record<string, unknown>;
      if (!checked) delete visit.dateOfService;
      const [r, plain] = [validateSession(visit, { rules: { [id]: s } }), validateSession(visit)];
      const notes = r.findings.filter((f) => f.rule === "input/ignored-option");
      expect(notes.length, id).toBe(1);
      expect(notes[0]!.message, id).toContain(JSON.stringify(id));
      expect(JSON.stringify(r.findings.filter((f) => f.rule !== "input/ignored-option")), id).toBe(JSON.stringify(plain.findings));
    }), params);
  });
});

// ---------------------------------------------------------------------------------------------
// 2b. The period codes' words (edge22 f3427e3, PERIOD-WORDS) and their lines without minutes (34edfac, PERIOD-NOT-COUNTED).
// ---------------------------------------------------------------------------------------------

describe("edge22: the period codes' hints and notCounted", () => {
  const FAMILY_OF: Record<string, readonly string[]> = { "92605": ["92605", "92618"], "92618": ["92605", "92618"], "92607": ["92607", "92608"], "92608": ["92607", "92608"], "92626": ["92626", "92627"], "92627": ["92626", "92627"], "96105": ["96105"], "96125": ["96125"], "97545": ["97545", "97546"], "97546": ["97545", "97546"] };
  const HALF: Record<string, number> = { "92618": 16, "92608": 16, "92627": 8, "96105": 31, "96125": 31 };
  const periodVisitArb = fc.constantFrom(...FAMILIES).chain((f) => fc.array(fc.tuple(fc.constantFrom(...(f.first === undefined ? [f.addOn] : [f.first, f.addOn])), fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }), fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined })), { minLength: 1, maxLength: 3 }));

  it("a family's unit findings name only its own codes, its periods' right midpoints, and no 'a hour', 'at most 0', '× 0', NaN or undefined", () => {
    fc.assert(fc.property(periodVisitArb, fc.array(fc.tuple(fc.constantFrom(...TIMED), fc.integer({ min: 0, max: 60 })), { maxLength: 2 }), keysArb, (family, timed, keys) => {
      const lines = permuted([...family.map(([c, m, u]) => slpLine(c, m, u)), ...timed.map(([c, m]) => slpLine(c, m, 1))], keys);
      const r = validateSession(slpVisit(lines));
      const own = FAMILY_OF[family[0]![0]]!;
      for (const f of r.findings.filter((x) => x.rule.startsWith("units/") && x.codes?.some((c) => PERIOD_CODES.includes(c)))) {
        const words = `${f.message} ${f.fix ?? ""}`;
        const label = `${what(lines)}: ${f.rule}: ${words}`;
        expect(words, label).not.toMatch(/\ba hour|at most 0\b|× 0\b|NaN|undefined|Infinity|give nothing|\(\)/);
        for (const code of words.match(/\b9\d{4}\b/g) ?? []) if (PERIOD_CODES.includes(code)) expect(own, label).toContain(code);
        // "(each further half hour of 92618 counts once 16 of its minutes are spent)", "(an hour of 96125 counts once 31 ...)".
        for (const m of words.matchAll(/of (9\d{4})(?: counts)? once (\d+) of its minutes/g)) expect(Number(m[2]), label).toBe(HALF[m[1]!]);
      }
      expectJsonSafe(r);
    }), params);
  });

  // PER-HOUR-ZERO (src/units/check-hourly.ts, the missing-units finding's `give ${bill}` and `State the units; bill ${bill}.`;
  // on the base build too): a per-hour code (96105, 96125) without units whose minutes do not reach 31 was told to bill zero
  // units: "96125 has no billed units; the day's 20 minutes of standardized cognitive testing give 96125 × 0 (...)", fix "State
  // the units; bill 96125 × 0.". A first-hour code says "Do not bill 92607 for 20 minutes; ..." (f3427e3) and exceeds-time
  // says "give none"; a biller reads "bill × 0" as a bill. Fixed by fuzz22 (seen failing as it.fails first): the words a first
  // hour not reached gets, with "an hour of 96125".
  it.each([["96105", 0], ["96125", 20], ["96125", 30]] as const)("PER-HOUR-ZERO: %s for %i minutes without units is not told to bill × 0", (code, minutes) => {
    const f = validateSession(slpVisit([slpLine(code, minutes, undefined)])).findings.filter((x) => x.rule === "units/missing-units");
    expect(f.length).toBe(1);
    expect(`${f[0]!.message} ${f[0]!.fix}`).not.toMatch(/× 0\b/);
    expect(f[0]!.message).toBe(`${code} has no billed units; the day's ${minutes} minutes of ${code === "96105" ? "aphasia assessment" : "standardized cognitive testing"} do not pass the midpoint of an hour of ${code} (31 minutes are needed).`);
    expect(f[0]!.fix).toBe(`Do not bill ${code} for ${minutes} minutes; check the minutes, or the payer's rule for a shorter evaluation.`);
  });

  it("report.units: each code's notCounted lists exactly its lines without minutes, for every period code but 97545 and every timed code", () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom(...PERIOD_CODES, ...TIMED, "97150", "92507"), fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }), fc.constantFrom(1, 0, undefined)), { minLength: 1, maxLength: 6 }), (specs) => {
      const lines = specs.map(([c, m, u]) => slpLine(c, m, u));
      const r = validateSession(slpVisit(lines));
      for (const l of r.units?.lines ?? []) {
        const without = lines.flatMap((x, i) => (x.code === l.code && x.minutes === undefined ? [i] : []));
        const marks = l.code !== "97545" && (PERIOD_CODES.includes(l.code) || l.timed);
        expect(l.notCounted, `${l.code} ${what(lines)}`).toEqual(marks && without.length > 0 ? without : undefined);
      }
    }), params);
  });
});
