import fc from "fast-check";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { claimsFromFhirBundle, sessionsFromFhirClaim } from "../../src/adapters/fhir.js";
import { jsonMistake } from "../../src/cli/json-mistake.js";
import { lintDocumentation } from "../../src/lint.js";
import type { Finding } from "../../src/model/finding.js";
import type { ServiceLine, Session } from "../../src/model/session.js";
import { sameText } from "../../src/rules/doc/cloned-activity.js";
import { calculateUnits } from "../../src/units/index.js";
import { validateSession, validateSessions } from "../../src/validate.js";
import { line, session as sessionOf } from "../rules/helpers.js";
import { REALISTIC_NOTES, sessionOf as noteSession } from "../rules/realistic-notes.cases.js";
import { adversarialTexts } from "./adversarial-text.js";
import { FUZZ_RUNS, keysArb, nearSessionArb, permuted, sloppySessionArb, validSessionArb } from "./arbitraries.js";
import { expectJsonSafe } from "./json-safe.js";

/**
 * The twenty-third round's changes, fuzzed (fuzz23). Written against fuzz23's merge 305cfe5: pins23 at b05ea18, speed23 at
 * 37e07b6, edge23 at 28b445e (modality23 and units23 had not committed; their work is not here: the lead merges it, and the
 * comparisons with the base build below then need their rules added to CHANGED_RULES).
 * (1) Reports equal to the base build (c0c7b9c, .bench/base23) outside the rules pins23 changed. (2) pins23's readings
 * (REFUSED-AFTER on doc/skilled-need-missing, EDUCATION-RE on 97112), each beside counter-cases. (3) speed23's sameText and
 * doc/cloned-activity: the base's findings on generated and adversarial text. (4) calculateUnits vs validateSession for every
 * period family, minutes 0..600, and absurd minutes. (5) edge23's FHIR reading: a session -> Claim -> adapter round trip
 * (HCPCS's old OID, contained Practitioners, Bundles). (6) edge23's JSON-MISTAKE: a trailing comma named at its place.
 * Runs per property: max(FUZZ_RUNS, 100), fewer for the costly ones.
 */
const params = { numRuns: Math.max(FUZZ_RUNS, 100) };
const half = { numRuns: Math.max(Math.floor(FUZZ_RUNS / 2), 50) };

type Report = ReturnType<typeof validateSession>;
type Api = { validateSession: (x: unknown, o?: unknown) => Report; validateSessions: (x: Iterable<unknown>, o?: unknown) => Report[] };
type Lint = { lintDocumentation: (s: Session, o?: unknown) => Finding[] };
// .bench/base23 is a build of c0c7b9c, this round's base (/work/main/.bench/base23 on the lead's machine; BASE_BUILD_DIR names
// another). The comparisons were with the live source while the round ran; from the twenty-fourth round on they are with
// .bench/end23, a build of 48eee40 (the round's end; END_BUILD_DIR names another), so that a later round's own changes do not
// show up as differences. Skipped where a build is missing (a clean clone, or a worktree without .bench).
const BASE_DIR = resolve(process.env.BASE_BUILD_DIR ?? ".bench/base23");
const END_DIR = resolve(process.env.END_BUILD_DIR ?? ".bench/end23");
const present = (d: string) => existsSync(`${d}/index.js`) && existsSync(`${d}/lint.js`);
const basePresent = present(BASE_DIR) && present(END_DIR);
const load = async <T,>(dir: string, file: string): Promise<T> => (await import(/* @vite-ignore */ pathToFileURL(`${dir}/${file}`).href)) as T;
const base = basePresent ? await load<Api>(BASE_DIR, "index.js") : undefined;
const baseLint = basePresent ? await load<Lint>(BASE_DIR, "lint.js") : undefined;
const end: Api = basePresent ? await load<Api>(END_DIR, "index.js") : { validateSession: validateSession as Api["validateSession"], validateSessions: validateSessions as Api["validateSessions"] };
const endLint: Lint = basePresent ? await load<Lint>(END_DIR, "lint.js") : { lintDocumentation: lintDocumentation as Lint["lintDocumentation"] };

