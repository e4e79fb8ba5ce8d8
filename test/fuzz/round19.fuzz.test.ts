import fc from "fast-check";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { sessionsFromFhirClaim, type FhirClaimOptions } from "../../src/adapters/fhir.js";
import { createNcciTables, type MueRow, type NcciTables, type PtpRow } from "../../src/ncci/index.js";
import { lintDocumentation } from "../../src/lint.js";
import type { Finding } from "../../src/model/finding.js";
import type { Session } from "../../src/model/session.js";
import { validateSession, validateSessions } from "../../src/validate.js";
import { line, session as sessionOf } from "../rules/helpers.js";
import { REALISTIC_NOTES, sessionOf as noteSession } from "../rules/realistic-notes.cases.js";
import { deepFreeze, FUZZ_RUNS, hostileSession, keysArb, permuted, hostileSpecArb, validSessionArb } from "./arbitraries.js";
import { expectJsonSafe } from "./json-safe.js";

/**
 * The nineteenth round's new code, fuzzed (fuzz19). (1) rules19's two new rules, doc/97116-reads-as-exercise (7b139db) and
 * doc/92507-reads-as-swallowing (5a507e5), from word lists: gait, stairs and walking with distances, devices and assist levels vs
 * exercise names; swallowing vs speech, language, voice, fluency and cognition; mixed, abbreviated, in capitals, with punctuation
 * and line breaks. (2) gaps19's readings: a negation reaches only its own line and clause for non-billable time (869fbe1), empty
 * grids under captions and borders (fa583be), a line whose only treatment was refused (605e6e2), a group only nearby (1eed0a3).
 * (3) mods19's input/option-not-applied on FHIR claims (bab1005): item order, a claim of one session, nothing lost. (4) The lead's
 * credential words (a086d54) against the FHIR adapter's care-team reading, misspelled-field's unread objects (564e29b), and
 * validateSession's contract (never throws, JSON, `valid`). (5) Reports equal to the build of 65e7e46 (.bench/base19)
 * outside the changed rules and input findings. Runs per property: max(FUZZ_RUNS, 100), fewer for the costly ones.
 */
const params = { numRuns: Math.max(FUZZ_RUNS, 100) };
const half = { numRuns: Math.max(Math.floor(FUZZ_RUNS / 2), 50) };

const caseArb = fc.constantFrom((s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s.toLowerCase(), (s: string) => s.replace(/\b\w/g, (c) => c.toUpperCase()));
/** How a text is written, which must not change a finding: case, blanks around it and between its words, the joins of its parts. */
const writtenArb = fc.tuple(caseArb, fc.constantFrom("", " ", "\n", " \r\n\t"), fc.constantFrom(" ", " ", "\t", "\u00a0", "  ")).map(([cased, around, gap]) => (parts: readonly string[], join: string) => cased(around + parts.map((p) => p.replaceAll(" ", gap)).join(join) + around));
const JOINS = [", ", "; ", "\n", "\r\n", " / ", ". ", " + ", "  ,  "];
const ruleOn = (rule: string) => (code: string, activity: string, discipline: "PT" | "SLP" = "PT"): Finding[] =>
  lintDocumentation(sessionOf({ provider: { discipline, credential: discipline }, services: [line(code, activity)] })).filter((f) => f.rule === rule);

// ---------------------------------------------------------------------------------------------
// 1a. doc/97116-reads-as-exercise (rules19, 7b139db).
// ---------------------------------------------------------------------------------------------

const GAIT_RULE = "doc/97116-reads-as-exercise";
const on97116 = (activity: string) => ruleOn(GAIT_RULE)("97116", activity);
/** Walking and stair work as clinics write it: each part names gait, with or without its distance, device or assistance. */
const GAIT_WORDS = [
  "gait training", "Gait trng", "gait", "amb", "Amb.", "ambulation", "ambulated", "ambulating", "walking", "walked", "walk",
  "stair training", "stairs", "steps", "curb step up/down", "ramp", "treadmill walking", "BWSTT", "heel strike cues", "step length cues",
  "reciprocal pattern on stairs", "side stepping", "retro walking", "pre-gait",
];
const DISTANCES = ["", " 150 ft", " 200'", " 100 feet x2", " 300 ft x2 laps", " x 12 steps", " 4 steps"];
const DEVICES = ["", " w/ RW", " w/ FWW", " w/ SPC", " w/ QC", " w/ walker", " w/ crutches", " w/ cane", " w/ rolling walker"];
const ASSISTS = ["", " CGA", " min A", " SBA", " mod assist", " mod I", " w/ supervision", " w/ gait belt min A x1", " VC for posture"];
const gaitPartArb = fc.tuple(fc.constantFrom(...GAIT_WORDS), fc.constantFrom(...DISTANCES), fc.constantFrom(...DEVICES), fc.constantFrom(...ASSISTS)).map((p) => p.join(""));
/** Exercise as clinics write it: each alone on 97116 reads as 97110. */
const EXERCISE_PARTS = [
  "LAQ 2x10", "SLR 3x10", "ankle pumps 2x15", "heel raises 3x15", "hip abd 2x10", "HS curls 2x10", "bridges 3x10", "clams red TB 3x10",
  "mini squats 2x10", "fwd step ups 6in 2x10", "leg press 3x10 40#", "NuStep 10 min L4", "quad sets 2x10", "seated marches 2x20",
  "toe raises 2x15", "glute sets 10x5 sec", "hamstring stretch 3x30 sec", "TKE w/ band 2x15", "SAQ 3x10", "calf stretch 3x30 sec",
  "recumbent bike 8 min", "standing hip abd at counter 2x10",
];
const EXERCISE_SUFFIX = ["", " w/ VC for form", " w/ 2# ankle wts", " B LE", " w/ min A", " bilat"];
const exercisePartArb = fc.tuple(fc.constantFrom(...EXERCISE_PARTS), fc.constantFrom(...EXERCISE_SUFFIX)).map(([e, s]) => e + s);

describe("doc/97116-reads-as-exercise: gait and stair words vs exercise (rules19)", () => {
  it.each(EXERCISE_PARTS)("%j alone is flagged", (a) => expect(on97116(a).map((f) => f.severity)).toEqual(["warning"]));
  it.each(GAIT_WORDS)("%j alone is not flagged", (a) => expect(on97116(a)).toEqual([]));
  it.each(GAIT_WORDS)("%j beside 'LAQ 2x10, ankle pumps 2x15' is not flagged", (a) => expect(on97116(`LAQ 2x10, ankle pumps 2x15; ${a}`)).toEqual([]));

  it("a line of exercise only is flagged once (a warning naming up to three of its exercises) in any order, join, case and spacing", () => {
    fc.assert(fc.property(fc.array(exercisePartArb, { minLength: 1, maxLength: 4 }), keysArb, fc.constantFrom(...JOINS), writtenArb, (parts, keys, join, written) => {
      const text = written(permuted(parts, keys), join);
      const found = on97116(text);
      expect(found.map((f) => f.severity), JSON.stringify(text)).toEqual(["warning"]);
      expect(found[0]!.message.match(/\(([^)]*)\)/)![1]!.split(", ").length).toBeLessThanOrEqual(3);
    }), params);
  });

  it("a line naming gait, stairs or walking (with its distance, device, assistance) beside any exercise is never flagged", () => {
    fc.assert(fc.property(fc.array(exercisePartArb, { maxLength: 4 }), fc.array(gaitPartArb, { minLength: 1, maxLength: 2 }), keysArb, fc.constantFrom(...JOINS), writtenArb, (exercise, gait, keys, join, written) => {
      const text = written(permuted([...exercise, ...gait], keys), join);
      expect(on97116(text), JSON.stringify(text)).toEqual([]);
    }), params);
  });

  it("in a visit of several lines the findings follow their lines, in any order and deep-frozen; validateSession agrees with the linter", () => {
    const lineArb = fc.oneof(
      fc.array(exercisePartArb, { minLength: 1, maxLength: 3 }).map((p) => ({ text: p.join(", "), flagged: true })),
      fc.tuple(fc.array(exercisePartArb, { maxLength: 2 }), gaitPartArb).map(([p, g]) => ({ text: [...p, g].join("; "), flagged: false })),
    );
    fc.assert(fc.property(fc.array(lineArb, { minLength: 1, maxLength: 5 }), keysArb, caseArb, (lines, keys, cased) => {
      const services = lines.map((l) => line("97116", cased(l.text)));
      const flaggedOf = (s: Session, found: readonly Finding[]) => found.filter((f) => f.rule === GAIT_RULE).map((f) => s.services[f.path![1] as number]!.activity).sort();
      const expected = services.filter((_, k) => lines[k]!.flagged).map((l) => l.activity).sort();
      const visit = deepFreeze(sessionOf({ services: permuted(services, keys), totalTimedMinutes: 15 * services.length, totalTreatmentMinutes: 15 * services.length }));
      expect(flaggedOf(visit, lintDocumentation(visit))).toEqual(expected);
      expect(flaggedOf(visit, validateSession(visit).findings)).toEqual(expected);
    }), half);
  });
});

// ---------------------------------------------------------------------------------------------
// 1b. doc/92507-reads-as-swallowing (rules19, 5a507e5).
// ---------------------------------------------------------------------------------------------

const SWALLOW_RULE = "doc/92507-reads-as-swallowing";
const on92507 = (activity: string) => ruleOn(SWALLOW_RULE)("92507", activity, "SLP");
const SWALLOW_PARTS = [
  "chin tuck x10", "effortful swallow x10", "Masako 3x10", "Shaker holds 3x30 sec", "Mendelsohn x10", "thin liquid trials via cup",
  "nectar thick via tsp x5", "IDDSI level 4 puree x6", "PO trials of mech soft solids", "ice chips x10 w/ chin down", "dysphagia tx",
  "VitalStim 30 min", "supraglottic swallow x10", "pharyngeal strengthening", "laryngeal elevation exs", "dry swallows x10",
  "oral bolus control cues", "Frazier free water protocol", "feeding therapy w/ spoon", "chin tuck against resistance x10",
];
const LANGUAGE_PARTS = [
  "naming 8/10", "word finding in sentences", "LSVT LOUD x15", "easy onset in phrases", "articulation /r/ at word level", "memory book training",
  "AAC requests 8x", "following directions 4/5", "wh questions 7/10", "pitch glides x10", "conversation 10 min", "stuttering modification",
  "problem solving tasks", "dysarthria drills", "aphasia tx", "intelligibility at sentence level", "confrontation naming 18/20",
  "story retell w/ min cues", "vocal hygiene ed", "expressive language tasks", "receptive language 2-step directions",
];
const CUES = ["", " w/ min cues", " 80% acc", " indep", " w/ mod verbal cues", " x15 min"];
const swallowPartArb = fc.tuple(fc.constantFrom(...SWALLOW_PARTS), fc.constantFrom(...CUES)).map(([p, c]) => p + c);
const languagePartArb = fc.tuple(fc.constantFrom(...LANGUAGE_PARTS), fc.constantFrom(...CUES)).map(([p, c]) => p + c);

