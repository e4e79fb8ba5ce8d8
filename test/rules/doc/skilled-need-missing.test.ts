import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FUZZ_RUNS } from "../../fuzz/arbitraries.js";
import { findingsOf, line, ruleTable, session } from "../helpers.js";

const noSkill = (note: Record<string, string>, activity = "SLR 3x10, bridges 2x15") =>
  session({ services: [line("97110", activity)], note });

ruleTable("doc/skilled-need-missing", "warning", {
  flags: [
    ["only exercises listed and 'tolerated well' (MBPM §220.2; FCSO findings)", noSkill({ assessment: "Pt tolerated well." }), undefined, (f) => expect(f[0]!.path).toEqual(["note"])],
    ["capitals, no skill", noSkill({ text: "PT PERFORMED EXERCISES. NO C/O PAIN." })],
    ["an evaluation does not cover a treatment-only visit: 97110 alone still flagged", noSkill({ text: "Eval completed last visit. SLR 3x10." })],
    ["no note text at all: info", session({ services: [line("97110", "SLR 3x10")], note: {} }), "info"],
    ["no note and no activity: info", session({ services: [line("97110")], note: undefined as never }), "info"],
    // Twenty-first round (gaps21), counter-case of DEBRIDEMENT: a dressing change is not debridement (Noridian JE).
    ["a dressing change alone is no skilled wound care", session({ services: [line("97597", "Dressing change, foam border applied")], note: { assessment: "Less drainage." } })],
    // Twenty-second round (gaps22, MANUAL-NOT-GIVEN): a technique deferred, held, declined, negated or not performed shows no skill.
    ["debridement deferred; dressing change (MANUAL-NOT-GIVEN, the brief's case)", session({ services: [line("97597", "debridement deferred; dressing change")], note: { assessment: "Less drainage." } })],
    ["no debridement today (MANUAL-NOT-GIVEN)", session({ services: [line("97597", "No debridement today; dressing change only")], note: { plan: "Cont 2x/wk." } })],
    ["debridement held d/t bleeding (MANUAL-NOT-GIVEN)", session({ services: [line("97597", "Debridement held d/t bleeding, dressing changed")], note: { plan: "Cont 2x/wk." } })],
    ["debridement not performed (MANUAL-NOT-GIVEN)", session({ services: [line("97597", "debridement not performed; wound cleansed, dressing applied")], note: { plan: "Cont 2x/wk." } })],
    ["STM deferred d/t bruising (MANUAL-NOT-GIVEN, 97140)", session({ services: [line("97140", "STM deferred d/t bruising; hot pack 10 min")], note: { assessment: "Pain 4/10." } })],
    ["pt declined mobs (MANUAL-NOT-GIVEN)", noSkill({ assessment: "Pt declined mobs today." })],
    // PLAN-MANUAL (gaps22, the corpus's new note): a technique the plan names is a later visit's.
    ["debridement deferred, the plan resumes it next visit (PLAN-MANUAL)", session({ services: [line("97597", "Debridement deferred d/t INR 3.8; wound cleansed, dressing change")], note: { assessment: "Wound unchanged.", plan: "Resume debridement next visit." } })],
    ["exercises, the plan continues STM (PLAN-MANUAL)", noSkill({ assessment: "Pain 3/10.", plan: "Cont STM and mobs." })],
  ],
  passes: [
    // MANUAL-NOT-GIVEN's counter-cases: another technique given, a negation of something else, a deferral of something else.
    ["guard: STM deferred, PA mobs given", session({ services: [line("97140", "STM deferred; PA mobs L4 gr III")], note: { assessment: "Pain 4/10." } })],
    ["guard: no increase in pain w/ mobs", session({ services: [line("97140", "PA mobs L4 gr III, no increase in pain w/ mobs")], note: { assessment: "Pain 4/10." } })],
    ["guard: debridement given, dressing change deferred", session({ services: [line("97597", "Selective debridement w/ curette, 6 sq cm; compression deferred")], note: { plan: "Cont 2x/wk." } })],
    ["guard: STM given, the plan continues it (PLAN-MANUAL counter-case)", session({ services: [line("97140", "STM R UT 10 min")], note: { plan: "Cont STM." } })],
    ["guard: a skilled word in the plan still counts (PLAN-MANUAL counter-case)", noSkill({ plan: "Progress to 3# and resume mobs next visit." })],
    ["guard: a deferred technique beside cueing", session({ services: [line("97140", "STM deferred d/t bruising")], note: { assessment: "VCs for diaphragmatic breathing" } })],
    // Twentieth round (gaps20): a model named by its kind is the clinician's modelling.
    ["a visual model", noSkill({ assessment: "Accuracy 18/20 w/ visual model" })],
    ["a verbal model", noSkill({ assessment: "Imitated 6 words after verbal model" })],
    ["VCs in the activity", noSkill({ assessment: "Tolerated well" }, "SLR 3x10 w/ VCs for quad set first")],
    ["TCs", noSkill({ text: "Bridges 2x15 with TCs to glutes" })],
    ["progression", noSkill({ assessment: "Progressed to 3# ankle weights" })],
    ["safety monitoring", noSkill({ objective: "Monitored SpO2 and HR for safety during gait" })],
    ["education", noSkill({ plan: "Pt educated on HEP; instructed in log roll" })],
    ["facilitation (NDT)", noSkill({ text: "Facilitation of weight shift to L" })],
    ["CGA / guarding", noSkill({ text: "Stairs x12 w/ CGA, guarding for LOB" })],
    ["SLP strategies and cues", noSkill({ text: "Word finding w/ semantic feature analysis, min verbal cues" })],
    ["modification", noSkill({ assessment: "Modified task to seated due to fatigue" })],
    ["'educ' on HEP", noSkill({ plan: "Pt educ on HEP" })],
    ["redirection to task (peds, cognition)", noSkill({ assessment: "Needed redirection x2" })],
    ["SLP recommends an instrumental study", noSkill({ plan: "Recommend MBSS for thin liquids" })],
    ["a hands-on technique is the therapist's skill (MLD, realistic-notes corpus)", noSkill({ assessment: "Circumference down 1.2 cm" }, "MLD R UE per Vodder sequence, then multilayer compression wrap")],
    ["an evaluation visit: the evaluation is the clinician's skill and its report shows the need (MBPM ch. 15 §220.3 C)", session({ services: [line("97161", "Initial evaluation")], note: { text: "Eval completed, POC established." } })],
    ["an evaluation with treatment the same day", session({ services: [line("97166", "OT evaluation"), line("97535", "LB dressing w/ reacher, min A")], note: { plan: "OT 2x/wk x 4 wk" } })],
    ["an SLP evaluation with no note text", session({ provider: { discipline: "SLP" }, services: [line("92523", "CELF-5 administered")], note: undefined as never })],
    ["joint mobilization", noSkill({ assessment: "ROM improved" }, "PA mobs L4-5, STM lumbar paraspinals")],
    // Twenty-first round (gaps21, DEBRIDEMENT): selective debridement is the clinician's hands and instrument, as a manual technique.
    ["selective debridement with a scalpel (corpus: gaps20)", session({ services: [line("97597", "selective debridement of necrotic tissue with scalpel, 12 sq cm")], note: { assessment: "Wound bed 80% granular." } })],
    ["a wound debrided with a curette", session({ services: [line("97597", "Wound debrided w/ curette, slough removed, 8 sq cm")], note: { plan: "Cont 2x/wk." } })],
  ],
});

