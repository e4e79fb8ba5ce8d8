import fc from "fast-check";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { lintDocumentation } from "../../src/lint.js";
import type { Finding } from "../../src/model/finding.js";
import type { ServiceLine, Session } from "../../src/model/session.js";
import { validateSession, validateSessions } from "../../src/validate.js";
import { line, session as sessionOf } from "../rules/helpers.js";
import { REALISTIC_NOTES, sessionOf as noteSession } from "../rules/realistic-notes.cases.js";
import { deepFreeze, FUZZ_RUNS, keysArb, permuted, validSessionArb } from "./arbitraries.js";
import { expectJsonSafe } from "./json-safe.js";

/**
 * The twentieth round's changes, fuzzed (fuzz20). (1) rules20's new rules: doc/97112-reads-as-canalith-repositioning (72d05a2)
 * from maneuver, balance/gaze and negation word lists, and doc/cloned-activity (4616a94) from texts copied on two codes vs texts
 * one word apart, on one code, or vague. (2) gaps20's changed readings, each beside its counter-case: rest not taken (b015d58),
 * gait not done or not walking (2540737, 9130528), a negated swallowing sign and a patient's state in speech words (3347ec2,
 * d1421ff), grids over equals signs (2dbddea), a dose before a deferred treatment (85afe7f), letters written with periods (a14542e).
 * (3) input20: program names read as a program (ed92243) and one typo, one finding (e1e502a); a JSON session's `notApplied`.
 * (4) codes20's wound-care codes (db57cc2) beside timed lines. (5) Reports equal to the build of 25ca290 (.bench/base20) outside
 * the changed rules. Runs per property: max(FUZZ_RUNS, 100), fewer for the costly ones.
 */
const params = { numRuns: Math.max(FUZZ_RUNS, 100) };
const half = { numRuns: Math.max(Math.floor(FUZZ_RUNS / 2), 50) };

const caseArb = fc.constantFrom((s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s.toLowerCase(), (s: string) => s.replace(/\b\w/g, (c) => c.toUpperCase()));
/** How a text is written, which must not change a finding: case, blanks around it and between its words, the joins of its parts. */
const writtenArb = fc.tuple(caseArb, fc.constantFrom("", " ", "\n", " \r\n\t"), fc.constantFrom(" ", " ", "\t", "  ")).map(([cased, around, gap]) => (parts: readonly string[], join: string) => cased(around + parts.map((p) => p.replaceAll(" ", gap)).join(join) + around));
const JOINS = [", ", "; ", "\n", "\r\n", " / ", ". ", " + "];
type Discipline = "PT" | "OT" | "SLP";
const visitOf = (lines: readonly ServiceLine[], discipline: Discipline = "PT", extra: Partial<Session> = {}): Session =>
  sessionOf({ provider: { discipline, credential: discipline }, services: [...lines], totalTimedMinutes: 15 * lines.length, totalTreatmentMinutes: 15 * lines.length, ...extra });
const ruleOn = (rule: string) => (code: string, activity: string, discipline: Discipline = "PT"): Finding[] =>
  lintDocumentation(visitOf([line(code, activity)], discipline)).filter((f) => f.rule === rule);

// ---------------------------------------------------------------------------------------------
// 1a. doc/97112-reads-as-canalith-repositioning (rules20, 72d05a2).
// ---------------------------------------------------------------------------------------------

const CRP_RULE = "doc/97112-reads-as-canalith-repositioning";
const on97112 = ruleOn(CRP_RULE).bind(null, "97112");
/** Canalith repositioning maneuvers as clinics write them (none more than one word past its name: see the negations). */
const MANEUVERS = [
  "Epley", "Epley maneuver", "modified Epley", "Semont", "Semont maneuver", "Gufoni", "BBQ roll", "barbecue roll", "Lempert roll", "Appiani",
  "Yacovino", "canalith repositioning", "CRP", "CRM", "liberatory maneuver", "repositioning maneuver",
];
const SIDES = ["", " R", " L", " x2", " to R", " R x3"];
const maneuverArb = fc.tuple(fc.constantFrom(...MANEUVERS), fc.constantFrom(...SIDES)).map(([m, s]) => m + s);
/** Balance, gaze and habituation work: beside a maneuver, 97112 keeps its own minutes. */
const OTHER_97112 = [
  "VOR x1 2x30 sec", "gaze stabilization 3x30 sec", "x1 viewing on foam", "tandem stance 3x30 sec", "Brandt-Daroff x5", "habituation ex x5",
  "SLS 3x10 sec", "perturbations in standing", "saccades 2x10", "smooth pursuits x10", "head turns w/ gait 100 ft", "weight shifts A/P 2x10",
  "balance on Airex 3x30 sec", "Romberg on foam 3x30 sec", "CTSIB",
];
/** Words that are neither a maneuver nor other 97112 work, and negate nothing. */
const NEUTRAL = ["Dix-Hallpike + R", "DHI 42/100", "pt tolerated well", "post-maneuver instructions given", "nystagmus resolved", "dizziness 3/10 after", "BPPV R posterior canal"];
/** A maneuver not given at this visit: a word before it, or one after it (at most two words on). */
const NOT_BEFORE = ["no ", "did not perform ", "deferred ", "pt declined ", "pt refused ", "s/p ", "self-", "home ", "HEP incl ", "[ ] ", "will perform ", "consider ", "hx of ", "previous ", "plan ", "educated on ", "since "];
const NOT_AFTER = [" deferred", " not indicated", " next visit", " declined", " not performed", " held d/t neck pain", " if positive", " at home", " for home", " not tolerated"];
/** A maneuver of an earlier visit or by another clinician (not after a comma, colon or dash). */
const HISTORY_AFTER = [" last visit", " 1 wk ago", " 2 days ago", " by MD", " previously", " at last session"];
const negatedArb = fc.oneof(
  fc.tuple(fc.constantFrom(...NOT_BEFORE), fc.constantFrom(...MANEUVERS), fc.constantFrom(...SIDES)).map((p) => p.join("")),
  fc.tuple(fc.constantFrom(...MANEUVERS.filter((m) => !m.includes(" "))), fc.constantFrom("", " R", " x2"), fc.constantFrom(...NOT_AFTER, ...HISTORY_AFTER)).map((p) => p.join("")),
);

describe("doc/97112-reads-as-canalith-repositioning: maneuvers vs balance, gaze and negations (rules20)", () => {
  it.each(MANEUVERS)("%j alone is a warning", (m) => expect(on97112(m).map((f) => f.severity)).toEqual(["warning"]));
  it.each(OTHER_97112)("%j alone, and beside a negated maneuver, is not flagged", (o) => {
    expect(on97112(o)).toEqual([]);
    expect(on97112(`${o}; Dix-Hallpike negative, no CRP`)).toEqual([]);
  });

  it("a maneuver given (with neutral words) is one warning naming it, in any order, join, case and spacing", () => {
    fc.assert(fc.property(maneuverArb, fc.array(fc.constantFrom(...NEUTRAL), { maxLength: 2 }), keysArb, fc.constantFrom(...JOINS), writtenArb, (m, neutral, keys, join, written) => {
      const text = written(permuted([m, ...neutral], keys), join);
      const found = on97112(text);
      expect(found.map((f) => f.severity), JSON.stringify(text)).toEqual(["warning"]);
      // The name in the message is the maneuver's as written (lower case, single spaces).
      expect(m.toLowerCase().replace(/[\W_]+/g, " ")).toContain(/\(([^)]+)\)/.exec(found[0]!.message)![1]);
    }), params);
  });

  it("a maneuver beside balance or gaze work is one info advice; with 95992 on its own line, nothing", () => {
    fc.assert(fc.property(maneuverArb, fc.array(fc.constantFrom(...OTHER_97112), { minLength: 1, maxLength: 3 }), keysArb, fc.constantFrom(...JOINS), writtenArb, (m, other, keys, join, written) => {
      const text = written(permuted([m, ...other], keys), join);
      const found = on97112(text);
      expect(found.map((f) => f.severity), JSON.stringify(text)).toEqual(["info"]);
      const with95992 = lintDocumentation(visitOf([line("97112", text), line("95992", "Epley R")])).filter((f) => f.rule === CRP_RULE);
      expect(with95992, JSON.stringify(text)).toEqual([]);
    }), params);
  });

  it("maneuvers negated, deferred, planned, past or at home (beside anything else) are never read", () => {
    fc.assert(fc.property(fc.array(negatedArb, { minLength: 1, maxLength: 3 }), fc.array(fc.constantFrom(...OTHER_97112, ...NEUTRAL), { maxLength: 2 }), keysArb, fc.constantFrom(...JOINS), writtenArb, (negated, rest, keys, join, written) => {
      const text = written(permuted([...negated, ...rest], keys), join);
      expect(on97112(text), JSON.stringify(text)).toEqual([]);
    }), params);
  });

  it("a maneuver given beside negated ones is still read (the negation reaches its own maneuver only)", () => {
    fc.assert(fc.property(fc.constantFrom(...MANEUVERS), fc.array(negatedArb, { minLength: 1, maxLength: 2 }), keysArb, (m, negated, keys) => {
      const text = permuted([`${m} R x2 performed`, ...negated], keys).join("; ");
      expect(on97112(text).map((f) => f.severity), text).toEqual(["warning"]);
    }), params);
  });

  it("the warning says the visit bills 95992 too when it does; a visit before 2011 is not read", () => {
    fc.assert(fc.property(maneuverArb, (m) => {
      const found = lintDocumentation(visitOf([line("97112", m), line("95992", "CRP R")])).filter((f) => f.rule === CRP_RULE);
      expect(found.map((f) => f.message.includes("which this visit bills too")), m).toEqual([true]);
      expect(lintDocumentation(visitOf([line("97112", m)], "PT", { dateOfService: "2010-06-01" })).filter((f) => f.rule === CRP_RULE)).toEqual([]);
    }), params);
  });
});

