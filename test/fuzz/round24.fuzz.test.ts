import fc from "fast-check";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { claimsFromFhirBundle, sessionsFromFhirClaim } from "../../src/adapters/fhir.js";
import { lintDocumentation } from "../../src/lint.js";
import type { Finding } from "../../src/model/finding.js";
import type { ServiceLine, Session } from "../../src/model/session.js";
import { calculateUnits } from "../../src/units/index.js";
import { validateSession, validateSessions } from "../../src/validate.js";
import { line, session as sessionOf } from "../rules/helpers.js";
import { REALISTIC_NOTES, sessionOf as noteSession } from "../rules/realistic-notes.cases.js";
import { FUZZ_RUNS, nearSessionArb, sloppySessionArb, validSessionArb } from "./arbitraries.js";
import { expectJsonSafe } from "./json-safe.js";

/**
 * The twenty-fourth round's changes, fuzzed (fuzz24). Written against fuzz24's merge fa7bf1f: tidy24 at b1f40a4 (merge 07b2b37),
 * edge24 at d09e7b0 (merge 9519298), size24 at ffa2bb6 (merge 8114b13), modality24 at 6ef4ee7 (merge fa7bf1f). ci24 (test
 * infrastructure) is not merged. Later commits of these branches are the lead's to merge: a rule they change is then added to
 * CHANGED_RULES below.
 * (1) Reports equal to the base build (f26b099, .bench/base24) outside the rules this round changed: size24 changes none.
 * (2) tidy24's readings (REFUSED-AFTER-REGION, DEFERRED-PAREN, TARGET-THEN-DEFERRED, TAUGHT-THEN-DASH), beside counter-cases.
 * (3) edge24's HUGE-AGREE/HUGE-BILLED: absurd minutes and units; findings never name a number past 2^53 − 1 and agree with
 * report.units and calculateUnits. (4) edge24's BUNDLE-REF and NESTED: a session -> Claim in a Bundle (Practitioner/x, urn:uuid,
 * PractitionerRole -> Practitioner, Bundles in Bundles) -> adapter round trip; references that point nowhere never throw.
 * (5) modality24's modality minutes in doc/non-billable-time: not merged (docs/unmerged/modality24.patch); the lead moved
 * those properties and their three pins (MODALITY-TAUGHT, ICE-CUBES, LOWER-US) to docs/unmerged/modality24-fuzz.ts.txt.
 * The lead fixed six of the pins after merging (each seen as an expected fail first, now a plain test): NBSP-REGION, FOUR-WORDS,
 * REGION-WORDS, SPINE-TARGET (src/rules/doc/manual-given.ts, without-refused.ts) and UNDEFINED-ID, VERSIONED-REF
 * (src/adapters/fhir.ts). The comparisons with the base read edge24's CLERK-DATE words back (CLERK_DATE below).
 * No module-level state is shared with other files and nothing is mocked (ci24 runs files without isolation).
 * Runs per property: max(FUZZ_RUNS, 100), fewer for the costly ones.
 */
const params = { numRuns: Math.max(FUZZ_RUNS, 100) };
const half = { numRuns: Math.max(Math.floor(FUZZ_RUNS / 2), 50) };

type Report = ReturnType<typeof validateSession>;
type Api = { validateSession: (x: unknown, o?: unknown) => Report; validateSessions: (x: Iterable<unknown>, o?: unknown) => Report[] };
type Lint = { lintDocumentation: (s: Session, o?: unknown) => Finding[] };
// .bench/base24 is a build of f26b099, this round's base (/work/main/.bench/base24 on the lead's machine; BASE_BUILD_DIR names
// another). The comparisons are with the live source while the round runs; from the twenty-fifth round on, point them at a build
// of this round's end (END24_BUILD_DIR) so that a later round's own changes do not show up. Skipped where a build is missing.
const BASE_DIR = resolve(process.env.BASE_BUILD_DIR ?? ".bench/base24");
const present = (d: string) => existsSync(`${d}/index.js`) && existsSync(`${d}/lint.js`);
const basePresent = present(BASE_DIR);
const load = async <T,>(dir: string, file: string): Promise<T> => (await import(/* @vite-ignore */ pathToFileURL(`${dir}/${file}`).href)) as T;
const base = basePresent ? await load<Api>(BASE_DIR, "index.js") : undefined;
const baseLint = basePresent ? await load<Lint>(BASE_DIR, "lint.js") : undefined;
const END_DIR = process.env.END24_BUILD_DIR === undefined ? undefined : resolve(process.env.END24_BUILD_DIR);
const end: Api = END_DIR !== undefined && present(END_DIR) ? await load<Api>(END_DIR, "index.js") : { validateSession: validateSession as Api["validateSession"], validateSessions: validateSessions as Api["validateSessions"] };
const endLint: Lint = END_DIR !== undefined && present(END_DIR) ? await load<Lint>(END_DIR, "lint.js") : { lintDocumentation: lintDocumentation as Lint["lintDocumentation"] };

