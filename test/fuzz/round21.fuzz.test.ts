import fc from "fast-check";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { lintDocumentation } from "../../src/lint.js";
import type { Finding } from "../../src/model/finding.js";
import type { ServiceLine, Session } from "../../src/model/session.js";
import { calculateUnits } from "../../src/units/index.js";
import { validateSession } from "../../src/validate.js";
import { line, session as sessionOf } from "../rules/helpers.js";
import { REALISTIC_NOTES, sessionOf as noteSession } from "../rules/realistic-notes.cases.js";
import { FUZZ_RUNS, keysArb, nearSessionArb, permuted, sloppySessionArb, validSessionArb } from "./arbitraries.js";
import { expectJsonSafe } from "./json-safe.js";

/**
 * The twenty-first round's changes, fuzzed (fuzz21). (1) doc/non-billable-time (speed21 a15982d, fc36020: findings unchanged;
 * b4554ce: bandage care named by the bandage first) against the build of 0479ea9 (.bench/base21). (2) hours21's codes billed by
 * the hour or by further 30/15 minutes (e16c8ed) and the one add-on check (add-on.ts). (3) gaps21's readings (92ec5e5, 84b183b,
 * 2e9bc6f), each beside its counter-case. (4) input21: program words (3424a57), one typo one finding (be9cf56), notApplied built
 * from checked fields (c84788d). (5) Reports equal to the base build outside the changed rules. Runs per property:
 * max(FUZZ_RUNS, 100), fewer for the costly ones.
 */
const params = { numRuns: Math.max(FUZZ_RUNS, 100) };
const half = { numRuns: Math.max(Math.floor(FUZZ_RUNS / 2), 50) };

type Report = ReturnType<typeof validateSession>;
type BaseApi = { validateSession: (x: unknown, o?: unknown) => Report; validateSessions: (x: Iterable<unknown>, o?: unknown) => Report[] };
type BaseLint = { lintDocumentation: (s: Session, o?: unknown) => Finding[] };
// .bench/base21 is a build of 0479ea9 (/work/main/.bench/base21 on the lead's machine); BASE_BUILD_DIR names another.
// The round's claims are about its own end: .bench/end21 is a build of 3645d39 (END_BUILD_DIR names another), as round19's
// and round20's comparisons do a round later; against the live source, the next round's own changes would show up here.
// Skipped where either build is missing (a clean clone).
const BASE_DIR = resolve(process.env.BASE_BUILD_DIR ?? ".bench/base21");
const END_DIR = resolve(process.env.END_BUILD_DIR ?? ".bench/end21");
const basePresent = [BASE_DIR, END_DIR].every((d) => existsSync(`${d}/index.js`) && existsSync(`${d}/lint.js`));
const base = basePresent ? ((await import(/* @vite-ignore */ pathToFileURL(`${BASE_DIR}/index.js`).href)) as BaseApi) : undefined;
const baseLint = basePresent ? ((await import(/* @vite-ignore */ pathToFileURL(`${BASE_DIR}/lint.js`).href)) as BaseLint) : undefined;
const end = basePresent ? ((await import(/* @vite-ignore */ pathToFileURL(`${END_DIR}/index.js`).href)) as BaseApi) : undefined;
const endLint = basePresent ? ((await import(/* @vite-ignore */ pathToFileURL(`${END_DIR}/lint.js`).href)) as BaseLint) : undefined;