// ---------------------------------------------------------------------------------------------
// 1b. doc/cloned-activity (rules20, 4616a94).
// ---------------------------------------------------------------------------------------------

const CLONE_RULE = "doc/cloned-activity";
const VAGUE = "doc/activity-too-vague";
/** Activity texts that each name specific work. */
const SPECIFIC = [
  "Bridges, clams, SLR 3x10 each", "STS x10 from mat, step ups 6in 2x10", "Tandem walk 4x20 ft, SLS 3x10 sec", "PA mobs L3-5 gr III, STM R QL",
  "Gait trng 150 ft w/ RW CGA", "Ther ex: LAQ 2x10, heel raises 2x15", "LB dressing w/ reacher, min A", "Wt shifts in standing, reaching outside BOS x10",
];
/** Texts that name nothing beyond a dose, or nothing at all: doc/activity-too-vague's, never also cloned. */
const VAGUE_TEXTS = ["Ther ex", "Therapeutic exercise", "See above", "as above", "per flowsheet", "Exercises per flowsheet", "Pt tolerated well", "n/a", "-", "3x10"];
const CLONE_CODES = ["97110", "97530", "97112", "97140", "97116", "97535"];
const twoCodesArb = fc.tuple(fc.constantFrom(...CLONE_CODES), fc.constantFrom(...CLONE_CODES)).filter(([a, b]) => a !== b);
/** The same text written otherwise: case and white space only (what the rule reads as the same). */
const sameTextArb = fc.tuple(caseArb, fc.constantFrom(" ", "  ", "\t", "\n", "\u00a0")).map(([cased, gap]) => (t: string) => ` ${cased(t).replaceAll(" ", gap)}\n`);
const cloneFindings = (s: Session) => lintDocumentation(s).filter((f) => f.rule === CLONE_RULE);