const caseArb = fc.constantFrom((s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s.toLowerCase(), (s: string) => s.replace(/\b\w/g, (c) => c.toUpperCase()));
type Discipline = "PT" | "OT" | "SLP";
const visitOf = (lines: readonly ServiceLine[], discipline: Discipline = "PT", extra: Partial<Session> = {}): Session =>
  sessionOf({ provider: { discipline, credential: discipline }, services: [...lines], totalTimedMinutes: 15 * lines.length, totalTreatmentMinutes: 15 * lines.length, ...extra });
const what = (lines: readonly ServiceLine[]) => JSON.stringify(lines.map((l) => [l.code, l.minutes, l.units, l.activity]));
const keyed = (list: readonly Finding[]) => list.map((f) => JSON.stringify(f));

const SKILLED = "doc/skilled-need-missing";
const VAGUE = "doc/activity-too-vague";
const CRP_RULE = "doc/97112-reads-as-canalith-repositioning";
/** The rules whose findings changed on purpose this round: tidy24 (skilled, vague, 97112). (modality24 was not merged.) */
const CHANGED_RULES = new Set([SKILLED, VAGUE, CRP_RULE]);

// ---------------------------------------------------------------------------------------------
// 1. The build of f26b099: the same reports outside the changed rules (size24: no difference at all).
// ---------------------------------------------------------------------------------------------

const WORDS = [
  "SLR 3x10", "bridges 2x15", "gait training 150 ft w/ RW", "Epley R x2", "Educ re: BPPV - Epley R x2", "Reviewed precautions and Epley R x2",
  "STM to R UT", "STM R UT refused d/t soreness", "STM to R UT mobility deferred d/t pain", "PA mobs L4-5 (deferred) d/t flare", "STM refused d/t pain",
  "pt refused ice d/t soreness", "hot pack 10 min", "US 1.0 w/cm2 8 min", "unattended e-stim 15 min", "no ice today", "pt declined hot pack 10 min",
  "ice 15 min at home as HEP", "set up 5 min", "VCs for form", "x10", "tolerated well", "TENS 15 min", "Vaso 15 min", "Infrared goggles 10 min",
];
const noteTextArb = fc.tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }), fc.constantFrom(", ", "; ", "\n", ". ", " - ", " "), caseArb)
  .map(([words, join, cased]) => cased(words.join(join)));
const LINT_CODES = ["97110", "97112", "97116", "97140", "97530", "97010", "97035", "97032", "G0283"];
const lintVisitArb = fc.tuple(
  fc.array(fc.tuple(fc.constantFrom(...LINT_CODES), noteTextArb), { minLength: 1, maxLength: 3 }),
  fc.constantFrom<Discipline>("PT", "OT", "SLP"),
  fc.option(noteTextArb, { nil: undefined }),
).map(([pairs, d, note]) => visitOf(pairs.map(([c, a]) => line(c, a)), d, note === undefined ? {} : { note: { subjective: "Pt reports pain 3/10.", assessment: note, plan: "Continue POC." } }));

/** edge24's HUGE-AGREE/HUGE-BILLED: minutes past 2^53 ÷ the lines, or billed units adding past 2^53 − 1, read otherwise on purpose. */
const huge = (report: Report): boolean => {
  const services: unknown = (report.session as { services?: unknown } | null | undefined)?.services;
  if (!Array.isArray(services)) return false;
  const num = (l: unknown, k: string) => (l as Record<string, unknown> | null)?.[k];
  const units = services.reduce<number>((t, l) => t + (typeof num(l, "units") === "number" ? Math.abs(num(l, "units") as number) : 0), 0);
  return units >= 2 ** 53 || services.some((l) => typeof num(l, "minutes") === "number" && Math.abs(num(l, "minutes") as number) * services.length >= 2 ** 53);
};
const CLONED = "doc/cloned-activity";
/**
 * A line doc/activity-too-vague flags on one side only is doc/cloned-activity's on the other (one problem, one finding:
 * cloned-activity leaves refusedOnly text to activity-too-vague): tidy24's DEFERRED-PAREN makes "STM refused d/t pain" vague (its
 * cloned finding goes), TARGET-THEN-DEFERRED makes "STM to R UT mobility deferred d/t pain" not (a copy on two codes is then
 * cloned). A cloned-activity finding on a line either build calls vague is left out: these lines.
 */
const vagueLines = (...lists: (readonly Finding[])[]): Set<unknown> => new Set(lists.flat().filter((f) => f.rule === VAGUE).map((f) => f.path?.[1]));
const comparable = (findings: readonly Finding[], vague: Set<unknown>, hugeInput: boolean) =>
  findings.filter((f) => !CHANGED_RULES.has(f.rule) && !(f.rule === CLONED && vague.has(f.path?.[1])) && !(hugeInput && (f.rule.startsWith("units/") || f.rule === "input/ignored-field")));
/** A report without what this round changed on purpose; `vague` from the live report. edge24's huge minutes also change the
 * minutes input/ignored-field names ("its 0 minutes earn 0 units": calculateUnits' reading). */
const outsideChanged = (report: Report, vague: Set<unknown> = vagueLines(report.findings)): string =>
  JSON.stringify({
    ...report,
    units: huge(report) ? "huge (edge24)" : report.units,
    meta: { ...report.meta, libraryVersion: "" },
    findings: comparable(report.findings, vague, huge(report)),
  }).replace(CLERK_DATE, "must be a real calendar date written YYYY-MM-DD");
/**
 * edge24's CLERK-DATE (applied by the lead after this file was written): a date written with slashes is told its YYYY-MM-DD
 * readings ('"03/02/2026" is not YYYY-MM-DD: write 2026-03-02 (month first) or 2026-02-03 (day first)') where the base said
 * "must be a real calendar date written YYYY-MM-DD". Read back to the base's words before comparing (test/model/clerk-dates.test.ts
 * holds the new words).
 */
