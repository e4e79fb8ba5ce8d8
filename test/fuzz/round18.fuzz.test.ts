import fc from "fast-check";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { lintDocumentation } from "../../src/lint.js";
import { createRule } from "../../src/rules/create-rule.js";
import type { Finding } from "../../src/model/finding.js";
import type { PairOverlay } from "../../src/model/payer-profile.js";
import type { Session } from "../../src/model/session.js";
import type { Report } from "../../src/validate/report.js";
import { createNcciTables } from "../../src/ncci/tables.js";
import { validateSession, validateSessions } from "../../src/validate.js";
import { line, session as sessionOf, withLine } from "../rules/helpers.js";
import { deepFreeze, FUZZ_RUNS, hostileSession, keysArb, permuted, hostileSpecArb, ruleOptionsArb, sloppyOptionsArb, validSessionArb } from "./arbitraries.js";
import { expectJsonSafe } from "./json-safe.js";

/**
 * The eighteenth round's new code, fuzzed (fuzz18). (1) gaps18's linter changes: empty flowsheet grids in
 * doc/activity-too-vague (739ad9f), push and pull inside exercise names in doc/97530-reads-as-exercise (a858cb9), and a group
 * that only ran nearby a 1:1 visit in doc/one-on-one-required (de7f840), under line order, case, whitespace, CRLF and frozen
 * input. (2) speed18's validate path (a batch path in validateSessions, caches by date of service): reports never depend on
 * call order or on what was validated before (sessions of different dates, payers and options interleaved), validateSessions
 * gives validateSession's report for each item however the items come (a list, a generator, one object changed and yielded
 * again, a stream that breaks), and both equal the build before this round (.bench/base, acaf8d0) less gaps18's three
 * rules. (3) ./report built with the other entries (shared chunks, daaabd1): parseReport(validateSession(x)) round-trips
 * through dist, by ESM import and CJS require, across the two and with the source build, for valid and hostile sessions. Runs per property: max(FUZZ_RUNS, 100), fewer for the costly ones.
 */
const params = { numRuns: Math.max(FUZZ_RUNS, 100) };

const caseArb = fc.constantFrom((s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s.toLowerCase(), (s: string) => s.replace(/\b\w/g, (c) => c.toUpperCase()));
const rulesOf = (code: string, activity: string, rule: string): Finding[] => lintDocumentation(withLine(code, activity)).filter((f) => f.rule === rule);

// ---------------------------------------------------------------------------------------------
// 1a. doc/activity-too-vague: flowsheet grids with a header and no filled row (gaps18, 739ad9f).
// ---------------------------------------------------------------------------------------------

const VAGUE = "doc/activity-too-vague";
const GRID_MESSAGE = "its grid has a header and no filled row";
const HEADER_WORDS = ["Exercise", "Sets", "Reps", "Wt", "Cues", "Task", "Assist", "Trials", "Resistance", "Activity", "Notes", "Time", "Weight", "Hold", "Side", "Level", "Comments"];
const padArb = fc.constantFrom("", " ", "  ", "\t", " \t ");
/** Cells joined by a pipe with any blanks around it, perhaps with outer pipes. */
const rowOf = (cells: readonly string[], pad: string, outer: boolean, joint = "|") => {
  const inner = cells.map((c) => `${pad}${c}${pad}`).join(joint);
  return outer ? `|${inner}|` : inner;
};
const headerArb = fc.tuple(fc.array(fc.constantFrom(...HEADER_WORDS), { minLength: 2, maxLength: 6 }), padArb, fc.boolean()).map(([w, pad, outer]) => ({ cells: w.length, text: rowOf(w, pad, outer), outer }));
const separatorArb = (cells: number, outer: boolean) =>
  fc.tuple(fc.array(fc.constantFrom("---", ":---", "---:", ":---:", "-", "------", "--"), { minLength: cells, maxLength: cells }), padArb, fc.constantFrom("|", "|", "+"))
    // "+" joins inner cells only when outer pipes carry the "|" ("|---+---|").
    .map(([c, pad, joint]) => rowOf(c, pad, outer || joint === "+", joint === "+" && !outer ? "|" : joint));
const emptyRowArb = (cells: number) => fc.constantFrom("", "   ", "\t", "|".repeat(cells + 1), rowOf(Array(cells).fill(""), " ", true), rowOf(Array(cells).fill(" "), "  ", false), " | ", "-|-");
const FILLED = ["Bridges | 3 | 10", "Sit<>stand | CGA | VC", "SLR | 2 | 15 | 2#", "Gait | 150 ft | SBA", "Clamshells | red band", "| Heel raises | 3 | 15 |", "Lat pull down | 3 | 10 | 30#", "Pushing cart | 100 ft | SBA"];
const gridArb = fc
  .tuple(headerArb, fc.array(fc.nat(), { maxLength: 3 }), fc.constantFrom("\n", "\r\n"), fc.constantFrom("", "\n", " \n", "\r\n"), fc.constantFrom("", "\n", "\r\n", "  ", "\u00a0", "\n\u00a0"), caseArb, fc.boolean())
  .chain(([h, empties, eol, before, after, cased, boxed]) =>
    fc.tuple(separatorArb(h.cells, h.outer), fc.array(emptyRowArb(h.cells), { minLength: empties.length, maxLength: empties.length }), fc.array(fc.tuple(fc.constantFrom(...FILLED), fc.nat()), { minLength: 1, maxLength: 2 }))
      .map(([sep, rows, filled]) => {
        // A boxed table as text exports draw it: "+---+---+" under the header and at the bottom, its empty rows "|   |   |".
        const border = `+${"-----+".repeat(h.cells)}`;
        const empty = boxed ? [`|${h.text}|`, border, rowOf(Array(h.cells).fill("   "), "", true), ...rows, border] : [h.text, sep, ...rows];
        const full = [...empty];
        // Filled rows anywhere below the separator (among the empty ones).
        for (const [row, at] of filled) full.splice(2 + (at % (full.length - 1)), 0, row);
        const text = (lines: string[]) => cased(before + lines.join(eol) + after);
        // Boxed grids and trailing no-break spaces were left out here until fix18 (LAST-CHARACTER, below).
        return { empty: text(empty), filled: text(full) };
      }),
  );
const GRID_CODES = ["97110", "97530", "97112", "97140", "97535", "92507"];

describe("doc/activity-too-vague: empty flowsheet grids (gaps18)", () => {
  it("a grid of only a header, a separator and empty rows is always flagged by the grid branch; with a filled row it never is, and is not vague at all", () => {
    fc.assert(fc.property(gridArb, fc.constantFrom(...GRID_CODES), ({ empty, filled }, code) => {
      expect(rulesOf(code, filled, VAGUE), JSON.stringify(filled)).toEqual([]);
      const e = rulesOf(code, empty, VAGUE);
      expect(e.length, JSON.stringify(empty)).toBe(1);
      expect(e[0]!.message).toContain(GRID_MESSAGE);
      expect(rulesOf(code, filled, VAGUE), JSON.stringify(filled)).toEqual([]);
    }), params);
  });

  it("the grid is read the same in a visit of several lines, in any order, and frozen", () => {
    fc.assert(fc.property(gridArb, keysArb, ({ empty, filled }, keys) => {
      const lines = [line("97110", empty), line("97530", filled), line("97112", "Tandem stance 3x30 sec, SLS on foam w/ CGA"), line("97140", empty)];
      const flagged = (s: Session) => validateSession(s).findings.filter((f) => f.rule === VAGUE).map((f) => lines.indexOf(s.services[f.path![1] as number]!)).sort();
      expect(flagged(sessionOf({ services: lines }))).toEqual([0, 3]);
      expect(flagged(deepFreeze(sessionOf({ services: permuted(lines, keys) })))).toEqual([0, 3]);
    }), { numRuns: Math.max(Math.floor(FUZZ_RUNS / 2), 50) });
  });
});

// ---------------------------------------------------------------------------------------------
// 1b. doc/97530-reads-as-exercise: push and pull inside exercise names (gaps18, a858cb9).
// ---------------------------------------------------------------------------------------------

const EXERCISE_RULE = "doc/97530-reads-as-exercise";
/** Exercises named after a push or a pull: each alone on 97530 is flagged. */
const PUSH_PULL_EXERCISES = [
  "push-ups 2x10", "wall push ups x15", "pushups 3x8", "push-up plus 2x10", "band pull-aparts 3x15", "pull-downs 3x12", "lat pull down 3x10 30#",
  "lat pulldowns 3x10", "cable pull-throughs 2x12", "chin ups 2x5", "pull overs 2x10", "modified push-ups 2x10", "incline push ups 3x10",
  "kneeling push-ups x10", "scap push ups 2x15", "serratus push up 2x10", "decline push-ups x8", "plank push ups x6", "pull-ups 2x5",
];
/** Other exercises; the last two end in a word that makes a following push or pull an exercise's name ("wall", "lat"). */
const OTHER_EXERCISES = ["bridges 3x10", "SLR 2x10", "band rows 3x15", "heel raises 3x15", "cable rows 3x10", "heel cord stretch at wall", "stretch R lat"];
/** Functional tasks with a push or a pull, and others: each alone on 97530 passes. */
const PUSH_PULL_TASKS = [
  "push up from chair x5", "pushing cart 100 ft", "pull-to-stand x5", "push/pull sled 4 laps", "pulling laundry basket 20 ft", "push w/c 150 ft",
  "pull door open x3", "push up from w/c armrests", "pulling pants up after toileting", "pull up pants", "pushing grocery cart", "push open heavy door",
  "pull to stand at rail",
];
const OTHER_TASKS = ["sit to stand x10", "car transfer training", "lifting box 10# floor to waist"];
const JOINS = ["\n", "; ", ", ", "\r\n", " / ", ". "];
const exerciseLinesArb = fc.tuple(fc.array(fc.constantFrom(...PUSH_PULL_EXERCISES), { minLength: 1, maxLength: 3 }), fc.array(fc.constantFrom(...OTHER_EXERCISES), { maxLength: 3 }))
  .map(([a, b]) => [...a, ...b]);
const taskLinesArb = fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PUSH_PULL_TASKS) }, { weight: 1, arbitrary: fc.constantFrom(...OTHER_TASKS) }), { minLength: 1, maxLength: 2 });
const flags97530 = (activity: string): number => rulesOf("97530", activity, EXERCISE_RULE).length;
/** The ways a text is written that must not change the finding: case, blanks around and inside its lines. */
const writtenArb = fc.tuple(caseArb, fc.constantFrom("", " ", "\n", " \r\n\t"), fc.constantFrom(" ", "\t", "\u00a0", "  ")).map(([cased, around, gap]) => (lines: readonly string[], join: string) => cased(around + lines.map((l) => l.replaceAll(" ", gap)).join(join) + around));