const caseArb = fc.constantFrom((s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s.toLowerCase(), (s: string) => s.replace(/\b\w/g, (c) => c.toUpperCase()));
type Discipline = "PT" | "OT" | "SLP";
const visitOf = (lines: readonly ServiceLine[], discipline: Discipline = "PT", extra: Partial<Session> = {}): Session =>
  sessionOf({ provider: { discipline, credential: discipline }, services: [...lines], totalTimedMinutes: 15 * lines.length, totalTreatmentMinutes: 15 * lines.length, ...extra });
const what = (lines: readonly ServiceLine[]) => JSON.stringify(lines.map((l) => [l.code, l.minutes, l.units, l.activity]));
const keyed = (list: readonly Finding[]) => list.map((f) => JSON.stringify(f));

const SKILLED = "doc/skilled-need-missing";
const CRP_RULE = "doc/97112-reads-as-canalith-repositioning";
const CLONED = "doc/cloned-activity";
/**
 * The rules whose findings changed on purpose this round: pins23 (skilled-need-missing, 97112; activity-too-vague for
 * DEBRIDEMENT-NOT-DONE and SPLINT-MADE, merged later by the lead). modality23 was not merged.
 */
const CHANGED_RULES = new Set([SKILLED, CRP_RULE, "doc/activity-too-vague"]);
/**
 * units23 (merged by the lead after this file was written) changed `units.explanation` on a visit without a timed line
 * (NO-TIMED: no method sentence) and for an add-on without its first code (ADD-ON-ALONE): the explanation is compared only
 * where a line is timed and no add-on is alone; units23's own tests cover the rest.
 */
const ADD_ON_FIRST: Readonly<Record<string, string>> = { "92608": "92607", "92618": "92605", "92627": "92626", "97546": "97545" };
const unitsOutsideChanged = (units: Report["units"]): unknown => {
  if (units === null || units === undefined) return units;
  const codes = units.lines.map((l) => l.code);
  const addOnAlone = codes.some((c) => ADD_ON_FIRST[c] !== undefined && !codes.includes(ADD_ON_FIRST[c]!));
  return units.lines.some((l) => l.timed) && !addOnAlone ? units : { ...units, explanation: [] };
};

// ---------------------------------------------------------------------------------------------
// 1. The build of c0c7b9c: the same reports outside the changed rules.
// ---------------------------------------------------------------------------------------------

const WORDS = [
  "SLR 3x10", "bridges 2x15", "LAQ 2x10", "gait training 150 ft w/ RW", "amb 200 ft w/ SPC", "Epley R x2", "Education re: Epley", "Reviewed Epley w/ pt",
  "educated on BPPV and Epley", "Epley performed R", "STM to R UT", "STM refused", "mobs declined d/t pain", "STM - deferred", "STM (deferred)", "STM: pt declined",
  "no debridement today", "debridement not done", "PA mobs L4 gr III", "pt declined mobs", "hot pack 10 min", "US 1 MHz 8 min", "e-stim 10 min", "set up 5 min",
  "VCs for form", "Splint fabrication x1", "x10", "tolerated well", "Massage declined", "TPR held", "MLD performed",
];
const noteTextArb = fc.tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }), fc.constantFrom(", ", "; ", "\n", ". ", " - ", " "), caseArb)
  .map(([words, join, cased]) => cased(words.join(join)));
const LINT_CODES = ["97110", "97112", "97116", "97140", "97530", "97597", "97598", "97760", "97010", "97035", "97032"];
const lintVisitArb = fc.tuple(
  fc.array(fc.tuple(fc.constantFrom(...LINT_CODES), noteTextArb), { minLength: 1, maxLength: 3 }),
  fc.constantFrom<Discipline>("PT", "OT", "SLP"),
  fc.option(noteTextArb, { nil: undefined }),
).map(([pairs, d, note]) => visitOf(pairs.map(([c, a]) => line(c, a)), d, note === undefined ? {} : { note: { subjective: "Pt reports pain 3/10.", assessment: note, plan: "Continue POC." } }));
/** units23's HUGE: a line's minutes count 0 from 2^53 ÷ the number of lines on (the base added them past the safe integers). */
const hugeMinutes = (report: Report): boolean => {
  const services: unknown = (report.session as { services?: unknown } | null | undefined)?.services;
  if (!Array.isArray(services)) return false;
  return services.some((l: unknown) => typeof (l as { minutes?: unknown } | null)?.minutes === "number" && (l as { minutes: number }).minutes * services.length > Number.MAX_SAFE_INTEGER);
};
/**
 * A report without what this round changed on purpose. With huge minutes, units23's calculator also words the unit findings
 * ("its 9007199254740991 minutes earn 0 units", the base "… earn 600479950316066 units": tidy24 saw the long run find
 * [97110 × 9007199254740991, 29125]), and so does input/ignored-field's note of a line's units ("its 9007199254740991 minutes
 * earn 0 units", "bill 29125 × 1": the lead's review run found [aa0A0 × 9007199254740991, 29125]), so those are left out there too.
 */
const outsideChanged = (report: Report): string => {
  const huge = hugeMinutes(report);
  const findings = report.findings.filter((f) => !CHANGED_RULES.has(f.rule) && !(huge && (f.rule.startsWith("units/") || f.rule === "input/ignored-field")));
  return JSON.stringify({ ...report, units: huge ? "huge minutes (units23)" : unitsOutsideChanged(report.units), meta: { ...report.meta, libraryVersion: "" }, findings });
};