const caseArb = fc.constantFrom((s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s.toLowerCase(), (s: string) => s.replace(/\b\w/g, (c) => c.toUpperCase()));
type Discipline = "PT" | "OT" | "SLP";
const visitOf = (lines: readonly ServiceLine[], discipline: Discipline = "PT", extra: Partial<Session> = {}): Session =>
  sessionOf({ provider: { discipline, credential: discipline }, services: [...lines], totalTimedMinutes: 15 * lines.length, totalTreatmentMinutes: 15 * lines.length, ...extra });

// ---------------------------------------------------------------------------------------------
// 1. doc/non-billable-time: the same findings as the build of 0479ea9 (speed21), bandage care apart (b4554ce).
// ---------------------------------------------------------------------------------------------

const NBT = "doc/non-billable-time";
/** Words of the rule's vocabulary and near misses, as clinics write them. */
const NB_WORDS = [
  "set up", "setup", "set-up", "Set-up A", "setup only", "equipment set up", "equipment prep", "prep of equipment", "documentation", "documenting", "charting",
  "chart review", "charted", "paperwork", "note writing", "writing", "rest break", "rest breaks", "seated rest", "standing rest", "rest period", "rested",
  "rest breaks x2", "rest breaks: none", "Rest breaks - 0", "0 rest breaks", "pt refused rest breaks", "declined to take a seated rest", "rest between sets",
  "30 sec rest between sets", "waiting", "waited", "waited 5 sec", "wait 5 min", "wait time 5 sec", "5 min wait", "unattended", "left unattended",
  "another pt", "another patient", "bathroom break", "restroom", "pt in restroom", "water break", "break", "personal phone call", "pt on phone", "called MD",
  "phoned MD", "faxed", "faxing", "voided mid session", "changed into swimsuit", "dry needling", "DN R UT x3", "DN to L", "tank changed", "changed O2 tank",
  "school letter", "accommodation letter", "educated on pacing w/ rest breaks", "educated pt on energy conservation and rest breaks",
];
/** Bandage words: their readings changed on purpose (b4554ce), so texts with them are compared to the expectation, not the base. */
const BANDAGE_WORDS = ["bandage roll-up/wash 8 min", "bandages rolled", "bandage washing", "bandages washed", "washed bandages", "4 short-stretch bandage rolls", "educated on bandage washing", "bandage wash"];
const EXERCISE = ["SLR 3x10", "bridges 2x15", "TherEx for hip strength", "quad sets x20", "clamshells 3x10 w/ RTB", "gait training 150 ft w/ RW", "STM to R UT", "NMR tandem stance"];
const MINUTES = ["8 min", "x5 min", "5'", "10 minutes", "(3 min)", "2 mins", "x2", "1 hr", ""];
const NEGATIONS = ["no ", "No ", "without ", "did not need ", "denies need for ", "pt declined ", "educated on ", "HEP: ", "", "", ""];
/** Separators and text around the words: unicode dashes and spaces, underscores, emoji, accents, a combining mark. */
const SEPS = [", ", "; ", "\n", " - ", " \u2013 ", "\u00a0", "_", " / ", ". ", " + ", " (", ") ", " \u{1F600} ", " caf\u00e9 ", "e\u0301 ", "\t"];
const nbTextArb = fc
  .tuple(
    fc.array(fc.oneof(fc.constantFrom(...EXERCISE), fc.tuple(fc.constantFrom(...NEGATIONS), fc.constantFrom(...NB_WORDS), fc.constantFrom(...MINUTES)).map(([n, w, m]) => `${n}${w}${m ? " " + m : ""}`)), { minLength: 1, maxLength: 4 }),
    fc.array(fc.constantFrom(...SEPS), { minLength: 4, maxLength: 4 }),
    caseArb,
  )
  .map(([parts, seps, cased]) => cased(parts.map((p, i) => (i === 0 ? p : seps[i % 4] + p)).join("")));
const NBT_CODES = ["97110", "97140", "97530", "97112", "97116", "20560", "97150", "G0283", "97535"];
const nbFindings = (lint: (s: Session) => Finding[], v: Session): string => JSON.stringify(lint(v).filter((f) => f.rule === NBT));

describe("doc/non-billable-time: the base build's findings on generated texts (speed21)", () => {
  it.skipIf(baseLint === undefined)("minutes, rest, setup, documentation and other words, negations, unicode and case: findings equal the base's", () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom(...NBT_CODES), nbTextArb, fc.constantFrom<ServiceLine["contact"]>(undefined, "group", "concurrent")), { minLength: 1, maxLength: 3 }), ([...pairs]) => {
      const v = visitOf(pairs.map(([c, a, contact]) => line(c, a, contact === undefined ? {} : { contact })));
      expect(nbFindings(endLint!.lintDocumentation, v), JSON.stringify(pairs)).toBe(nbFindings(baseLint!.lintDocumentation, v));
    }), params);
  });

  it.skipIf(baseLint === undefined)("the words glued to any characters (underscores, digits, accents, dotted and dotless i, long s, Kelvin sign, emoji): findings equal the base's", () => {
    const glueArb = fc.oneof(
      fc.constantFrom("_", "-", "0", "5", "x", "\u00e9", "\u0130", "\u0131", "\u017f", "\u212a", "\u{1F600}", "\u00a0", "\u200b", "'", "\"", ":", "\n", " ", "__"),
      fc.string({ unit: "grapheme", maxLength: 3 }),
    );
    const partArb = fc.oneof(fc.constantFrom(...NB_WORDS, ...EXERCISE, ...MINUTES), fc.constantFrom(...NB_WORDS).map((w) => w.replaceAll(" ", "_")), fc.constantFrom(...NB_WORDS).map((w) => w.replaceAll(" ", "")));
    fc.assert(fc.property(fc.array(fc.tuple(glueArb, partArb), { minLength: 1, maxLength: 5 }), glueArb, caseArb, fc.constantFrom(...NBT_CODES), (parts, end, cased, code) => {
      const text = cased(parts.map(([g, p]) => g + p).join("") + end);
      if (/band/i.test(text)) return;
      const v = visitOf([line(code, text)]);
      expect(nbFindings(endLint!.lintDocumentation, v), JSON.stringify(text)).toBe(nbFindings(baseLint!.lintDocumentation, v));
    }), params);
  });

  it.skipIf(baseLint === undefined)("bandage care named by the bandage first is the only change: the findings without the bandage term equal the base's", () => {
    const bandArb = fc.tuple(fc.constantFrom(...EXERCISE), fc.constantFrom(...SEPS), fc.constantFrom(...BANDAGE_WORDS), fc.constantFrom(...MINUTES), caseArb)
      .map(([e, s, b, m, cased]) => cased(`${e}${s}${b}${m ? " " + m : ""}`));
    fc.assert(fc.property(fc.constantFrom("97140", "97110", "97535"), bandArb, (code, text) => {
      const v = visitOf([line(code, text)]);
      const now = endLint!.lintDocumentation(v).filter((f) => f.rule === NBT);
      const was = baseLint!.lintDocumentation(v).filter((f) => f.rule === NBT);
      // Never lost: what the base flagged is still flagged; a new finding names a bandage term.
      expect(now.length, text).toBeGreaterThanOrEqual(was.length);
      if (now.length > was.length) expect(now[0]!.message, text).toMatch(/bandage/i);
      // Rolls applied and bandage washing taught are not non-billable time (the commit's counter-cases).
      if (/bandage rolls$|educated on bandage/i.test(text.replace(/ \d+ min$| x\d$| \d+ hr$| \d+'$| \(\d min\)$| \d+ minutes$| \d mins$/i, ""))) expect(now.map((f) => f.message).join(), text).not.toMatch(/bandage/i);
    }), params);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. hours21: codes billed by the hour or by further 30/15 minutes, and the one add-on check.
// ---------------------------------------------------------------------------------------------

/** First code (once a day), add-on, minutes of a further period; per-period codes have no first code. */
const FAMILIES: readonly { first?: string; addOn: string; period: number; firstMinutes: number }[] = [
  { first: "92605", addOn: "92618", period: 30, firstMinutes: 60 },
  { first: "92607", addOn: "92608", period: 30, firstMinutes: 60 },
  { first: "92626", addOn: "92627", period: 15, firstMinutes: 60 },
  { addOn: "96105", period: 60, firstMinutes: 0 },
  { addOn: "96125", period: 60, firstMinutes: 0 },
];
const HOUR_CODES = ["92605", "92618", "92607", "92608", "92626", "92627", "96105", "96125", "97545", "97546"];
/** Add-ons and their primaries (check-units.ts pairs(), check-hourly.ts families). */
const ADD_ONS: readonly (readonly [addOn: string, primary: string])[] = [["97130", "97129"], ["97598", "97597"], ["97546", "97545"], ["92608", "92607"], ["92618", "92605"], ["92627", "92626"]];
const TIMED = ["97110", "97112", "97140", "97530", "97116", "97535"];
const slpLine = (code: string, minutes: number | undefined, units: number | undefined): ServiceLine =>
  ({ code, ...(minutes === undefined ? {} : { minutes }), ...(units === undefined ? {} : { units }), modifiers: ["GN"], goalIds: ["G1"], activity: "Standardized cognitive-communication testing (attention, memory, problem solving); scored and interpreted" });
const slpVisit = (lines: readonly ServiceLine[], extra: Partial<Session> = {}): Session => visitOf(lines, "SLP", { totalTimedMinutes: undefined, totalTreatmentMinutes: undefined, ...extra });
const rulesOf = (r: Report, re: RegExp): string[] => r.findings.filter((f) => re.test(f.rule)).map((f) => f.rule);

describe("hours21: the hour codes' units follow their minutes", () => {
  it("calculateUnits: a code's units never decrease as its minutes grow (0..600), and a first hour is at most 1", () => {
    fc.assert(fc.property(fc.constantFrom(...HOUR_CODES), fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 600 }), (code, a, b) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      const u = (m: number) => calculateUnits([{ code, minutes: m }]).lines[0]!.units;
      expect(u(lo), `${code} ${lo}..${hi}`).toBeLessThanOrEqual(u(hi));
      if (["92605", "92607", "92626", "97545"].includes(code)) expect(u(hi)).toBeLessThanOrEqual(1);
    }), params);
  });

  it("validateSession: for fixed units, more minutes never bring exceeds-time back, nor take below-time away; JSON; valid follows the errors", () => {
    fc.assert(fc.property(fc.constantFrom(...FAMILIES), fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 1 }), (f, a, b, further, first) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      const report = (m: number) => {
        const lines = f.first === undefined ? [slpLine(f.addOn, m, further)] : [slpLine(f.first, m, first), ...(further > 0 ? [slpLine(f.addOn, 0, further)] : [])];
        const r = validateSession(slpVisit(lines));
        expectJsonSafe(r);
        expect(r.valid).toBe(!r.findings.some((x) => x.severity === "error"));
        return r;
      };
      const [rl, rh] = [report(lo), report(hi)];
      const what = `${f.first ?? ""}/${f.addOn} ${first}+${further} units ${lo}..${hi} min`;
      if (rulesOf(rl, /^units\/exceeds-time$/).length === 0) expect(rulesOf(rh, /^units\/exceeds-time$/), what).toEqual([]);
      if (rulesOf(rl, /^units\/below-time$/).length > 0) expect(rulesOf(rh, /^units\/(below|exceeds)-time$/), what).not.toEqual([]);
    }), params);
  });

  it("validateSession: the bill a line without units is told ('bill 92607 × 1 and 92608 × 2') never shrinks as the minutes grow, and agrees with calculateUnits on one line", () => {
    const billed = (r: Report): number => {
      const f = r.findings.find((x) => x.rule === "units/missing-units");
      return f === undefined ? -1 : [...(f.fix ?? "").matchAll(/× (\d+)/g)].reduce((n, m) => n + Number(m[1]), 0);
    };
    fc.assert(fc.property(fc.constantFrom(...FAMILIES), fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 600 }), (f, a, b) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      const code = f.first ?? f.addOn;
      const at = (m: number) => billed(validateSession(slpVisit([slpLine(code, m, undefined)])));
      const [bl, bh] = [at(lo), at(hi)];
      expect(bl, `${code} ${lo} min`).toBeGreaterThanOrEqual(0);
      expect(bh, `${code} ${lo}..${hi} min`).toBeGreaterThanOrEqual(bl);
      // One line of a per-hour code: the bill is calculateUnits' units.
      if (f.first === undefined) expect(bh, `${code} ${hi} min`).toBe(calculateUnits([{ code, minutes: hi }]).lines[0]!.units);
    }), params);
  });

  it("the units calculateUnits gives a per-hour code (96105, 96125) on any lines, or a first code alone, raise no units error", () => {
    fc.assert(fc.property(fc.constantFrom(...FAMILIES), fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 1, maxLength: 3 }), (f, split) => {
      const code = f.first ?? f.addOn;
      const minutes = f.first === undefined ? split : split.slice(0, 1);
      const units = calculateUnits(minutes.map((m) => ({ code, minutes: m }))).lines[0]!.units;
      // calculateUnits gives one line per code: its units go on the first line, none on the others.
      const r = validateSession(slpVisit(minutes.map((m, i) => slpLine(code, m, i === 0 ? units : 0))));
      expect(r.findings.filter((x) => x.rule.startsWith("units/") && x.severity === "error").map((x) => x.rule), JSON.stringify({ code, minutes, units })).toEqual([]);
    }), params);
  });

  // CALC-SPLIT (hours21 e16c8ed, src/units/calculate-units.ts ~l.90): calculateUnits gives a first-hour code and its add-on the
  // units of each line's own minutes, while validateSession (check-hourly.ts) adds the family's minutes first. A first code's line
  // short of its hour leaves minutes that the add-on line's own minutes count again: 92607 40 min + 92608 60 min (100 minutes:
  // the first hour and 40 more) is told "92608 × 2" by calculateUnits, which validateSession calls units/exceeds-time ("Bill
  // 92608 × 1 or fewer"); 92626 0 min + 92627 8 min gets 92627 × 1 alone (units/92627-without-92626). Pinned: a fix adds to
  // ./units, whose bundle is at 2,127 of 2,130 B (the lead's call).
  // (Read as a question for the lead: which is right, per line or pooled? CPT's first hour + each further period reads pooled.)
  // Fixed in the twenty-second round (units22): calculateUnits pools the pair's minutes as check-hourly does
  // (test/units/period-split.test.ts); the pins pass.
  it.each([
    [[["92607", 40], ["92608", 60]]],
    [[["92626", 0], ["92627", 8]]],
    [[["92605", 45], ["92618", 20]]],
    // Work hardening alike, on the base build too (thirteenth round): 97545 60 min + 97546 60 min is told 97546 × 1.
    [[["97545", 60], ["97546", 60]]],
  ] as [[string, number][]][])("CALC-SPLIT: calculateUnits' units for %j pass validateSession's unit checks", (split) => {
    const units = calculateUnits(split.map(([code, minutes]) => ({ code, minutes }))).lines.map((l) => l.units);
    const r = validateSession(slpVisit(split.map(([c, m], i) => slpLine(c, m, units[i]!))));
    expect(r.findings.filter((x) => x.rule.startsWith("units/") && x.severity === "error").map((x) => x.rule)).toEqual([]);
  });

  it("any numbers on the hour codes' lines (negative, fractional, huge, strings): no throw, JSON, valid follows the errors, no NaN/undefined/Infinity in words", () => {
    const numArb = fc.oneof(fc.integer({ min: -5, max: 700 }), fc.double({ min: -10, max: 1e7, noNaN: true }), fc.constantFrom<unknown>(1e300, -0, 0.5, 59.9, 60.5, "60", "2 units", null, Number.MAX_SAFE_INTEGER));
    const rawLineArb = fc.tuple(fc.constantFrom(...HOUR_CODES, " 96125 ", "92607gn", "97110"), fc.option(numArb, { nil: undefined }), fc.option(numArb, { nil: undefined }))
      .map(([code, minutes, units]) => ({ code, ...(minutes === undefined ? {} : { minutes }), ...(units === undefined ? {} : { units }), modifiers: ["GN"], goalIds: ["G1"], activity: "Standardized cognitive testing, scored and interpreted" }));
    fc.assert(fc.property(fc.array(rawLineArb, { minLength: 1, maxLength: 4 }), (lines) => {
      const r = validateSession({ ...slpVisit([]), services: lines });
      expectJsonSafe(r);
      expect(r.valid).toBe(!r.findings.some((x) => x.severity === "error"));
      for (const f of r.findings) expect(`${f.message} ${f.fix ?? ""}`, JSON.stringify(lines)).not.toMatch(/NaN|undefined|Infinity|\[object|e\+\d/);
    }), params);
  });

  // A-HOUR (hours21 e16c8ed, src/units/check-hourly.ts: missing-units' and exceeds-time's `a ${word}`): the per-hour codes' words
  // read "a hour counts once more than half of it is spent" ("96125 has no billed units; the day's 62 minutes of standardized
  // cognitive testing give 96125 × 1 (a hour counts ..."). Billers read these: "an hour". Fixed by fuzz21 (check-hourly.ts, aWord);
  // seen failing before as it.fails.
  it.each([
    [[["96125", 62, undefined]]],
    [[["96105", 100, 3]]],
  ] as [[string, number, number | undefined][]][])("A-HOUR: the words for %j say 'an hour', never 'a hour'", (spec) => {
    const r = validateSession(slpVisit(spec.map(([c, m, u]) => slpLine(c, m, u))));
    const words = r.findings.filter((x) => x.rule.startsWith("units/")).map((x) => `${x.message} ${x.fix ?? ""}`).join("\n");
    expect(words).toMatch(/hour/);
    expect(words).not.toMatch(/\ba hour/);
  });

  it("an hour-code line never changes the timed lines' units, totals or unit findings", () => {
    const timedLineArb = fc.tuple(fc.constantFrom(...TIMED), fc.integer({ min: 0, max: 75 }), fc.integer({ min: 0, max: 5 }))
      .map(([code, minutes, units]): ServiceLine => ({ code, minutes, units, modifiers: ["GN"], goalIds: ["G1"], activity: "SLR 3x10, bridges 3x10 for hip strength" }));
    const hourLineArb = fc.tuple(fc.constantFrom(...HOUR_CODES), fc.option(fc.integer({ min: 0, max: 600 }), { nil: undefined }), fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }))
      .map(([c, m, u]) => slpLine(c, m, u));
    fc.assert(fc.property(fc.array(timedLineArb, { minLength: 1, maxLength: 3 }), fc.array(hourLineArb, { minLength: 1, maxLength: 3 }), keysArb, fc.boolean(), (timed, hour, keys, total) => {
      const minutes = timed.reduce((n, l) => n + l.minutes!, 0);
      const extra = total ? { totalTimedMinutes: minutes, totalTreatmentMinutes: minutes + 60 } : { totalTimedMinutes: undefined, totalTreatmentMinutes: undefined };
      const withHour = slpVisit(permuted([...timed, ...hour], keys), extra);
      const without = slpVisit(timed, extra);
      const [rw, ro] = [validateSession(withHour), validateSession(without)];
      const timedUnits = (r: Report) => JSON.stringify((r.units?.lines ?? []).filter((l) => TIMED.includes(l.code)).map(({ notCounted: _, ...l }) => JSON.stringify(l)).sort());
      expect(timedUnits(rw), JSON.stringify(withHour.services.map((l) => [l.code, l.minutes, l.units]))).toBe(timedUnits(ro));
      expect(rw.units?.totalTimedMinutes).toBe(ro.units?.totalTimedMinutes);
      const unitRules = (r: Report, lines: readonly ServiceLine[]) =>
        r.findings.filter((x) => x.rule.startsWith("units/") && x.path?.[0] === "services" && TIMED.includes(lines[x.path[1] as number]?.code ?? "")).map((x) => x.rule).sort();
      expect(unitRules(rw, withHour.services)).toEqual(unitRules(ro, without.services));
      expectJsonSafe(rw);
      expect(rw.valid).toBe(!rw.findings.some((x) => x.severity === "error"));
    }), half);
  });

  it("an add-on billed without its primary is always one error at its first line; with its primary billed, never", () => {
    const addOnLineArb = (code: string) => fc.tuple(fc.option(fc.integer({ min: 0, max: 600 }), { nil: undefined }), fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined })).map(([m, u]) => slpLine(code, m, u));
    fc.assert(fc.property(fc.constantFrom(...ADD_ONS).chain(([addOn, primary]) => fc.tuple(fc.constant(addOn), fc.constant(primary), fc.array(addOnLineArb(addOn), { minLength: 1, maxLength: 3 }), fc.array(addOnLineArb(primary), { maxLength: 2 }), fc.array(fc.constantFrom(...TIMED), { maxLength: 2 }))), keysArb, fc.constantFrom(...(["PT", "OT", "SLP"] as const)), ([addOn, primary, adds, prims, others], keys, d) => {
      const lines = permuted([...adds, ...prims, ...others.map((c) => line(c, "SLR 3x10, bridges 3x10 for hip strength"))], keys);
      const r = validateSession(visitOf(lines, d, { totalTimedMinutes: undefined, totalTreatmentMinutes: undefined }));
      const rule = `units/${addOn}-without-${primary}`;
      const found = r.findings.filter((x) => x.rule === rule);
      const primaryBilled = prims.some((l) => (l.units ?? 1) > 0);
      const addOnBilled = adds.some((l) => (l.units ?? 1) > 0);
      const what = JSON.stringify(lines.map((l) => [l.code, l.minutes, l.units]));
      expect(found.length, what).toBe(!primaryBilled && addOnBilled ? 1 : 0);
      if (found.length === 1) {
        expect(found[0]!.severity).toBe("error");
        expect(lines[found[0]!.path![1] as number]!.code, what).toBe(addOn);
        expect(found[0]!.path![1], what).toBe(lines.findIndex((l) => l.code === addOn));
        expect(r.valid).toBe(false);
      }
      expectJsonSafe(r);
      expect(r.valid).toBe(!r.findings.some((x) => x.severity === "error"));
    }), params);
  });
});