describe("doc/92507-reads-as-swallowing: swallowing vs speech-language work (rules19)", () => {
  it.each(SWALLOW_PARTS)("%j alone is a warning", (a) => expect(on92507(a).map((f) => f.severity)).toEqual(["warning"]));
  it.each(LANGUAGE_PARTS)("%j alone is not flagged", (a) => expect(on92507(a)).toEqual([]));
  it.each(LANGUAGE_PARTS)("%j beside 'chin tuck x10' is info advice", (a) => {
    expect(on92507(`chin tuck x10; ${a}`).map((f) => [f.severity, f.message.includes("beside speech-language work")])).toEqual([["info", true]]);
  });

  it("swallowing only: one warning; beside speech-language work: one info advice; speech-language only: nothing (any order, join, case, spacing)", () => {
    fc.assert(fc.property(fc.array(swallowPartArb, { maxLength: 3 }), fc.array(languagePartArb, { maxLength: 3 }), keysArb, fc.constantFrom(...JOINS), writtenArb, (swallow, language, keys, join, written) => {
      fc.pre(swallow.length + language.length > 0);
      const text = written(permuted([...swallow, ...language], keys), join);
      const expected = swallow.length === 0 ? [] : language.length === 0 ? ["warning"] : ["info"];
      expect(on92507(text).map((f) => f.severity), JSON.stringify(text)).toEqual(expected);
    }), params);
  });

  it("other codes are not this rule's, and in a visit of several lines the findings follow their lines (any order, deep-frozen)", () => {
    const lineArb = fc.tuple(fc.array(swallowPartArb, { maxLength: 2 }), fc.array(languagePartArb, { maxLength: 2 }), fc.constantFrom("92507", "92507", "92526", "92609")).filter(([s, l]) => s.length + l.length > 0)
      .map(([s, l, code]) => ({ code, text: [...s, ...l].join("; "), severity: code !== "92507" || s.length === 0 ? undefined : l.length === 0 ? "warning" : "info" }));
    fc.assert(fc.property(fc.array(lineArb, { minLength: 1, maxLength: 5 }), keysArb, (lines, keys) => {
      const services = lines.map((l) => line(l.code, l.text, { minutes: 30, units: 2 }));
      const visit = deepFreeze(sessionOf({ provider: { discipline: "SLP", credential: "SLP" }, services: permuted(services, keys), totalTimedMinutes: 30 * services.length }));
      const got = lintDocumentation(visit).filter((f) => f.rule === SWALLOW_RULE).map((f) => `${visit.services[f.path![1] as number]!.activity}|${f.severity}`).sort();
      expect(got).toEqual(lines.flatMap((l) => (l.severity === undefined ? [] : [`${l.text}|${l.severity}`])).sort());
    }), half);
  });
});

describe("the two rules past 4,096 characters (the long-text reading, note-texts.ts LONG_TEXT) read as the short text (rules19)", () => {
  /** The parts repeated until the text passes 4,096 characters, then `last` (the part that decides, read past the quick scan). */
  const long = (parts: readonly string[], last: string) => {
    let text = "";
    for (let k = 0; text.length < 4200; k++) text += `${parts[k % parts.length]!}; `;
    return `${text}${last}`;
  };
  it("97116: exercise only, however long, is flagged once; gait after 4,096 characters of exercise clears it", () => {
    fc.assert(fc.property(fc.array(exercisePartArb, { minLength: 1, maxLength: 4 }), gaitPartArb, (exercise, gait) => {
      expect(on97116(long(exercise, exercise[0]!)).length).toBe(1);
      expect(on97116(long(exercise, gait)), gait).toEqual([]);
    }), { numRuns: Math.max(Math.floor(FUZZ_RUNS / 4), 25) });
  });
  it("92507: swallowing only, however long, is the warning; speech-language work after 4,096 characters makes it the info advice", () => {
    fc.assert(fc.property(fc.array(swallowPartArb, { minLength: 1, maxLength: 4 }), languagePartArb, (swallow, language) => {
      expect(on92507(long(swallow, swallow[0]!)).map((f) => f.severity)).toEqual(["warning"]);
      expect(on92507(long(swallow, language)).map((f) => f.severity), language).toEqual(["info"]);
      expect(on92507(long([language], swallow[0]!)).map((f) => f.severity), language).toEqual(["info"]);
    }), { numRuns: Math.max(Math.floor(FUZZ_RUNS / 4), 25) });
  });
});

describe("counterexamples this fuzz found in rules19's rules (fuzz19)", () => {
  // STEP-WORDS (fixed by fuzz19; was pinned for rules19, src/rules/text/lexicon.ts `ambulation`/`gait`): a 97116 line that names walking or stairs in
  // a way the word lists do not hold is flagged as exercise only: a walking test (6MWT, 10MWT: the patient walked), stair
  // climbing written as one word, "ambul" cut short, and devices the rule's docs say clear a line (4WW, LBQC, rollator) when
  // no distance is written beside them. Fixed: "6mwt", "10mwt", "2mwt", "walk test", "stairclimbing", "ambul", "4ww", "lbqc",
  // "sbqc", "rollator", "hemiwalker" in `ambulation`.
  const STEP_WORDS = [
    "LAQ 2x10; 6MWT",
    "Heel raises 2x10 + 10MWT",
    "LAQ 2x10; stairclimbing",
    "LAQ 2x10; ambul. w/ LBQC",
    "Heel raises 2x10 then ambul.",
    // gaps20: "Heel raises 2x10 + using rollator" and "Heel raises 2x10 + 4WW" left this list: a device named alone is a support
    // for the exercise, no walking (the brief of round 20; NOT-WALKING below flags them).
  ];
  it.each(STEP_WORDS)("STEP-WORDS guard: %j with 'gait' in place of its walking words is not flagged", (text) => {
    expect(on97116(text.replace(/6MWT|10MWT|stairclimbing|ambul\.|using rollator|4WW/, "gait"))).toEqual([]);
  });
  it.each(STEP_WORDS)("STEP-WORDS (fixed by fuzz19): %j names walking or stairs and is not flagged", (text) => expect(on97116(text)).toEqual([]));

  // DEFERRED-GAIT (pinned for rules19, src/rules/text/analyze-text.ts TASK_CATEGORIES): an `ambulation` or `gait` term is no
  // task done after "declined"/"refused" ("pt declined gait"), but not before "deferred", "held", "not performed" or "not
  // today": these lines of exercise only, whose gait was not done, are not flagged (a miss: 15 min of LAQ billed as 97116).
  // "LAQ 2x10; pt declined gait d/t pain" is. Perhaps: the refusal reading doc/activity-too-vague got this round (refusedOnly's
  // "deferred"/"omitted"/"skipped" after the task).
  const DEFERRED_GAIT = ["LAQ 2x10; gait deferred d/t pain", "LAQ 2x10; gait held d/t pain", "LAQ 2x10; gait not performed d/t pain", "LAQ 2x10; stairs deferred"];
  it("DEFERRED-GAIT guard: 'LAQ 2x10; pt declined gait d/t pain' is flagged", () => expect(on97116("LAQ 2x10; pt declined gait d/t pain")).toHaveLength(1));
  // Fixed by gaps20 (src/rules/doc/97116-reads-as-exercise.ts NOT_DONE): "deferred", "held" before a reason, "not performed",
  // "postponed" after a walking or stair word take it out, with the reach doc/activity-too-vague's refusals have (withoutRefused).
  it.each(DEFERRED_GAIT)("DEFERRED-GAIT (fixed by gaps20): %j is flagged", (text) => expect(on97116(text)).toHaveLength(1));
  it.each([
    "LAQ 2x10; gait 150 ft w/ RW, stairs deferred", "LAQ 2x10, gait 150 ft w/ RW then stairs deferred", "Amb 150 ft stairs deferred; LAQ 2x10",
    "LAQ 2x10; gait not performed correctly at first, cues for heel strike", "SLS held 10 sec, LAQ 2x10, gait 100 ft", "LAQ 2x10; pt held rail on stairs x12",
    "LAQ 2x10; gait 150 ft w/ RW and stairs held d/t pain",
  ])("DEFERRED-GAIT guard: %j (walking or stairs done beside what was not) is not flagged", (text) => expect(on97116(text)).toEqual([]));

  // NOT-WALKING (gaps20, a miss seen in round 19; src/rules/doc/97116-reads-as-exercise.ts NOT_WALKING): a gait belt, walking to the
  // gym and a device named alone name no walking trained; these lines of exercise only were not flagged.
  const NOT_WALKING = [
    "Gait belt used; heel raises, LAQ", "Pt amb to and from gym; seated LAQ", "LAQ 2x10 w/ RW", "Standing marches 2x10 w/ FWW, heel raises", "Walking lunges 2x10",
    "Heel raises 2x10 + using rollator", "Heel raises 2x10 + 4WW",
  ];
  it.each(NOT_WALKING)("NOT-WALKING (fixed by gaps20): %j is flagged", (text) => expect(on97116(text)).toHaveLength(1));
  it.each(["Gait belt used; gait 150 ft w/ RW CGA, LAQ", "Pt amb to and from gym 150 ft x2 w/ RW; seated LAQ", "LAQ 2x10; amb w/ RW", "Marches 2x10 w/ FWW, then FWW 200' SBA", "Heel raises 2x10 + amb w/ rollator", "Heel raises 2x10 + 4WW 300 ft"])("NOT-WALKING guard: %j (walking named beside) is not flagged", (text) => expect(on97116(text)).toEqual([]));

  // GAIT-TO (fixed by fuzz19; was pinned for rules19, b00a609, src/rules/doc/97116-reads-as-exercise.ts GAIT_PURPOSE): "to" alone before "gait" is
  // read as the exercises' purpose ("to improve gait"), so a line that moved on to gait training ("progressed to gait
  // training", "transitioned to gait trng x 10 min", "Advanced to gait 12 min") has its gait taken out and is flagged as
  // exercise only. Fixed: "to" only with "improve" or "promote" after it ("to improve gait"), as the commit's cases have.
  const GAIT_TO = [
    "LAQ 2x10; progressed to gait training",
    "LAQ 2x10 then transitioned to gait trng x 10 min",
    "SLR 3x10. Advanced to gait 12 min",
    "Warm-up LAQ 2x10 prior to gait training; pt tolerated well",
  ];
  it("GAIT-TO guard: 'LAQ 2x10 to improve gait' (and for safe gait, to promote gait, improves gait) is flagged, 'LAQ 2x10; gait training' is not", () => {
    for (const t of ["LAQ 2x10 to improve gait", "marches 2x10 for safe gait", "SLR 3x10 to promote normal gait", "heel raises 3x15 improves gait speed", "LAQ 2x10 to prepare for gait"]) expect(on97116(t), t).toHaveLength(1);
    expect(on97116("LAQ 2x10; gait training")).toEqual([]);
  });
  it.each(GAIT_TO)("GAIT-TO (fixed by fuzz19): %j is not flagged", (text) => expect(on97116(text)).toEqual([]));

  // SPEECH-WORD (fixed by fuzz19; was pinned for rules19, src/rules/text/lexicon.ts `language`): the category lacked "speech" itself and other plain
  // words for the work 92507 pays for (cognition, voicing, anomia, dysphonia, electrolarynx, verbal): a 92507 line naming
  // swallowing beside them gets the WARNING "…and no speech, language, voice or communication work; it reads as 92526", which
  // the line itself contradicts ("Dysphagia tx, speech tx"), where the info advice to bill 92526 beside 92507 was meant.
  // Fixed: "speech tx", "speech therapy", "speech drills", "speech tasks"… (not "speech" alone: "speech clear" is a status, see
  // STATUS-WORDS), "spch tx", "anomia", "dysphonia", "voicing", "electrolarynx", "alaryngeal", "literacy", "oral reading",
  // "cognitive tasks", "cognition tasks" in `language` (read by this rule only).
  const SPEECH_WORD = [
    "Dysphagia tx, speech tx",
    "Chin tuck x10; speech drills",
    "Chin tuck x10; cognition tasks",
    "Chin tuck x10; PMV trials w/ voicing",
    "Chin tuck x10; anomia tx",
    "Chin tuck x10; dysphonia tx",
    "Chin tuck x10; electrolarynx training",
    "Chin tuck x10; oral reading 3 paragraphs",
  ];
  it.each(SPEECH_WORD)("SPEECH-WORD guard: %j is flagged (one finding)", (text) => expect(on92507(text)).toHaveLength(1));
  it.each(["Effortful swallow x10; speech clear", "Chin tuck x10 w/ verbal cues", "Masako x10; pt oriented x3"])("SPEECH-WORD guard: %j (speech named as a status or a cue) stays the warning", (text) => {
    expect(on92507(text).map((f) => f.severity)).toEqual(["warning"]);
  });
  it.each(SPEECH_WORD)("SPEECH-WORD (fixed by fuzz19): %j gets the info advice, not the warning", (text) => expect(on92507(text).map((f) => f.severity)).toEqual(["info"]));

  // STATUS-WORDS (pinned for rules19, src/rules/text/lexicon.ts `language`, a miss): words of the category also describe the
  // patient's state during a swallowing session, not speech-language work: "wet voice" (a sign of penetration), "voice clear",
  // "attention fair", "memory impaired". A 92507 line of swallowing treatment only then gets the info advice to bill 92526
  // beside 92507, not the warning that it reads as 92526. Perhaps: read "voice", "attention", "memory" as work only beside a
  // task word (therapy, tx, training, tasks, drills, exercises) or a score, or not after "wet"/before "clear", "WFL", "intact".
  const STATUS_WORDS = [
    "Thin liquids via cup x10: wet voice x2, cued throat clear",
    "Puree x6, no overt s/sx aspiration, voice clear",
    "Chin tuck x10, pt attention fair",
    "Mech soft solids, mastication adequate; memory impaired, required cues",
  ];
  // Fixed by gaps20 (src/rules/doc/92507-reads-as-swallowing.ts LANGUAGE_STATUS): a voice after "wet" or before a state, attention,
  // memory, orientation or comprehension before a rating are taken out before the line is asked for speech-language work again.
  it.each(STATUS_WORDS)("STATUS-WORDS (fixed by gaps20): %j is the warning (swallowing treatment only)", (text) => expect(on92507(text).map((f) => f.severity)).toEqual(["warning"]));
  it.each([
    "Chin tuck x10; attention tasks 8/10", "Effortful swallow x10; voice tx pitch glides, voice quality good", "Chin tuck x10; memory book training, memory fair",
    "Thin liquids x10, wet voice x1; LSVT LOUD x15", "Puree x6; comprehension of 2-step directions 4/5",
  ])("STATUS-WORDS guard: %j (speech-language work beside a status) is the info advice", (text) => expect(on92507(text).map((f) => f.severity)).toEqual(["info"]));

  // NOT-SWALLOWED (fixed by fuzz19 in part; was pinned for rules19, src/rules/doc/92507-reads-as-swallowing.ts): swallowing words were
  // read though negated or refused ("no dysphagia", "Pt declined PO trials"): a speech-language line got the advice to bill
  // 92526 for a swallowing treatment never given, and a line whose only swallowing words are negated was told it "describes
  // swallowing treatment". Fixed: a `swallowing` term after a negation is no treatment (TASK_CATEGORIES, as `ambulation` got in
  // 7b139db). Still pinned (NOT-SWALLOWED-LEFT): a negation with words between ("no s/sx aspiration", "not on thickened liquids").
  const NOT_SWALLOWED = ["no dysphagia; naming 8/10", "Naming 8/10. Pt declined PO trials", "LSVT LOUD x15; pt refused ice chips"];
  const NOT_SWALLOWED_LEFT = ["Naming 8/10; no s/sx aspiration", "Pt not on thickened liquids; aphasia tx naming 8/10"];
  it.each([...NOT_SWALLOWED, ...NOT_SWALLOWED_LEFT])("NOT-SWALLOWED guard: %j without its negated part is not flagged", (text) => {
    expect(on92507(text.split(/[;.] /).find((p) => /naming|LSVT/.test(p))!)).toEqual([]);
  });
  it.each(NOT_SWALLOWED)("NOT-SWALLOWED (fixed by fuzz19): %j gets no advice", (text) => expect(on92507(text)).toEqual([]));
  // Fixed by gaps20 (src/rules/doc/92507-reads-as-swallowing.ts NEGATED_SIGN): a negation through a sign's words ("overt", "s/sx",
  // "signs", "of", "on") takes out the one or two words after them.
  it.each([...NOT_SWALLOWED_LEFT, "Naming 8/10; no overt signs or symptoms of aspiration or penetration", "Naming 8/10; no s/sx aspiration/penetration"])("NOT-SWALLOWED-LEFT (fixed by gaps20): %j gets no advice", (text) => expect(on92507(text)).toEqual([]));
  it.each(["No overt s/sx aspiration with puree trials x6", "Thin liquids via cup x10, no s/sx of aspiration", "No cues needed for chin tuck x10"])("NOT-SWALLOWED-LEFT guard: %j (swallowing treatment beside a sign not seen) is the warning", (text) => {
    expect(on92507(text).map((f) => f.severity)).toEqual(["warning"]);
  });
  it("NOT-SWALLOWED-LEFT guard: 'Naming 8/10, no s/sx aspiration w/ thin liquids via cup x10' is the info advice", () => expect(on92507("Naming 8/10, no s/sx aspiration w/ thin liquids via cup x10").map((f) => f.severity)).toEqual(["info"]));
  it.each(["Pt declined PO trials today", "Pt refused ice chips"])("NOT-SWALLOWED (fixed by fuzz19): %j alone is not told it describes swallowing treatment", (text) => {
    expect(on92507(text)).toEqual([]);
  });
  it.each(["no puree today; thin liquids via cup x10", "Pt declined PO trials; effortful swallow x10"])("NOT-SWALLOWED guard: %j (swallowing done beside one declined) is the warning", (text) => {
    expect(on92507(text).map((f) => f.severity)).toEqual(["warning"]);
  });
  it("NOT-SWALLOWED-LEFT (fixed by gaps20): 'no s/sx aspiration' alone is not told it describes swallowing treatment", () => expect(on92507("no s/sx aspiration")).toEqual([]));
});