describe("doc/skilled-need-missing: a manual technique not given shows no skill (gaps22, MANUAL-NOT-GIVEN)", () => {
  const techniques = ["debridement", "STM", "PA mobs", "MLD", "soft tissue mobilization", "IASTM"];
  const notGiven = [(t: string) => `${t} deferred`, (t: string) => `${t} held d/t pain`, (t: string) => `${t} not performed`, (t: string) => `pt declined ${t}`, (t: string) => `no ${t} today`, (t: string) => `${t} skipped`];
  const rest = ["dressing change", "hot pack 10 min", "wound cleansed w/ saline"];
  it("flags a visit whose only technique was not given, in any case and join; a technique given beside it clears it", () => {
    fc.assert(
      fc.property(fc.constantFrom(...techniques), fc.constantFrom(...notGiven), fc.constantFrom(...rest), fc.constantFrom("; ", ". ", "\n"), fc.boolean(), fc.constantFrom(...techniques), (t, neg, r, join, shout, given) => {
        const text = `${neg(t)}${join}${r}`;
        const cased = shout ? text.toUpperCase() : text;
        const visit = (activity: string) => session({ services: [line("97140", activity)], note: { plan: "Cont 2x/wk." } });
        expect(findingsOf("doc/skilled-need-missing", visit(cased)).length, cased).toBe(1);
        const withGiven = `${cased}${join}${given} 8 min`;
        expect(findingsOf("doc/skilled-need-missing", visit(withGiven)), withGiven).toEqual([]);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