// ---------------------------------------------------------------------------------------------
// 3. gaps21's changed readings, each beside its counter-case (92ec5e5, 84b183b, 2e9bc6f).
// ---------------------------------------------------------------------------------------------

const ruleOn = (rule: string) => (code: string, activity: string, extra: Partial<Session> = {}): Finding[] =>
  lintDocumentation(visitOf([line(code, activity)], "PT", extra)).filter((f) => f.rule === rule);
const GAIT_RULE = "doc/97116-reads-as-exercise";
const CRP_RULE = "doc/97112-reads-as-canalith-repositioning";
const on97116 = ruleOn(GAIT_RULE).bind(null, "97116");
const on97112 = ruleOn(CRP_RULE).bind(null, "97112");
const SEATED_EX = ["LAQ 2x10", "heel raises 2x10", "marches 2x10", "seated hip abd 2x10 RTB", "ankle pumps x20", "shoulder flexion 2x10"];
const seatedArb = fc.uniqueArray(fc.constantFrom(...SEATED_EX), { minLength: 1, maxLength: 3 });
const JOINS = [", ", "; ", "\n", ". "];
const CANE_EX = ["Cane exercises", "cane exercises 2x10 flexion", "cane ex", "Cane ex:", "cane exs"];
const WALKED = ["gait w/ cane 150'", "Gait training w/ SPC, cues for sequencing", "amb 200 ft w/ SPC", "gait training 150 ft x2 w/ RW"];
// gaps22 (ANSWERED-AFTER): the answers after the walking word, and their counter-cases (an attempt described is gait done).
const GAIT_DEFERRED = ["gait (deferred)", "gait, deferred", "gait: not performed", "gait - deferred d/t pain", "Gait (deferred)", "gait , deferred", "gait: not tested", "gait: N/A", "gait: unable", "stairs unable d/t pain"];
const GAIT_DONE = ["gait, deferred stairs d/t fatigue", "gait, held rail w/ R UE", "gait: unable to clear R foot w/ RW", "amb unable to exceed 50 ft w/o LOB"];