// ---------------------------------------------------------------------------------------------
// 2a. doc/non-billable-time: a negation reaches only its own line and clause (gaps19, 869fbe1).
// ---------------------------------------------------------------------------------------------

const REST_RULE = "doc/non-billable-time";
const restOn = (activity: string) => ruleOn(REST_RULE)("97110", activity);
/** A screening answer that ends in a negation: the rest after it, on the next line or clause, was taken. */
const ANSWERS = ["Falls: no", "Pain: no", "SOB: no", "Dizziness: denied", "New falls? No", "LOB: none", "c/o pain: no", "Any falls: NO"];
const CLAUSE_BREAKS = ["\n", "\r\n", ", ", "; ", ". ", ".\n", " \n "];
const RESTS = ["rest breaks x2", "seated rest 3 min", "rest break x1 d/t fatigue", "2 min seated rest", "seated rest break between sets"];
/** Rest negated in its own clause: never non-billable time. */
const NO_RESTS = ["no rest breaks needed", "no seated rest required", "w/o rest breaks", "without seated rest", "no rest breaks"];
const restExerciseArb = fc.array(fc.constantFrom("Bridges 3x10", "SLR 3x10", "heel raises 3x15", "TKE w/ band 2x15", "Sit to stand x10"), { maxLength: 2 });

describe("doc/non-billable-time: a negation within its own line and clause (gaps19)", () => {
  it("rest after a screening answer that ends in 'no' on the line or clause before it is flagged, in any case", () => {
    fc.assert(fc.property(restExerciseArb, fc.constantFrom(...ANSWERS), fc.constantFrom(...CLAUSE_BREAKS), fc.constantFrom(...RESTS), fc.constantFrom("; ", "\n", ", "), caseArb, (exercise, answer, join, rest, sep, cased) => {
      const text = cased([...exercise, `${answer}${join}${rest}`].join(sep));
      expect(restOn(text).map((f) => f.severity), JSON.stringify(text)).toEqual(["warning"]);
    }), params);
  });

  // REST-NOT-TAKEN (gaps20, a miss of the base too; src/rules/doc/non-billable-time.ts REST_NOT_TAKEN): a rest field answered none and a
  // refused rest were read as rest taken.
  const NOT_TAKEN = ["rest breaks: none", "pt refused rest breaks", "Rest breaks - 0", "seated rest: N/A", "pt declined seated rest", "rest breaks x0", "0 rest breaks", "Rest breaks: none needed", "declined to take a rest break"];
  it.each(NOT_TAKEN)("REST-NOT-TAKEN (fixed by gaps20): 'SLR 3x10, bridges 3x10; ' and %j is not flagged", (rest) => expect(restOn(`SLR 3x10, bridges 3x10; ${rest}`)).toEqual([]));
  it.each(["rest breaks: 2", "rest breaks: 0-1", "Rest breaks: 1 (SOB)"])("REST-NOT-TAKEN guard: %j (rest taken) is flagged", (rest) => expect(restOn(`SLR 3x10; ${rest}`).map((f) => f.severity)).toEqual(["warning"]));
  it("REST-NOT-TAKEN: rest not taken beside rest taken or set-up, in any order, join and case, is flagged; alone it is not", () => {
    fc.assert(fc.property(restExerciseArb, fc.constantFrom(...NOT_TAKEN), fc.constantFrom(...RESTS, "equipment set-up 5 min"), fc.constantFrom("; ", "\n", ". "), fc.boolean(), caseArb, (exercise, notTaken, taken, join, first, cased) => {
      expect(restOn(cased([...exercise, notTaken].join(join)))).toEqual([]);
      const text = cased([...exercise, ...(first ? [notTaken, taken] : [taken, notTaken])].join(join));
      expect(restOn(text).map((f) => f.severity), JSON.stringify(text)).toEqual(["warning"]);
    }), params);
  });

  it("rest negated in its own clause is never flagged, whatever answers stand before or after it, in any order", () => {
    fc.assert(fc.property(restExerciseArb, fc.array(fc.constantFrom(...ANSWERS), { maxLength: 2 }), fc.constantFrom(...NO_RESTS), keysArb, fc.constantFrom(...CLAUSE_BREAKS), caseArb, (exercise, answers, rest, keys, join, cased) => {
      const text = cased(permuted([...exercise, ...answers, rest], keys).join(join));
      expect(restOn(text), JSON.stringify(text)).toEqual([]);
    }), params);
  });
});

// ---------------------------------------------------------------------------------------------
// 2b. doc/activity-too-vague: empty grids under a caption, a top border, a pipe-less separator (gaps19, fa583be).
// ---------------------------------------------------------------------------------------------