const CLERK_DATE = /\\"[^"\\]*\\" is not YYYY-MM-DD: write \d{4}-\d\d-\d\d(?: \(month first\) or \d{4}-\d\d-\d\d \(day first\))?/g;
const sameOutside = (now: Report, was: Report, label: string) => {
  const vague = vagueLines(now.findings, was.findings);
  expect(outsideChanged(now, vague), label).toBe(outsideChanged(was, vague));
};

describe("reports equal the build of f26b099 outside the changed rules (fuzz24)", () => {
  it.skipIf(base === undefined)("valid sessions and this file's notes: validateSession and validateSessions equal the base's, less this round's rules", () => {
    fc.assert(fc.property(fc.array(fc.oneof(validSessionArb, lintVisitArb), { minLength: 1, maxLength: 4 }), (visits) => {
      for (const v of visits) sameOutside(end.validateSession(v), base!.validateSession(v), what(v.services));
      const [now, was] = [end.validateSessions(visits), base!.validateSessions(visits)];
      expect(now.length).toBe(was.length);
      now.forEach((r, i) => sameOutside(r, was[i]!, what(visits[i]!.services)));
    }), half);
  });

  it.skipIf(base === undefined)("sloppy and near-valid JSON sessions: the base's report, less this round's rules", () => {
    fc.assert(fc.property(fc.oneof(sloppySessionArb, nearSessionArb), (x) => {
      sameOutside(end.validateSession(structuredClone(x)), base!.validateSession(structuredClone(x)), JSON.stringify(x));
    }), half);
  });

  it.skipIf(baseLint === undefined)("lintDocumentation on generated notes: the base's findings outside this round's rules", () => {
    fc.assert(fc.property(lintVisitArb, (v) => {
      const [now, was] = [endLint.lintDocumentation(v), baseLint!.lintDocumentation(v)];
      const vague = vagueLines(now, was);
      expect(keyed(comparable(now, vague, false)), what(v.services)).toEqual(keyed(comparable(was, vague, false)));
    }), params);
  });

  it.skipIf(base === undefined)("the realistic-notes corpus: every note's report equals the base's, less this round's rules", () => {
    const differs = REALISTIC_NOTES.filter((n) => {
      const [now, was] = [end.validateSession(noteSession(n)), base!.validateSession(noteSession(n))];
      const vague = vagueLines(now.findings, was.findings);
      return outsideChanged(now, vague) !== outsideChanged(was, vague);
    }).map((n) => n.name);
    expect(differs).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. tidy24's readings and their counter-cases.
// ---------------------------------------------------------------------------------------------

const NEUTRAL = { note: { subjective: "Pt reports pain 3/10.", assessment: "Pt tolerated tx.", plan: "Continue POC." } };
const on97140 = (text: string, rule: string, extra: Partial<Session> = NEUTRAL) =>
  lintDocumentation(visitOf([line("97140", text), line("97010", "hot pack 10 min")], "PT", extra)).filter((f) => f.rule === rule);
const on97112 = (text: string) => lintDocumentation(visitOf([line("97112", text)])).filter((f) => f.rule === CRP_RULE);
const TECHNIQUE = ["STM", "PA mobs", "MLD", "IASTM", "soft tissue mobilization", "myofascial release", "TPR", "massage", "mobs gr III"];
// "UE", "LE", "paraspinals", "forearm", "glute" are no BODY_REGION word: pinned below (REGION-WORDS).
const REGION = ["R UT", "L UT", "B UT", "L4-5", "C5-6", "R", "to R UT", "to L knee", "R gr III", "L hip", "to R shoulder", "R ankle", "L calf"];
const REFUSED = ["refused", "declined", "deferred", "not performed", "postponed", "skipped"];
const REASON = [" d/t soreness", " d/t pain", " due to fatigue", " 2/2 bruising", " per pt request", " today", ";", "."];
const GIVEN = ["STM to R UT x8 min", "PA mobs L4 gr III", "MLD to L UE", "IASTM to R ITB", "manual therapy to R shoulder"];

describe("tidy24: a refusal after a technique and its body part (REFUSED-AFTER-REGION), and its counter-cases", () => {
  it("technique, a region, perhaps 'pt', a refusal and a reason or clause end, beside a hot pack: no skill shown, in any case and blank", () => {
    fc.assert(fc.property(fc.constantFrom(...TECHNIQUE), fc.constantFrom(...REGION), fc.boolean(), fc.constantFrom(...REFUSED), fc.constantFrom(...REASON), fc.constantFrom(" ", "  ", "\t"), caseArb, (t, region, pt, no, why, blank, cased) => {
      // A no-break space between the words is pinned below (NBSP-REGION); so is a grade and a three-word region (FOUR-WORDS: the
      // reading allows three words between technique and refusal).
      fc.pre(region.split(" ").length + (t.includes(" gr ") ? 1 : 0) <= 3);
      const text = cased(`${t} ${region}${blank}${pt ? "pt " : ""}${no}${why}`.replaceAll(" ", blank));
      expect(on97140(text, SKILLED).length, JSON.stringify(text)).toBe(1);
    }), params);
  });

  it("counter-cases: a technique given beside something else refused (ice, HEP, a measure), or given in the same line, shows skill", () => {
    fc.assert(fc.property(fc.constantFrom(...GIVEN, "STM R UT", "PA mobs L4-5 gr III"), fc.constantFrom("; ", ". ", "\n", ", "), fc.constantFrom("pt refused ice d/t soreness", "pt declined HEP review", "ice deferred d/t time", "pain declined to 2/10", "HEP refused today"), fc.boolean(), caseArb, (given, join, other, first, cased) => {
      const text = cased(first ? `${other}${join}${given}` : `${given}${join}${other}`);
      expect(on97140(text, SKILLED), JSON.stringify(text)).toEqual([]);
    }), params);
  });

  it("a refused technique and another given: skill shown, whichever comes first", () => {
    fc.assert(fc.property(fc.constantFrom(...TECHNIQUE), fc.constantFrom(...REGION), fc.constantFrom(...REFUSED), fc.constantFrom(...GIVEN), fc.constantFrom("; ", ". ", "\n"), fc.boolean(), caseArb, (t, region, no, given, join, first, cased) => {
      const refused = `${t} ${region} ${no} d/t pain`;
      const text = cased(first ? `${given}${join}${refused}` : `${refused}${join}${given}`);
      expect(on97140(text, SKILLED), JSON.stringify(text)).toEqual([]);
    }), params);
  });
});

describe("tidy24: '(deferred)' in activity-too-vague (DEFERRED-PAREN) and a target deferred (TARGET-THEN-DEFERRED)", () => {
  it("a target word after the region is what was deferred ('STM to R UT mobility deferred d/t pain'): neither rule flags it", () => {
    fc.assert(fc.property(fc.constantFrom("STM", "IASTM", "MFR", "soft tissue mobilization"), fc.constantFrom("R UT", "L knee", "R shoulder", "B hip", "L4-5", "cervical"), fc.constantFrom("mobility", "ROM", "strengthening", "ther ex", "gait"), fc.constantFrom("deferred", "held"), fc.constantFrom(" d/t pain", " due to pain", " 2/2 fatigue"), caseArb, (t, region, target, no, why, cased) => {
      const text = cased(`${t} to ${region} ${target} ${no}${why}`);
      expect(on97140(text, SKILLED), JSON.stringify(text)).toEqual([]);
    }), params);
  });

  it("the technique itself deferred, in parentheses or not: activity-too-vague flags it as the base's skilled-need-missing reading does", () => {
    fc.assert(fc.property(fc.constantFrom("STM", "PA mobs L4-5", "MLD", "STM to R UT", "IASTM R ITB"), fc.constantFrom(" (deferred)", " deferred", " (declined)", " refused"), fc.constantFrom(" d/t flare", " d/t pain", ""), caseArb, (t, no, why, cased) => {
      const text = cased(`${t}${no}${why}`);
      const v = visitOf([line("97140", text)]);
      const rules = new Set(lintDocumentation(v).map((f) => f.rule));
      expect(rules.has(VAGUE) || rules.has(SKILLED), JSON.stringify(text)).toBe(true);
    }), params);
  });
});

describe("tidy24: a spaced dash ends the teaching before a maneuver on 97112 (TAUGHT-THEN-DASH), and its counter-cases", () => {
  const MANEUVER = ["Epley R x2", "Semont L x1", "CRP R x2", "Epley R", "BBQ roll L x2"];
  it("'<teaching> <topic> - <maneuver>': the maneuver is given (flagged), any dash run, case and blank", () => {
    fc.assert(fc.property(fc.constantFrom("Educ re: BPPV", "Education re: BPPV and precautions", "Pt educated on BPPV", "Reviewed precautions", "Instructed in precautions"), fc.constantFrom(" - ", " -- ", "  -  ", "\u00a0-\u00a0", " -\n"), fc.constantFrom(...MANEUVER), caseArb, (teach, dash, m, cased) => {
      const text = cased(`${teach}${dash}${m}`);
      expect(on97112(text).length, JSON.stringify(text)).toBe(1);
    }), params);
  });

  it("counter-cases: the maneuver itself taught ('and', a hyphen inside a word, 'home' after the dash, teaching after the dash) stays unflagged", () => {
    fc.assert(fc.property(fc.constantFrom("Reviewed precautions and %m", "Educ re: BPPV - home %m", "Educ re: BPPV - educated on %m", "Educated on self-%m", "Educ re: BPPV - pt instructed in %m", "Educ re: BPPV - HEP: %m", "Reviewed BPPV - %m deferred"), fc.constantFrom("Epley", "Semont", "Epley R"), caseArb, (form, m, cased) => {
      const text = cased(form.replace("%m", m));
      expect(on97112(text), JSON.stringify(text)).toEqual([]);
    }), params);
  });
});

// ---------------------------------------------------------------------------------------------
// 3. edge24's HUGE-AGREE and HUGE-BILLED: absurd minutes and units.
// ---------------------------------------------------------------------------------------------

const HUGE_NUMS = [2 ** 53, 2 ** 53 - 1, 2 ** 53 + 2, 2 ** 52, 2 ** 52 + 1, 4503599627370497, 3002399751580331, Number.MAX_VALUE, 1e21, 1e300, 0, 1, 8, 15, 23, 60, 599.5];
const numArb = fc.oneof(fc.constantFrom(...HUGE_NUMS), fc.integer({ min: 0, max: 120 }), fc.integer({ min: 2 ** 50, max: Number.MAX_SAFE_INTEGER }));
const HUGE_CODES = ["97110", "97112", "97140", "97530", "97150", "97010", "97129", "97130", "97545", "97546", "97597", "97598", "92605", "92618", "97161", "G0283", "97035"];
const DISCIPLINE_OF: Readonly<Record<string, Discipline>> = { "92605": "SLP", "92618": "SLP", "97129": "SLP", "97130": "SLP" };
const hugeVisitArb = fc.tuple(fc.array(fc.tuple(fc.constantFrom(...HUGE_CODES), fc.option(numArb, { nil: undefined }), fc.option(numArb, { nil: undefined })), { minLength: 1, maxLength: 4 }), fc.constantFrom<"cms" | "ama">("cms", "ama"))
  .map(([specs, method]) => {
    const d = specs.map(([c]) => DISCIPLINE_OF[c]).find((x) => x !== undefined) ?? "PT";
    const lines = specs.map(([code, minutes, units]): ServiceLine => ({ code, modifiers: [{ PT: "GP", OT: "GO", SLP: "GN" }[d]], goalIds: ["G1"], activity: "Standardized testing, scored and interpreted; skilled cues for form", ...(minutes === undefined ? {} : { minutes }), ...(units === undefined ? {} : { units }) }));
    return { ...visitOf(lines, d, { totalTimedMinutes: undefined, totalTreatmentMinutes: undefined }), ...(method === "ama" ? { payer: { program: "commercial" as const, unitMethod: "ama" as const } } : {}) } as Session;
  });
/** Every number a message writes with digits (1,234 or 1234 or 1.2e+21): none may be past 2^53 − 1. */
const numbersIn = (text: string): number[] => [...text.matchAll(/\d[\d,]*(?:\.\d+)?(?:e\+?\d+)?/gi)].map((m) => Number(m[0].replaceAll(",", "")));

describe("edge24: absurd minutes and units (HUGE-AGREE, HUGE-BILLED)", () => {
  it("nothing throws; reports are JSON; no units/ finding names a number past 2^53 − 1; report.units' units are whole and safe", () => {
    fc.assert(fc.property(hugeVisitArb, (v) => {
      const label = what(v.services);
      const report = validateSession(v);
      expectJsonSafe(report);
      for (const f of report.findings.filter((x) => x.rule.startsWith("units/"))) {
        for (const n of numbersIn(`${f.message} ${f.fix ?? ""}`)) expect(n <= Number.MAX_SAFE_INTEGER, `${label} ${f.rule}: ${f.message}`).toBe(true);
        expect(`${f.message} ${f.fix ?? ""}`, label).not.toMatch(/Infinity|NaN|e\+\d/);
      }
      const u = report.units;
      if (u !== null && u !== undefined) {
        for (const l of u.lines) expect(Number.isSafeInteger(l.units) && l.units >= 0, `${label} ${JSON.stringify(l)}`).toBe(true);
        expect(Number.isSafeInteger(u.totalUnits), `${label} total ${u.totalUnits}`).toBe(true);
      }
    }), params);
  });

  it("report.units is calculateUnits' answer on the same lines and method", () => {
    fc.assert(fc.property(hugeVisitArb, (v) => {
      const report = validateSession(v);
      const u = report.units;
      // A line without minutes or with a fraction of one: report.units leaves it out on purpose (notCounted; units/ findings say
      // why); calculateUnits floors it. Not this property's.
      fc.pre(u !== null && u !== undefined && v.services.every((l) => Number.isInteger(l.minutes)));
      const method = v.payer?.unitMethod === "ama" ? "ama" : "cms";
      const calc = calculateUnits(v.services.filter((l) => l.minutes !== undefined).map((l) => ({ code: l.code, minutes: l.minutes! })), { method });
      expect([u!.totalUnits, u!.totalTimedMinutes], what(v.services)).toEqual([calc.totalUnits, calc.totalTimedMinutes]);
    }), params);
  });

  it("timed lines whose minutes the calculator reads as 0 (past 2^53 ÷ the lines) draw no finding that they earn units", () => {
    fc.assert(fc.property(fc.array(fc.constantFrom("97110", "97112", "97140", "97530"), { minLength: 2, maxLength: 4 }), fc.constantFrom(2 ** 53 - 1, 2 ** 53, Number.MAX_VALUE, 2 ** 52 + 1), fc.integer({ min: 0, max: 3 }), (codes, minutes, units) => {
      fc.pre(minutes * codes.length >= 2 ** 53);
      const lines = codes.map((code) => line(code, "Skilled cues for form; SLR 3x10", { minutes, units }));
      const report = validateSession(visitOf(lines, "PT", { totalTimedMinutes: undefined, totalTreatmentMinutes: undefined }));
      expect(report.units?.totalUnits, what(lines)).toBe(calculateUnits(lines.map((l) => ({ code: l.code, minutes: l.minutes! }))).totalUnits);
      for (const f of report.findings) expect(f.message, what(lines)).not.toMatch(/earn at least [1-9]/);
    }), params);
  });
});

// ---------------------------------------------------------------------------------------------
// 4. edge24's FHIR reading: a session -> Claim in a Bundle (references to other entries, Bundles in Bundles) -> adapter.
// ---------------------------------------------------------------------------------------------

const NUCC = "http://nucc.org/provider-taxonomy";
const CREDS: readonly (readonly [string, "PT" | "PTA" | "OT" | "OTA" | "SLP" | "SLPA", Discipline])[] = [
  ["PT", "PT", "PT"], ["225100000X", "PT", "PT"], ["PTA", "PTA", "PT"], ["225200000X", "PTA", "PT"], ["OTR/L", "OT", "OT"], ["COTA/L", "OTA", "OT"], ["CCC-SLP", "SLP", "SLP"], ["2355S0801X", "SLPA", "SLP"],
];
const DISCIPLINE_MODIFIER = { PT: "GP", OT: "GO", SLP: "GN" } as const;
type FhirLine = { code: string; extra: string[]; qty: { units?: number; minutes?: number } };
const fhirLineArb: fc.Arbitrary<FhirLine> = fc.record({
  code: fc.constantFrom("97110", "97530", "97140", "92507", "97161", "97010"),
  extra: fc.subarray(["59", "KX", "XU"], { maxLength: 2 }),
  qty: fc.oneof(fc.record({ units: fc.integer({ min: 0, max: 8 }) }), fc.record({ minutes: fc.integer({ min: 1, max: 120 }) })),
});
/** How the Claim's care-team member names its Practitioner: type/id, a urn:uuid or URL fullUrl, or a PractitionerRole that points at it. */
type RefWay = "type/id" | "urn:uuid" | "url" | "role->type/id" | "role->urn:uuid" | "role-own";
const refWayArb = fc.constantFrom<RefWay>("type/id", "urn:uuid", "url", "role->type/id", "role->urn:uuid", "role-own");
const concept = (code: string) => (/^\d/.test(code) ? { coding: [{ system: NUCC, code }] } : { text: code });
/** The Claim and the entries it references, as a Bundle's entries (Claim first or last), and the credential they name. */
const referencedEntries = (date: string, lines: readonly FhirLine[], cred: (typeof CREDS)[number], way: RefWay, id: string, claimLast: boolean) => {
  const practitioner = { resourceType: "Practitioner", id: `p-${id}`, qualification: [{ code: concept(cred[0]) }] };
  const pracUrn = `urn:uuid:${id}-p`;
  const entries: Record<string, unknown>[] = [];
  let reference: string;
  if (way === "type/id") [reference] = [`Practitioner/p-${id}`, entries.push({ resource: practitioner })];
  else if (way === "urn:uuid") [reference] = [pracUrn, entries.push({ fullUrl: pracUrn, resource: { ...practitioner, id: undefined } })];
  else if (way === "url") [reference] = [`https://ehr.example/fhir/Practitioner/p-${id}`, entries.push({ fullUrl: `https://ehr.example/fhir/Practitioner/p-${id}`, resource: practitioner })];
  else if (way === "role-own") [reference] = [`PractitionerRole/r-${id}`, entries.push({ resource: { resourceType: "PractitionerRole", id: `r-${id}`, code: [concept(cred[0])] } })];
  else {
    const viaUrn = way === "role->urn:uuid";
    entries.push({ ...(viaUrn ? { fullUrl: pracUrn } : {}), resource: practitioner });
    entries.push({ fullUrl: `urn:uuid:${id}-r`, resource: { resourceType: "PractitionerRole", id: `r-${id}`, practitioner: { reference: viaUrn ? pracUrn : `Practitioner/p-${id}` } } });
    reference = viaUrn ? `urn:uuid:${id}-r` : `PractitionerRole/r-${id}`;
  }
  const claim = {
    resourceType: "Claim",
    id: `c-${id}`,
    careTeam: [{ sequence: 1, provider: { reference } }],
    item: lines.map((l, i) => ({
      sequence: i + 1,
      careTeamSequence: [1],
      servicedDate: date,
      productOrService: { coding: [{ system: "http://www.ama-assn.org/go/cpt", code: l.code }] },
      modifier: [DISCIPLINE_MODIFIER[cred[2]], ...l.extra].map((code) => ({ coding: [{ system: "http://www.ama-assn.org/go/cpt", code }] })),
      quantity: l.qty.units !== undefined ? { value: l.qty.units } : { value: l.qty.minutes, unit: "min", system: "http://unitsofmeasure.org", code: "min" },
    })),
  };
  const claimEntry = { fullUrl: `urn:uuid:${id}-c`, resource: claim };
  return claimLast ? [...entries, claimEntry] : [claimEntry, ...entries];
};
const bundleOf = (entry: readonly unknown[], type = "transaction") => ({ resourceType: "Bundle", type, entry: [...entry] });
/** Wraps `inner` in `depth` Bundles, each with `before` other entries ahead of it: the Claim's `within` is then known. */
const nested = (inner: Record<string, unknown>, outer: readonly number[]) =>
  outer.reduceRight<Record<string, unknown>>((b, before) => bundleOf([...Array.from({ length: before }, (_, k) => ({ resource: { resourceType: "Patient", id: `x${k}` } })), { resource: b }], "collection"), inner);

describe("edge24: FHIR Bundle references (BUNDLE-REF) and Bundles in Bundles (NESTED): the round trip", () => {
  const dateArb = fc.integer({ min: 1, max: 28 }).map((d) => `2025-03-${String(d).padStart(2, "0")}`);
  it("a Claim whose member references another entry, 1-4 Bundles deep: date, codes, modifiers, units or minutes, credential, discipline; within and entry right", () => {
    fc.assert(fc.property(dateArb, fc.array(fhirLineArb, { minLength: 1, maxLength: 3 }), fc.constantFrom(...CREDS), refWayArb, fc.uuid(), fc.boolean(), fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 3 }), (date, lines, cred, way, id, claimLast, outer) => {
      const inner = bundleOf(referencedEntries(date, lines, cred, way, id, claimLast));
      const whole = nested(inner, outer);
      const frozen = JSON.stringify(whole);
      const found = claimsFromFhirBundle(whole);
      const label = JSON.stringify({ way, cred, outer, claimLast });
      expect(found.length, label).toBe(1);
      const f = found[0]!;
      const claimAt = claimLast ? inner.entry.length - 1 : 0;
      // The outermost Bundle's entry, then each inner Bundle's, down to the Claim's (within is absent when the Claim is not nested).
      const path = [...outer, claimAt];
      expect([f.entry, f.within ?? []], label).toEqual([path[0], path.slice(1)]);
      const sessions = sessionsFromFhirClaim(f.claim, { payer: { program: "medicare" }, bundle: f.bundle });
      expect(JSON.stringify(whole)).toBe(frozen);
      expect(sessions.length, label).toBe(1);
      const s = sessions[0]!;
      expect([s.dateOfService, s.provider?.credential, s.provider?.discipline], label).toEqual([date, cred[1], cred[2]]);
      expect(s.services.map((l) => [l.code, l.modifiers, l.units, l.minutes]), label).toEqual(lines.map((l) => [l.code, [DISCIPLINE_MODIFIER[cred[2]], ...l.extra], l.qty.units, l.qty.minutes]));
      expectJsonSafe(validateSession(s));
      // Without the bundle option nothing outside the Claim is read (never fetched): no credential.
      expect(sessionsFromFhirClaim(f.claim, { payer: { program: "medicare" } })[0]?.provider?.credential, label).toBeUndefined();
    }), params);
  });

  it("references that point nowhere, at the wrong type, at themselves, or at garbage entries never throw and give no credential", () => {
    const garbageArb = fc.oneof(fc.constantFrom<unknown>(null, 1, "Practitioner/p", [], { resource: null }, { resource: "x" }, { fullUrl: 3, resource: { resourceType: "Practitioner" } }, { resource: { resourceType: "Patient", id: "p" } }, { resource: { resourceType: "PractitionerRole", id: "loop", practitioner: { reference: "PractitionerRole/loop" } } }, { resource: { resourceType: "PractitionerRole", id: "r2", practitioner: "Practitioner/p" } }, { resource: { resourceType: "Organization", id: "p", qualification: [{ code: { text: "PT" } }] } }), fc.anything({ maxDepth: 2 }));
    const referenceArb = fc.oneof(fc.constantFrom<unknown>("Practitioner/p", "PractitionerRole/loop", "PractitionerRole/r2", "Organization/p", "urn:uuid:none", "#p", "", "Practitioner/", "Practitioner/p/_history/1", null, 7, { reference: "x" }), fc.string({ maxLength: 12 }));
    fc.assert(fc.property(fc.array(garbageArb, { maxLength: 5 }), referenceArb, fc.constantFrom<unknown>(undefined, null, 5, "Bundle", { resourceType: "Bundle" }, { resourceType: "Bundle", entry: "x" }), fc.boolean(), (garbage, reference, other, useOther) => {
      const claim = { resourceType: "Claim", careTeam: [{ sequence: 1, provider: { reference } }], item: [{ sequence: 1, careTeamSequence: [1], servicedDate: "2025-03-03", productOrService: { coding: [{ system: "http://www.ama-assn.org/go/cpt", code: "97110" }] }, quantity: { value: 1 } }] };
      const whole = bundleOf([{ resource: claim }, ...garbage]);
      const frozen = JSON.stringify(whole);
      let sessions: ReturnType<typeof sessionsFromFhirClaim> = [];
      expect(() => {
        const found = claimsFromFhirBundle(whole);
        sessions = found.flatMap((f) => sessionsFromFhirClaim(f.claim, { bundle: useOther ? other : f.bundle }));
      }).not.toThrow();
      expect(JSON.stringify(whole)).toBe(frozen);
      expect(sessions.map((s) => s.provider?.credential), JSON.stringify({ garbage, reference })).toEqual([undefined]);
    }), params);
  });
});

// ---------------------------------------------------------------------------------------------
// Pins: what the properties and probes above found, each with its exact input (it.fails: what a biller expects).
// ---------------------------------------------------------------------------------------------

describe("pins (fuzz24)", () => {
  // NBSP-REGION (tidy24 b1f40a4, src/rules/doc/manual-given.ts REFUSED_AFTER): the side, level and region between a technique and
  // its refusal are joined by "[ \t]+", so a no-break space (text pasted from a word processor or an EHR's rich-text box) between
  // them hides the refusal: "STM\u00a0R\u00a0UT refused d/t soreness" on 97140 (beside a hot pack) shows skill on the merge and on
  // f26b099. A biller expects doc/skilled-need-missing, as for "STM R UT refused d/t soreness" (the "[\s,:(…]*" before the
  // refusal already reads a no-break space). Left to tidy24 (still committing): "[ \t\u00a0]+" in the three places.
  it.each(["STM\u00a0R\u00a0UT refused d/t soreness", "PA mobs\u00a0L4-5 declined d/t pain", "STM to\u00a0R knee refused d/t soreness"])("NBSP-REGION: %j on 97140 shows no skill", (text) => {
    expect(on97140(text, SKILLED).length).toBe(1);
  });

  // FOUR-WORDS (tidy24 b1f40a4, src/rules/doc/manual-given.ts REFUSED_AFTER "{0,3}"): at most three words (a side, a level, a
  // grade, "to", a region) may stand between a technique and its refusal, so "Mobs gr III to R knee refused d/t pain" (four) on
  // 97140 shows skill, while "Mobs to R knee refused d/t pain" does not. A biller expects doc/skilled-need-missing for both. A
  // bound kept on purpose (linear, literal); "{0,4}" would read it.
  it("FOUR-WORDS: 'Mobs gr III to R knee refused d/t pain' on 97140 shows no skill", () => {
    expect(on97140("Mobs gr III to R knee refused d/t pain", SKILLED).length).toBe(1);
  });
  it("FOUR-WORDS' counter-case: 'Mobs to R knee refused d/t pain' on 97140 shows no skill (three words)", () => {
    expect(on97140("Mobs to R knee refused d/t pain", SKILLED).length).toBe(1);
  });

  // REGION-WORDS (tidy24 b1f40a4, src/rules/doc/without-refused.ts BODY_REGION, read by REFUSED_AFTER): "UE", "LE", "paraspinals",
  // "forearm", "glute(s)" are no region words, so "MLD L UE declined d/t pain" (lymphedema care: MLD to an upper extremity is the
  // usual line) on 97140 shows skill while "MLD L hip declined d/t pain" does not (f26b099: neither). A biller expects
  // doc/skilled-need-missing: the only manual technique named was not given. Left to tidy24 (a longer BODY_REGION list).
  it.each(["MLD L UE declined d/t pain", "STM R LE refused d/t soreness", "STM L paraspinals refused d/t soreness", "STM R forearm refused d/t soreness", "STM R glute refused d/t soreness"])("REGION-WORDS: %j on 97140 shows no skill", (text) => {
    expect(on97140(text, SKILLED).length).toBe(1);
  });

  // SPINE-TARGET (tidy24 b1f40a4, src/rules/doc/without-refused.ts BODY_REGION/TARGET): TARGET-THEN-DEFERRED reads "to <region>
  // <word> deferred" as the word deferred, but "C-spine", "L-spine", "T-spine", "cervical spine" are no BODY_REGION ("cervical"
  // alone is): "STM to C-spine mobility deferred d/t pain" on 97140 gives doc/skilled-need-missing and doc/activity-too-vague (on
  // f26b099 too: a false alarm the fix left). A biller expects neither: STM was given, the mobility work deferred.
  it.each(["STM to C-spine mobility deferred d/t pain", "STM to L-spine ROM deferred d/t pain", "IASTM to T-spine ther ex deferred d/t pain"])("SPINE-TARGET: %j on 97140 is STM given (no finding)", (text) => {
    expect([...on97140(text, SKILLED), ...on97140(text, VAGUE)]).toEqual([]);
  });

  const claimWith = (reference: string) => ({ resourceType: "Claim", careTeam: [{ sequence: 1, provider: { reference } }], item: [{ sequence: 1, careTeamSequence: [1], servicedDate: "2025-03-03", productOrService: { coding: [{ system: "http://www.ama-assn.org/go/cpt", code: "97110" }] }, quantity: { value: 1 } }] });
  const credentialIn = (bundle: unknown) => claimsFromFhirBundle(bundle).map((f) => sessionsFromFhirClaim(f.claim, { bundle: f.bundle })[0]?.provider?.credential);

  // UNDEFINED-ID (edge24 d09e7b0, src/adapters/fhir.ts entriesOf): an entry's resource is named `${resourceType}/${id}` even without
  // an id, so a Practitioner without one (a transaction's, named by its urn:uuid fullUrl) answers the reference
  // "Practitioner/undefined" (an EHR's template with a missing id): the member gets that Practitioner's PTA, and 97110 without CQ then
  // draws modifier/assistant-modifier-missing. A biller expects no credential: the reference names no entry.
  it("UNDEFINED-ID: 'Practitioner/undefined' does not name a Practitioner without an id", () => {
    const bundle = { resourceType: "Bundle", type: "transaction", entry: [{ resource: claimWith("Practitioner/undefined") }, { fullUrl: "urn:uuid:5d2f", resource: { resourceType: "Practitioner", qualification: [{ code: { text: "PTA" } }] } }] };
    expect(credentialIn(bundle)).toEqual([undefined]);
  });

  // VERSIONED-REF (edge24 d09e7b0, src/adapters/fhir.ts entriesOf): a version-specific reference ("Practitioner/p1/_history/2",
  // R4 references.html: allowed wherever a reference is) names the entry "Practitioner/p1" of the Bundle, but only type/id and
  // fullUrl are looked up, so the member's credential is not read. A biller expects PTA (and the CQ check that follows).
  it("VERSIONED-REF: 'Practitioner/p1/_history/2' names the Bundle's Practitioner p1", () => {
    const bundle = { resourceType: "Bundle", type: "collection", entry: [{ resource: claimWith("Practitioner/p1/_history/2") }, { resource: { resourceType: "Practitioner", id: "p1", qualification: [{ code: { text: "PTA" } }] } }] };
    expect(credentialIn(bundle)).toEqual(["PTA"]);
  });
});