describe("reports equal the build of c0c7b9c outside the changed rules (fuzz23)", () => {
  it.skipIf(base === undefined)("valid sessions and this file's notes: validateSession and validateSessions equal the base's, less pins23's rules", () => {
    fc.assert(fc.property(fc.array(fc.oneof(validSessionArb, lintVisitArb), { minLength: 1, maxLength: 4 }), (visits) => {
      for (const v of visits) expect(outsideChanged(end.validateSession(v)), what(v.services)).toBe(outsideChanged(base!.validateSession(v)));
      expect(end.validateSessions(visits).map(outsideChanged)).toEqual(base!.validateSessions(visits).map(outsideChanged));
    }), half);
  });

  it.skipIf(base === undefined)("sloppy and near-valid JSON sessions: the base's report, less pins23's rules", () => {
    fc.assert(fc.property(fc.oneof(sloppySessionArb, nearSessionArb), (x) => {
      expect(outsideChanged(end.validateSession(structuredClone(x))), JSON.stringify(x)).toBe(outsideChanged(base!.validateSession(structuredClone(x))));
    }), half);
  });

  it.skipIf(baseLint === undefined)("lintDocumentation on generated notes: the base's findings outside pins23's rules, and those rules only ever add", () => {
    fc.assert(fc.property(lintVisitArb, (v) => {
      const [now, was] = [endLint.lintDocumentation(v), baseLint!.lintDocumentation(v)];
      const outside = (list: readonly Finding[]) => keyed(list.filter((f) => !CHANGED_RULES.has(f.rule)));
      const label = what(v.services);
      expect(outside(now), label).toEqual(outside(was));
      // pins23 adds skilled-need-missing (a refusal after the technique) and takes 97112 flags away (teaching).
      expect(now.filter((f) => f.rule === SKILLED).length, label).toBeGreaterThanOrEqual(was.filter((f) => f.rule === SKILLED).length);
      expect(now.filter((f) => f.rule === CRP_RULE).length, label).toBeLessThanOrEqual(was.filter((f) => f.rule === CRP_RULE).length);
    }), params);
  });

  it.skipIf(base === undefined)("the realistic-notes corpus: every note's report equals the base's, less pins23's rules", () => {
    const differs = REALISTIC_NOTES.filter((n) => outsideChanged(end.validateSession(noteSession(n))) !== outsideChanged(base!.validateSession(noteSession(n)))).map((n) => n.name);
    expect(differs).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. pins23's readings and their counter-cases.
// ---------------------------------------------------------------------------------------------

const NEUTRAL = { note: { subjective: "Pt reports pain 3/10.", assessment: "Pt tolerated tx.", plan: "Continue POC." } };
const onSkilled = (text: string, extra: Partial<Session> = NEUTRAL) => lintDocumentation(visitOf([line("97140", text), line("97010", "hot pack 10 min")], "PT", extra)).filter((f) => f.rule === SKILLED);
const on97112 = (text: string) => lintDocumentation(visitOf([line("97112", text)])).filter((f) => f.rule === CRP_RULE);
const MANUAL = ["STM", "mobs", "PA mobs L4 gr III", "MLD", "soft tissue mobilization", "IASTM", "manual therapy", "myofascial release", "TPR", "massage", "debridement", "STM R", "mobs gr III"];
const MARKS = [" ", ", ", ": ", " - ", " (", " \u2013 ", "\u00a0"];
const REFUSALS = ["refused", "declined", "deferred", "held", "omitted", "skipped", "postponed", "not performed", "not done"];
const ENDS = ["", ";", ".", ")", " d/t pain", " due to fatigue", " today", " per pt request", " until next visit", " 2/2 bruising", " b/c of pain"];
const OTHERS = ["dressing change", "ice 10 min", "hot pack 10 min"];

describe("pins23: a manual technique refused after its name shows no skill (REFUSED-AFTER), and its counter-cases", () => {
  it("technique, a mark, perhaps 'pt', a refusal, a reason or clause end: flagged in any case; a technique given anywhere else clears it", () => {
    fc.assert(fc.property(fc.constantFrom(...MANUAL), fc.constantFrom(...MARKS), fc.boolean(), fc.constantFrom(...REFUSALS), fc.constantFrom(...ENDS), fc.constantFrom(...OTHERS), fc.option(fc.constantFrom("STM to R UT", "PA mobs L4 gr III x8 min", "MLD to L UE", "IASTM to R ITB"), { nil: undefined }), fc.constantFrom("; ", "\n", ". "), caseArb, fc.boolean(), (t, mark, pt, no, end, other, given, join, cased, givenFirst) => {
      // "STM (deferred" needs its ")" for the reading; a bare "(" with "pt" is not written.
      const open = mark.includes("(");
      // "held" is read as not given only before a reason (on c0c7b9c too; "STM held; ice" is HELD-AT-END below).
      fc.pre(no !== "held" || (!open && /^ (?:d\/t|due|2\/2|per|b\/c)/.test(end)));
      const refusal = `${t}${mark}${pt && !open ? "pt " : ""}${no}${open ? ")" : end}`;
      const parts = [refusal, other, ...(given === undefined ? [] : [given])];
      const text = cased((givenFirst ? [...parts].reverse() : parts).join(join));
      expect(onSkilled(text).length, JSON.stringify(text)).toBe(given === undefined ? 1 : 0);
    }), params);
  });

  it("counter-cases: a technique given, then something else refused or a measure declining, still shows skill", () => {
    const AFTER = ["pt declined ice", "pt declined further pressure", "pt refused HEP review", "pain declined to 2/10", "swelling declined", "HEP deferred", "ice declined d/t time", "pt declined HEP"];
    const GIVEN = ["STM to R UT", "mobs gr III", "PA mobs L4 gr III", "MLD to L UE", "STM x8 min", "IASTM to R ITB", "STM (deferred last visit) performed today", "manual therapy to R shoulder"];
    fc.assert(fc.property(fc.constantFrom(...GIVEN), fc.constantFrom("; ", ", ", ". ", "\n", " - "), fc.constantFrom(...AFTER), caseArb, (given, join, after, cased) => {
      const text = cased(`${given}${join}${after}`);
      expect(onSkilled(text), JSON.stringify(text)).toEqual([]);
    }), params);
  });

  it("a technique named only in the plan is not given; the plan's refusal words never make a given line's technique not given", () => {
    fc.assert(fc.property(fc.constantFrom("STM declined today, retry next visit", "Mobs deferred until MD f/u", "Resume STM next visit", "STM held per pt request"), fc.boolean(), caseArb, (plan, given, cased) => {
      const note = { ...NEUTRAL.note, plan: cased(plan) };
      const found = onSkilled(given ? "STM to R UT x8 min" : "hot pack 10 min", { note });
      expect(found.length, JSON.stringify({ plan, given })).toBe(given ? 0 : 1);
    }), params);
  });

  it("a word glued to a technique's name ('mobility', 'triggered', 'manually') is not the technique refused: the base build's reading", () => {
    fc.assert(fc.property(fc.constantFrom("Bed mobility", "Gait mobility", "Manually", "Massager", "Stmt"), fc.constantFrom(...REFUSALS), fc.constantFrom("", " d/t pain", ";"), caseArb, (glued, no, end, cased) => {
      const text = cased(`STM to R UT; ${glued} ${no}${end}`);
      expect(onSkilled(text), JSON.stringify(text)).toEqual([]);
    }), params);
  });
});

describe("pins23: 'Education re:' and 'Reviewed' are teaching on 97112 (EDUCATION-RE), and their counter-cases", () => {
  const MANEUVER = ["Epley", "Semont", "canalith repositioning", "CRP", "BBQ roll", "Epley R", "Semont L"];
  it("'Education re:', 'Ed re:', 'Reviewed', 'Reviewing' before a maneuver: not flagged, any case and blank", () => {
    fc.assert(fc.property(fc.constantFrom("Education re:", "Pt education re:", "Educ re:", "Reviewed", "Reviewing", "Reviewed w/ pt", "Reviewed HEP incl"), fc.constantFrom(" ", "  ", "\u00a0", "\t"), fc.constantFrom(...MANEUVER), fc.constantFrom("", " w/ pt", " for home", " x3/day at home", " handout given"), caseArb, (teach, blank, m, rest, cased) => {
      const text = cased(`${teach}${blank}${m}${rest}`);
      expect(on97112(text), JSON.stringify(text)).toEqual([]);
    }), params);
  });

  it("a maneuver done beside a review is flagged: 'Reviewed BPPV w/ pt, Epley R x2', 'Epley R performed; reviewed HEP', 'Reviewed ... then Epley'", () => {
    fc.assert(fc.property(fc.constantFrom(...MANEUVER), fc.constantFrom("Reviewed BPPV w/ pt, %m x2", "%m performed; reviewed HEP", "Reviewed precautions then %m x2", "Reviewed BPPV and performed %m", "Education re: BPPV; %m x2 performed", "%m x2, education re: precautions"), caseArb, (m, form, cased) => {
      const text = cased(form.replace("%m", m));
      expect(on97112(text).length, JSON.stringify(text)).toBe(1);
    }), params);
  });
});

// ---------------------------------------------------------------------------------------------
// 3. speed23: sameText and doc/cloned-activity, the base's findings.
// ---------------------------------------------------------------------------------------------

/** What sameText promises: equality once white space (as \s reads it) is left out and ASCII letters are in one case. */
const model = (s: string) => s.replace(/\s+/g, "").replace(/[A-Z]/g, (c) => c.toLowerCase());
const pieceArb = fc.constantFrom("SLR", "slr", " ", "\u00a0", "\t", "\n", "\u2028", "\ufeff", "3x10", "É", "é", "ß", "SS", "\ud83d", "\ude00", "İ", "i", "K", "\u212a", "", "_", "x");
const textArb = fc.oneof(fc.array(pieceArb, { maxLength: 8 }).map((p) => p.join("")), fc.string({ maxLength: 12 }), fc.string({ unit: "binary", maxLength: 8 }));

describe("speed23: sameText and doc/cloned-activity (37e07b6)", () => {
  it("sameText(a, b) is equality after white space removal and ASCII case folding, for any pair (equal, near, unicode, lone surrogates)", () => {
    fc.assert(fc.property(textArb, textArb, fc.boolean(), (a, b, same) => {
      const [x, y] = same ? [a, a] : [a, b];
      expect(sameText(x, y), JSON.stringify([x, y])).toBe(model(x) === model(y));
      expect(sameText(y, x)).toBe(sameText(x, y));
    }), { numRuns: params.numRuns * 5 });
  });

  it.skipIf(baseLint === undefined)("two lines of generated texts (copies, case and blank variants, unicode): doc/cloned-activity's findings equal the base's", () => {
    const variants = fc.constantFrom((s: string) => s, (s: string) => s.toUpperCase(), (s: string) => ` ${s.replaceAll(" ", "  ")}\n`, (s: string) => s.replaceAll(" ", "\u00a0"), (s: string) => s.replaceAll("e", "é"), (s: string) => `${s}.`);
    fc.assert(fc.property(fc.oneof(noteTextArb, textArb), variants, fc.constantFrom("97110", "97530", "97140", "97112"), fc.constantFrom("97110", "97530", "97535"), (text, vary, a, b) => {
      const v = visitOf([line(a, text), line(b, vary(text)), line("97116", "gait training 150 ft w/ RW")]);
      const cloned = (list: readonly Finding[]) => keyed(list.filter((f) => f.rule === CLONED));
      expect(cloned(endLint.lintDocumentation(v)), JSON.stringify([text, vary(text)])).toEqual(cloned(baseLint!.lintDocumentation(v)));
    }), params);
  });

  it.skipIf(baseLint === undefined)("adversarial 16 KiB texts, one string on both lines or a copy: every finding equals the base's", () => {
    for (const { name, text } of adversarialTexts(16 * 1024)) {
      for (const other of [text, `${text.slice(0, -1)}`, ` ${text}`]) {
        const v = visitOf([line("97110", text), line("97530", other)]);
        expect(keyed(endLint.lintDocumentation(v).filter((f) => !CHANGED_RULES.has(f.rule))), name).toEqual(keyed(baseLint!.lintDocumentation(v).filter((f) => !CHANGED_RULES.has(f.rule))));
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// 4. calculateUnits vs validateSession: every period family, minutes 0..600; absurd minutes.
// ---------------------------------------------------------------------------------------------

const FAMILIES: readonly { first?: string; addOn: string }[] = [
  { first: "92605", addOn: "92618" }, { first: "92607", addOn: "92608" }, { first: "92626", addOn: "92627" }, { first: "97545", addOn: "97546" }, { addOn: "96105" }, { addOn: "96125" },
];
const TIMED = ["97110", "97112", "97140", "97530", "97535"];
const SLP_TEXT = "Standardized cognitive-communication testing (attention, memory, problem solving); scored and interpreted";
const slpLine = (code: string, minutes: number | undefined, units: number | undefined): ServiceLine =>
  ({ code, ...(minutes === undefined ? {} : { minutes }), ...(units === undefined ? {} : { units }), modifiers: ["GN"], goalIds: ["G1"], activity: SLP_TEXT });
const slpVisit = (lines: readonly ServiceLine[]): Session => visitOf(lines, "SLP", { totalTimedMinutes: undefined, totalTreatmentMinutes: undefined });
const unitsFindings = (r: Report) => r.findings.filter((x) => x.rule.startsWith("units/") && (x.severity === "error" || x.severity === "warning")).map((x) => `${x.rule}: ${x.message}`);

describe("calculateUnits and validateSession agree on every period family, minutes 0..600", () => {
  // An add-on without its first code is left out: units23 (not merged here) bills it as its first code.
  const familyArb = fc.constantFrom(...FAMILIES).chain((f) => fc.tuple(fc.constant(f), fc.array(fc.tuple(fc.constantFrom(...(f.first === undefined ? [f.addOn] : [f.first, f.addOn])), fc.integer({ min: 0, max: 600 })), { minLength: 1, maxLength: 3 })))
    .filter(([f, family]) => f.first === undefined || family.some(([c]) => c === f.first));
  it("the calculator's units for a family (beside 15-minute codes, any order, cms or ama) draw no units/ error or warning", () => {
    fc.assert(fc.property(familyArb, fc.array(fc.tuple(fc.constantFrom(...TIMED), fc.integer({ min: 0, max: 60 })), { maxLength: 2 }), keysArb, fc.constantFrom<"cms" | "ama">("cms", "ama"), ([, family], timed, keys, method) => {
      const specs = permuted([...family, ...timed], keys);
      const result = calculateUnits(specs.map(([code, minutes]) => ({ code, minutes })), { method });
      const seen = new Set<string>();
      const lines = specs.map(([code, minutes]) => {
        const units = seen.has(code) ? 0 : (result.lines.find((l) => l.code === code)?.units ?? 0);
        seen.add(code);
        return slpLine(code, minutes, units);
      });
      const v = { ...slpVisit(lines), ...(method === "ama" ? { payer: { program: "commercial" as const, unitMethod: "ama" as const } } : {}) };
      expect(unitsFindings(validateSession(v)), what(lines)).toEqual([]);
    }), params);
  });

  it("absurd minutes and units on any period or timed line (2^53, MAX_VALUE, -0, fractions): neither throws, reports are JSON, units whole", () => {
    const numArb = fc.constantFrom<unknown>(2 ** 53, 2 ** 53 - 1, 2 ** 53 + 2, Number.MAX_VALUE, 1e300, -0, 0.5, 599.5, 600, 601, -1, Infinity, NaN, "600");
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom(...FAMILIES.flatMap((f) => [f.first, f.addOn]).filter((c): c is string => c !== undefined), ...TIMED), numArb, fc.option(numArb, { nil: undefined })), { minLength: 1, maxLength: 4 }), (specs) => {
      const r = calculateUnits(specs.map(([code, minutes]) => ({ code, minutes })) as never);
      expectJsonSafe(r);
      for (const l of r.lines) expect(Number.isInteger(l.units) && l.units >= 0, JSON.stringify(specs)).toBe(true);
      const report = validateSession(JSON.parse(JSON.stringify(slpVisit(specs.map(([c, m, u]) => slpLine(c, m as number, u as number))))));
      expectJsonSafe(report);
      expect(report.valid).toBe(!report.findings.some((f) => f.severity === "error"));
    }), params);
  });
});

// ---------------------------------------------------------------------------------------------
// 5. edge23's FHIR reading: a session -> Claim -> sessionsFromFhirClaim round trip keeps what the adapter documents.
// ---------------------------------------------------------------------------------------------

const SYSTEMS = ["http://www.ama-assn.org/go/cpt", "urn:oid:2.16.840.1.113883.6.12", "http://terminology.hl7.org/CodeSystem/hcpcs-Level-II", "urn:oid:2.16.840.1.113883.6.285", "urn:oid:2.16.840.1.113883.6.14"];
const CREDS: readonly (readonly [string, "PT" | "PTA" | "OT" | "OTA" | "SLP" | "SLPA", Discipline])[] = [
  ["PT", "PT", "PT"], ["DPT", "PT", "PT"], ["225100000X", "PT", "PT"], ["PTA", "PTA", "PT"], ["225200000X", "PTA", "PT"], ["OTR/L", "OT", "OT"], ["COTA/L", "OTA", "OT"], ["CCC-SLP", "SLP", "SLP"], ["2355S0801X", "SLPA", "SLP"],
];
const DISCIPLINE_MODIFIER = { PT: "GP", OT: "GO", SLP: "GN" } as const;
const fhirLineArb: fc.Arbitrary<FhirLine> = fc.record({
  code: fc.constantFrom("97110", "97530", "97140", "92507", "97161", "G0283", "97010"),
  system: fc.constantFrom(...SYSTEMS),
  local: fc.boolean(),
  extra: fc.subarray(["59", "KX", "CQ", "XU"], { maxLength: 2 }),
  qty: fc.oneof(fc.record({ units: fc.integer({ min: 0, max: 8 }) }), fc.record({ minutes: fc.integer({ min: 1, max: 120 }) })),
});
type FhirLine = { code: string; system: string; local: boolean; extra: string[]; qty: { units?: number; minutes?: number } };
const claimFor = (date: string, lines: readonly FhirLine[], cred: (typeof CREDS)[number], contained: boolean) => ({
  resourceType: "Claim",
  ...(contained ? { contained: [{ resourceType: "Practitioner", id: "p1", qualification: [{ code: { coding: [{ system: "http://nucc.org/provider-taxonomy", code: cred[0] }], text: cred[0] } }] }] } : {}),
  careTeam: [{ sequence: 1, provider: { reference: contained ? "#p1" : "Practitioner/p1" }, ...(contained ? {} : { qualification: { text: cred[0] } }) }],
  item: lines.map((l, i) => ({
    sequence: i + 1,
    careTeamSequence: [1],
    servicedDate: date,
    productOrService: { coding: [...(l.local ? [{ system: "urn:oid:1.2.3.4.5", code: `PT10${i}` }] : []), { system: l.system, code: l.code }] },
    modifier: [DISCIPLINE_MODIFIER[cred[2]], ...l.extra].map((code) => ({ coding: [{ system: l.system, code }] })),
    quantity: l.qty.units !== undefined ? { value: l.qty.units } : { value: l.qty.minutes, unit: "min", system: "http://unitsofmeasure.org", code: "min" },
  })),
});

describe("edge23: FHIR round trip (codes in any documented system, HCPCS's old OID, contained Practitioners, Bundles)", () => {
  const dateArb = fc.integer({ min: 1, max: 28 }).map((d) => `2025-03-${String(d).padStart(2, "0")}`);
  it("one date's items come back as one session: date, codes, modifiers, units or minutes, credential and discipline", () => {
    fc.assert(fc.property(dateArb, fc.array(fhirLineArb, { minLength: 1, maxLength: 4 }), fc.constantFrom(...CREDS), fc.boolean(), (date, lines, cred, contained) => {
      const claim = claimFor(date, lines, cred, contained);
      const frozen = JSON.stringify(claim);
      const sessions = sessionsFromFhirClaim(claim, { payer: { program: "medicare" } });
      expect(JSON.stringify(claim)).toBe(frozen);
      const label = JSON.stringify({ lines, cred, contained });
      expect(sessions.length, label).toBe(1);
      const s = sessions[0]!;
      expect(s.dateOfService, label).toBe(date);
      expect(s.provider?.credential, label).toBe(cred[1]);
      expect(s.provider?.discipline, label).toBe(cred[2]);
      expect(s.services.map((l) => [l.code, l.modifiers, l.units, l.minutes]), label).toEqual(lines.map((l) => [l.code, [DISCIPLINE_MODIFIER[cred[2]], ...l.extra], l.qty.units, l.qty.minutes]));
      expectJsonSafe(validateSession(s));
    }), params);
  });

  it("a Bundle of Claims and other resources: claimsFromFhirBundle gives each Claim with its index and fullUrl, in order, and each reads as it does alone", () => {
    const entryArb = fc.oneof(
      { weight: 3, arbitrary: fc.tuple(dateArb, fc.array(fhirLineArb, { minLength: 1, maxLength: 2 }), fc.constantFrom(...CREDS), fc.boolean()).map(([d, l, c, k]) => claimFor(d, l, c, k) as Record<string, unknown>) },
      { weight: 2, arbitrary: fc.constantFrom<unknown>({ resourceType: "Patient", id: "x" }, { resourceType: "OperationOutcome" }, { resourceType: "Encounter" }, null, "Claim", { resourceType: "claim" }) },
    );
    fc.assert(fc.property(fc.array(fc.tuple(entryArb, fc.option(fc.webUrl(), { nil: undefined }), fc.boolean()), { maxLength: 6 }), fc.constantFrom("searchset", "transaction", "collection", "batch"), (entries, type) => {
      const bundle = { resourceType: "Bundle", type, entry: entries.map(([resource, fullUrl, wrapped]) => (wrapped ? { ...(fullUrl === undefined ? {} : { fullUrl }), resource } : resource)) };
      const found = claimsFromFhirBundle(structuredClone(bundle));
      const expected = bundle.entry.flatMap((e, i) => {
        const r = (e as { resource?: unknown } | null)?.resource;
        return typeof r === "object" && r !== null && (r as { resourceType?: unknown }).resourceType === "Claim" ? [{ entry: i, fullUrl: (e as { fullUrl?: string }).fullUrl }] : [];
      });
      expect(found.map((f) => ({ entry: f.entry, fullUrl: f.fullUrl }))).toEqual(expected);
      for (const f of found) expect(JSON.stringify(sessionsFromFhirClaim(f.claim))).toBe(JSON.stringify(sessionsFromFhirClaim((bundle.entry[f.entry!] as { resource: unknown }).resource)));
      expect(sessionsFromFhirClaim(bundle)).toEqual([]);
    }), params);
  });
});

// ---------------------------------------------------------------------------------------------
// 6. edge23's JSON-MISTAKE: a comma before '}' or ']' is named at the comma's line and column.
// ---------------------------------------------------------------------------------------------

/** Where a '}' or ']' outside a string closes a non-empty object or list: the index right after its last value. */
function closingPlaces(text: string): number[] {
  const places: number[] = [];
  let inString = false;
  let lastValueEnd = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') [inString, lastValueEnd] = [false, i + 1];
    } else if (c === '"') inString = true;
    else if (c === "}" || c === "]") {
      if (lastValueEnd >= 0 && /^\s*$/.test(text.slice(lastValueEnd, i))) places.push(lastValueEnd);
      lastValueEnd = i + 1;
    } else if (/[\w.+-]/.test(c)) lastValueEnd = i + 1;
    else if (!/\s/.test(c)) lastValueEnd = -1;
  }
  return places;
}

describe("edge23: jsonMistake names a trailing comma at its place (a55e292)", () => {
  it("a pretty-printed session with one comma added after a last field or item: that comma's line and column", () => {
    fc.assert(fc.property(validSessionArb, fc.constantFrom(0, 2, 4), fc.nat(), (s, indent, pick) => {
      const text = JSON.stringify(s, null, indent);
      // The places where a '}' or ']' closes a non-empty object or list: after a value, before white space and the closer.
      const closers = closingPlaces(text);
      fc.pre(closers.length > 0);
      const at = closers[pick % closers.length]!;
      const bad = `${text.slice(0, at)},${text.slice(at)}`;
      let error: unknown;
      try {
        JSON.parse(bad);
      } catch (e) {
        error = e;
      }
      const before = bad.slice(0, at);
      const lineNo = before.split("\n").length;
      const column = at - (before.lastIndexOf("\n") + 1) + 1;
      const m = jsonMistake(bad, error);
      expect(m, JSON.stringify(bad.slice(Math.max(0, at - 20), at + 20))).toEqual({ line: lineNo, column, words: expect.stringContaining(`a comma before '${bad.slice(at + 1).trimStart()[0]}'`) });
    }), half);
  });
});

// Pins: what the properties and probes above found, each with its exact input (it.fails: what a biller expects).

// REVIEWED-AFTER (pins23 b05ea18, src/rules/doc/97112-reads-as-canalith-repositioning.ts NOT_GIVEN_BEFORE, "reviewed|reviewing"):
// "reviewed" written after its object ("Sx reviewed", "Chart reviewed", "Imaging reviewed": the clinician read the chart, no
// teaching) now reads as teaching the maneuver that follows, so a maneuver done is not flagged: "Chart reviewed - Epley R x2" on
// 97112 gave doc/97112-reads-as-canalith-repositioning on c0c7b9c (bill 95992) and gives nothing on the merge. A biller expects
// the flag: Epley R x2 was given. "Reviewed Epley w/ pt" and "Education re: Epley" (pins23's readings) stay teaching.
// Fixed by fuzz23 (NOT_GIVEN_BEFORE: "reviewed" right after a word other than "and", "also", "then", "pt" is not teaching; seen
// failing as it.fails first).
describe("pins (fuzz23)", () => {
  it.each(["Sx reviewed - Epley R x2", "Chart reviewed - Epley R x2", "Chart reviewed Epley R x2", "Imaging reviewed - Semont L x1", "MD note reviewed - CRP R x2"])(
    "REVIEWED-AFTER: %j on 97112 is a maneuver given (flagged), as on the base build",
    (text) => {
      expect(on97112(text).length).toBe(1);
    },
  );
  it.each(["Reviewed Epley w/ pt", "Pt reviewed Epley", "BP checked and reviewed Epley w/ pt", "Checked vitals, reviewed Epley w/ pt", "Sx checked, then reviewed Semont L", "Educated pt on BPPV and reviewed Epley", "Education re: Epley"])(
    "REVIEWED-AFTER's counter-case: %j on 97112 is teaching (not flagged)",
    (text) => {
      expect(on97112(text)).toEqual([]);
    },
  );

  // HELD-AT-END (pins23 b05ea18, src/rules/doc/skilled-need-missing.ts manualGiven): REFUSED_AFTER lists "held" at a clause end
  // ("STM held; ice"), but manualGiven returns "given" before reading it unless NOT_DONE (97116-reads-as-exercise.ts) matches
  // somewhere, and NOT_DONE reads "held" only before a reason: "STM held d/t pain; ice" is flagged, "STM held; ice" is not (on
  // c0c7b9c neither). A visit whose only skill was a technique held shows no skill; a biller expects doc/skilled-need-missing.
  // Fixed by the lead (seen failing as it.fails first): manualGiven also reads the text again when REFUSED_AFTER matches.
  it.each(["STM held; dressing change", "mobs held; ice 10 min", "MLD held."])("HELD-AT-END: %j on 97140 (beside a hot pack) shows no skill", (text) => {
    expect(onSkilled(text).length).toBe(1);
  });
});