const VAGUE = "doc/activity-too-vague";
const vagueOn = (code: string, activity: string) => ruleOn(VAGUE)(code, activity);
const GRID_MESSAGE = "its grid has a header and no filled row";
const CAPTIONS = ["", "Flowsheet:", "Ther ex flowsheet for today:", "Exercise log:", "Flowsheet", "Today's exercises:\n", "FLOWSHEET -"];
const HEADER_WORDS = ["Exercise", "Sets", "Reps", "Wt", "Cues", "Task", "Assist", "Trials", "Resistance", "Activity", "Notes", "Time", "Weight", "Hold", "Level", "Comments"];
/** gaps20 (EQUALS-GRID): separators of equals signs, as plain-text exports write them, were read as no separator. */
const EQUALS_SEPARATORS = ["=====", "===|===", "===== | ===== | =====", "=====+=====+====="];
const SEPARATORS = ["---|---", "|---|---|", "-----", "----------", ":---:|:---:", "--- | --- | ---", "-|-", ...EQUALS_SEPARATORS];
const EMPTY_ROWS = ["", "| | |", "|   |   |", "  ", " | "];
const FILLED_ROWS = ["Bridges | 3 | 10", "Sit<>stand | CGA | VC", "| Heel raises | 3 | 15 |", "Gait | 150 ft | SBA", "Lat pull down | 3 | 10 | 30#", "SLR | 2 | 15 | 2#"];
const captionedGridArb = fc
  .tuple(fc.constantFrom(...CAPTIONS), fc.array(fc.constantFrom(...HEADER_WORDS), { minLength: 2, maxLength: 5 }), fc.constantFrom(...SEPARATORS), fc.boolean(), fc.array(fc.constantFrom(...EMPTY_ROWS), { maxLength: 2 }), fc.constantFrom(...FILLED_ROWS), fc.nat(), fc.constantFrom("\n", "\r\n"), caseArb)
  .map(([caption, header, separator, boxed, empties, filled, at, eol, cased]) => {
    const border = `+${"-----+".repeat(header.length)}`;
    const body = boxed ? [border, `| ${header.join(" | ")} |`, border, `|${"     |".repeat(header.length)}`, border] : [header.join(" | "), separator, ...empties];
    const lines = caption === "" ? body : [caption, ...body];
    const full = [...lines];
    // The filled row below the header's separator (or border), among the empty rows.
    const first = lines.indexOf(boxed ? border : separator, caption === "" ? 0 : 1) + (boxed ? 2 : 1);
    full.splice(first + (at % (full.length - first + 1)), 0, filled);
    return { empty: cased(lines.join(eol)), filled: cased(full.join(eol)) };
  });

describe("doc/activity-too-vague: empty grids under captions and borders (gaps19)", () => {
  it("an empty grid under a caption or a top border, or over a separator without pipes, is flagged as a grid; a filled row clears it", () => {
    fc.assert(fc.property(captionedGridArb, fc.constantFrom("97110", "97530", "97112", "97140"), ({ empty, filled }, code) => {
      const found = vagueOn(code, empty);
      expect(found.map((f) => f.message.includes(GRID_MESSAGE)), JSON.stringify(empty)).toEqual([true]);
      expect(vagueOn(code, filled), JSON.stringify(filled)).toEqual([]);
    }), params);
  });

  it.each(EQUALS_SEPARATORS)("EQUALS-GRID (fixed by gaps20): 'Exercise | Sets | Reps' over %j is flagged as a grid; with a filled row or a header naming exercises it is not", (separator) => {
    expect(vagueOn("97110", `Exercise | Sets | Reps\n${separator}`).map((f) => f.message.includes(GRID_MESSAGE))).toEqual([true]);
    expect(vagueOn("97110", `Exercise | Sets | Reps\n${separator}\nBridges | 3 | 10`)).toEqual([]);
    expect(vagueOn("97110", `Bridges | Clams\n${separator}`)).toEqual([]);
  });

  it("a header or caption naming an exercise or task says what was done: never vague, whatever the grid below", () => {
    const named = fc.constantFrom("Bridges | Clams", "| Sit to stand | Floor to waist lift |", "SLR | Quad sets | Heel slides", "Bridges, clams, SLR per HEP:", "Bike 10 min");
    fc.assert(fc.property(named, captionedGridArb, fc.boolean(), caseArb, (head, { empty }, above, cased) => {
      const text = cased(above ? `${head}\n${empty}` : `${head}\n${SEPARATORS[0]}`);
      expect(vagueOn("97110", text), JSON.stringify(text)).toEqual([]);
    }), params);
  });
});

// ---------------------------------------------------------------------------------------------
// 2c. doc/activity-too-vague: a line whose only treatment was refused, declined or deferred (gaps19, 605e6e2).
// ---------------------------------------------------------------------------------------------

const REFUSED_WHY = "the treatment it names was refused, declined or deferred";
const REFUSED_TREATMENTS = ["STM", "STM R UT", "PA mobs L3-5", "dry needling", "e-stim", "ice", "grade III mobs", "IASTM to ITB", "cupping to lumbar paraspinals"];
/** "Pt refused X", as clinics write a treatment not given. */
const REFUSALS = ["Pt refused {} today d/t soreness", "Pt declined {}", "{} deferred d/t bruising", "pt refusing {}", "Pt refused {}", "{} deferred", "Declined {} this session", "{} skipped today"];
/** What was done instead, each in a clause of its own. */
const DONE = ["performed PA mobs L3-5 gr III", "STM R UT 12 min", "tolerated grade III mobs L4-5", "PROM R shoulder flex/abd to tolerance", "manual traction 8 min", "Pt agreed to PROM R knee"];
const DONE_JOINS = [", ", "; ", ". ", "\n", " but ", ", then ", "; instead "];

describe("doc/activity-too-vague: treatments refused, declined or deferred (gaps19)", () => {
  it("a refusal alone is flagged as one; 'pt refused X, performed Y' (either order, any clause break) is never vague", () => {
    fc.assert(fc.property(fc.constantFrom(...REFUSALS), fc.constantFrom(...REFUSED_TREATMENTS), fc.constantFrom(...DONE), fc.constantFrom(...DONE_JOINS), fc.boolean(), caseArb, (refusal, x, done, join, first, cased) => {
      const refused = refusal.replace("{}", x);
      const alone = vagueOn("97140", cased(refused));
      expect(alone.map((f) => f.message.includes(REFUSED_WHY)), JSON.stringify(refused)).toEqual([true]);
      // " but " and " then " start a clause after the refusal only.
      const text = cased(first || /^[,;.\n]/.test(join) ? `${refused}${join}${done}` : `${done}${join}${refused}`);
      expect(vagueOn("97140", text), JSON.stringify(text)).toEqual([]);
    }), params);
  });
});

// ---------------------------------------------------------------------------------------------
// 2d. doc/one-on-one-required: a group only nearby vs the patient's own group (gaps19, 1eed0a3).
// ---------------------------------------------------------------------------------------------

const ONE_ON_ONE_RULE = "doc/one-on-one-required";
const ONE_ON_ONE = ["1:1", "1-on-1", "one-on-one", "1 on 1"];
const GROUPS = ["group class", "group ex", "group exercise class", "group session", "group therapy"];
const NEARBY = ["running nearby", "ran nearby", "was running in main gym", "going on nearby", "in progress next door"];
/** A group named as what ran nearby in a clause of its own, or up to two words after while/as/when. */
const nearbyArb = fc.oneof(
  // A line break right before a word ("\nA group class"): LINE-START, fixed by fuzz19.
  fc.tuple(fc.constantFrom(". ", "; ", "\n", "(", ";"), fc.constantFrom("", "A ", "The ", "the busy "), fc.constantFrom(...GROUPS), fc.constantFrom(...NEARBY)).map(([join, article, group, ran]) => `${join}${article}${group} ${ran}`),
  fc.tuple(fc.constantFrom("while", "as", "when"), fc.constantFrom("", "the ", "the busy ", "a large "), fc.constantFrom(...GROUPS), fc.constantFrom(...NEARBY)).map(([w, words, group, ran]) => ` ${w} ${words}${group} ${ran}`),
);
/** The patient's own group: in it, joined, part of. */
const OWN_GROUP = [" while in group class running drills", ". Then joined group class running drills", ", as part of the group class running relays", ". Pt then in group ex running circuit", " during group ex", " with group class x15 min"];
const seenArb = fc.tuple(fc.constantFrom("Seen {}", "Pt seen {} in side room", "{} ther ex", "Tx {}"), fc.constantFrom(...ONE_ON_ONE)).map(([s, one]) => s.replace("{}", one));
const taskArb = fc.constantFrom("", ": pushing cart 100 ft", "; SLR 3x10, bridges 3x10", ": sit to stand x10");
const adviceOn = (code: string, text: string) => ruleOn(ONE_ON_ONE_RULE)(code, text);

describe("doc/one-on-one-required: a group nearby vs the patient's own (gaps19)", () => {
  it("seen 1:1 while a group only ran nearby: no group advice, in any case", () => {
    fc.assert(fc.property(seenArb, nearbyArb, taskArb, fc.constantFrom("97110", "97530", "97112"), caseArb, (seen, nearby, task, code, cased) => {
      const text = cased(`${seen}${nearby}${task}`);
      expect(adviceOn(code, text), JSON.stringify(text)).toEqual([]);
    }), params);
  });

  it("the patient's own group beside it keeps the advice (info)", () => {
    fc.assert(fc.property(seenArb, fc.option(nearbyArb, { nil: undefined }), fc.constantFrom(...OWN_GROUP), taskArb, caseArb, (seen, nearby, own, task, cased) => {
      const text = cased(`${seen}${nearby ?? ""}${own}${task}`);
      expect(adviceOn("97110", text).map((f) => f.severity), JSON.stringify(text)).toEqual(["info"]);
    }), params);
  });
});