describe("doc/97530-reads-as-exercise: push and pull (gaps18)", () => {
  it.each(PUSH_PULL_EXERCISES)("%j alone is flagged", (a) => expect(flags97530(a)).toBe(1));
  it.each([...PUSH_PULL_TASKS, ...OTHER_TASKS])("%j alone passes", (a) => expect(flags97530(a)).toBe(0));

  it("exercises named after a push or a pull, with others, are flagged in any order, join, case and spacing", () => {
    fc.assert(fc.property(exerciseLinesArb, keysArb, fc.constantFrom(...JOINS), writtenArb, (lines, keys, join, written) => {
      expect(flags97530(written(permuted(lines, keys), join)), JSON.stringify(lines)).toBe(1);
    }), params);
  });

  it("a functional push, pull or other task among them clears the line in any order, join, case and spacing", () => {
    fc.assert(fc.property(exerciseLinesArb, taskLinesArb, keysArb, fc.constantFrom(...JOINS), writtenArb, (exercises, tasks, keys, join, written) => {
      const lines = permuted([...exercises, ...tasks], keys);
      expect(flags97530(written(lines, join)), JSON.stringify(lines.join(join))).toBe(0);
    }), params);
  });
});

// ---------------------------------------------------------------------------------------------
// 1c. doc/one-on-one-required: seen 1:1 while a group ran nearby (gaps18, de7f840).
// ---------------------------------------------------------------------------------------------

const ONE_ON_ONE_RULE = "doc/one-on-one-required";
const ONE_ON_ONE = ["1:1", "1-on-1", "one-on-one", "1 on 1", "1on1", "1 : 1", "One-On-One", "1-ON-1"];
const SEEN = ["Seen {}", "Pt seen {} in corner of gym", "{} ther ex", "Tx {}", "Pt treated {} by PT"];
const GROUPS = ["group class", "group session", "group ex", "group exercise", "group therapy", "group tx", "group exercise class"];
const RAN = ["ran nearby", "was running", "running nearby", "going on", "was going on nearby", "in progress", "in progress next door", "nearby", "next door", "adjacent", "in the background", "ran in the background"];
/** "while the group class ran nearby", as the rule reads it: while/as/when, at most one word, the group, at most three words, what it did. */
const nearbyArb = fc.tuple(fc.constantFrom("while", "as", "when", "While", "WHILE"), fc.constantFrom("", "the ", "a ", "another "), fc.constantFrom(...GROUPS), fc.constantFrom(...RAN))
  .map(([w, article, group, ran]) => `${w} ${article}${group} ${ran}`);