describe("gaps21: 97116 read as exercise (cane exercises, gait deferred after a mark) and its counter-cases", () => {
  it("exercises with cane exercises or a deferred gait are flagged, in any order, join and case; with walking done, not", () => {
    fc.assert(fc.property(seatedArb, fc.constantFrom(...CANE_EX, ...GAIT_DEFERRED), fc.option(fc.constantFrom(...WALKED, ...GAIT_DONE), { nil: undefined }), keysArb, fc.constantFrom(", ", "; ", ". ", "\n", "\r\n", " / "), caseArb, (ex, x, walk, keys, join, cased) => {
      const text = cased(permuted([...ex, x, ...(walk === undefined ? [] : [walk])], keys).join(join));
      const found = on97116(text);
      if (walk === undefined) {
        expect(found.length, JSON.stringify(text)).toBe(1);
        // The message names the first three terms it read.
        if (/cane exercises/i.test(x) && ex.length <= 2) expect(found[0]!.message, text).toContain("cane exercises");
      } else if (!GAIT_DEFERRED.includes(x) || !GAIT_DONE.includes(walk)) expect(found, JSON.stringify(text)).toEqual([]);
    }), params);
  });

  // GAIT-DEFERRED-NEWLINE (gaps21 92ec5e5, src/rules/doc/97116-reads-as-exercise.ts): 'gait, deferred' read with the next line's
  // first word as what was deferred ('gait, deferred stairs': gait done), so a deferred gait above an exercise on a new line
  // passes: "gait, deferred\nLAQ 2x10" has no finding while "gait, deferred; LAQ 2x10", "gait deferred\nLAQ 2x10" and
  // "gait (deferred)\nLAQ 2x10" are flagged. A line break (or ' / ' between items, found at 3,000 runs) should end the deferral as ';' does.
  // Fixed by fuzz21 (DEFERRED_AFTER_MARK ends a clause at a line break or '/' too); seen failing before as it.fails.
  it.each(["gait, deferred\nLAQ 2x10", "gait, deferred\r\nheel raises 2x10, marches 2x10", "Gait - deferred\nLAQ 2x10", "gait, deferred / LAQ 2x10"])("GAIT-DEFERRED-NEWLINE: %j is flagged", (text) => {
    expect(on97116(text).length).toBe(1);
  });

  // GAIT-WITHHELD-AFTER (not new: the base build of 0479ea9 reads them alike): a refusal or an answer after the walking word is
  // not read as gait withheld, though 'pt declined gait', 'gait: not performed' and 'gait - deferred' are. Beside exercises these
  // pass as gait training. The refusals are fixed (the lead, WITHHELD-AFTER in src/rules/doc/97116-reads-as-exercise.ts); the
  // answers too (gaps22, ANSWERED-AFTER: "not tested", "N/A", "unable" only at their clause's end or before a reason, so "gait:
  // unable to clear R foot" stays gait done); seen failing before as it.fails.
  it.each(["LAQ 2x10; gait declined", "LAQ 2x10; gait: pt declined", "LAQ 2x10; gait - declined"])("GAIT-WITHHELD-AFTER: %j is flagged", (text) => {
    expect(on97116(text).length).toBe(1);
  });
  it.each(["LAQ 2x10; gait: not tested", "LAQ 2x10; gait: N/A", "LAQ 2x10; gait: unable"])("GAIT-WITHHELD-AFTER: %j is flagged", (text) => {
    expect(on97116(text).length).toBe(1);
  });
});

