import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../../src/model/finding.js";
import type { ServiceLine, Session } from "../../../src/model/session.js";
import { lintDocumentation } from "../../../src/lint.js";
import { FUZZ_RUNS } from "../../fuzz/arbitraries.js";
import { line, session } from "../helpers.js";

// Twenty-fourth round (tidy24): the linter's known misses left by pins23, and the 97112 reading of a count after teaching.

const params = { numRuns: Math.min(FUZZ_RUNS, 300) };
const caseArb = fc.constantFrom((s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s.toLowerCase(), (s: string) => s.replace(/\b\w/g, (c) => c.toUpperCase()));
const NEUTRAL = { subjective: "Pt reports pain 3/10.", assessment: "Pt tolerated tx.", plan: "Continue POC." };
const visit = (lines: readonly ServiceLine[]): Session =>
  session({ provider: { discipline: "PT", credential: "PT" }, services: [...lines], totalTimedMinutes: 15 * lines.length, totalTreatmentMinutes: 15 * lines.length, note: NEUTRAL });
const of = (rule: string, s: Session): Finding[] => lintDocumentation(s).filter((f) => f.rule === rule);

const SKILLED = "doc/skilled-need-missing";
const VAGUE = "doc/activity-too-vague";
const CRP = "doc/97112-reads-as-canalith-repositioning";

/** A 97140 line beside a hot pack, with a note that shows no skill: only the 97140 text can show it. */
const manualVisit = (text: string) => visit([line("97140", text), line("97010", "hot pack 10 min")]);
const skillMissing = (text: string) => of(SKILLED, manualVisit(text)).length === 1;
const vague = (text: string) => of(VAGUE, manualVisit(text)).filter((f) => f.path?.[1] === 0).length === 1;

// ---------------------------------------------------------------------------------------------
// REFUSED-AFTER-REGION: a body part between the technique and its refusal ("STM R UT refused d/t soreness").
// ---------------------------------------------------------------------------------------------

describe("REFUSED-AFTER-REGION (tidy24): a technique refused after the body part it was for shows no skill", () => {
  it.each([
    "STM R UT refused d/t soreness", "STM R UT refused d/t soreness from last visit", "STM to R UT refused d/t soreness", "mobs R knee declined d/t pain",
    "STM L neck deferred; ice", "PA mobs L4-5 R declined d/t pain", "MLD L calf declined d/t cellulitis", "IASTM R hamstring - pt refused", "STM R UT (declined)",
    "soft tissue mobilization L calf refused d/t bruising",
  ])("%j: doc/skilled-need-missing, as 'STM refused d/t pain'", (text) => {
    expect(skillMissing(text), text).toBe(true);
  });

  it.each([
    // The brief's counter-case: the refusal is of something else, in its own clause.
    "STM R UT; pt refused ice d/t soreness", "STM R UT, pt refused ice d/t soreness", "STM to R UT x8 min, pt declined HEP review",
    // A measure that declined, a hold that is an exercise's.
    "STM R UT, pain declined to 2/10", "STM to R UT; pain declined from 6/10 to 3/10", "mobs R knee, pt held 10 sec",
    // One technique refused, another given.
    "STM R UT refused d/t soreness; PA mobs L4 gr III", "PA mobs L3-5 gr III; STM R UT refused d/t soreness",
  ])("%j: shows skill (no finding)", (text) => {
    expect(skillMissing(text), text).toBe(false);
  });

  const TECHNIQUES = ["STM", "mobs", "MFR", "IASTM", "soft tissue mob", "manual therapy"];
  const WHERE = [" R UT", " to R UT", " L knee", " R shoulder", " to L calf", " L4-5", " R hamstring"];
  const MARKS = [" ", " - ", ", ", ": pt ", " ("];
  const WORDS = ["refused", "declined", "deferred", "postponed", "omitted"];
  const ENDS = ["", ";", " d/t pain", " d/t soreness;", " today"];
  it("any technique, any body part, any mark and refusal word, at its clause's end or before a reason: skill missing", () => {
    fc.assert(fc.property(fc.constantFrom(...TECHNIQUES), fc.constantFrom(...WHERE), fc.constantFrom(...MARKS), fc.constantFrom(...WORDS), fc.constantFrom(...ENDS), caseArb, (t, where, mark, word, end, cased) => {
      const text = cased(`${t}${where}${mark}${word}${mark.includes("(") ? ")" : ""}${end}`);
      expect(skillMissing(text), text).toBe(true);
    }), params);
  });

  it("... and the refusal of something else after the body part, or another technique given: skill shown", () => {
    fc.assert(fc.property(fc.constantFrom(...TECHNIQUES), fc.constantFrom(...WHERE), fc.constantFrom(...WORDS), fc.constantFrom("ice", "HEP review", "further pressure", "heat"), fc.boolean(), caseArb, (t, where, word, other, given, cased) => {
      const text = cased(given ? `${t}${where} ${word} d/t pain; PA mobs L3-5 gr III` : `${t}${where}; pt ${word} ${other} d/t soreness`);
      expect(skillMissing(text), text).toBe(false);
    }), params);
  });
});

// ---------------------------------------------------------------------------------------------
// DEFERRED-PAREN: "PA mobs L4-5 (deferred) d/t flare": both rules read the technique as not given.
// ---------------------------------------------------------------------------------------------

describe("DEFERRED-PAREN (tidy24): a technique not given, written after it, reads the same in both rules", () => {
  it.each([
    "PA mobs L4-5 (deferred) d/t flare", "PA mobs L4-5 (deferred) d/t acute flare", "STM (deferred)", "STM R UT (deferred) d/t bruising", "mobs - deferred d/t pain",
    "STM: pt declined", "STM refused d/t pain", "STM R UT refused d/t soreness", "IASTM (declined)",
  ])("%j on 97140: doc/activity-too-vague (the treatment it names was not given) and doc/skilled-need-missing", (text) => {
    const found = of(VAGUE, manualVisit(text)).filter((f) => f.path?.[1] === 0);
    expect(found.map((f) => f.message), text).toEqual(["97140's activity text does not say what was done (the treatment it names was refused, declined or deferred)."]);
    expect(skillMissing(text), text).toBe(true);
  });

  it.each([
    // Given: deferred at an earlier visit, another technique given, the refusal of something else.
    "STM (deferred last visit d/t bruising) performed today", "PA mobs L4 gr III (STM deferred)", "STM deferred; PA mobs L4 gr III", "STM to R UT; pt declined ice",
    "STM x8 min, pt refused HEP review", "PA mobs L3-5 gr III, pain declined to 2/10",
  ])("%j on 97140: neither rule", (text) => {
    expect(vague(text), text).toBe(false);
    expect(skillMissing(text), text).toBe(false);
  });

  const TECHNIQUES = ["STM", "PA mobs L4-5", "mobs", "MFR", "IASTM", "STM R UT", "soft tissue mob"];
  it("a technique with its not-given word after it: activity-too-vague and skilled-need-missing agree", () => {
    fc.assert(fc.property(fc.constantFrom(...TECHNIQUES), fc.constantFrom(" ", " - ", ", ", " (", ": "), fc.constantFrom("refused", "declined", "deferred", "postponed", "omitted"), fc.constantFrom("", " d/t flare", " today", ";"), fc.boolean(), caseArb, (t, mark, word, end, other, cased) => {
      const text = cased(`${t}${mark}${word}${mark.includes("(") ? ")" : ""}${end}${other ? (end === ";" ? " " : "; ") + "PA mobs L3 gr III" : ""}`);
      expect(vague(text), text).toBe(!other);
      expect(skillMissing(text), text).toBe(!other);
    }), params);
  });
});

// ---------------------------------------------------------------------------------------------
// TARGET-THEN-DEFERRED: "STM to R UT mobility deferred d/t pain": STM was given, the mobility work deferred.
// ---------------------------------------------------------------------------------------------

describe("TARGET-THEN-DEFERRED (tidy24): a technique and where it was given, then something else deferred", () => {
  it.each([
    "STM to R UT mobility deferred d/t pain", "STM to R UT mobility ex deferred d/t pain", "PA mobs to L3-5 STM deferred", "MFR to L calf stretching deferred today",
    "STM to R UT HEP review deferred d/t time",
  ])("%j on 97140: the technique given shows skill and says what was done", (text) => {
    expect(skillMissing(text), text).toBe(false);
    expect(vague(text), text).toBe(false);
  });

  it.each([
    // The brief's counter-case, and the technique deferred with where it was to be given.
    "STM deferred d/t pain", "STM to R UT deferred d/t pain", "PA mobs to L3-5 deferred d/t flare", "PA mobs to L3-5 gr III deferred d/t flare", "mobs to R knee gr II deferred",
  ])("%j on 97140: still flagged by both", (text) => {
    expect(skillMissing(text), text).toBe(true);
    expect(vague(text), text).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// TAUGHT-THEN-DASH: "Educ re: BPPV - Epley R x2" (a spaced dash ends what was taught); "Reviewed precautions and Epley R x2" taught.
// ---------------------------------------------------------------------------------------------

const on97112 = (text: string) => of(CRP, visit([line("97112", text)]));

describe("TAUGHT-THEN-DASH (tidy24): a spaced dash ends the teaching's reach, as a comma does", () => {
  it.each([
    "Educ re: BPPV - Epley R x2", "Education re: BPPV - Epley R x2", "Reviewed precautions - Epley R x2", "Pt educated on BPPV - Semont L x1", "Educ re: BPPV \u2013 Epley R x2",
    "Educ re: BPPV \u2014 CRP R x2", "Educated pt on BPPV, Epley R x2",
  ])("%j on 97112: a maneuver given (flagged)", (text) => {
    expect(on97112(text).length, text).toBe(1);
  });

  it.each([
    // What stays teaching: the maneuver as the teaching's object, a count after it joined by "and" (rules20's pin), a home program.
    "Education re: Epley R", "Educ re: Epley R x2", "Reviewed precautions and Epley R x2", "Educated pt on BPPV and Epley R x2", "Reviewed Epley w/ pt",
    "Educ re: BPPV - Epley x3/day at home", "Educ re: BPPV - Epley for home", "Educ re: BPPV - self-Epley R", "Educ re: BPPV - Epley next visit", "Educ re: self-Epley - R x3/day",
  ])("%j on 97112: teaching (not flagged)", (text) => {
    expect(on97112(text), text).toEqual([]);
  });

  it("teaching words, what was taught, a spaced dash, a maneuver with a side and a count: flagged; joined by 'and': not", () => {
    fc.assert(fc.property(fc.constantFrom("Education re:", "Educ re:", "Reviewed", "Pt educated on", "Instructed pt in"), fc.constantFrom("BPPV", "precautions", "sx"), fc.constantFrom(" - ", " -- ", " \u2013 ", " and "), fc.constantFrom("Epley", "Semont", "CRP", "BBQ roll"), fc.constantFrom(" R x2", " L x1", " R x3"), caseArb, (teach, what, join, m, count, cased) => {
      const text = cased(`${teach} ${what}${join}${m}${count}`);
      expect(on97112(text).length, text).toBe(join === " and " ? 0 : 1);
    }), params);
  });
});

// ---------------------------------------------------------------------------------------------
// MUSCLE-REGION (the lead, after fuzz24's REGION-WORDS): a muscle named between the technique and its refusal
// ("STM R levator refused d/t soreness", tidy24's report), as a body part is.
// ---------------------------------------------------------------------------------------------

describe("MUSCLE-REGION: a technique refused after the muscle it was for shows no skill", () => {
  it.each([
    "STM R levator refused d/t soreness", "STM L rhomboids declined d/t pain", "IASTM R gastroc refused d/t bruising", "STM L piriformis deferred d/t pain",
    "MFR R pec declined d/t pain", "STM R QL refused d/t soreness", "STM L scalenes deferred d/t HA", "TPR R lats refused d/t soreness", "STM R TFL declined d/t pain",
  ])("%j: doc/skilled-need-missing", (text) => {
    expect(skillMissing(text), text).toBe(true);
  });

  it.each([
    "STM R levator; pt refused ice d/t soreness", "STM L rhomboids 8 min, pt declined HEP review", "IASTM R gastroc; gait deferred d/t pain",
    "STM to R levator mobility deferred d/t pain", "STM L piriformis, pain declined to 2/10",
  ])("%j: STM given (no doc/skilled-need-missing)", (text) => {
    expect(skillMissing(text), text).toBe(false);
  });
});