const seenArb = fc.tuple(fc.constantFrom(...SEEN), fc.constantFrom(...ONE_ON_ONE)).map(([s, one]) => s.replace("{}", one));
const JOINS_GROUP = [" ", ", ", "; ", "\n", "\r\n", ". "];
/** A text seen 1:1 whose only groups ran nearby, the 1:1 before or after, perhaps with a task. */
const nearbyTextArb = fc.tuple(seenArb, fc.array(nearbyArb, { minLength: 1, maxLength: 2 }), fc.boolean(), fc.constantFrom(...JOINS_GROUP), fc.option(fc.constantFrom("sit to stand x10", "SLR 3x10, bridges 3x10", "pushing cart 100 ft"), { nil: undefined }))
  .map(([seen, nearby, first, join, task]) => [...(first ? [seen, ...nearby] : [...nearby, seen]), ...(task === undefined ? [] : [task])].join(join));
/** The patient's own group, after or before the 1:1 part. */
const OWN_GROUP = ["then 30 min in group class", "then joined group class", "followed by 20 min group ex", "pt also attended group session", "then 15 min group therapy w/ 3 other pts", "then in group for 20 min"];
const adviceOf = (s: Session): Finding[] => lintDocumentation(s).filter((f) => f.rule === ONE_ON_ONE_RULE);
const ONE_ON_ONE_CODES = ["97110", "97530", "97112", "97535", "92507"];

describe("doc/one-on-one-required: a group nearby a 1:1 visit (gaps18)", () => {
  it("a text seen 1:1 whose every group only ran nearby gets no group advice, on a line or in the note, in any case", () => {
    fc.assert(fc.property(nearbyTextArb, fc.constantFrom(...ONE_ON_ONE_CODES), caseArb, (text, code, cased) => {
      expect(adviceOf(withLine(code, cased(text))), JSON.stringify(text)).toEqual([]);
      expect(adviceOf(withLine(code, "SLR 3x10, bridges 3x10", {}, { note: { objective: cased(text), plan: "Cont POC" } })), JSON.stringify(text)).toEqual([]);
    }), params);
  });

  it("the patient's own group beside it, or no 1:1 at all, keeps the advice (info)", () => {
    fc.assert(fc.property(nearbyTextArb, fc.constantFrom(...OWN_GROUP), fc.boolean(), fc.constantFrom(...ONE_ON_ONE_CODES), fc.constantFrom(...JOINS_GROUP), caseArb, (text, own, before, code, join, cased) => {
      const both = cased(before ? `${own}${join}${text}` : `${text}${join}${own}`);
      const got = adviceOf(withLine(code, both));
      expect(got.map((f) => f.severity), JSON.stringify(both)).toEqual(["info"]);
      expect(adviceOf(withLine(code, "SLR 3x10, bridges 3x10", {}, { note: { objective: both, plan: "Cont POC" } })).map((f) => f.severity), JSON.stringify(both)).toEqual(["info"]);
      // The same text with its 1:1 taken out: a group nearby and no 1:1 is the patient's own group.
      let without = text;
      for (const one of ONE_ON_ONE) without = without.replaceAll(one, "");
      expect(adviceOf(withLine(code, cased(without))).map((f) => f.severity), JSON.stringify(without)).toEqual(["info"]);
    }), params);
  });
});

// ---------------------------------------------------------------------------------------------
// 1c'. doc/activity-too-vague: templates whose blanks were never filled in (gaps18, ae25037).
// ---------------------------------------------------------------------------------------------

const TEMPLATE_MESSAGE = "its template's blanks are not filled in";
/** A blank as EHR macros leave it: asterisks, underscores, a bracketed field name. */
const blankArb = fc.constantFrom("***", "****", "___", "_____", "[activity]", "[reps]", "[assist level]", "[exercise]", "[sets]", "[wt]");
/** Template pieces around the blanks: labels and doses, none naming what was done. */
const TEMPLATE_SLOTS = ["{} x {} reps", "{} sets", "{} lbs", "Ther ex: {}", "{} x {} reps, {} sets", "w/ {}", "{} min", "{} x {}"];
const templateArb = fc.tuple(fc.array(fc.constantFrom(...TEMPLATE_SLOTS), { minLength: 1, maxLength: 3 }), fc.array(blankArb, { minLength: 9, maxLength: 9 }), fc.constantFrom(", ", "; ", "\n", " "))
  .map(([slots, blanks, join]) => {
    let k = 0;
    return slots.map((slot) => slot.replace(/\{\}/g, () => blanks[k++ % blanks.length]!)).join(join);
  });
const NAMED = ["bridges", "SLR", "clamshells", "heel slides", "sit to stand", "band rows"];

describe("doc/activity-too-vague: unfilled templates (gaps18)", () => {
  it("a template of blanks, labels and doses is flagged as unfilled in any case; with one blank filled by a named exercise it is not vague", () => {
    fc.assert(fc.property(templateArb, fc.constantFrom(...NAMED), fc.constantFrom("97110", "97530", "97112"), caseArb, (template, named, code, cased) => {
      const t = cased(template);
      const found = rulesOf(code, t, VAGUE);
      // Flagged once: as an unfilled template, or (a template whose only words are a code's name, "Ther ex: ***") as vague text.
      expect(found.length, JSON.stringify(t)).toBe(1);
      if (/\d|reps|sets|lbs/i.test(template)) expect(found[0]!.message, JSON.stringify(t)).toContain(TEMPLATE_MESSAGE);
      const filled = t.replace(/\*{3,}|_{2,}|\[[a-z][a-z /-]{1,39}\]/i, named);
      expect(rulesOf(code, filled, VAGUE), JSON.stringify(filled)).toEqual([]);
    }), params);
  });
});

// ---------------------------------------------------------------------------------------------
// 1d. The three together: a visit's findings never depend on its line order or on a frozen input.
// ---------------------------------------------------------------------------------------------