describe("doc/cloned-activity: copied texts vs texts one word apart, one code, vague text (rules20)", () => {
  it("a text copied on two codes (case and spacing aside) flags exactly the copies, each once, naming the first other code", () => {
    fc.assert(fc.property(fc.constantFrom(...SPECIFIC), twoCodesArb, sameTextArb, fc.array(fc.tuple(fc.constantFrom(...CLONE_CODES), fc.constantFrom(...SPECIFIC)), { maxLength: 3 }), keysArb, (text, [c1, c2], variant, others, keys) => {
      // Each other line's text is its own (its index added): no second group of copies.
      const rest = others.filter(([, t]) => t !== text).map(([c, t], k) => line(c, `${t}, block ${k + 1}`));
      const lines = permuted([line(c1, text), line(c2, variant(text)), ...rest], keys);
      const found = cloneFindings(visitOf(lines));
      const copies = lines.flatMap((l, k) => (l.activity!.replace(/\s+/g, "").toLowerCase() === text.replace(/\s+/g, "").toLowerCase() ? [k] : []));
      expect(found.map((f) => f.path?.[1]).sort(), JSON.stringify(lines)).toEqual(copies.sort());
      // Each names the first other code (in sort order) among the copies' codes (rules20, 0923459).
      for (const f of found) {
        const k = f.path![1] as number;
        const others = copies.map((c) => lines[c]!.code).filter((c) => c !== lines[k]!.code).sort();
        expect(f.message).toContain(`the same as the ${others[0]} line's`);
      }
    }), params);
  });

  it("texts one word apart, the same text on one code (in any spelling of the code) and vague text copied give no cloned finding", () => {
    fc.assert(fc.property(fc.constantFrom(...SPECIFIC), fc.nat(), fc.constantFrom("SLR", "bridges", "x12", "4x20", "L", "R", "mini"), twoCodesArb, fc.constantFrom(...VAGUE_TEXTS), (text, at, word, [c1, c2], vague) => {
      const words = text.split(" ");
      const k = at % words.length;
      if (words[k]!.toLowerCase() === word.toLowerCase()) return;
      const apart = [...words.slice(0, k), word, ...words.slice(k + 1)].join(" ");
      expect(cloneFindings(visitOf([line(c1, text), line(c2, apart)])), apart).toEqual([]);
      expect(cloneFindings(visitOf([line(c1, text), line(` ${c1.toLowerCase()} `, text.toUpperCase())])), text).toEqual([]);
      const vagueVisit = visitOf([line(c1, vague), line(c2, vague)]);
      expect(cloneFindings(vagueVisit), vague).toEqual([]);
    }), params);
  });

  // ADD-ON (fuzz20, fixed; seen failing first): an add-on code's line that carries its primary code's text is one service split
  // in two lines (the rule's own reason to pass over two lines of one code), yet each line was warned as cloned. The catalog's
  // addOnTo pairs: 97130/97129, 97546/97545, 97598/97597.
  const ADD_ONS = [
    ["97129", "97130", "SLP", "Cognitive tx: divided attention tasks 8/10, problem solving w/ min cues, recall 3/5"],
    ["97545", "97546", "OT", "Work conditioning: lifting crates 20# floor to waist x10, carrying 30 ft x6, push/pull sled x6"],
    ["97597", "97598", "PT", "Selective sharp debridement R heel wound, 45 sq cm, slough removed w/ curette"],
  ] as const;
  it.each(ADD_ONS)("ADD-ON: %s and its add-on %s with the same text are not cloned, in either order and past 16 lines", (primary, addOn, discipline, text) => {
    expect(cloneFindings(visitOf([line(primary, text), line(addOn, text)], discipline))).toEqual([]);
    expect(cloneFindings(visitOf([line(addOn.toLowerCase(), text), line(` ${primary} `, text.toUpperCase())], discipline))).toEqual([]);
    const many = Array.from({ length: 17 }, (_, k) => line("97110", `SLR 3x${k + 1}, bridges 2x${k + 5}`));
    expect(cloneFindings(visitOf([...many, line(primary, text), line(addOn, text)], discipline))).toEqual([]);
  });
  it.each(ADD_ONS.slice(0, 2))("ADD-ON guard: %s/%s's text on another code's line is still cloned (3 lines flagged, also past 16 lines)", (primary, addOn, discipline, text) => {
    const found = cloneFindings(visitOf([line(primary, text), line(addOn, text), line("97110", text)], discipline));
    expect(found.map((f) => f.path?.[1])).toEqual([0, 1, 2]);
    expect(found[2]!.message).toContain(`the same as the ${primary} line's`);
    const many = Array.from({ length: 17 }, (_, k) => line("97110", `SLR 3x${k + 1}, bridges 2x${k + 5}`));
    expect(cloneFindings(visitOf([line(primary, text), line(addOn, text), ...many, line("97530", text)], discipline)).map((f) => f.path?.[1])).toEqual([0, 1, 19]);
  });

  // VAGUE-TWICE (fuzz20, fixed; seen failing first): one problem, two findings. Text that says nothing was done (an unticked box,
  // a deferred treatment) is doc/activity-too-vague's on each line, and the rule passed over vague text only when it named no more
  // than a dose.
  it.each(["[ ] SLR 3x10", "SLR 3x10 deferred", "[ ] Bridges, clams, SLR 3x10 each", "Pt refused STM today", "☐ Gait training ☐ Stairs"])("VAGUE-TWICE: %j copied on 97110 and 97530 is vague on each line, and not also cloned", (text) => {
    const found = lintDocumentation(visitOf([line("97110", text), line("97530", text)]));
    expect(found.filter((f) => f.rule === VAGUE).length).toBe(2);
    expect(found.filter((f) => f.rule === CLONE_RULE)).toEqual([]);
  });
  it.each(["[x] SLR 3x10 [ ] Gait", "SLR 3x10, STM deferred", "PA mobs L3-5 x8 min STM deferred"])("VAGUE-TWICE guard: %j copied (something done) is cloned, not vague", (text) => {
    const found = lintDocumentation(visitOf([line("97110", text), line("97530", text)]));
    expect(found.filter((f) => f.rule === VAGUE)).toEqual([]);
    expect(found.filter((f) => f.rule === CLONE_RULE).length).toBe(2);
  });
});

// ---------------------------------------------------------------------------------------------
// 1c. Counterexamples this fuzz found in doc/97112-reads-as-canalith-repositioning (fuzz20), fixed (each seen failing first).
// ---------------------------------------------------------------------------------------------