describe("counterexamples this fuzz found in gaps19's readings (fuzz19)", () => {
  // LINE-START (fixed by fuzz19; was pinned for gaps19, src/rules/doc/group-text.ts WHILE_BEFORE): a clause's start may stand up to two words before a
  // group named nearby, but the first word must follow a blank or a mark after the break ("Seen 1:1. A group class…" passes): a
  // word right after a line break, "(", ";" or "," ("Seen 1:1\nA group class running nearby", "(a group class ran nearby)") is
  // not read as the clause's start, and the 1:1 line gets the group advice. "Seen 1:1\nGroup class running nearby" (no word
  // between) passes. Found by the first nearby property (its line-break form now names the group first). Perhaps: the first
  // word's separator `[\W_]*` (may be empty) after a break character.
  const LINE_START = [
    "Seen 1:1\nA group class running nearby",
    "Seen 1:1\nthe busy group class ran nearby",
    "Seen 1:1 (a group class ran nearby)",
    "Seen 1:1;a group class ran nearby",
    "Seen 1:1 in side room\nAnother group class was running",
  ];
  it.each(LINE_START)("LINE-START guard: %j with a blank after its break gets no group advice", (text) => {
    expect(adviceOn("97110", text.replace(/(\n|\(|;)(?=[a-z])/i, "$1 "))).toEqual([]);
  });
  it.each(LINE_START)("LINE-START (fixed by fuzz19): %j gets no group advice", (text) => expect(adviceOn("97110", text)).toEqual([]));
  it.each(["Seen 1:1\nthen joined group class running drills", "1:1 ther ex (then in group class running relays)", "Seen 1:1;with group class running drills"])("LINE-START guard: %j (the patient's own group after the break) keeps the advice", (text) => {
    expect(adviceOn("97110", text).map((f) => f.severity)).toEqual(["info"]);
  });

  // REFUSED-REACH (fixed by fuzz19; was pinned for gaps19, src/rules/doc/activity-too-vague.ts refusedOnly): a refusal's reach ended only at , ; . ? !
  // a line break or a clause word (but, then, instead…), so a treatment done that follows a dash, a slash, an arrow, a colon, an
  // ellipsis or a parenthesis, or "and received"/"so" ("Pt declined STM and received PA mobs L3-5"), is taken out with the
  // refused one; and "deferred"/"omitted"/"skipped" take out everything before them back to the clause's start or its last
  // "and", so "PA mobs L3-5 performed (STM deferred)" or "…performed w/ STM deferred" loses the treatment done. Each line says
  // what was done and was flagged "the treatment it names was refused, declined or deferred". Fixed: "(", ")", "[", "]", " - ",
  // " / ", "->", "\u2013", "\u2014", "\u2026" and "so" end a refusal's reach; "received", "had", "underwent", "proceeded" after
  // "and" are what the patient did next; a refusal written after what it refuses takes out only the words back to the last "and",
  // "&", "w/" or "with", and what follows its first "and" stays. Still flagged (no mark between): REFUSED-REACH-LEFT below.
  const REFUSED_REACH = [
    "PA mobs L3-5 performed (STM deferred)",
    "PA mobs L3-5 performed w/ STM deferred",
    "STM deferred d/t bruising and PA mobs L3-5 gr III performed",
    "Pt declined STM and received PA mobs L3-5",
    "Pt declined STM so PA mobs L3-5 done",
    "Declined STM - did PA mobs L3-5",
    "Declined STM -> PA mobs L3-5",
    "Pt refused STM (sore) PA mobs L3-5 performed",
    "Pt refused STM\u2014performed PA mobs L3-5",
    "Pt refused STM\u2026 PA mobs L3-5 performed",
  ];
  it.each(REFUSED_REACH)("REFUSED-REACH guard: %j without its refusal is not vague", (text) => {
    const done = text.replace(/\(?STM deferred\)?|w\/ STM deferred|STM deferred( d\/t bruising and)?|Pt declined STM and received|Pt declined STM so|Declined STM (-|->)|Pt refused STM( \(sore\)|\u2014|\u2026)/, "");
    expect(vagueOn("97140", done)).toEqual([]);
  });
  it.each(REFUSED_REACH)("REFUSED-REACH (fixed by fuzz19): %j is not vague", (text) => expect(vagueOn("97140", text)).toEqual([]));
  // REFUSED-REACH-LEFT (fixed by gaps20; was pinned for fuzz19): no mark or word between the treatment done and the one deferred. Fixed:
  // a dose with a word after it ("x8 min", "12 min", "3x10", "150 ft") ends what was done before a refusal written after what it
  // refuses (src/rules/doc/activity-too-vague.ts DOSE, refusedFrom); a bare number does not ("L3-5" is a level).
  it.each(["PA mobs L3-5 x8 min STM deferred", "PA mobs L3-5 12 min STM deferred d/t bruising", "SLR 3x10 bridges deferred", "Gait 150 ft stairs deferred"])(
    "REFUSED-REACH-LEFT (fixed by gaps20): %j is not vague",
    (text) => expect(vagueOn(text.startsWith("PA") ? "97140" : text.startsWith("SLR") ? "97110" : "97116", text)).toEqual([]),
  );
  it.each(["STM to L3-5 gr III deferred", "SLR 3x10 deferred", "STM x8 min deferred", "STM R UT 2x deferred d/t pain"])("REFUSED-REACH-LEFT guard: %j (a dose or level of the deferred treatment itself) is still flagged as refused", (text) => {
    expect(vagueOn(text.startsWith("SLR") ? "97110" : "97140", text).map((f) => f.message.includes(REFUSED_WHY))).toEqual([true]);
  });
  // The fix keeps the refusals alone flagged, with their reasons in parentheses, after dashes, slashes and "so".
  it.each([
    "Pt refused STM (sore)", "STM deferred - bruising", "STM deferred d/t bruising and swelling", "Pt declined STM and mobs d/t pain", "Pt refused STM today / too sore",
    "STM R UT deferred (bruising)", "Pt declined STM so sore today", "Pt refused STM -> c/o soreness", "Pt refused STM w/ PT today",
  ])("REFUSED-REACH guard: %j alone is still flagged as refused", (text) => expect(vagueOn("97140", text).map((f) => f.message.includes(REFUSED_WHY))).toEqual([true]));
});

// ---------------------------------------------------------------------------------------------
// 3. input/option-not-applied on a FHIR claim of several sessions (mods19, bab1005).
// ---------------------------------------------------------------------------------------------

const NOT_APPLIED = "input/option-not-applied";
const CPT = "http://www.ama-assn.org/go/cpt";
const CODE_OF: Record<string, string> = { GP: "97110", GO: "97530", GN: "92507", "59": "97140", "GP,KX": "97112" };
const itemArb = fc.record({
  date: fc.oneof({ weight: 6, arbitrary: fc.constantFrom("2025-03-14", "2025-03-17", "2025-03-21", "2026-01-05") }, { weight: 1, arbitrary: fc.constantFrom("03/17/2025", "2025-3-18", "", undefined, "period") }),
  mod: fc.constantFrom("GP", "GO", "GN", "59", "GP,KX"),
  units: fc.integer({ min: 1, max: 3 }),
}).map(({ date, mod, units }) => ({
  productOrService: { coding: [{ system: CPT, code: CODE_OF[mod]! }] },
  modifier: mod.split(",").map((m) => ({ coding: [{ code: m }] })),
  quantity: { value: units },
  ...(date === "period" ? { servicedPeriod: { start: "2025-03-19", end: "2025-03-19" } } : date === undefined ? {} : { servicedDate: date }),
}));
/** The options that describe one visit, each given or not, and what else a caller sends. */
const claimOptionsArb: fc.Arbitrary<FhirClaimOptions> = fc.record({
  payer: fc.constantFrom({ program: "medicare" as const }, { program: "commercial" as const }),
  note: fc.constantFrom({ subjective: "Knee pain 3/10.", objective: "SLR 3x10", plan: "Continue POC" }, { text: "Pt seen for ther ex" }),
  totalTimedMinutes: fc.integer({ min: 0, max: 90 }),
  totalTreatmentMinutes: fc.integer({ min: 0, max: 120 }),
  therapyYearToDate: fc.record({ ptSlp: fc.integer({ min: 0, max: 4000 }), ot: fc.integer({ min: 0, max: 4000 }) }),
  planOfCare: fc.record({ startOfCare: fc.constant("2025-03-01"), dischargeAtThisVisit: fc.boolean(), progressReportAtThisVisit: fc.boolean(), treatmentDaysSinceProgressReport: fc.integer({ min: 0, max: 12 }) }, { requiredKeys: ["startOfCare"] }),
  provider: fc.constantFrom({ discipline: "PT" as const }, { credential: "PTA" as const }),
}, { requiredKeys: [] });
const claimOf = (items: readonly unknown[]) => ({ resourceType: "Claim", id: "c", item: items });
type Made = ReturnType<typeof sessionsFromFhirClaim>[number];
/** A session's key on its claim: its date and discipline (its id names them too). */
const keyOf = (s: Made) => `${String(s.dateOfService)}|${String(s.provider?.discipline)}`;
/** The options a session got, by the names FhirOptionNotApplied uses. */
const PER_VISIT_OPTIONS = ["note", "totalTimedMinutes", "totalTreatmentMinutes", "therapyYearToDate", "planOfCare.dischargeAtThisVisit", "planOfCare.progressReportAtThisVisit", "planOfCare.treatmentDaysSinceProgressReport"] as const;
const given = (options: FhirClaimOptions, o: string): boolean => {
  const [a, b] = o.split(".");
  const v = (options as Record<string, unknown>)[a!];
  return b === undefined ? v !== undefined : typeof v === "object" && v !== null && (v as Record<string, unknown>)[b] !== undefined;
};
const got = (s: Made, o: string): boolean => given(s as unknown as FhirClaimOptions, o);
const notAppliedFindings = (s: unknown) => validateSession(s).findings.filter((f) => f.rule === NOT_APPLIED);

describe("input/option-not-applied on FHIR claims (mods19)", () => {
  it("item order never changes a session's findings (its not-applied findings, and every rule's findings by rule and message)", () => {
    fc.assert(fc.property(fc.array(itemArb, { minLength: 1, maxLength: 7 }), claimOptionsArb, keysArb, (items, options, keys) => {
      // An item of no discipline (59 only) joins its date's first session in item order (as the build of 65e7e46 does): with a
      // PT's and an OT's items on that date, only the not-applied findings are compared.
      const dated = (i: (typeof items)[number]) => ("servicedDate" in i ? i.servicedDate : "");
      const modOf = (i: (typeof items)[number]) => i.modifier[0]!.coding[0]!.code;
      const joins = items.some((i) => modOf(i) === "59" && new Set(items.filter((j) => dated(j) === dated(i) && modOf(j) !== "59").map(modOf)).size > 1);
      const said = (claimItems: readonly unknown[]) => {
        const out = new Map<string, string[]>();
        for (const s of sessionsFromFhirClaim(claimOf(claimItems), options)) {
          const findings = validateSession(s).findings;
          // Messages that name a line by its place (services[1]) change with the item order; their rules do not.
          out.set(keyOf(s), [...findings.filter((f) => !joins || f.rule === NOT_APPLIED).map((f) => (f.rule === NOT_APPLIED ? `${f.severity}|${f.message}|${f.fix}` : `${f.rule}|${f.severity}`)), ...(s.notApplied ?? []).map((n) => JSON.stringify(n))].sort());
        }
        return [...out.entries()].sort();
      };
      // Two dates not written YYYY-MM-DD (or one and an item with none): the message named the first in item order (ODD-DATES, fixed below).
      expect(said(permuted(items, keys))).toEqual(said(items));
    }), half);
  });

  it("a claim of one session never gets it, and gets every option as given", () => {
    fc.assert(fc.property(fc.array(itemArb, { minLength: 1, maxLength: 5 }), claimOptionsArb, (items, options) => {
      const sessions = sessionsFromFhirClaim(claimOf(items), options);
      fc.pre(sessions.length === 1);
      expect(sessions[0]!.notApplied).toBeUndefined();
      expect(notAppliedFindings(sessions[0])).toEqual([]);
      for (const o of PER_VISIT_OPTIONS) expect(got(sessions[0]!, o), o).toBe(given(options, o));
    }), params);
  });

  it("nothing lost: each option given lands in one session (one per KX threshold for the dollars) and every other session's finding names it; none got it: a warning in each", () => {
    fc.assert(fc.property(fc.array(itemArb, { minLength: 2, maxLength: 7 }), claimOptionsArb, (items, options) => {
      const sessions = sessionsFromFhirClaim(claimOf(items), options);
      fc.pre(sessions.length > 1);
      const findings = sessions.map((s) => notAppliedFindings(s));
      // Each finding is one of its session's notApplied entries (the report sorts them): the same words, info for the visits that got them.
      const words = (x: readonly (readonly (string | undefined)[])[]) => x.map((w) => JSON.stringify(w)).sort();
      sessions.forEach((s, k) => expect(words(findings[k]!.map((f) => [f.severity, f.message, f.fix]))).toEqual(words((s.notApplied ?? []).map((n) => [n.reason.endsWith("-visit") ? "info" : "warning", n.message, n.fix]))));
      for (const o of PER_VISIT_OPTIONS) {
        const holders = sessions.filter((s) => got(s, o));
        const naming = sessions.map((s) => (s.notApplied ?? []).filter((n) => n.options.includes(o)));
        if (!given(options, o)) {
          expect(holders, o).toEqual([]);
          expect(naming.flat(), o).toEqual([]);
          continue;
        }
        // The dollars go to each KX threshold's first visit (PT/SLP, OT): at most two sessions, never two of one threshold.
        const ot = (s: Made) => s.provider?.discipline === "OT";
        if (o === "therapyYearToDate") {
          expect(holders.filter(ot).length, o).toBeLessThanOrEqual(1);
          expect(holders.filter((s) => !ot(s)).length, o).toBeLessThanOrEqual(1);
        } else expect(holders.length, o).toBeLessThanOrEqual(1);
        sessions.forEach((s, k) => {
          const mine = naming[k]!;
          if (got(s, o)) {
            expect(mine, `${o} at ${keyOf(s)}`).toEqual([]);
            return;
          }
          // A session without it is told, once: where it went (info, naming a date one holder has), or that none got it (warning).
          expect(mine.length, `${o} at ${keyOf(s)}: ${JSON.stringify(s.notApplied)}`).toBe(1);
          const n = mine[0]!;
          if (n.reason === "last-visit" || n.reason === "first-visit") expect(holders.some((h) => h.dateOfService === n.date), `${o} went to ${n.date}`).toBe(true);
          else if (o !== "therapyYearToDate") expect(holders, `${o}: ${n.reason}`).toEqual([]);
          // None of its own threshold got them (another threshold's first visit, or one of no discipline read as PT/SLP, may have:
          // the words then say "or any other of the claim", YTD-WORDING, pinned below).
          else expect(holders.filter((h) => h.provider?.discipline !== undefined && ot(h) === ot(s)), `${o}: ${n.reason} at ${keyOf(s)}`).toEqual([]);
        });
      }
    }), params);
  });

  it("validateSessions and a JSON round trip of the sessions give the same findings", () => {
    fc.assert(fc.property(fc.array(itemArb, { minLength: 2, maxLength: 6 }), claimOptionsArb, (items, options) => {
      const sessions = sessionsFromFhirClaim(claimOf(items), options);
      const each = sessions.map((s) => JSON.stringify(validateSession(s).findings));
      expect(validateSessions(sessions).map((r) => JSON.stringify(r.findings))).toEqual(each);
      expect(validateSessions(sessions.map((s) => JSON.parse(JSON.stringify(s)) as unknown)).map((r) => JSON.stringify(r.findings))).toEqual(each);
    }), half);
  });
});

// ---------------------------------------------------------------------------------------------
// 3b. One problem, one finding (mods19, d879974): modifier/therapy-modifier-mismatch vs doc/discipline-mismatch on one line.
// ---------------------------------------------------------------------------------------------

const MISMATCH = "modifier/therapy-modifier-mismatch";
const SCOPE = "doc/discipline-mismatch";
const SEVERITY_RANK = { info: 0, warning: 1, error: 2 } as const;
const settingArb = fc.constantFrom(undefined, "off", "info", "warning", "error");
const oneProblemVisitArb = fc.tuple(
  fc.constantFrom("medicare", "medicaid", "commercial"),
  fc.constantFrom("PT", "OT", "SLP"),
  fc.array(fc.tuple(fc.constantFrom("92507", "92526", "92520", "92521", "97110", "97530", "97165", "97161", "29125", "97535", "97116", "97150"), fc.subarray(["GP", "GO", "GN", "59", "KX"], { maxLength: 3 })), { minLength: 1, maxLength: 4 }),
).map(([program, discipline, lines]) => ({
  dateOfService: "2025-03-14", payer: { program }, provider: { discipline, credential: discipline },
  services: lines.map(([code, modifiers]) => ({ code, units: 1, minutes: 15, modifiers, activity: "Gait training 100 ft with min assist, cues for step length" })),
  totalTimedMinutes: 15 * lines.length,
}));

describe("one problem, one finding (mods19, d879974)", () => {
  it("under any settings of the two rules, each line keeps the more severe of the two (on a tie the linter's); every other finding is as with both read alone", () => {
    fc.assert(fc.property(oneProblemVisitArb, settingArb, settingArb, keysArb, (visit, mismatch, scope, keys) => {
      const rules = { ...(mismatch === undefined ? {} : { [MISMATCH]: mismatch }), ...(scope === undefined ? {} : { [SCOPE]: scope }) };
      const both = validateSession(visit, { rules }).findings;
      const onlyMismatch = validateSession(visit, { rules: { ...rules, [SCOPE]: "off" } }).findings;
      const onlyScope = validateSession(visit, { rules: { ...rules, [MISMATCH]: "off" } }).findings;
      const at = (list: readonly Finding[], rule: string, i: number) => list.filter((f) => f.rule === rule && f.path?.[1] === i);
      visit.services.forEach((_, i) => {
        const m = at(onlyMismatch, MISMATCH, i);
        const d = at(onlyScope, SCOPE, i);
        const kept = [...at(both, MISMATCH, i), ...at(both, SCOPE, i)];
        if (m.length === 0 || d.length === 0) expect(kept, `line ${i}`).toEqual([...m, ...d]);
        else {
          expect(kept.length, `line ${i}`).toBe(m.length === 1 ? 1 : kept.length);
          const keptScope = SEVERITY_RANK[d[0]!.severity] >= SEVERITY_RANK[m[0]!.severity];
          expect(kept.map((f) => f.rule), `line ${i}: ${m[0]!.severity} vs ${d[0]!.severity}`).toContain(keptScope ? SCOPE : MISMATCH);
        }
      });
      const rest = (list: readonly Finding[]) => list.filter((f) => f.rule !== MISMATCH && f.rule !== SCOPE).map((f) => JSON.stringify(f)).sort();
      expect(rest(both)).toEqual(rest(onlyMismatch));
      expect(rest(both)).toEqual(rest(onlyScope));
      // `valid` follows what was kept; the lines' order changes nothing but their places.
      const report = validateSession(visit, { rules });
      expect(report.valid).toBe(!report.findings.some((f) => f.severity === "error"));
      const moved = { ...visit, services: permuted(visit.services, keys) };
      const byLine = (v: typeof visit) => validateSession(v, { rules }).findings.filter((f) => f.rule === MISMATCH || f.rule === SCOPE).map((f) => `${JSON.stringify(v.services[f.path![1] as number])}|${f.rule}|${f.severity}`).sort();
      expect(byLine(moved)).toEqual(byLine(visit));
    }), params);
  });
});

// ---------------------------------------------------------------------------------------------
// 3c. validateSessions with a caller's NCCI tables changed in place between yielded visits (mods19, e7bbae9).
// ---------------------------------------------------------------------------------------------

const PAIR_VISITS = [
  [line("97140", "STM to R lumbar paraspinals, joint mobs grade III L4-5"), line("97530", "Floor to stand transfers x5 with min assist")],
  [line("97110", "SLR 3x10, bridges 3x10", { minutes: 30, units: 2 }), line("97112", "Tandem stance 3x30 sec, SLS on foam")],
  [line("97110", "SLR 3x10, bridges 3x10, heel raises 3x15, clams 3x10", { minutes: 60, units: 4 })],
].map((services) => sessionOf({ services: services.map((l) => ({ ...l, modifiers: ["GP"] })), totalTimedMinutes: services.reduce((a, l) => a + (l.minutes ?? 0), 0) }));
const ncciRow = (column1: string, column2: string, modifierIndicator: 0 | 1): PtpRow => ({ column1, column2, effective: "2020-01-01", modifierIndicator, rationale: "Mutually exclusive procedures", file: "house" });
/** A change a caller makes to its own tables in place: a pair row set or deleted, an MUE row set, or none. */
const ncciChangeArb = fc.oneof(
  fc.tuple(fc.constantFrom(["97530", "97140"], ["97140", "97530"], ["97110", "97112"], ["97112", "97110"]), fc.constantFrom(0, 1) as fc.Arbitrary<0 | 1>).map(([[a, b], m]) => (t: NcciTables) => void (t.ptpByPair as Map<string, PtpRow[]>).set(`${a}|${b}`, [ncciRow(a!, b!, m)])),
  fc.constantFrom("97530|97140", "97110|97112").map((key) => (t: NcciTables) => void (t.ptpByPair as Map<string, PtpRow[]>).delete(key)),
  fc.integer({ min: 1, max: 4 }).map((value) => (t: NcciTables) => void (t.mueByCode as Map<string, MueRow[]>).set("97110", [{ code: "97110", value, adjudicationIndicator: 3, rationale: "House policy", setting: "practitioner" } as MueRow])),
  fc.constant((_t: NcciTables) => undefined),
);

describe("validateSessions with NCCI tables changed in place between visits (mods19, e7bbae9)", () => {
  it("each visit's report is validateSession's at the time it was read, the tables changed before, between or after first use", () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(PAIR_VISITS.length - 1), fc.option(ncciChangeArb, { nil: undefined })), { minLength: 1, maxLength: 12 }), fc.option(ncciChangeArb, { nil: undefined }), fc.integer({ min: 0, max: 150 }), (steps, before, pad) => {
      const fresh = () => createNcciTables({ ptp: [ncciRow("97110", "97112", 1)], mue: [], release: { ptp: { name: "house-ptp" } } });
      // The same visits after `pad` others of the pool (past a batch of 100 at times), and the same changes, one by one and batched.
      const schedule = [...Array.from({ length: pad }, (_, k) => [k % PAIR_VISITS.length, undefined] as const), ...steps];
      const run = function* (t: NcciTables) {
        before?.(t);
        for (const [k, change] of schedule) {
          yield structuredClone(PAIR_VISITS[k]!);
          change?.(t);
        }
      };
      const alone = fresh();
      const each: string[] = [];
      const gen = run(alone);
      for (let r = gen.next(); !r.done; r = gen.next()) each.push(JSON.stringify(validateSession(r.value, { ncci: alone })));
      expect(each.length).toBe(schedule.length);
      const batched = fresh();
      expect(validateSessions(run(batched), { ncci: batched }).map((r) => JSON.stringify(r))).toEqual(each);
    }), { numRuns: Math.max(Math.floor(FUZZ_RUNS / 4), 25) });
  });
});