/** An activity from any of 1a-1c's generators, or a plain one. */
const activityArb = fc.oneof(
  gridArb.map((g) => g.empty),
  gridArb.map((g) => g.filled),
  fc.tuple(exerciseLinesArb, fc.constantFrom(...JOINS)).map(([l, j]) => l.join(j)),
  fc.tuple(exerciseLinesArb, taskLinesArb, fc.constantFrom(...JOINS)).map(([e, t, j]) => [...e, ...t].join(j)),
  nearbyTextArb,
  fc.tuple(nearbyTextArb, fc.constantFrom(...OWN_GROUP)).map(([t, o]) => `${t}; ${o}`),
  fc.constantFrom("Gait training 150 ft w/ RW CGA", "Pt tolerated tx well", "see flowsheet"),
);
const visitArb = fc.tuple(fc.array(fc.tuple(fc.constantFrom(...GRID_CODES, "97150"), activityArb), { minLength: 2, maxLength: 5 }), fc.option(nearbyTextArb, { nil: undefined }))
  .map(([lines, objective]) => sessionOf({
    services: lines.map(([code, activity]) => line(code, activity)),
    totalTimedMinutes: 15 * lines.length,
    totalTreatmentMinutes: 15 * lines.length,
    ...(objective === undefined ? {} : { note: { subjective: "Pt reports knee pain 3/10.", objective, plan: "Cont POC" } }),
  }));
/** The linter's findings, each line's path named by the line it points at, sorted. */
const docFindings = (s: Session, lines: readonly unknown[]): string[] =>
  validateSession(s).findings.filter((f) => f.rule.startsWith("doc/")).map((f) => JSON.stringify({ ...f, path: f.path?.[0] === "services" ? ["line", lines.indexOf(s.services[f.path[1] as number]), ...f.path.slice(2)] : f.path })).sort();

describe("gaps18's rules together: line order and frozen input (gaps18)", () => {
  it("validateSession's linter findings are the same with the lines in any order, and its whole report the same frozen", () => {
    fc.assert(fc.property(visitArb, keysArb, (visit, keys) => {
      const lines = visit.services;
      const base = docFindings(visit, lines);
      const report = JSON.stringify(validateSession(visit));
      expect(docFindings({ ...visit, services: permuted(lines, keys) }, lines)).toEqual(base);
      const frozen = deepFreeze(structuredClone(visit));
      expect(JSON.stringify(validateSession(frozen))).toBe(report);
      expect(docFindings({ ...frozen, services: permuted(frozen.services, keys) }, frozen.services)).toEqual(base);
    }), { numRuns: Math.max(Math.floor(FUZZ_RUNS / 2), 50) });
  });
});

// ---------------------------------------------------------------------------------------------
// 2. The validate path: call order, batches, and the build before this round.
// ---------------------------------------------------------------------------------------------

/** Dates either side of the NCCI quarters and years, and others: what a cache by date of service keys on. */
const DATES = ["2024-03-31", "2024-04-01", "2024-06-30", "2024-07-01", "2024-12-31", "2025-01-01", "2025-03-14", "2025-04-01", "2025-10-01", "2026-01-02", "2019-05-05", "2031-07-04"];
const visitForBatchArb: fc.Arbitrary<Session> = fc.tuple(validSessionArb, fc.option(fc.constantFrom(...DATES), { nil: undefined }))
  .map(([s, date]) => (date === undefined ? s : { ...s, dateOfService: date }));
/** Options by name, made by the build that uses them (tables are each build's own). */
const OPTION_NAMES = ["none", "custom-ncci", "empty-ncci", "rules", "ama", "no-kx", "facility", "commercial-payer"] as const;
type OptionName = (typeof OPTION_NAMES)[number];
type Build = { validateSession: (x: unknown, o?: unknown) => unknown; validateSessions: (x: Iterable<unknown>, o?: unknown) => unknown[]; createNcciTables: (x: unknown) => unknown };
const CUSTOM_ROWS = {
  ptp: [
    { column1: "97140", column2: "97530", modifierIndicator: 1, rationale: "Plan policy", effective: "2024-01-01" },
    { column1: "97110", column2: "97112", modifierIndicator: 0, rationale: "Plan policy", effective: "2025-01-01", deletion: "2025-12-31" },
  ],
  mue: [{ code: "97110", value: 2, adjudicationIndicator: 3, rationale: "Plan policy", setting: "practitioner" }],
  release: { ptp: { name: "plan-ptp-2025", quarter: "2025 Q1", from: "2025-01-01" }, mue: { name: "plan-mue-2025" } },
};
const optionsOf = (build: Build, name: OptionName): Record<string, unknown> => {
  switch (name) {
    case "none": return {};
    case "custom-ncci": return { ncci: build.createNcciTables(CUSTOM_ROWS) };
    case "empty-ncci": return { ncci: build.createNcciTables({ ptp: [], mue: [], release: { ptp: { name: "empty" } } }) };
    case "rules": return { rules: { "units/exceeds-time": "off", "ncci/pair-edit": "info", "poc/certification-missing": "warning" } };
    case "ama": return { payer: { unitMethod: "ama" } };
    case "no-kx": return { payer: { kxThreshold: false, ptpEdits: false } };
    case "facility": return { setting: "outpatient-hospital" };
    default: return { payer: { name: "Plan", unitMethod: "ama", disciplineModifiers: false } };
  }
};
const live: Build = { validateSession: validateSession as Build["validateSession"], validateSessions: validateSessions as Build["validateSessions"], createNcciTables: createNcciTables as Build["createNcciTables"] };
/** gaps18's rules, whose findings changed on purpose this round (and fuzz18's fix of one of them); 3484679 made "pt demo'd" a response. */
// Nineteenth round: units/missing-minutes names a line's clock span (CLOCK-SPAN), and a line's code of another discipline is
// said once (ONE-PROBLEM: modifier/therapy-modifier-mismatch or doc/discipline-mismatch), deliberate changes since acaf8d0.
const CHANGED_RULES = new Set([VAGUE, EXERCISE_RULE, ONE_ON_ONE_RULE, "doc/patient-response-missing", "units/missing-minutes", "modifier/therapy-modifier-mismatch", "doc/discipline-mismatch",
  // and the nineteenth round's new rules and readings (rules19, gaps19, the lead's input findings, mods19's FHIR finding).
  "doc/97116-reads-as-exercise", "doc/92507-reads-as-swallowing", "doc/non-billable-time", "input/misspelled-field", "input/read-as-credential", "input/option-not-applied"]);
const sameAsBase = (report: unknown): string => JSON.stringify({ ...(report as object), findings: (report as Report).findings.filter((f) => !CHANGED_RULES.has(f.rule)) });
const jobsArb = fc.array(fc.tuple(visitForBatchArb, fc.constantFrom(...OPTION_NAMES)), { minLength: 2, maxLength: 8 });