describe("counterexamples this fuzz found in doc/97112-reads-as-canalith-repositioning (fuzz20)", () => {
  // PUNCT-AFTER: the negation after a maneuver was read only across blanks, slashes, brackets and hyphens ([ \t/()-]): a colon,
  // a comma or a dash right after the name hid it, and the line got the warning to bill 95992 for a maneuver not given (beside
  // doc/activity-too-vague saying the treatment was deferred: two findings that contradict each other).
  it.each(["Epley: declined", "Epley: deferred", "Epley, deferred d/t neck pain", "Epley — deferred", "CRP: not indicated", "Epley: pt declined"])(
    "PUNCT-AFTER: %j is not read as a maneuver given", (text) => expect(on97112(text)).toEqual([]),
  );
  // PUNCT-BEFORE: the same before ("HEP: Epley" and "Plan: Epley", a colon after the word), and a no-break space (HTML exports'
  // &nbsp;), which MANEUVER's own [\W_]+ reads as a blank.
  it.each(["HEP: Epley", "Plan: Epley", "no\u00a0Epley", "Epley\u00a0deferred", "deferred\u00a0CRP"])("PUNCT-BEFORE: %j is not read as a maneuver given", (text) => expect(on97112(text)).toEqual([]));
  // UNICODE-BOX: an unticked box of a checkbox export in Unicode (doc/activity-too-vague reads "[ ]" only, too: left).
  it.each(["☐ Epley", "□ Epley R"])("UNICODE-BOX: %j is not read as a maneuver given", (text) => expect(on97112(text)).toEqual([]));
  it.each(["[x] Epley", "☑ Epley", "☒ Epley", "Epley R x2 performed; nystagmus resolved", "Epley: R x2", "CRP, pt tolerated well", "Epley R, pt declined Brandt-Daroff HEP", "no\nEpley R x2", "HEP\nEpley R"])(
    "%j is a maneuver given (a guard: the reach stays in the clause)", (text) => expect(on97112(text).length).toBe(1),
  );
  // HISTORY (fuzz20, fixed; seen failing first): a maneuver of an earlier visit or by another clinician ("Epley last visit",
  // "Epley 1 wk ago", "Epley performed by MD") or one the patient was taught ("Pt educated on Epley") was read as given today:
  // the warning, or beside VOR the advice, to bill 95992 for it.
  it.each([
    "Epley last visit; symptoms resolved", "Epley at last visit", "Epley 1 wk ago", "Epley by ENT 2 wks ago", "Epley previously", "Epley performed by MD",
    "Epley (last tx)", "Pt educated on Epley", "Educated pt on Epley", "Pt reports relief since Epley", "Dizziness resolved after Epley last session; VOR x1 2x30 sec",
    "instructed pt in Semont for home",
  ])("HISTORY: %j is not a maneuver given at this visit", (text) => expect(on97112(text)).toEqual([]));
  it.each(["Epley R x2 today", "Pt educated on BPPV; Epley R x2 performed", "Dix-Hallpike retest negative after Epley R", "Epley R x2, last visit pt declined"])(
    "HISTORY guard: %j is a maneuver given", (text) => expect(on97112(text).length).toBe(1),
  );
  it("a maneuver followed by a colon, comma or dash and a negation (after a colon or dash, the patient named or not) is never read, in any case", () => {
    fc.assert(fc.property(fc.constantFrom(...MANEUVERS), fc.constantFrom(":", ",", " \u2014", " \u2013", " -", "\u00a0-"), fc.constantFrom(" ", "\u00a0", ""), fc.constantFrom("", "pt ", "patient was "), fc.constantFrom(...NOT_AFTER.map((w) => w.trim())), caseArb, (m, punct, blank, who, not, cased) => {
      // After a comma the negation comes at once ("Epley R, pt declined Brandt-Daroff" is a maneuver given).
      const text = cased(`${m}${punct}${blank}${punct === "," ? "" : who}${not}`);
      expect(on97112(text), JSON.stringify(text)).toEqual([]);
    }), params);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. gaps20's changed readings, each beside its counter-case.
// ---------------------------------------------------------------------------------------------

const EXERCISES = ["LAQ 2x10", "SLR 3x10", "heel raises 3x15", "bridges 3x10", "clams red TB 3x10", "mini squats 2x10", "TKE w/ band 2x15", "hip abd 2x10"];
const exercisesArb = fc.array(fc.constantFrom(...EXERCISES), { minLength: 1, maxLength: 3 });

const REST_RULE = "doc/non-billable-time";
const NO_REST = ["rest breaks: none", "rest breaks: 0", "Rest breaks - 0", "seated rest: N/A", "pt declined seated rest", "0 rest breaks", "no rest breaks needed", "rest breaks: none needed", "pt refused rest breaks", "rest breaks x0"];
const REST_TAKEN = ["seated rest 3 min", "rest break x1 2 min", "pt rested 2 min between sets", "standing rest 1 min", "equipment set-up 5 min"];

const GAIT_RULE = "doc/97116-reads-as-exercise";
/** Words that name walking without walking done at this visit: gait deferred or refused, a belt, a trip to the gym, a device alone. */
const NOT_WALKED = ["gait deferred d/t pain", "gait held d/t BP", "gait not performed d/t pain", "stairs deferred", "pt refused gait", "Gait belt used", "Pt amb to and from gym", "walked to mat", "w/ RW", "at walker"];
const WALKED = ["gait 150 ft w/ RW", "amb 200 ft CGA", "stairs 12 steps w/ rail", "RW 150' CGA", "gait trng 300 ft SBA"];

const SWALLOW_RULE = "doc/92507-reads-as-swallowing";
const SPEECH = ["Naming 8/10", "aphasia tx naming 8/10", "LSVT LOUD x15", "word finding tasks 7/10", "articulation /r/ 80% at word level"];
const SWALLOW = ["Thin liquids via cup x10", "Puree x6 trials", "Chin tuck x10", "Mech soft solids x5", "Effortful swallow x10"];
const NEG_SIGN = ["no s/sx aspiration", "no overt s/sx of aspiration", "no overt signs or symptoms of aspiration or penetration", "no s/sx aspiration/penetration", "Pt not on thickened liquids"];
const STATUS = ["wet voice x2", "voice clear", "pt attention fair", "memory impaired"];

const GRID_HEADERS = ["Exercise | Sets | Reps", "Exercise|Sets|Reps", "Activity | Reps | Time"];
const EQ_SEPARATORS = ["=====", "===|===|===", "===== | ===== | =====", "=====+=====+=====", "=|=|="];
const FILLED_ROWS = ["SLR | 3 | 10", "Bridges | 2 | 15", "STS | 1 | 10"];

const DONE_DOSE = ["PA mobs L3-5 x8 min", "PA mobs L3-5 12 min", "SLR 3x10", "gait 150 ft"];
const DEFERRED_TX = ["STM deferred", "STM deferred d/t bruising", "ice deferred"];

describe("gaps20's readings beside their counter-cases", () => {
  it("non-billable-time (b015d58): rest not taken is no finding; beside rest taken or set-up, a warning (any order, join, case)", () => {
    fc.assert(fc.property(exercisesArb, fc.array(fc.constantFrom(...NO_REST), { minLength: 1, maxLength: 2 }), fc.option(fc.constantFrom(...REST_TAKEN), { nil: undefined }), keysArb, fc.constantFrom("; ", "\n", ", ", ". "), writtenArb, (ex, none, taken, keys, join, written) => {
      const text = written(permuted([...ex, ...none, ...(taken === undefined ? [] : [taken])], keys), join);
      expect(ruleOn(REST_RULE)("97110", text).length, JSON.stringify(text)).toBe(taken === undefined ? 0 : 1);
    }), params);
  });

  // ZERO-PERIOD (fuzz20, fixed; seen failing first): REST_NOT_TAKEN (non-billable-time.ts) read a count of 0 only when no period
  // followed it (0(?![-\u2013\d.]), meant for "0.5 min"), so a rest field answered 0 at the end of a sentence was read as rest
  // taken: a false alarm on a line of exercise only. Now only a digit after the period keeps it ("0.5 min").
  it.each(["rest breaks x0. LAQ 2x10", "Rest breaks: 0. Pt tolerated well, SLR 3x10", "Rest breaks - 0. LAQ 2x10", "LAQ 2x10. rest breaks: 0. rest breaks: none"])(
    "ZERO-PERIOD: %j is not non-billable time", (text) => expect(ruleOn(REST_RULE)("97110", text)).toEqual([]),
  );
  it.each(["rest breaks: 0.5 min; SLR 3x10", "SLR 3x10. rest breaks: 0-1"])("%j stays non-billable time (a guard)", (text) => expect(ruleOn(REST_RULE)("97110", text).length).toBe(1));

  it("97116-reads-as-exercise (2540737, 9130528): walking not done is exercise only; a walk done anywhere on the line clears it", () => {
    fc.assert(fc.property(exercisesArb, fc.array(fc.constantFrom(...NOT_WALKED), { minLength: 1, maxLength: 2 }), fc.option(fc.constantFrom(...WALKED), { nil: undefined }), keysArb, fc.constantFrom("; ", "\n", ". "), caseArb, (ex, not, walked, keys, join, cased) => {
      const text = cased(permuted([...ex, ...not, ...(walked === undefined ? [] : [walked])], keys).join(join));
      expect(ruleOn(GAIT_RULE)("97116", text).length, JSON.stringify(text)).toBe(walked === undefined ? 1 : 0);
    }), params);
  });

  it("92507-reads-as-swallowing (3347ec2, d1421ff): a negated sign names no treatment; a patient's state in speech words is no speech work", () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...SPEECH), { maxLength: 2 }), fc.array(fc.constantFrom(...SWALLOW), { maxLength: 2 }), fc.constantFrom(...NEG_SIGN, ...STATUS), keysArb, fc.constantFrom("; ", "\n", ". "), (speech, swallow, extra, keys, join) => {
      if (speech.length + swallow.length === 0) return;
      // A patient's state (STATUS) beside speech work only is no finding either way; the sign words alone are vague, not this rule's.
      const text = permuted([...speech, ...swallow, extra], keys).join(join);
      const want = swallow.length === 0 ? [] : speech.length === 0 ? ["warning"] : ["info"];
      expect(ruleOn(SWALLOW_RULE)("92507", text, "SLP").map((f) => f.severity), JSON.stringify(text)).toEqual(want);
    }), params);
  });

  it("activity-too-vague (2dbddea): a header over equals signs and no filled row is an empty grid; a filled row is not vague", () => {
    fc.assert(fc.property(fc.constantFrom(...GRID_HEADERS), fc.constantFrom(...EQ_SEPARATORS), fc.constantFrom("", "\n", "\n\n", "\n| | |"), fc.option(fc.constantFrom(...FILLED_ROWS), { nil: undefined }), fc.constantFrom("\n", "\r\n"), (head, sep, blank, row, nl) => {
      const text = [head, sep, ...(row === undefined ? [] : [row])].join(nl) + (row === undefined ? blank : "");
      const found = ruleOn(VAGUE)("97110", text);
      expect(found.map((f) => /grid/.test(f.message)), JSON.stringify(text)).toEqual(row === undefined ? [true] : []);
    }), params);
  });

  it("activity-too-vague (85afe7f): a dose ends what was done before a treatment deferred after it; the deferral alone stays vague", () => {
    fc.assert(fc.property(fc.constantFrom(...DONE_DOSE), fc.constantFrom(...DEFERRED_TX), caseArb, (done, deferred, cased) => {
      expect(ruleOn(VAGUE)("97140", cased(`${done} ${deferred}`)), `${done} ${deferred}`).toEqual([]);
      expect(ruleOn(VAGUE)("97140", cased(deferred)).length, deferred).toBe(1);
    }), params);
  });

  it("97530-reads-as-exercise (a14542e): a task written with periods clears the line; exercise written with periods does not", () => {
    const dotted = (s: string) => s.split("").join(".") + ".";
    fc.assert(fc.property(fc.constantFrom("sts", "STS", "s.t.s."), fc.constantFrom("SLR", "S.L.R.", "LAQ", "bridges"), fc.constantFrom("T.A.: ", "TA: ", ""), caseArb, (task, ex, head, cased) => {
      const taskText = task.includes(".") ? task : dotted(task);
      expect(ruleOn("doc/97530-reads-as-exercise")("97530", cased(`${head}${taskText} x10, ${ex} 3x10`)), `${taskText} / ${ex}`).toEqual([]);
      expect(ruleOn("doc/97530-reads-as-exercise")("97530", cased(`${head}${ex.includes(".") ? ex : dotted(ex)} 3x10`)).length, ex).toBe(1);
    }), params);
  });
});