describe("counterexamples this fuzz found in mods19's FHIR reading (fuzz19)", () => {
  // ODD-DATES (fixed by fuzz19; was pinned for mods19, src/adapters/fhir.ts whyNone: `candidates.find`): on a claim with two dates not written
  // YYYY-MM-DD (or one and an item with no date), the unknown-date message names whichever comes first in the items, so the
  // same claim with its items in another order reports other words ("a date of service on the claim, "03/17/2025", …" vs
  // "…"2025-3-18"…"). Found by the item-order property. Fixed: the least of them is named (an item with no date first).
  const odd = (d: string | undefined) => ({ productOrService: { coding: [{ system: CPT, code: "97110" }] }, modifier: [{ coding: [{ code: "GP" }] }], quantity: { value: 1 }, ...(d === undefined ? {} : { servicedDate: d }) });
  const messages = (items: readonly unknown[]) => sessionsFromFhirClaim(claimOf(items), { note: { text: "Pt seen" } }).map((s) => `${keyOf(s)}: ${notAppliedFindings(s).map((f) => f.message).join(" / ")}`).sort();
  it.each([
    [["03/17/2025", "2025-3-18"]],
    [["2025-03-14", "03/17/2025", undefined]],
  ])("ODD-DATES (fixed by fuzz19): %j in either order give the same findings", (dates) => {
    const items = dates.map(odd);
    expect(messages([...items].reverse())).toEqual(messages(items));
  });
  it("ODD-DATES guard: one odd date gives the same findings in either order", () => {
    const items = ["2025-03-14", "03/17/2025", "2025-03-21"].map(odd);
    expect(messages([...items].reverse())).toEqual(messages(items));
    expect(messages(items).every((m) => m.includes("03/17/2025"))).toBe(true);
  });

  // YTD-WORDING (fixed by fuzz19; was pinned for mods19, src/adapters/fhir.ts worded): when one KX threshold's first visit is not known (a date not
  // written YYYY-MM-DD, a PT's and an SLP's session on its first date), each of its sessions is told the year-to-date dollars
  // were "not used for this visit or any other of the claim", though the other threshold's first visit got them (the PT
  // session of 2025-03-17 below holds therapyYearToDate). Found by the nothing-lost property. Fixed: "or any other of its KX
  // threshold" for the dollars, as the unknown-bucket message says.
  const visit = (d: string, code: string, mod: string) => ({ productOrService: { coding: [{ system: CPT, code }] }, modifier: [{ coding: [{ code: mod }] }], quantity: { value: 1 }, servicedDate: d });
  const YTD_WORDING: readonly (readonly unknown[])[] = [
    [visit("03/17/2025", "97530", "GO"), visit("2025-03-17", "97110", "GP")],
    [visit("2025-03-14", "97110", "GP"), visit("2025-03-14", "92507", "GN"), visit("2025-03-17", "97530", "GO")],
  ];
  const ytdSaid = (items: readonly unknown[]) => {
    const sessions = sessionsFromFhirClaim(claimOf(items), { therapyYearToDate: { ptSlp: 1200, ot: 300 } });
    return { holders: sessions.filter((s) => s.therapyYearToDate !== undefined).length, words: sessions.flatMap((s) => notAppliedFindings(s).map((f) => f.message)) };
  };
  it.each(YTD_WORDING.map((items, k) => [k, items] as const))("YTD-WORDING guard %#: one session holds the dollars and another is warned", (_k, items) => {
    const { holders, words } = ytdSaid(items);
    expect(holders).toBe(1);
    expect(words.some((w) => w.startsWith("The options' therapyYearToDate was not used for this visit or any other of its KX threshold"))).toBe(true);
  });
  it.each(YTD_WORDING.map((items, k) => [k, items] as const))("YTD-WORDING (fixed by fuzz19) %#: no session is told no other visit of the claim got the dollars", (_k, items) => {
    expect(ytdSaid(items).words.filter((w) => w.includes("any other of the claim"))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// 4a. Credential words (lead, a086d54): a JSON session and the FHIR adapter's care team read the same word alike.
// ---------------------------------------------------------------------------------------------

const CREDENTIALS = ["PT", "PTA", "OT", "OTA", "SLP", "SLPA", "other"];
const CREDENTIAL_WORDS = [
  "DPT", "MPT", "PTA", "OTR", "OTR/L", "COTA", "COTA/L", "OTA", "CCC-SLP", "SLPA", "C-SLPA", "Physical Therapist", "Physical Therapist Assistant",
  "Physical Therapy Assistant", "Occupational Therapist", "Occupational Therapy Assistant", "Speech-Language Pathologist",
  "Speech Language Pathology Assistant", "225100000X", "2251E1300X", "225200000X", "225X00000X", "224ZR0403X", "235Z00000X", "2355S0801X",
  "PT, DPT, OCS", "PTA, CLT", "DPT; OCS", "OTR/L, CHT", "CCC-SLP, BCS-S", "ATC", "CLT", "MD", "PT/PTA", "RN", "Physical therapy",
];
/** What validateSession reads a credential as: itself, the word it names (input/read-as-credential), or nothing. */
const jsonRead = (word: string): string | undefined => {
  const report = validateSession({ ...sessionOf(), provider: { discipline: "PT", credential: word } });
  const read = report.findings.find((f) => f.rule === "input/read-as-credential");
  if (read !== undefined) return /"([A-Za-z]+)"\.$/.exec(read.fix ?? "")![1];
  return CREDENTIALS.includes(word) ? word : undefined;
};
/** What the FHIR adapter reads a care team member's qualification (text, code or display) as. */
const fhirRead = (word: string, where: "text" | "code" | "display"): string | undefined => {
  const qualification = where === "text" ? { text: word } : { coding: [{ [where]: word }] };
  const claim = { resourceType: "Claim", careTeam: [{ sequence: 1, provider: { reference: "Practitioner/1" }, qualification }], item: [{ productOrService: { coding: [{ system: CPT, code: "97110" }] }, careTeamSequence: [1], servicedDate: "2025-03-14", quantity: { value: 1 } }] };
  return sessionsFromFhirClaim(claim, { payer: { program: "medicare" } })[0]?.provider?.credential as string | undefined;
};
/** The words the two readings read differently before fuzz19 (CRED-SPLIT, below). */
const CRED_SPLIT = ["LPTA", "MSPT", "OTD", "SLP-A", "C-SLP-A", "PT, PTA", "PTA, PT", "OT, COTA", "SLP; SLPA"];

describe("credential words: a JSON session and the FHIR adapter agree (lead, a086d54)", () => {
  it("every word is read as the same credential by both, in any case and with blanks around it, as text, code or display", () => {
    fc.assert(fc.property(fc.constantFrom(...CREDENTIAL_WORDS, ...CREDENTIALS.slice(0, 6), ...CRED_SPLIT), caseArb, fc.constantFrom("", " ", "  ", "\t"), fc.constantFrom("text", "code", "display") as fc.Arbitrary<"text" | "code" | "display">, (word, cased, pad, where) => {
      const w = `${pad}${cased(word)}${pad}`;
      const json = jsonRead(w);
      const fhir = fhirRead(w, where);
      expect(fhir, `${JSON.stringify(w)} in ${where}: JSON ${json}`).toBe(json);
    }), params);
  });
  it("the JSON reading never takes a word of two credentials, nor 'PT/PTA'", () => {
    for (const w of ["PT, PTA", "PTA, PT", "OT, COTA", "PT/PTA", "SLP; SLPA"]) expect(jsonRead(w), w).toBeUndefined();
  });
  // CRED-SPLIT (fixed by fuzz19; was pinned for the lead and mods19: src/model/credential-words.ts WORDS vs src/adapters/fhir.ts CREDENTIALS): the
  // JSON reading (a086d54) took LPTA, MSPT, OTD, SLP-A and C-SLP-A, which the FHIR adapter's care-team reading does not (its
  // list is older), and the adapter reads a list naming two credentials as the first it names ("PT, PTA" as PT, "PTA, PT" as
  // PTA) where the JSON reading takes neither; so one clinician's credential word gives a CQ check from a JSON session and none
  // from a Claim, or a therapist's from a Claim where JSON says nothing. Fixed: fhir.ts's credentialOf uses credentialOfWords.
  it.each(CRED_SPLIT)("CRED-SPLIT (fixed by fuzz19): %j is read alike by both", (word) => {
    for (const where of ["text", "code", "display"] as const) expect(fhirRead(word, where), where).toBe(jsonRead(word));
  });
  it.each([["LPTA", "PTA"], ["OTD", "OT"], ["SLP-A", "SLPA"], ["PT, PTA", undefined], ["PTA, PT", undefined]] as const)("CRED-SPLIT guard: %j is read as %j", (word, read) => expect(jsonRead(word)).toBe(read));
});

// ---------------------------------------------------------------------------------------------
// 4b. input/misspelled-field on an object of ours with none of its fields (lead, 564e29b).
// ---------------------------------------------------------------------------------------------

const PLACES = {
  payer: ["program", "name", "unitMethod"],
  provider: ["discipline", "credential"],
  note: ["subjective", "objective", "assessment", "patientResponse", "plan", "text"],
  therapyYearToDate: ["ptSlp", "ot"],
  planOfCare: ["startOfCare", "certifiedThrough", "goals"],
  line: ["code", "minutes", "units", "activity"],
  goal: ["id", "text"],
} as const;
type Place = keyof typeof PLACES;
/** Keys an EHR sends of its own: none a field of ours, some near one. */
const extraKeyArb = fc.oneof(fc.constantFrom("mrn", "encounterId", "allowedDollars", "narrative", "soap", "cpt", "mins", "type", "soc", "goal", "__proto__", "constructor", "toString", "valueOf", "hasOwnProperty", "x".repeat(80), "Dx", "ICD10"), fc.string({ minLength: 1, maxLength: 12 }));
const setAt = (place: Place, value: unknown): Record<string, unknown> => {
  const s = structuredClone(sessionOf()) as unknown as Record<string, unknown>;
  if (place === "line") s.services = [value];
  else if (place === "goal") (s.planOfCare as { goals: unknown[] }).goals = [value];
  else s[place] = value;
  return s;
};
const pathOf = (place: Place): string => (place === "line" ? "services.0" : place === "goal" ? "planOfCare.goals.0" : place);
const unreadAt = (input: unknown): string[] => validateSession(input).findings.filter((f) => f.rule === "input/misspelled-field" && f.message.includes("none of its fields")).map((f) => (f.path ?? []).join("."));

describe("input/misspelled-field: an object of ours with none of its fields (lead, 564e29b)", () => {
  it("never on an object holding one of its fields, whatever else it holds (own keys, JSON-parsed __proto__, any order)", () => {
    fc.assert(fc.property(fc.constantFrom(...(Object.keys(PLACES) as Place[])), fc.dictionary(extraKeyArb, fc.jsonValue({ maxDepth: 1 }), { maxKeys: 6 }), fc.boolean(), (place, extra, fieldFirst) => {
      const field = PLACES[place][0];
      const value = (sessionOf() as unknown as Record<string, unknown>)[place] ?? { line: "97110", goal: "G1" }[place as string] ?? "2025-03-01";
      const obj = fieldFirst ? { [field]: value, ...extra } : { ...extra, [field]: value };
      // As parsed from JSON too: "__proto__" an own key.
      for (const input of [setAt(place, obj), JSON.parse(JSON.stringify(setAt(place, obj))) as unknown]) expect(unreadAt(input), JSON.stringify(obj)).not.toContain(pathOf(place));
    }), params);
  });

  it("an object of only keys that are none of its fields is named once, at its path, never elsewhere; the report stays JSON and never throws", () => {
    fc.assert(fc.property(fc.constantFrom(...(Object.keys(PLACES) as Place[])), fc.dictionary(extraKeyArb, fc.jsonValue({ maxDepth: 1 }), { minKeys: 1, maxKeys: 6 }), (place, extra) => {
      const fields: readonly string[] = PLACES[place];
      fc.pre(!Object.keys(extra).some((k) => fields.includes(k)));
      const input = JSON.parse(JSON.stringify(setAt(place, extra))) as unknown;
      const report = validateSession(input);
      expectJsonSafe(report);
      const at = unreadAt(input);
      expect(at.filter((p) => p !== pathOf(place)), JSON.stringify(extra)).toEqual([]);
      expect(at.length).toBeLessThanOrEqual(1);
    }), params);
  });
});

// ---------------------------------------------------------------------------------------------
// 4c. validateSession's contract on this round's inputs: never throws, JSON, `valid` agrees with the findings.
// ---------------------------------------------------------------------------------------------

/** An activity from any generator above. */
const anyActivityArb = fc.oneof(
  fc.array(fc.oneof(exercisePartArb, gaitPartArb), { minLength: 1, maxLength: 4 }).map((p) => p.join("; ")),
  fc.array(fc.oneof(swallowPartArb, languagePartArb), { minLength: 1, maxLength: 4 }).map((p) => p.join("\n")),
  captionedGridArb.map((g) => g.empty),
  captionedGridArb.map((g) => g.filled),
  fc.tuple(fc.constantFrom(...REFUSALS), fc.constantFrom(...REFUSED_TREATMENTS), fc.constantFrom(...DONE)).map(([r, x, d]) => `${r.replace("{}", x)}, ${d}`),
  fc.tuple(seenArb, nearbyArb, fc.constantFrom("", ...OWN_GROUP)).map((p) => p.join("")),
  fc.tuple(fc.constantFrom(...ANSWERS), fc.constantFrom(...CLAUSE_BREAKS), fc.constantFrom(...RESTS, ...NO_RESTS)).map((p) => p.join("")),
  fc.string({ maxLength: 60 }),
);
const CONTRACT_CODES = ["97116", "92507", "97110", "97530", "97140", "92526", "97150"];
const contractInputArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.tuple(fc.array(fc.tuple(fc.constantFrom(...CONTRACT_CODES), anyActivityArb), { minLength: 1, maxLength: 4 }), fc.constantFrom(...CREDENTIAL_WORDS, "PT", "SLP", "PTA"), fc.constantFrom("PT", "OT", "SLP"))
    .map(([lines, credential, discipline]) => ({ ...sessionOf({ services: lines.map(([c, a]) => line(c, a)) }), provider: { discipline, credential } })),
  fc.tuple(fc.array(itemArb, { minLength: 1, maxLength: 5 }), claimOptionsArb).chain(([items, options]) => {
    const sessions = sessionsFromFhirClaim(claimOf(items), options);
    return sessions.length === 0 ? fc.constant<unknown>(null) : fc.constantFrom<unknown>(...sessions);
  }),
  fc.tuple(fc.constantFrom(...(Object.keys(PLACES) as Place[])), fc.dictionary(extraKeyArb, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 })).map(([place, extra]) => setAt(place, extra)),
  validSessionArb,
);

const NEW_FINDINGS = new Set([GAIT_RULE, SWALLOW_RULE, NOT_APPLIED, "input/read-as-credential", "input/misspelled-field"]);

describe("validateSession's contract on this round's inputs", () => {
  it("never throws; the report survives JSON, each finding says what and why (the new ones a fix too), and `valid` is false exactly when a finding is an error", () => {
    // Hostile sessions (getters, proxies that throw, revoked proxies) are made inside the property: fast-check cannot hold a revoked proxy.
    const inputArb = fc.oneof({ weight: 4, arbitrary: contractInputArb.map((x) => () => x) }, { weight: 1, arbitrary: hostileSpecArb.map((spec) => () => hostileSession(spec)) });
    fc.assert(fc.property(inputArb, (make) => {
      const report = validateSession(make());
      expectJsonSafe(report);
      expect(report.valid).toBe(!report.findings.some((f) => f.severity === "error"));
      for (const f of report.findings) {
        expect(f.message.length, f.rule).toBeGreaterThan(10);
        // A fix is optional (no-data findings have none); the new findings this round each have one.
        if (f.fix !== undefined || NEW_FINDINGS.has(f.rule)) expect(typeof f.fix === "string" && f.fix.length > 5, f.rule).toBe(true);
      }
    }), half);
  });
});

describe("this round's readings together: line order, frozen input, the note (fuzz19)", () => {
  it("a visit's linter findings follow their lines in any order; its whole report is the same deep-frozen", () => {
    const visitArb = fc.tuple(fc.array(fc.tuple(fc.constantFrom(...CONTRACT_CODES), anyActivityArb), { minLength: 2, maxLength: 5 }), fc.constantFrom("PT", "SLP") as fc.Arbitrary<"PT" | "SLP">)
      .map(([lines, d]) => sessionOf({ provider: { discipline: d, credential: d }, services: lines.map(([c, a]) => line(c, a)), totalTimedMinutes: 15 * lines.length, totalTreatmentMinutes: 15 * lines.length }));
    const docFindings = (s: Session, lines: readonly unknown[]): string[] =>
      validateSession(s).findings.filter((f) => f.rule.startsWith("doc/")).map((f) => JSON.stringify({ ...f, path: f.path?.[0] === "services" ? ["line", lines.indexOf(s.services[f.path[1] as number]), ...f.path.slice(2)] : f.path })).sort();
    fc.assert(fc.property(visitArb, keysArb, (visit, keys) => {
      const lines = visit.services;
      const base = docFindings(visit, lines);
      expect(docFindings({ ...visit, services: permuted(lines, keys) }, lines)).toEqual(base);
      const frozen = deepFreeze(structuredClone(visit));
      expect(JSON.stringify(validateSession(frozen))).toBe(JSON.stringify(validateSession(visit)));
    }), half);
  });
});

// ---------------------------------------------------------------------------------------------
// 5. The build of 65e7e46 (this round's base): the same reports outside the changed rules and input findings.
// ---------------------------------------------------------------------------------------------

/** The rules whose findings changed on purpose this round (gaps19, rules19, mods19), and the new or changed input findings. */
const CHANGED_RULES = new Set([
  VAGUE, REST_RULE, ONE_ON_ONE_RULE, "doc/97530-reads-as-exercise", GAIT_RULE, SWALLOW_RULE,
  "input/misspelled-field", "input/read-as-credential", NOT_APPLIED,
  // mods19's one problem, one finding (d879974): one of the two goes where a line has both.
  MISMATCH, SCOPE,
  // The lead's CLOCK-SPAN (89aa4fb): units/missing-minutes names a line's clock span.
  "units/missing-minutes",
]);
type BaseApi = { validateSession: (x: unknown, o?: unknown) => Report; validateSessions: (x: Iterable<unknown>, o?: unknown) => Report[] };
type BaseFhir = { sessionsFromFhirClaim: (claim: unknown, options?: unknown) => Record<string, unknown>[] };
type Report = ReturnType<typeof validateSession>;
/** A report less the changed rules' findings; with `withheld`, units/missing-minutes and modifier/kx-no-data as the base words them. */
const outsideChanged = (report: Report, withheld = false): string => JSON.stringify({
  ...report,
  findings: report.findings.filter((f) => !CHANGED_RULES.has(f.rule)).map((f) => (withheld ? { ...f, message: f.message.replace(/ for this visit \(the options' \w+ was not used for it: input\/option-not-applied\)/, "") } : f)),
});

describe("reports equal the build of 65e7e46 outside the changed rules (fuzz19)", async () => {
  // .bench/base19 is a build of 65e7e46 (`cp -r dist .bench/base19` there; .bench/base moves to each round's own base, which
  // broke round18's comparison); BASE_BUILD_DIR names another. The round's claim is about its own end: .bench/end19 is a build
  // of 25ca290 (END_BUILD_DIR names another). Compared with the live source, later rounds' own changes (the twentieth round's
  // wound-care codes, new rules and fixed gaps) showed up here as differences. Skipped where either build is missing (a clean clone).
  const dir = resolve(process.env.BASE_BUILD_DIR ?? ".bench/base19");
  const endDir = resolve(process.env.END_BUILD_DIR ?? ".bench/end19");
  const present = [dir, endDir].every((d) => existsSync(`${d}/index.js`) && existsSync(`${d}/fhir.js`));
  const base = present ? ((await import(/* @vite-ignore */ pathToFileURL(`${dir}/index.js`).href)) as BaseApi) : undefined;
  const baseFhir = present ? ((await import(/* @vite-ignore */ pathToFileURL(`${dir}/fhir.js`).href)) as BaseFhir) : undefined;
  const end = present ? ((await import(/* @vite-ignore */ pathToFileURL(`${endDir}/index.js`).href)) as BaseApi) : undefined;
  const endFhir = present ? ((await import(/* @vite-ignore */ pathToFileURL(`${endDir}/fhir.js`).href)) as BaseFhir) : undefined;

  it.skipIf(base === undefined)("valid sessions and sessions of this file's texts: validateSession and validateSessions equal the base, less the changed rules", () => {
    const textVisitArb = fc.tuple(fc.array(fc.tuple(fc.constantFrom(...CONTRACT_CODES), anyActivityArb), { minLength: 1, maxLength: 4 }), fc.constantFrom("PT", "SLP") as fc.Arbitrary<"PT" | "SLP">)
      .map(([lines, d]) => sessionOf({ provider: { discipline: d, credential: d }, services: lines.map(([c, a]) => line(c, a)), totalTimedMinutes: 15 * lines.length }));
    fc.assert(fc.property(fc.array(fc.oneof(validSessionArb, textVisitArb), { minLength: 1, maxLength: 4 }), (visits) => {
      for (const v of visits) expect(outsideChanged(end!.validateSession(v)), JSON.stringify(v.services.map((l) => l.activity))).toBe(outsideChanged(base!.validateSession(v)));
      expect(end!.validateSessions(visits).map((r) => outsideChanged(r))).toEqual(base!.validateSessions(visits).map((r) => outsideChanged(r)));
    }), half);
  });

  it.skipIf(base === undefined)("FHIR claims: the sessions equal the base's less notApplied, and their reports less the changed rules and the withheld options' words", () => {
    fc.assert(fc.property(fc.array(itemArb, { minLength: 1, maxLength: 6 }), claimOptionsArb, (items, options) => {
      const live = endFhir!.sessionsFromFhirClaim(claimOf(items), options);
      const old = baseFhir!.sessionsFromFhirClaim(claimOf(items), options);
      expect(live.map(({ notApplied: _, ...s }) => JSON.stringify(s))).toEqual(old.map((s) => JSON.stringify(s)));
      live.forEach((s, k) => expect(outsideChanged(end!.validateSession(s), true), keyOf(s as unknown as Made)).toBe(outsideChanged(base!.validateSession(old[k]))));
    }), half);
  });

  it.skipIf(base === undefined)("the realistic-notes corpus: every note's report equals the base's, less the changed rules", () => {
    const differs = REALISTIC_NOTES.filter((n) => outsideChanged(end!.validateSession(noteSession(n))) !== outsideChanged(base!.validateSession(noteSession(n)))).map((n) => n.name);
    expect(differs).toEqual([]);
  });

  it.skipIf(base === undefined)("REFUSED-REACH's lines (fixed above) were not vague on the base either, and are not now", () => {
    for (const text of ["PA mobs L3-5 performed (STM deferred)", "Pt declined STM and received PA mobs L3-5", "Declined STM -> PA mobs L3-5"]) {
      const visit = sessionOf({ services: [line("97140", text)] });
      expect(base!.validateSession(visit).findings.filter((f) => f.rule === VAGUE), text).toEqual([]);
      expect(end!.validateSession(visit).findings.filter((f) => f.rule === VAGUE), text).toEqual([]);
    }
  });
});