describe("the validate path: call order, batches, and the build before this round (speed18)", async () => {
  // The build of acaf8d0 (before this round) the speed work is timed against: `cp -r dist .bench/base18` there, or BASE_BUILD.
  // (Nineteenth round: .bench/base is each round's own base, so a later round's deliberate changes, such as the clock span
  // in units/missing-minutes, made this comparison fail; it reads a build of acaf8d0 by its own name.)
  const basePath = resolve(process.env.BASE_BUILD ?? ".bench/base18/index.js");
  // Twentieth round: the round's claim is about its own end, so the comparison reads a build of 65e7e46 (the eighteenth
  // round's end, the nineteenth's base: .bench/base19, or END_BUILD) instead of the live source, where each later round's
  // deliberate changes (the twentieth's wound-care codes, now untimed) showed up as differences. Skipped without both builds.
  const endPath = resolve(process.env.END_BUILD ?? ".bench/base19/index.js");
  const both = existsSync(basePath) && existsSync(endPath);
  const base = both ? ((await import(/* @vite-ignore */ pathToFileURL(basePath).href)) as Build) : undefined;
  const end = both ? ((await import(/* @vite-ignore */ pathToFileURL(endPath).href)) as Build) : undefined;

  it("a visit's report never depends on what was validated before: the same in any order, after any others, and twice", () => {
    fc.assert(fc.property(jobsArb, keysArb, (jobs, keys) => {
      const first = jobs.map(([s, name]) => JSON.stringify(validateSession(s, optionsOf(live, name))));
      const order = permuted([...jobs.keys()], keys);
      const again = new Map(order.map((k) => [k, JSON.stringify(validateSession(jobs[k]![0], optionsOf(live, jobs[k]![1])))]));
      jobs.forEach((_, k) => expect(again.get(k), `job ${k}`).toBe(first[k]));
      // The same options object reused for every visit (a cache keyed by the object, not only the date).
      for (const name of OPTION_NAMES) {
        const options = optionsOf(live, name);
        const shared = jobs.map(([s]) => JSON.stringify(validateSession(s, options)));
        const fresh = jobs.map(([s]) => JSON.stringify(validateSession(s, optionsOf(live, name))));
        expect(shared, name).toEqual(fresh);
      }
    }), { numRuns: Math.max(Math.floor(FUZZ_RUNS / 4), 25) });
  });

  it("validateSessions gives each item validateSession's report: from a list, a generator, one object changed and yielded again, a stream that breaks", () => {
    fc.assert(fc.property(jobsArb, fc.constantFrom(...OPTION_NAMES), fc.nat(8), (jobs, name, breakAt) => {
      const options = optionsOf(live, name);
      const sessions = jobs.map(([s]) => s);
      const each = sessions.map((s) => JSON.stringify(validateSession(s, options)));
      expect(validateSessions(sessions, options).map((r) => JSON.stringify(r))).toEqual(each);
      expect(validateSessions((function* () { yield* sessions; })(), options).map((r) => JSON.stringify(r))).toEqual(each);
      // One object, changed in place and yielded again for each visit (a reader that reuses its record): each report is of the
      // visit as it was yielded (its findings, units and validity; its echoed session is the one object, as validateSession's is).
      const said = (r: unknown) => JSON.stringify({ ...(r as object), session: undefined });
      const reused = validateSessions((function* () {
        const record: Record<string, unknown> = {};
        for (const s of sessions) {
          for (const k of Object.keys(record)) delete record[k];
          Object.assign(record, structuredClone(s));
          yield record;
        }
      })(), options);
      expect(reused.map(said)).toEqual(sessions.map((s) => said(validateSession(structuredClone(s), options))));
      // A stream that breaks after `cut` visits: their reports, then one input/unreadable.
      const cut = breakAt % (sessions.length + 1);
      const broken = validateSessions((function* () {
        yield* sessions.slice(0, cut);
        throw new Error("stream broke");
      })(), options);
      expect(broken.slice(0, cut).map((r) => JSON.stringify(r))).toEqual(each.slice(0, cut));
      expect(broken.length).toBe(cut + 1);
      expect(broken[cut]!.findings.map((f) => f.rule)).toEqual(["input/unreadable"]);
    }), { numRuns: Math.max(Math.floor(FUZZ_RUNS / 4), 25) });
  });

  /** Writes `source` into `target` in place, keeping every object and array of `target` that `source` has one of at the same place. */
  const assignInto = (target: Record<string, unknown> | unknown[], source: Record<string, unknown> | unknown[]): void => {
    const t = target as Record<string, unknown>;
    const src = source as Record<string, unknown>;
    if (Array.isArray(target)) target.length = (source as unknown[]).length;
    else for (const k of Object.keys(t)) if (!(k in src)) delete t[k];
    for (const [k, v] of Object.entries(src)) {
      const old = t[k];
      if (typeof v === "object" && v !== null && typeof old === "object" && old !== null && Array.isArray(v) === Array.isArray(old)) assignInto(old as Record<string, unknown>, v as Record<string, unknown>);
      else t[k] = v;
    }
  };

  it("validateSessions past a batch (100-260 visits, one record rewritten in place down to its lines, items repeated, null, throwing): validateSession's report each", () => {
    const said = (r: unknown) => JSON.stringify({ ...(r as object), session: undefined });
    fc.assert(fc.property(fc.array(visitForBatchArb, { minLength: 3, maxLength: 12 }), fc.integer({ min: 100, max: 260 }), fc.constantFrom(...OPTION_NAMES), fc.nat(), (pool, n, name, seed) => {
      const options = optionsOf(live, name);
      const pick = (i: number) => pool[(i * 7 + seed) % pool.length]!;
      const expected = Array.from({ length: n }, (_, i) => said(validateSession(structuredClone(pick(i)), options)));
      // One record, each visit written into the same objects and arrays (its services array and line objects reused).
      const record = structuredClone(pick(0)) as unknown as Record<string, unknown>;
      const got = validateSessions((function* () {
        for (let i = 0; i < n; i++) {
          assignInto(record, structuredClone(pick(i)) as unknown as Record<string, unknown>);
          yield record;
        }
      })(), options);
      expect(got.map(said)).toEqual(expected);
      // A list holding the pool's objects again and again, nulls and an item whose read throws.
      const list: unknown[] = Array.from({ length: n }, (_, i) => pick(i));
      const at = seed % n;
      list[at] = null;
      Object.defineProperty(list, (at + 1) % n, { get() { throw new Error("item"); }, enumerable: true, configurable: true });
      const reports = validateSessions(list, options);
      expect(reports.length).toBe(n);
      reports.forEach((r, i) => {
        if (i === (at + 1) % n) expect(r.findings.map((f) => f.rule)).toEqual(["input/unreadable"]);
        else expect(JSON.stringify(r), `item ${i}`).toBe(JSON.stringify(validateSession(i === at ? null : pick(i), options)));
      });
    }), { numRuns: Math.max(Math.floor(FUZZ_RUNS / 20), 5) });
  });

  it("validateSessions with a caller's rule that counts the visits it sees and changes the next one: as validateSession one by one", () => {
    fc.assert(fc.property(fc.array(visitForBatchArb, { minLength: 2, maxLength: 6 }), fc.integer({ min: 90, max: 130 }), (pool, n) => {
      const run = (each: boolean) => {
        const list = Array.from({ length: n }, (_, i) => structuredClone(pool[i % pool.length]!)) as (Session & { note?: Record<string, unknown> })[];
        let seen = 0;
        const counter = createRule({
          id: "house/counter",
          defaultSeverity: "info",
          source: { title: "House policy" },
          description: "counts the visits it sees",
          check: (ctx) => {
            seen++;
            // The next visit's date is changed as this one is checked.
            const next = list[seen];
            if (next !== undefined) (next as { dateOfService: string }).dateOfService = DATES[seen % DATES.length]!;
            return [{ message: `visit ${seen} of ${ctx.session.dateOfService}` }];
          },
        });
        const options = { extraRules: [counter] };
        return (each ? list.map((s) => validateSession(s, options)) : validateSessions(list, options)).map((r) => JSON.stringify({ ...r, session: undefined }));
      };
      expect(run(false)).toEqual(run(true));
    }), { numRuns: Math.max(Math.floor(FUZZ_RUNS / 20), 5) });
  });

  it("validateSessions of valid and hostile visits with sloppy options (bad payers, settings, tables, rule settings, throwing extra rules): validateSession's report each", () => {
    const itemArb = fc.oneof(
      { weight: 3, arbitrary: visitForBatchArb.map((s) => () => structuredClone(s) as unknown) },
      { weight: 2, arbitrary: hostileSpecArb.filter((h) => h.how !== "proxy-flips").map((h) => () => hostileSession(h)) },
      { weight: 1, arbitrary: fc.constantFrom<() => unknown>(() => null, () => 5, () => ({}), () => ({ services: "x" })) },
    );
    fc.assert(fc.property(fc.array(itemArb, { minLength: 1, maxLength: 10 }), fc.oneof(sloppyOptionsArb, ruleOptionsArb), fc.boolean(), (makers, options, many) => {
      const n = many ? 101 + makers.length : makers.length;
      const make = (i: number) => makers[i % makers.length]!();
      const each = Array.from({ length: n }, (_, i) => JSON.stringify(validateSession(make(i), options as never)));
      expect(validateSessions(Array.from({ length: n }, (_, i) => make(i)), options as never).map((r) => JSON.stringify(r))).toEqual(each);
    }), { numRuns: Math.max(Math.floor(FUZZ_RUNS / 4), 25) });
  });

  it("validateSessions with options the caller changes between visits (rule settings, payer fields, its pair overlays in place, setting, tables): as validateSession one by one", () => {
    const CHANGES = ["rule", "unit-method", "overlay-push", "overlay-edit", "overlay-clear", "setting", "ncci", "kx"] as const;
    // A visit the overlays, tables and unit method all change: 97140 and 97530 with modifiers 59 could pass or fail a pair edit.
    const PAIR_VISIT = sessionOf({ services: [line("97140", "STM to lumbar paraspinals; grade III PA mobs L3-5", { minutes: 20, units: 1, modifiers: ["GP"] }), line("97530", "Sit to stand x10 w/ CGA; car transfer training", { minutes: 10, units: 1, modifiers: ["GP", "59"] }), line("97110", "SLR 3x10", { minutes: 8, units: 1, modifiers: ["GP"] })], totalTimedMinutes: 38, totalTreatmentMinutes: 38 });
    const without = JSON.stringify(validateSession(PAIR_VISIT, { payer: { pairOverlays: [] } }).findings);
    expect(JSON.stringify(validateSession(PAIR_VISIT, { payer: { pairOverlays: [{ column1: "97140", column2: "97530", modifierIndicator: 0, rationale: "Plan policy" }] } }).findings)).not.toBe(without);
    const stepVisitArb = fc.oneof({ weight: 2, arbitrary: visitForBatchArb }, { weight: 1, arbitrary: fc.constant(PAIR_VISIT) });
    fc.assert(fc.property(fc.array(fc.tuple(stepVisitArb, fc.constantFrom(...CHANGES), fc.boolean()), { minLength: 2, maxLength: 12 }), (steps) => {
      const run = (each: boolean) => {
        const overlays: unknown[] = [];
        const options: Record<string, unknown> & { rules: Record<string, string>; payer: Record<string, unknown> } = { rules: {}, payer: { pairOverlays: overlays } };
        const change = (what: (typeof CHANGES)[number], on: boolean) => {
          if (what === "rule") options.rules["units/exceeds-time"] = on ? "off" : "error";
          else if (what === "unit-method") options.payer.unitMethod = on ? "ama" : "cms";
          else if (what === "overlay-push") overlays.push({ column1: "97140", column2: "97530", modifierIndicator: on ? 1 : 0, rationale: "Plan policy" });
          else if (what === "overlay-edit") overlays.forEach((o) => ((o as { modifierIndicator: number }).modifierIndicator = on ? 1 : 0));
          else if (what === "overlay-clear") overlays.length = 0;
          else if (what === "setting") options.setting = on ? "outpatient-hospital" : "practitioner";
          else if (what === "ncci") options.ncci = on ? createNcciTables(CUSTOM_ROWS as never) : undefined;
          else options.payer.kxThreshold = on;
        };
        const said = (r: unknown) => JSON.stringify({ ...(r as object), session: undefined });
        if (each) return steps.map(([s, what, on]) => (change(what, on), said(validateSession(s, options as never))));
        return validateSessions((function* () {
          for (const [s, what, on] of steps) {
            change(what, on);
            yield s;
          }
        })(), options as never).map(said);
      };
      expect(run(false)).toEqual(run(true));
    }), { numRuns: Math.max(Math.floor(FUZZ_RUNS / 4), 25) });
  });

  it.skipIf(base === undefined)("validateSession and validateSessions equal the build before this round, less gaps18's rules, interleaved", () => {
    fc.assert(fc.property(jobsArb, keysArb, (jobs, keys) => {
      for (const k of permuted([...jobs.keys()], keys)) {
        const [s, name] = jobs[k]!;
        expect(sameAsBase(end!.validateSession(s, optionsOf(end!, name))), `job ${k} ${name}`).toBe(sameAsBase(base!.validateSession(s, optionsOf(base!, name))));
      }
      const name = jobs[0]![1];
      const sessions = jobs.map(([s]) => s);
      expect(end!.validateSessions(sessions, optionsOf(end!, name)).map(sameAsBase)).toEqual(base!.validateSessions(sessions, optionsOf(base!, name)).map(sameAsBase));
    }), { numRuns: Math.max(Math.floor(FUZZ_RUNS / 4), 25) });
  });
});