// ---------------------------------------------------------------------------------------------
// 3. input20: program names (ed92243), one typo one finding (e1e502a), a JSON session's notApplied.
// ---------------------------------------------------------------------------------------------

const READ_AS_MEDICARE = ["Medicare Part B", "Medicare B", "Medicare FFS", "Medicare fee-for-service", "Original Medicare", "Traditional Medicare", "MEDICARE", "Medicare part-b"];
const NOT_MEDICARE = ["Medicare Advantage", "Medicare Advantage PPO", "MA plan", "MAPD", "Part C", "Medicare Part C", "Medicare HMO", "Medicare Part A", "Medi-Cal", "Medicaid managed care", "Humana Medicare Advantage", "Medicare Replacement", "Medicare/Medicaid", "Medicare secondary"];
const spelledArb = fc.tuple(fc.constantFrom(...READ_AS_MEDICARE), caseArb, fc.constantFrom(" ", "  ", "-", " - ", "\t", "\u00a0"), fc.constantFrom("", " ", "\n")).map(([name, cased, gap, around]) => around + cased(name).replace(/[ -]/g, gap) + around);
/** A report's findings as JSON, less input/read-as-program's. */
const withoutRead = (s: unknown) => JSON.stringify({ ...validateSession(s), findings: validateSession(s).findings.filter((f) => f.rule !== "input/read-as-program") });