const MANEUVERS = ["Epley R x2", "Semont L x1", "Gufoni R", "modified Epley", "Semont liberatory maneuver R x2", "BBQ roll L"];
const NO_DEFICITS = ["no balance deficits noted", "balance WNL, coordination intact", "denies significant balance problems", "no balance work today d/t nausea", "coordination intact"];
const BALANCE_WORK = ["no LOB with tandem stance 3x30 sec", "balance deficits addressed w/ SLS on foam", "VOR x1 2x30 sec", "gaze stabilization 3x30 sec", "tandem stance 3x30 sec"];
const TAUGHT = ["Educated pt on BPPV and ", "Pt educated re: cause of sx and ", "Instructed pt on precautions and "];
const NEG_LISTS = ["no Epley, Semont", "no Epley, Semont, or Gufoni", "no Epley/Gufoni", "no Epley or Semont"];

describe("gaps21: 97112 readings (no deficits, teaching, deferred full name, negated lists) and their counter-cases", () => {
  it("a maneuver beside 'no deficits' words is a warning; beside balance work, not a warning", () => {
    fc.assert(fc.property(fc.constantFrom(...MANEUVERS), fc.constantFrom(...NO_DEFICITS, ...BALANCE_WORK), fc.constantFrom("; ", "\n", ". "), caseArb, (m, x, join, cased) => {
      const text = cased(`${m}${join}${x}`);
      const sev = on97112(text).map((f) => f.severity);
      if (NO_DEFICITS.includes(x)) expect(sev, JSON.stringify(text)).toEqual(["warning"]);
      else expect(sev, JSON.stringify(text)).not.toContain("warning");
    }), params);
  });

  it("a maneuver taught (no doing word between) or in a negated list is not flagged; 'then'/'performed' or a ';' gives it", () => {
    fc.assert(fc.property(fc.constantFrom(...TAUGHT), fc.constantFrom("Epley", "Semont", "Gufoni"), fc.constantFrom(...NEG_LISTS), caseArb, (t, m, neg, cased) => {
      expect(on97112(cased(t + m)), t + m).toEqual([]);
      expect(on97112(cased(neg)), neg).toEqual([]);
      expect(on97112(cased(`${neg}; VOR x1 2x30 sec`)), neg).toEqual([]);
      expect(on97112(cased(`${t.replace(/ and $/, "")}, then ${m} R x2`)).map((f) => f.severity), t + m).toEqual(["warning"]);
      // gaps22 (TAUGHT-DONE): taught, then a word of doing after the maneuver: given; a count alone, a frequency or a plan: not.
      for (const done of [" performed R", " R performed", " L x2 performed", " was completed", " R PC performed"]) expect(on97112(cased(t + m + done)).map((f) => f.severity), t + m + done).toEqual(["warning"]);
      for (const not of [" x3/day", " 2x daily", " R x2", " will be performed next visit", " performed at home"]) expect(on97112(cased(t + m + not)), t + m + not).toEqual([]);
      expect(on97112(cased(`no Epley; ${m === "Epley" ? "Semont" : m} L`)).map((f) => f.severity), m).toEqual(["warning"]);
    }), params);
  });

  it("a maneuver deferred after its full name, side and count is not flagged; given, it is (in any case)", () => {
    fc.assert(fc.property(fc.constantFrom("Semont liberatory maneuver", "Epley maneuver", "modified Epley maneuver"), fc.constantFrom("", " R", " L x2", " R x2"), fc.constantFrom(" deferred", " deferred d/t neck pain"), fc.constantFrom("; VOR x1 yaw", ", gaze x1 2x60 sec", ""), caseArb, (m, side, def, rest, cased) => {
      expect(on97112(cased(m + side + def + rest)), m + side + def).toEqual([]);
      expect(on97112(cased(m + side + rest)).length, m + side).toBe(1);
    }), params);
  });
});