// ---------------------------------------------------------------------------------------------
// 3. ./report built with the other entries (daaabd1): the round trip through dist, ESM and CJS.
// ---------------------------------------------------------------------------------------------

type Api = { validateSession: (x: unknown, o?: unknown) => unknown; validateSessions: (x: Iterable<unknown>, o?: unknown) => unknown[] };
type ReportApi = { parseReport: (x: unknown) => unknown; ReportInputError: new (...a: never[]) => Error };
const requireDist = createRequire(import.meta.url);

describe("./report from dist, ESM and CJS (daaabd1)", async () => {
  // The global setup (test/setup/build.ts) builds dist when it is older than src.
  // By URL, not a literal path: a clean clone is typechecked before dist is built.
  const esm = (await import(new URL("../../dist/index.js", import.meta.url).href)) as Api;
  const esmReport = (await import(new URL("../../dist/report.js", import.meta.url).href)) as ReportApi;
  const cjs = requireDist("../../dist/index.cjs") as Api;
  const cjsReport = requireDist("../../dist/report.cjs") as ReportApi;
  const builds = [["esm", esm, esmReport], ["cjs", cjs, cjsReport]] as const;

  /** parseReport of each build reads every build's report back as stored, and the object itself as equal. */
  const roundTrips = (make: () => unknown): void => {
    const stored = JSON.stringify(validateSession(make()));
    for (const [name, api, report] of builds) {
      const r = api.validateSession(make());
      expectJsonSafe(r);
      expect(JSON.stringify(r), name).toBe(stored);
      for (const [other, , back] of builds) {
        expect(JSON.stringify(back.parseReport(JSON.parse(stored))), `${name} -> ${other}`).toBe(stored);
        expect(back.parseReport(r), `${name} object -> ${other}`).toEqual(r);
      }
    }
  };

  it("valid sessions: every build's report is the source build's, and parseReport of either build reads it back", () => {
    fc.assert(fc.property(validSessionArb, (s) => roundTrips(() => structuredClone(s))), { numRuns: Math.max(Math.floor(FUZZ_RUNS / 2), 50) });
  });

  it("hostile sessions (getters, proxies that throw or flip, revoked proxies): the same, and validateSessions' reports too", () => {
    fc.assert(fc.property(hostileSpecArb, (spec) => {
      // A proxy that flips answers differently on each read: only the build's own report is compared with itself.
      if (spec.how === "proxy-flips") {
        for (const [name, api] of builds) {
          const r = api.validateSession(hostileSession(spec));
          for (const [other, , back] of builds) expect(JSON.stringify(back.parseReport(JSON.parse(JSON.stringify(r)))), `${name} -> ${other}`).toBe(JSON.stringify(r));
        }
        return;
      }
      roundTrips(() => hostileSession(spec));
      for (const [name, api, report] of builds) {
        const reports = api.validateSessions([hostileSession(spec), null, hostileSession(spec)]);
        expect(reports.length, name).toBe(3);
        for (const r of reports) expect(JSON.stringify(report.parseReport(JSON.parse(JSON.stringify(r))))).toBe(JSON.stringify(r));
      }
    }), { numRuns: Math.max(Math.floor(FUZZ_RUNS / 2), 50) });
  });

  it("a report that is not one is a ReportInputError of the build that read it, in both builds", () => {
    for (const [name, , report] of builds) {
      for (const bad of [null, {}, { valid: "yes" }, JSON.parse(JSON.stringify(validateSession(null))) as Record<string, unknown>]) {
        const value = bad !== null && "findings" in bad ? { ...bad, valid: !bad.valid } : bad;
        expect(() => report.parseReport(value), name).toThrow(report.ReportInputError);
      }
    }
  });
});