describe("input20: program names read only when clear (ed92243)", () => {
  it("an original-Medicare name in any case, spacing or hyphens is read as medicare, with one warning, and checked as medicare is", () => {
    fc.assert(fc.property(spelledArb, fc.boolean(), (program, gp) => {
      const visit = { ...sessionOf(), ...(gp ? {} : { services: [line("97110", "SLR 3x10, bridges 3x10", { modifiers: [] })] }), payer: { program } };
      const read = validateSession(visit).findings.filter((f) => f.rule === "input/read-as-program");
      // The program's own name as the session model spells it is read without a word.
      if (program === "medicare") {
        expect(read).toEqual([]);
        return;
      }
      expect(read.map((f) => f.severity), JSON.stringify(program)).toEqual(["warning"]);
      expect(read[0]!.message).toContain("read as medicare");
      expect(withoutRead(visit)).toBe(withoutRead({ ...visit, payer: { program: "medicare" } }));
    }), params);
  });

  it("a Medicare Advantage, Part A or C, or state plan name, alone or inside any text, is never read as medicare", () => {
    fc.assert(fc.property(fc.constantFrom(...NOT_MEDICARE), fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), caseArb, (name, before, after, cased) => {
      const program = before + cased(name) + after;
      const report = validateSession({ ...sessionOf(), payer: { program } });
      expect(report.valid, JSON.stringify(program)).toBe(false);
      expect(report.findings.some((f) => f.rule === "input/read-as-program" && / read as medicare\b/.test(f.message))).toBe(false);
      expect(report.findings.filter((f) => f.rule === "input/required-field").map((f) => f.path)).toEqual([["payer", "program"]]);
    }), params);
  });
});

type Typo = (key: string) => string;
const TYPOS: Record<string, Typo> = {
  drop: (k) => k.slice(0, 3) + k.slice(4),
  swap: (k) => k.slice(0, 2) + k[3] + k[2] + k.slice(4),
  double: (k) => k.slice(0, 3) + k[3] + k.slice(3),
  snake: (k) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
  upper: (k) => k[0]!.toUpperCase() + k.slice(1),
  allUpper: (k) => k.toUpperCase(),
};
/** Where each required field is, and the object it sits in. */
const REQUIRED: readonly (readonly (string | number)[])[] = [["dateOfService"], ["services"], ["payer", "program"], ["provider", "discipline"], ["services", 0, "code"]];

describe("input20: one mistyped key, one finding (e1e502a)", () => {
  it("a required field's key mistyped (dropped, swapped or doubled letter, snake_case, capitals) gives one input finding, an error, at the typo or the field", () => {
    fc.assert(fc.property(fc.constantFrom(...REQUIRED), fc.constantFrom(...Object.keys(TYPOS)), fc.boolean(), (at, how, extra) => {
      const visit = structuredClone(sessionOf()) as unknown as Record<string, unknown>;
      const parent = at.slice(0, -1).reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, visit);
      const field = at[at.length - 1] as string;
      const typo = TYPOS[how]!(field);
      if (typo === field) return;
      parent[typo] = parent[field];
      delete parent[field];
      // An EHR's own key beside the typo: no second finding ("has none of its fields").
      if (extra && at.length > 1) parent.ehrPlanCode = "X12";
      const input = validateSession(visit).findings.filter((f) => f.rule.startsWith("input/"));
      expect(input.length, `${at.join(".")} as ${typo}: ${JSON.stringify(input)}`).toBe(1);
      expect(input[0]!.severity).toBe("error");
      expect([typo, field]).toContain(input[0]!.path?.[input[0]!.path.length - 1]);
      expect(validateSession(visit).valid).toBe(false);
    }), params);
  });
});

/** Text no finding of ours writes: words of random letters. */
const foreignTextArb = fc.array(fc.stringMatching(/^[qzjxkv]{3,9}$/), { minLength: 4, maxLength: 120 }).map((w) => w.join(" "));
/** Whether `found` repeats 32 characters in a row of `text` (every 33-character run of the text holds one of these windows). */
const repeats = (found: string, text: string): boolean => {
  for (let k = 0; k + 32 <= text.length; k += 1) if (found.includes(text.slice(k, k + 32))) return true;
  return false;
};