const SKILLED = "doc/skilled-need-missing";
const CLONED = "doc/cloned-activity";
describe("gaps21: debridement words are skilled; a dressing change is not; copied text of 3+ words is cloned", () => {
  it("selective debridement in any words is skilled; a dressing change alone is not", () => {
    const debrideArb = fc.tuple(fc.constantFrom("selective debridement", "Wound debrided", "debrided", "debriding"), fc.constantFrom(" of necrotic tissue", " w/ curette", " with scalpel", ""), fc.constantFrom(", 12 sq cm", ", slough removed, 8 sq cm", ""), caseArb).map(([a, b, c, cased]) => cased(a + b + c));
    fc.assert(fc.property(debrideArb, fc.constantFrom("Wound bed 80% granular.", "Less drainage."), (text, assessment) => {
      expect(ruleOn(SKILLED)("97597", text, { note: { assessment } }), text).toEqual([]);
      expect(ruleOn(SKILLED)("97597", "Dressing change, foam border applied", { note: { assessment } }).length).toBe(1);
    }), params);
  });

  it("the same text of 3+ words naming no lexicon term on two codes is cloned; two words are not", () => {
    const wordsArb = fc.uniqueArray(fc.constantFrom("Resting", "hand", "orthosis", "fit", "adjusted", "MCPs", "60 deg", "IPs ext", "skin checks", "wear", "schedule", "reviewed"), { minLength: 2, maxLength: 8 });
    fc.assert(fc.property(wordsArb, fc.constantFrom(["97760", "97140"], ["97763", "97530"], ["97760", "97110"]), (words, [a, b]) => {
      const text = words.join(" ");
      const v = visitOf([line(a!, text), line(b!, text)], "OT");
      const found = lintDocumentation(v).filter((f) => f.rule === CLONED);
      if (text.split(/\s+/).length >= 3 && found.length === 0) {
        // Not cloned: the text must then be vague on both lines, never neither.
        expect(lintDocumentation(v).filter((f) => f.rule === "doc/activity-too-vague").length, text).toBeGreaterThan(0);
      }
      if (words.length === 2 && !words.some((w) => w.includes(" "))) expect(found, text).toEqual([]);
    }), params);
  });
});

describe("gaps21: copied text on two codes is one problem, one finding (CLONED-WORDS)", () => {
  const WORDS = ["Resting", "hand", "orthosis", "fit", "adjusted", "MCPs", "60 deg", "flex", "pt", "ed", "on", "wear", "skin checks", "x1", "3x10", "SLR", "bridges",
    "STM", "per POC", "as tolerated", "TherEx", "tx", "splint", "debridement", "refused", "deferred", "[ ]", "HEP", "reviewed", "Exercises", "min A", "cues"];
  it("each line of a text copied on two codes gets doc/cloned-activity or doc/activity-too-vague, never both", () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 9 }), fc.constantFrom(["97760", "97140"], ["97110", "97530"], ["97112", "97140"], ["97763", "97535"]), fc.constantFrom(" ", ", ", "; "), (words, [a, b], join) => {
      const text = words.join(join);
      const found = lintDocumentation(visitOf([line(a!, text), line(b!, text)], "OT"));
      for (const i of [0, 1]) {
        const rules = found.filter((f) => f.path?.[1] === i && (f.rule === CLONED || f.rule === "doc/activity-too-vague")).map((f) => f.rule);
        expect(rules.length, `${JSON.stringify(text)} line ${i}: ${rules.join()} / ${found.map((f) => f.rule).join()}`).toBeLessThanOrEqual(1);
      }
    }), params);
  });
});

// ---------------------------------------------------------------------------------------------
// 4. input21: program words (3424a57), one typo one finding (be9cf56), notApplied's words (c84788d).
// ---------------------------------------------------------------------------------------------

/** A phrase as billers write it: case, hyphens, doubled spaces, blanks around. */
const spelledArb = (words: readonly string[]) => fc.tuple(fc.constantFrom(...words), caseArb, fc.constantFrom(" ", "-", "  ", " - "), fc.constantFrom("", " ", "\t")).map(([w, cased, gap, around]) => around + cased(w).replaceAll(" ", gap) + around);
const PART_A = ["Medicare Part A", "Part A", "Medicare A"];
const MSP = ["MSP", "Medicare Secondary", "Medicare Secondary Payer", "Secondary Medicare", "Medicare as secondary"];
const RRB = ["RRB", "Railroad Medicare", "Medicare Part B Railroad", "Railroad Retirement Board", "RRB Medicare"];
const ADVANTAGE = ["Medicare Advantage", "MA plan", "Part C", "Medicare Part C", "Medicare Advantage PPO", "Medigap", "Medicare Supplement", "Medicare Part A Railroad", "Medicare HMO"];
const programReport = (program: string) => validateSession({ ...sessionOf(), payer: { program } });
const outsideInput = (r: Report) => JSON.stringify({ ...r, findings: r.findings.filter((f) => !f.rule.startsWith("input/")) });

describe("input21: payer program words", () => {
  it("Part A, Medicare secondary and Medicare Advantage spellings are never read as medicare: one input error at payer.program", () => {
    fc.assert(fc.property(spelledArb([...PART_A, ...MSP, ...ADVANTAGE]), (program) => {
      const r = programReport(program);
      const input = r.findings.filter((f) => f.rule.startsWith("input/"));
      expect(input.map((f) => `${f.severity} ${f.rule} ${JSON.stringify(f.path)}`), JSON.stringify(program)).toEqual(['error input/required-field ["payer","program"]']);
      expect(r.valid).toBe(false);
      if (/part ?-?a\b/i.test(program.replace(/[\s-]+/g, " ")) && !/railroad/i.test(program)) expect(input[0]!.message, program).toMatch(/Part A/);
      expectJsonSafe(r);
    }), params);
  });

  it("Railroad Medicare spellings are read as medicare with one warning: the rest of the report is medicare's", () => {
    const medicare = outsideInput(programReport("medicare"));
    fc.assert(fc.property(spelledArb(RRB), (program) => {
      const r = programReport(program);
      expect(r.findings.filter((f) => f.rule.startsWith("input/")).map((f) => `${f.severity} ${f.rule}`), JSON.stringify(program)).toEqual(["warning input/read-as-program"]);
      expect(outsideInput(r)).toBe(medicare);
    }), params);
  });
});