describe("counterexamples this fuzz found (fuzz18)", () => {
  // Found by "options the caller changes between visits": speed18's batch path (e4e101c) reads each visit's options as it
  // comes but copies payer only one level deep, so the payer's pairOverlays list is the caller's own array; a caller that adds
  // a pair rule to it in place before yielding the next visit changed the report of a visit read before, whose pair check ran
  // later with the batch (an ncci/payer-pair-edit error validateSession does not give it).
  it("an overlay added in place between two yielded visits does not reach the visit before it", () => {
    const visit = sessionOf({ services: [line("97140", "STM to lumbar paraspinals; grade III PA mobs L3-5", { minutes: 20, modifiers: ["GP"] }), line("97530", "Sit to stand x10 w/ CGA; car transfer training", { minutes: 10, modifiers: ["GP", "59"] })], totalTimedMinutes: 30, totalTreatmentMinutes: 30 });
    const overlays: PairOverlay[] = [];
    const options = { payer: { pairOverlays: overlays } };
    const reports = validateSessions((function* () {
      yield visit;
      overlays.push({ column1: "97140", column2: "97530", modifierIndicator: 0, rationale: "Plan policy" });
      yield visit;
    })(), options);
    expect(reports[0]!.findings.filter((f) => f.rule === "ncci/payer-pair-edit")).toEqual([]);
    expect(reports[1]!.findings.filter((f) => f.rule === "ncci/payer-pair-edit").map((f) => f.severity)).toEqual(["error"]);
    expect(reports.map((r) => JSON.stringify(r))).toEqual([JSON.stringify(validateSession(visit, { payer: { pairOverlays: [] } })), JSON.stringify(validateSession(visit, options))]);
  });

  // LAST-CHARACTER (pinned for gaps18, src/rules/doc/activity-too-vague.ts isEmptyGrid, 6c516cf): the new first test returns
  // false unless the activity ends in "|", "-", ":" or a character at or below U+0020, but the grid's own test (NO_FILLED_ROW,
  // trim) also takes "+" (a boxed table's bottom border "+-----+-----+") and every Unicode blank (a trailing no-break space, as
  // EHR exports leave): these empty grids were flagged by 739ad9f and are not since. Perhaps: also 43 ("+"), 61 ("=") and
  // code points above 127 that /\s/ matches. Found by the first grid property (its `pinned` leaves these out).
  const LAST_CHARACTER = [
    "| Exercise | Sets | Reps |\n+-----+-----+-----+\n|     |     |     |\n+-----+-----+-----+",
    "Exercise | Sets | Reps\n--- | --- | ---\u00a0",
    "Exercise | Sets | Reps\n--- | --- | ---\n| | | |\u3000",
  ];
  it.each(LAST_CHARACTER)("LAST-CHARACTER (fixed by fix18): the empty grid %j is flagged", (text) => {
    expect(rulesOf("97110", text, VAGUE).map((f) => f.message.includes(GRID_MESSAGE))).toEqual([true]);
  });
  it.each(LAST_CHARACTER)("LAST-CHARACTER guard: %j with a filled row is not vague", (text) => {
    expect(rulesOf("97110", text.replace("\n", "\nBridges | 3 | 10\n"), VAGUE)).toEqual([]);
  });

  // Found by the first property of 1c: GROUP_TEXT matches "group ther" in "group therapy" and "group ex" in "group exercise"
  // (its alternation lists the shorter word first), so the words after the mention began inside a word ("apy ran nearby") and
  // "ran nearby" was never read: "Seen 1:1 while group therapy ran nearby" got the group advice "group class" does not.
  it.each([
    "Seen 1:1 while group therapy ran nearby",
    "Seen 1:1 while group exercise class ran nearby",
    "Pt seen 1:1 as group therex was going on",
    "1:1 ther ex while group exercises were in progress next door",
    "Tx one-on-one while the group treatment ran in the background",
  ])("%j gets no group advice, on a line or in the note", (text) => {
    expect(adviceOf(withLine("97110", text))).toEqual([]);
    expect(adviceOf(withLine("97110", "SLR 3x10, bridges 3x10", {}, { note: { objective: text, plan: "Cont POC" } }))).toEqual([]);
  });
  it.each([
    "Seen 1:1 while group therapy ran nearby, then 20 min in group therapy",
    "group therapy 30 min; 1:1 ther ex after",
    "Pt worked while group therapy ran nearby",
  ])("guard: %j keeps the advice", (text) => {
    expect(adviceOf(withLine("97110", text)).map((f) => f.severity)).toEqual(["info"]);
  });
  // ACROSS (pinned for gaps18, whose src/rules/text/analyze-text.ts is still changing): namesPushPullExercise reads the word
  // before "push" or "pull" (RARE_PUSH_PULL_PREVIOUS: wall, lat, plank, cable, modified...) across a line break or punctuation,
  // since the stored tokens keep no separators. So a line that ends in "wall" or "lat" turns the next line's functional push or
  // pull into an exercise's name, and the finding depends on line order: "push up from chair x5\nstretch R lat" passes, the same
  // two lines the other way round are flagged. Found by the second push/pull property (its fc.pre leaves these out).
  const ACROSS = [
    "stretch R lat\npush up from chair x5",
    "heel cord stretch at wall\npull-to-stand x5",
    "SLR 2x10, heel cord stretch at wall; push up from chair x5",
    "bridges 3x10; stretch R lat. Pull door open x3",
    "side plank 3x30 sec\nstretch R lat\npull to stand at rail",
  ];
  const reversed = (text: string) => text.split(/\n|; |\. /).reverse().join("\n");
  it.each(ACROSS)("ACROSS guard: %j with its lines the other way round is not flagged", (text) => expect(flags97530(reversed(text))).toBe(0));
  it.each(ACROSS)("ACROSS (fixed by fix18): %j is not flagged either", (text) => expect(flags97530(text)).toBe(0));
  // KNEELING (pinned for gaps18, same scan): a variant word before "pull" or "push" (kneeling, modified, plank) makes a
  // functional "pull to stand" or "push up to stand" an exercise's name, though "to" follows: these 97530 lines were not flagged
  // before a858cb9 (checked against the build of acaf8d0) and are now. Pull-to-stand from kneeling is a floor-recovery and
  // developmental task. Perhaps: a word before counts only when no "to" or "from" follows the push or pull (nor "up to",
  // "up from"), as "push up from chair" is read today.
  it.each([
    "kneeling pull to stand at couch x5",
    "tall kneeling pull to stand x3",
    "half-kneeling pull to stand at bench x5 w/ min A",
    "modified pull to stand at rail x3",
    "from plank push up to stand x3",
  ])("KNEELING (fixed by fix18): %j is not flagged", (text) => expect(flags97530(text)).toBe(0));
  // NEGATION-ACROSS (pinned for gaps18, e8795e5, same scan): a negation at the end of one line ("Falls: no", "dizziness:
  // denied", "New falls? No") negates the task that starts the next ("Transfers x10 w/ CGA"), so the 97530 line is flagged as
  // exercise, and with the lines the other way round it is not; the build of acaf8d0 flags none of these. As ACROSS: the
  // stored tokens keep no line breaks or punctuation, so a negation reaches across them.
  const NEGATION_ACROSS = [
    "Bridges 3x10. Falls: no\nTransfers x10 w/ CGA",
    "Bridges 3x10; LOB: none noted; dizziness: denied\ntransfers x10",
    "Bridges 3x10\nNew falls? No\nTransfers x10 w/ CGA",
  ];
  it.each(NEGATION_ACROSS)("NEGATION-ACROSS guard: %j with its lines the other way round is not flagged", (text) => expect(flags97530(text.split("\n").reverse().join("\n"))).toBe(0));
  it.each(NEGATION_ACROSS)("NEGATION-ACROSS (fixed by fix18): %j is not flagged either", (text) => expect(flags97530(text)).toBe(0));
  // MIN-ASSIST (pinned for gaps18, ae25037): a template's "*** min" before its "[assist level]" blank reads as the assistance
  // "min assist" (the brackets and comma are no boundary to the scan), so the unfilled template says what was done and is not
  // flagged; "[assist level] x *** reps" alone, or "Ther ex: *** x *** reps, [assist level]", is. Found by the template property (its fc.pre).
  it.each(["[assist level] x *** reps", "Ther ex: *** x *** reps, [assist level]"])("MIN-ASSIST guard: %j is flagged", (text) => expect(rulesOf("97110", text, VAGUE).length).toBe(1));
  it.each([
    "*** min, *** min, [assist level] x *** reps",
    "Ther ex: *** x *** reps, *** min, [assist level]",
  ])("MIN-ASSIST (fixed by fix18): the unfilled template %j is flagged", (text) => expect(rulesOf("97110", text, VAGUE).length).toBe(1));
});