/** The adapter's opening for the options named (options-not-applied.ts reads only a message that opens so). */
const opening = (names: readonly string[]) => `The options' ${names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`} ${names.length > 1 ? "were" : "was"} not used for this visit`;
const NOT_APPLIED_OPTIONS = ["note", "totalTimedMinutes", "totalTreatmentMinutes", "therapyYearToDate", "planOfCare.progressReportAtThisVisit", "payer", "provider"];
const notAppliedArb = fc.record({
  options: fc.uniqueArray(fc.constantFrom(...NOT_APPLIED_OPTIONS), { minLength: 1, maxLength: 3 }),
  reason: fc.constantFrom("last-visit", "first-visit", "shared-date", "unknown-date", "unknown-bucket", "same-date"),
  date: fc.constant("2025-03-14"),
  opens: fc.boolean(),
  message: foreignTextArb,
  fix: foreignTextArb,
}).map(({ opens, ...e }) => ({ ...e, message: opens ? `${opening(e.options)}: ${e.message}` : e.message }));

describe("a JSON session's notApplied (input20: trusted only as far as it can be checked, eaa3323)", () => {
  it("notApplied hides no finding: the report's other findings are the session's without it (the withheld options' words aside)", () => {
    fc.assert(fc.property(fc.array(notAppliedArb, { minLength: 1, maxLength: 3 }), fc.boolean(), (notApplied, bare) => {
      const visit = bare ? { ...sessionOf(), totalTimedMinutes: undefined, note: undefined } : sessionOf();
      const strip = (r: ReturnType<typeof validateSession>) => r.findings.filter((f) => f.rule !== "input/option-not-applied").map((f) => `${f.rule} ${JSON.stringify(f.path)}`).sort();
      expect(strip(validateSession({ ...visit, notApplied }))).toEqual(strip(validateSession(visit)));
    }), half);
  });

  // NOT-APPLIED-TEXT: the main entry repeated a JSON session's notApplied message and fix as they were (up to 1,000 characters;
  // pinned with it.fails in ed9d9a9, seen failing); input20's eaa3323 reads only the adapter's opening.
  it("NOT-APPLIED-TEXT: notApplied text without the adapter's opening is repeated nowhere in the report", () => {
    fc.assert(fc.property(foreignTextArb, foreignTextArb, (message, fix) => {
      const report = validateSession({ ...sessionOf(), notApplied: [{ options: ["note"], reason: "last-visit", date: "2025-03-14", message, fix }] });
      for (const f of report.findings) expect(repeats(`${f.message}\n${f.fix ?? ""}`, `${message}\n${fix}`), f.rule).toBe(false);
    }), { numRuns: 20 });
  });

  // Left as input20 decided (docs/design-notes.md): after the adapter's opening a caller's words are repeated, cut to 480/280.
  it("with the adapter's opening the message and fix are cut to 480 and 280 characters; one finding per option, at most eight", () => {
    fc.assert(fc.property(fc.array(notAppliedArb, { minLength: 1, maxLength: 12 }), (notApplied) => {
      const found = validateSession({ ...sessionOf(), notApplied }).findings.filter((f) => f.rule === "input/option-not-applied");
      expect(found.length).toBeLessThanOrEqual(Math.min(8, notApplied.length));
      for (const f of found) {
        expect(f.message.length).toBeLessThanOrEqual(481);
        expect((f.fix ?? "").length).toBeLessThanOrEqual(281);
        expect(f.message).toMatch(/^The options' .* not used for this visit/);
      }
    }), half);
  });
});

// ---------------------------------------------------------------------------------------------
// 4. codes20: wound-care lines beside timed lines (db57cc2).
// ---------------------------------------------------------------------------------------------

const WOUND = ["97597", "97598", "97602", "97605", "97606", "97607", "97608", "97610"];
const TIMED = ["97110", "97112", "97140", "97530", "97116", "97535"];
const woundLineArb = fc.tuple(fc.constantFrom(...WOUND, "97598"), fc.integer({ min: 0, max: 4 }), fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }))
  .map(([code, units, minutes]): ServiceLine => ({ code, units, ...(minutes === undefined ? {} : { minutes }), modifiers: ["GP"], goalIds: ["G1"], activity: "Selective debridement R heel wound, 30 sq cm, devitalized tissue removed" }));
const timedLineArb = fc.tuple(fc.constantFrom(...TIMED), fc.integer({ min: 0, max: 75 }), fc.integer({ min: 0, max: 5 }))
  .map(([code, minutes, units]): ServiceLine => ({ code, minutes, units, modifiers: ["GP"], goalIds: ["G1"], activity: "SLR 3x10, bridges 3x10 for hip strength" }));

describe("codes20: wound-care lines never change the timed lines' units", () => {
  it("any mix: the timed codes' units equal the visit's without the wound lines; 97598 is never untimed-over-one; JSON; valid follows the errors", () => {
    fc.assert(fc.property(fc.array(timedLineArb, { minLength: 1, maxLength: 4 }), fc.array(woundLineArb, { minLength: 1, maxLength: 4 }), keysArb, fc.boolean(), (timed, wound, keys, total) => {
      const totalTimed = timed.reduce((n, l) => n + l.minutes!, 0);
      const extra = total ? { totalTimedMinutes: totalTimed, totalTreatmentMinutes: totalTimed + 30 } : { totalTimedMinutes: undefined, totalTreatmentMinutes: undefined };
      const withWound = sessionOf({ services: permuted([...timed, ...wound], keys), ...extra });
      const without = sessionOf({ services: timed, ...extra });
      const report = validateSession(withWound);
      const timedUnits = (r: ReturnType<typeof validateSession>) => JSON.stringify((r.units?.lines ?? []).filter((l) => TIMED.includes(l.code)).map(({ notCounted: _, ...l }) => JSON.stringify(l)).sort());
      expect(timedUnits(report), JSON.stringify(withWound.services)).toBe(timedUnits(validateSession(without)));
      expect(report.units?.totalTimedMinutes).toBe(validateSession(without).units?.totalTimedMinutes);
      for (const f of report.findings) {
        if (f.rule === "units/untimed-over-one") expect(withWound.services[f.path?.[1] as number]?.code.trim()).not.toBe("97598");
      }
      expectJsonSafe(report);
      expect(report.valid).toBe(!report.findings.some((f) => f.severity === "error"));
      // The timed lines' own unit findings are those of the visit without wound lines.
      const unitRules = (r: ReturnType<typeof validateSession>, lines: readonly ServiceLine[]) =>
        r.findings.filter((f) => f.rule.startsWith("units/") && f.path?.[0] === "services" && TIMED.includes(lines[f.path[1] as number]?.code ?? "")).map((f) => f.rule).sort();
      expect(unitRules(report, withWound.services)).toEqual(unitRules(validateSession(without), without.services));
    }), half);
  });
});

// ---------------------------------------------------------------------------------------------
// The new rules together: line order, frozen input.
// ---------------------------------------------------------------------------------------------

const anyTextArb = fc.oneof(
  fc.tuple(maneuverArb, fc.array(fc.constantFrom(...OTHER_97112, ...NEUTRAL), { maxLength: 2 })).map(([m, r]) => [m, ...r].join("; ")),
  negatedArb,
  fc.constantFrom(...SPECIFIC, ...VAGUE_TEXTS),
  fc.tuple(exercisesArb, fc.constantFrom(...NOT_WALKED, ...WALKED, ...NO_REST, ...REST_TAKEN)).map(([e, x]) => [...e, x].join("; ")),
);
const LINE_CODES = ["97112", "97110", "97530", "97116", "97140", "95992", "97597"];

describe("this round's rules together: line order and frozen input never change findings (fuzz20)", () => {
  it("a visit's linter findings follow their lines in any order; its whole report is the same deep-frozen", () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom(...LINE_CODES), anyTextArb), { minLength: 2, maxLength: 5 }), keysArb, (pairs, keys) => {
      const visit = visitOf(pairs.map(([c, a]) => line(c, a)));
      const lines = visit.services;
      // A finding's path is mapped to the line itself; messages compared as they are (cloned names a code, not a line: 0923459).
      const docFindings = (s: Session): string[] =>
        validateSession(s).findings.filter((f) => f.rule.startsWith("doc/")).map((f) => JSON.stringify({
          ...f,
          path: f.path?.[0] === "services" ? ["line", lines.indexOf(s.services[f.path[1] as number]!), ...f.path.slice(2)] : f.path,
        })).sort();
      expect(docFindings({ ...visit, services: permuted(lines, keys) })).toEqual(docFindings(visit));
      expect(JSON.stringify(validateSession(deepFreeze(structuredClone(visit))))).toBe(JSON.stringify(validateSession(visit)));
    }), half);
  });
});

// ---------------------------------------------------------------------------------------------
// 5. The build of 25ca290 (this round's base): the same reports outside the changed rules and findings.
// ---------------------------------------------------------------------------------------------

/** The rules whose findings changed on purpose this round (rules20, gaps20, input20), and the input findings. */
const CHANGED_RULES = new Set([
  CRP_RULE, CLONE_RULE, GAIT_RULE, SWALLOW_RULE, REST_RULE, VAGUE, "doc/97530-reads-as-exercise",
  "input/misspelled-field", "input/required-field", "input/read-as-program",
  // ONE-TYPO: a line's minutes under a misspelled key.
  "units/missing-minutes",
  // gaps20 be38dee (VISUAL-MODEL): 'visual model' is a skilled term.
  "doc/skilled-need-missing",
]);
type Report = ReturnType<typeof validateSession>;
type BaseApi = { validateSession: (x: unknown, o?: unknown) => Report; validateSessions: (x: Iterable<unknown>, o?: unknown) => Report[] };
/** A report less the changed rules' findings; the KX findings without their source (input20 fd258da states the amount once). */
const outsideChanged = (report: Report): string => JSON.stringify({
  ...report,
  meta: { ...report.meta, libraryVersion: "" },
  findings: report.findings.filter((f) => !CHANGED_RULES.has(f.rule)).map((f) => (f.rule.startsWith("modifier/kx") ? { ...f, source: null } : f)),
});
const hasWound = (s: Session) => s.services.some((l) => typeof l.code === "string" && WOUND.includes(l.code.trim().toUpperCase()));

describe("reports equal the build of 25ca290 outside the changed rules (fuzz20)", async () => {
  // .bench/base20 is a build of 25ca290 (/work/main/.bench/base20 on the lead's machine); BASE_BUILD_DIR names another.
  // The round's claim is about its own end: .bench/end20 is a build of 0479ea9 (END_BUILD_DIR names another). Compared with
  // the live source, the twenty-first round's own changes (the SLP period codes, the 97112/97116 readings) showed up here as
  // differences, as round19's did a round earlier. Skipped where either build is missing (a clean clone).
  const dir = resolve(process.env.BASE_BUILD_DIR ?? ".bench/base20");
  const endDir = resolve(process.env.END_BUILD_DIR ?? ".bench/end20");
  const present = [dir, endDir].every((d) => existsSync(`${d}/index.js`));
  const base = present ? ((await import(/* @vite-ignore */ pathToFileURL(`${dir}/index.js`).href)) as BaseApi) : undefined;
  const end = present ? ((await import(/* @vite-ignore */ pathToFileURL(`${endDir}/index.js`).href)) as BaseApi) : undefined;

  it.skipIf(base === undefined)("valid sessions and sessions of this file's texts (no wound-care code): validateSession and validateSessions equal the base, less the changed rules", () => {
    const textVisitArb = fc.tuple(fc.array(fc.tuple(fc.constantFrom(...LINE_CODES.filter((c) => !WOUND.includes(c))), anyTextArb), { minLength: 1, maxLength: 4 }), fc.constantFrom<Discipline>("PT", "OT"))
      .map(([pairs, d]) => visitOf(pairs.map(([c, a]) => line(c, a)), d));
    fc.assert(fc.property(fc.array(fc.oneof(validSessionArb, textVisitArb), { minLength: 1, maxLength: 4 }).map((v) => v.filter((s) => !hasWound(s))), (visits) => {
      for (const v of visits) expect(outsideChanged(end!.validateSession(v)), JSON.stringify(v.services.map((l) => [l.code, l.activity]))).toBe(outsideChanged(base!.validateSession(v)));
      expect(end!.validateSessions(visits).map(outsideChanged)).toEqual(base!.validateSessions(visits).map(outsideChanged));
    }), half);
  });

  it.skipIf(base === undefined)("the realistic-notes corpus: every note's report equals the base's, less the changed rules", () => {
    // Less the wound-care notes (gaps21 wrote them; codes20's wound-care codes, unknown codes at 25ca290, change their units), as above.
    const notes = REALISTIC_NOTES.filter((n) => !hasWound(noteSession(n)));
    const differs = notes.filter((n) => outsideChanged(end!.validateSession(noteSession(n))) !== outsideChanged(base!.validateSession(noteSession(n)))).map((n) => n.name);
    expect(differs).toEqual([]);
  });
});