describe("input21: one typo, one finding (ONE-UNIT, ONE-OBJECT)", () => {
  it("a line's units under `unit` (or as '2 units') is one input finding at that line and no units finding there; other lines keep theirs", () => {
    fc.assert(fc.property(fc.constantFrom("97110", "97140", "97530", "97112", "96125", "92607", "97129", "97545"), fc.integer({ min: 0, max: 300 }), fc.constantFrom<unknown>(1, 2, 4, "2", "2 units", -5, 0), fc.boolean(), (code, minutes, u, other) => {
      const bad = { code, minutes, unit: u, goalIds: ["G1"], activity: "SLR 3x10, bridges 3x10 for hip strength" };
      // Another code (a second 97110 line's minutes are counted with the first's, in its one finding).
      const second = { code: "97535", minutes: 15, goalIds: ["G1"], activity: "clamshells 3x10 w/ RTB for hip abd strength" };
      const r = validateSession({ ...sessionOf(), services: other ? [bad, second] : [bad], totalTimedMinutes: undefined, totalTreatmentMinutes: undefined });
      const at0 = r.findings.filter((f) => f.path?.[0] === "services" && f.path[1] === 0 && (f.rule.startsWith("input/") || f.rule === "units/missing-units" || f.path[2] === "unit"));
      expect(at0.map((f) => f.rule), JSON.stringify(bad)).toEqual([expect.stringMatching(/^input\//)]);
      expect(r.findings.filter((f) => f.rule === "units/missing-units" && f.path?.[1] === 0)).toEqual([]);
      if (other) expect(r.findings.filter((f) => f.rule === "units/missing-units" && f.path?.[1] === 1).length, "the second line's own missing units").toBe(1);
      // The merged words read as one sentence, with the hour codes' words too.
      expect(at0[0]!.message, JSON.stringify(bad)).toMatch(/^services\[0\]\.unit(s)? [^;]+; .*[^.]\.$|^services\[0\]\.units? .*\.$/);
      expect(at0[0]!.fix ?? "", JSON.stringify(bad)).not.toMatch(/undefined|NaN|\.\.$/);
      expectJsonSafe(r);
    }), params);
  });

  it("an object of ours with none of its fields (payer, provider, a line) is one input error", () => {
    fc.assert(fc.property(fc.constantFrom("payer", "provider", "line"), fc.constantFrom("plan", "type", "cpt", "ehrCode", "name"), fc.string({ maxLength: 12 }), (where, key, value) => {
      const base0 = sessionOf() as unknown as Record<string, unknown>;
      const visit = where === "line" ? { ...base0, services: [{ [key]: value }] } : { ...base0, [where]: { [key]: value } };
      const input = validateSession(visit).findings.filter((f) => f.rule.startsWith("input/"));
      expect(input.map((f) => f.severity), JSON.stringify({ where, key, value, input: input.map((f) => f.rule) })).toEqual(["error"]);
    }), params);
  });
});

/** Text no finding of ours writes: words of random letters. */
const foreignTextArb = fc.array(fc.stringMatching(/^[qzjxkv]{3,9}$/), { minLength: 4, maxLength: 60 }).map((w) => w.join(" "));
/** Whether `found` repeats `n` characters in a row of `text`. */
const repeats = (found: string, text: string, n: number): boolean => {
  for (let k = 0; k + n <= text.length; k += 1) if (found.includes(text.slice(k, k + n))) return true;
  return false;
};
const NA_OPTIONS = ["note", "totalTimedMinutes", "totalTreatmentMinutes", "therapyYearToDate", "planOfCare.progressReportAtThisVisit", "payer", "provider", "__proto__", "toString"];
const naEntryArb = fc.record({
  options: fc.oneof(fc.uniqueArray(fc.constantFrom(...NA_OPTIONS), { minLength: 1, maxLength: 3 }), fc.constant(["note", "note"]), fc.constant("note")),
  reason: fc.constantFrom("last-visit", "first-visit", "shared-date", "unknown-date", "unknown-bucket", "same-date", "__proto__"),
  date: fc.oneof(fc.constant("2025-03-14"), foreignTextArb, fc.constant(""), fc.string({ unit: "binary", maxLength: 40 }), fc.constantFrom("\u{1F600}".repeat(20), "a".repeat(23) + "\u{1F600}b", "2025-03-14\u0000\n\"x\"")),
  disciplines: fc.oneof(fc.constant(["PT", "OT"]), fc.array(foreignTextArb, { maxLength: 2 })),
  message: foreignTextArb,
  fix: foreignTextArb,
}, { requiredKeys: ["options", "reason"] });

describe("input21: notApplied from a JSON session (NOT-APPLIED-WORDS)", () => {
  it("hides no finding, and repeats no more than 24 characters of the caller's text in a row (an unknown date, quoted and cut)", () => {
    fc.assert(fc.property(fc.array(naEntryArb, { minLength: 1, maxLength: 10 }), fc.boolean(), (notApplied, bare) => {
      const visit = bare ? { ...sessionOf(), totalTimedMinutes: undefined, note: undefined } : sessionOf();
      const r = validateSession(JSON.parse(JSON.stringify({ ...visit, notApplied })));
      const strip = (x: Report) => x.findings.filter((f) => f.rule !== "input/option-not-applied").map((f) => `${f.rule} ${JSON.stringify(f.path)}`).sort();
      expect(strip(r)).toEqual(strip(validateSession(visit)));
      const theirs = notApplied.map((e) => [e.message, e.fix, e.date, ...(Array.isArray(e.disciplines) ? e.disciplines : [])].filter((t): t is string => typeof t === "string").join("\n")).join("\n");
      for (const f of r.findings) expect(repeats(`${f.message}\n${f.fix ?? ""}`, theirs, 25), `${f.rule}: ${f.message}`).toBe(false);
      // No half of a surrogate pair where a date is cut (its quote is JSON's, escaped).
      for (const f of r.findings) expect(`${f.message}${f.fix ?? ""}`, f.rule).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      expect(r.findings.filter((f) => f.rule === "input/option-not-applied").length).toBeLessThanOrEqual(8);
      expectJsonSafe(r);
    }), half);
  });
});

describe("input21: KX in January (KX-JANUARY, 359564d)", () => {
  it.skipIf(base === undefined)("kx-required's findings are the base's; its fix opens with the last-year sentence only in January, and there whenever the dollars are past any threshold", () => {
    const kxArb = fc.record({
      year: fc.constantFrom("2024", "2025", "2026"),
      month: fc.integer({ min: 1, max: 12 }).map((m) => String(m).padStart(2, "0")),
      day: fc.integer({ min: 1, max: 28 }).map((d) => String(d).padStart(2, "0")),
      ytd: fc.oneof(fc.integer({ min: 0, max: 6000 }), fc.constantFrom(0, 2330, 2410, 2480, 5000)),
      amounts: fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 3 }),
      kx: fc.boolean(),
      bucket: fc.constantFrom("PT", "OT", "SLP"),
    });
    fc.assert(fc.property(kxArb, ({ year, month, day, ytd, amounts, kx, bucket }) => {
      const mod = bucket === "OT" ? "GO" : bucket === "SLP" ? "GN" : "GP";
      const visit = {
        ...visitOf(amounts.map((a) => ({ ...line("97110", "SLR 3x10, bridges 3x10 for hip strength"), modifiers: kx ? [mod, "KX"] : [mod], allowedAmount: a })), bucket as Discipline),
        dateOfService: `${year}-${month}-${day}`,
        therapyYearToDate: bucket === "OT" ? { ot: ytd } : { ptSlp: ytd },
      };
      const kxOf = (r: Report) => r.findings.filter((f) => f.rule === "modifier/kx-required");
      const [now, was] = [kxOf(end!.validateSession(visit)), kxOf(base!.validateSession(visit))];
      expect(now.map((f) => ({ ...f, fix: f.fix?.replace(LAST_YEARS, "") })), JSON.stringify(visit.dateOfService)).toEqual(was);
      for (const f of now) {
        const says = LAST_YEARS.test(f.fix ?? "");
        if (says) expect(month, f.fix).toBe("01");
        if (month === "01" && ytd >= 5000) expect(says, f.fix).toBe(true);
        if (ytd === 0) expect(says).toBe(false);
      }
      // Not vacuous: past any threshold, a line without KX is reported.
      if (!kx && ytd >= 5000) expect(now.length).toBe(amounts.length);
    }), params);
  });
});

describe("input21: an unknown date cut inside an emoji (NOT-APPLIED-WORDS)", () => {
  it.each(["a".repeat(23) + "\u{1F600}b", "\u{1F600}".repeat(20), "2025-03-14\u0000\n\"x\""])("%j: one warning, its date quoted and cut, well formed", (date) => {
    const found = validateSession({ ...sessionOf(), notApplied: [{ options: ["note"], reason: "unknown-date", date, message: "m", fix: "f" }] }).findings.filter((f) => f.rule === "input/option-not-applied");
    expect(found.map((f) => f.severity)).toEqual(["warning"]);
    expect(found[0]!.message).toMatch(/a date of service on the claim, ".*", is not written YYYY-MM-DD/s);
    expect(found[0]!.message).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expectJsonSafe(found);
  });
});

// ---------------------------------------------------------------------------------------------
// 5. The build of 0479ea9 (this round's base): the same reports outside the changed rules and findings.
// ---------------------------------------------------------------------------------------------

/** The rules whose findings changed on purpose this round (gaps21, speed21's bandage care, input21, hours21's unit checks). */
const CHANGED_RULES = new Set([
  GAIT_RULE, CRP_RULE, SKILLED, CLONED, "doc/activity-too-vague", NBT,
  "input/misspelled-field", "input/required-field", "input/read-as-program", "input/ignored-field", "input/option-not-applied",
  "units/missing-units",
]);
/** KX-JANUARY (359564d): a January visit already at the threshold gets this sentence before modifier/kx-required's fix. */
const LAST_YEARS = /^If \$[\d,.]+ includes last year's dollars \(therapyYearToDate counts from January 1\), send this year's instead\. /;
const HOURS_OR_ADD_ON = new Set([...HOUR_CODES, "97129", "97130", "97597", "97598"]);
const outsideChanged = (report: Report): string => JSON.stringify({
  ...report,
  meta: { ...report.meta, libraryVersion: "" },
  findings: report.findings.filter((f) => !CHANGED_RULES.has(f.rule)).map((f) => (f.rule === "modifier/kx-required" ? { ...f, fix: f.fix?.replace(LAST_YEARS, "") } : f)),
});
const touchesChanged = (s: Session) => s.services.some((l) => typeof l.code === "string" && HOURS_OR_ADD_ON.has(l.code.trim().toUpperCase())) || /part ?a|secondary|msp|railroad|rrb/i.test(String(s.payer?.program ?? ""));

describe("reports equal the build of 0479ea9 outside the changed rules (fuzz21)", () => {
  const textVisitArb = fc.tuple(fc.array(fc.tuple(fc.constantFrom("97110", "97112", "97116", "97140", "97530", "97535"), fc.oneof(nbTextArb, fc.constantFrom(...MANEUVERS, ...SEATED_EX, ...WALKED))), { minLength: 1, maxLength: 4 }), fc.constantFrom<Discipline>("PT", "OT"))
    .map(([pairs, d]) => visitOf(pairs.map(([c, a]) => line(c, a)), d));

  it.skipIf(base === undefined)("valid sessions and sessions of this file's texts: validateSession and validateSessions equal the base's, less the changed rules", () => {
    fc.assert(fc.property(fc.array(fc.oneof(validSessionArb, textVisitArb), { minLength: 1, maxLength: 4 }).map((v) => v.filter((s) => !touchesChanged(s))), (visits) => {
      for (const v of visits) expect(outsideChanged(end!.validateSession(v)), JSON.stringify(v.services.map((l) => [l.code, l.minutes, l.units, l.activity]))).toBe(outsideChanged(base!.validateSession(v)));
      expect(end!.validateSessions(visits).map(outsideChanged)).toEqual(base!.validateSessions(visits).map(outsideChanged));
    }), half);
  });

  it.skipIf(base === undefined)("sloppy and near-valid JSON sessions (no hour or add-on code, no Part A/secondary/railroad words): the base's report, less the changed rules", () => {
    const touches = (x: unknown) => /"(9260[57]|9260[8]|92618|9262[67]|96105|96125|9754[56]|9712[9]|97130|9759[78])|part ?a|secondary|msp|railroad|rrb|notApplied/i.test(JSON.stringify(x) ?? "");
    fc.assert(fc.property(fc.oneof(sloppySessionArb, nearSessionArb), (x) => {
      if (touches(x)) return;
      expect(outsideChanged(end!.validateSession(structuredClone(x))), JSON.stringify(x)).toBe(outsideChanged(base!.validateSession(structuredClone(x))));
    }), half);
  });

  it.skipIf(base === undefined)("the realistic-notes corpus: every note's report equals the base's, less the changed rules", () => {
    const differs = REALISTIC_NOTES.filter((n) => !touchesChanged(noteSession(n)) && outsideChanged(end!.validateSession(noteSession(n))) !== outsideChanged(base!.validateSession(noteSession(n)))).map((n) => n.name);
    expect(differs).toEqual([]);
  });
});
