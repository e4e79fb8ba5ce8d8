import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../../src/model/finding.js";
import type { ServiceLine, Session } from "../../../src/model/session.js";
import { lintDocumentation } from "../../../src/lint.js";
import { FUZZ_RUNS } from "../../fuzz/arbitraries.js";
import { line, session } from "../helpers.js";

// Twenty-third round (pins23): the linter's known misses that fuzz22 pinned, and two the lead named.

const params = { numRuns: Math.min(FUZZ_RUNS, 300) };
const caseArb = fc.constantFrom((s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s.toLowerCase(), (s: string) => s.replace(/\b\w/g, (c) => c.toUpperCase()));
const NEUTRAL = { subjective: "Pt reports pain 3/10.", assessment: "Pt tolerated tx.", plan: "Continue POC." };
const visit = (lines: readonly ServiceLine[], discipline: "PT" | "OT" = "PT", note: Session["note"] = NEUTRAL): Session =>
  session({ provider: { discipline, credential: discipline }, services: [...lines], totalTimedMinutes: 15 * lines.length, totalTreatmentMinutes: 15 * lines.length, note });
const of = (rule: string, s: Session): Finding[] => lintDocumentation(s).filter((f) => f.rule === rule);

const SKILLED = "doc/skilled-need-missing";
const CRP = "doc/97112-reads-as-canalith-repositioning";

// ---------------------------------------------------------------------------------------------
// MANUAL-REFUSED-AFTER: a manual technique refused, declined or deferred, written right after it (fuzz22's pins).
// ---------------------------------------------------------------------------------------------

/** A 97140 line beside a hot pack, with a note that shows no skill: only the 97140 text can show it. */
const manualVisit = (text: string) => visit([line("97140", text), line("97010", "hot pack 10 min")]);
const skillMissing = (text: string) => of(SKILLED, manualVisit(text)).length === 1;

describe("MANUAL-REFUSED-AFTER (pins23): a technique refused, declined or deferred after its name shows no skill", () => {
  it.each([
    // fuzz22's six pins.
    "STM refused; dressing change", "STM declined; ice 10 min", "mobs refused d/t pain; hot pack", "debridement declined d/t pain; dressing change",
    "STM - deferred; ice", "STM (deferred); ice",
    // The same with the patient named after the mark, a long dash, a comma, the technique's full name.
    "STM: pt declined; ice", "mobs \u2014 refused", "STM, deferred d/t bruising; ice", "soft tissue mobilization refused d/t pain", "MFR declined today",
    "trigger point release refused; hot pack", "Manual therapy - pt refused", "IASTM (declined)", "PA mobs L4 declined d/t pain",
  ])("%j: doc/skilled-need-missing", (text) => {
    expect(skillMissing(text), text).toBe(true);
  });

  it.each([
    // The brief's counter-cases: the refusal is of something else.
    "STM to R UT; pt declined ice", "STM x8 min, pt refused HEP review",
    // "Pt declined further pressure" after the grade: the mobilization was given (at grade III), the patient asked for no more pressure.
    "mobs gr III; pt declined further pressure",
    // Deferred at an earlier visit, performed today.
    "STM (deferred last visit d/t bruising) performed today",
    // One technique deferred, another given; a measure that declined.
    "STM deferred; PA mobs L4 gr III", "STM - deferred, PA mobs L3-5 gr III x8 min", "PA mobs L4 gr III (STM deferred)",
    "STM to R UT, pain declined to 2/10", "Mobs gr III, pain declined from 6/10 to 3/10",
  ])("%j: shows skill (no finding)", (text) => {
    expect(skillMissing(text), text).toBe(false);
  });

  const TECHNIQUES = ["STM", "mobs", "PA mobs L4", "soft tissue mob", "MFR", "IASTM", "MLD", "debridement", "manual therapy", "myofascial release"];
  const MARKS = [" ", " - ", " -- ", " \u2013 ", ": ", ", ", " (", ": pt ", " - pt "];
  const WORDS = ["refused", "declined", "deferred", "omitted", "skipped", "postponed"];
  const ENDS = ["", ";", " d/t pain;", " due to bruising;", " today;", " per pt request;"];
  const REST = ["", " hot pack 10 min", " ice 10 min", " dressing change"];
  it("any technique, any mark, any refusal word, at its clause's end or before a reason: skill missing", () => {
    fc.assert(fc.property(fc.constantFrom(...TECHNIQUES), fc.constantFrom(...MARKS), fc.constantFrom(...WORDS), fc.constantFrom(...ENDS), fc.constantFrom(...REST), caseArb, (technique, mark, word, end, rest, cased) => {
      const close = mark.includes("(") ? ")" : "";
      const text = cased(`${technique}${mark}${word}${close}${end}${end.endsWith(";") ? rest : ""}`);
      expect(skillMissing(text), text).toBe(true);
    }), params);
  });

  it("... and the same with another technique given after it, or the refusal of something else after the technique: skill shown", () => {
    fc.assert(fc.property(fc.constantFrom(...TECHNIQUES), fc.constantFrom(...MARKS.filter((m) => !m.includes("("))), fc.constantFrom(...WORDS), fc.constantFrom("ice", "HEP review", "further pressure", "heat"), fc.boolean(), caseArb, (technique, mark, word, other, given, cased) => {
      const text = cased(given ? `${technique}${mark}${word}; PA mobs L3-5 gr III` : `${technique} x8 min; pt ${word} ${other}`);
      expect(skillMissing(text), text).toBe(false);
    }), params);
  });
});

// ---------------------------------------------------------------------------------------------
// EDUCATION-RE: "Education re: Epley", "Reviewed Epley w/ pt" are teaching (fuzz22's pins).
// ---------------------------------------------------------------------------------------------

const on97112 = (text: string) => of(CRP, visit([line("97112", text)]));

describe("EDUCATION-RE (pins23): teaching about a maneuver is no maneuver given", () => {
  it.each(["Education re: Epley", "Reviewed Epley w/ pt", "Education re: Semont R", "Educ re: Epley and BPPV", "Pt education re: CRP", "Reviewed Epley and precautions w/ pt", "Reviewed home Epley w/ pt"])(
    "%j on 97112: not flagged",
    (text) => {
      expect(on97112(text)).toEqual([]);
    },
  );

  it.each([
    // A maneuver given, then teaching after it.
    "Epley R performed; reviewed HEP w/ pt", "Epley R x2; education re: BPPV", "Semont L. Reviewed precautions w/ pt",
    // Taught and then performed (TAUGHT-DONE): given.
    "Education re: Epley, then Epley R performed", "Reviewed BPPV w/ pt, Epley R x2", "Reviewed symptoms and performed Epley R",
    "Reviewed Epley L performed", "Education re: BPPV and Epley R performed",
  ])("%j on 97112: a maneuver given (flagged)", (text) => {
    expect(on97112(text).length, text).toBe(1);
  });

  it.each(["Educated on Epley L performed correctly by pt", "Reviewed Epley L performed correctly by pt"])("%j: the patient's return demonstration stays teaching (TAUGHT-DONE-BY-PT)", (text) => {
    expect(on97112(text)).toEqual([]);
  });

  it("teaching words before any maneuver, any side: not flagged; with 'performed' after the side: flagged", () => {
    fc.assert(fc.property(fc.constantFrom("Education re:", "Educ re:", "Pt education re:", "Reviewed", "Pt educated re:", "Reviewed w/ pt"), fc.constantFrom("Epley", "Semont", "BBQ roll", "Gufoni", "CRP"), fc.constantFrom("", " R", " L"), fc.boolean(), caseArb, (teach, maneuver, side, performed, cased) => {
      const text = cased(`${teach} ${maneuver}${side}${performed ? " performed" : ""}`);
      expect(on97112(text).length, text).toBe(performed ? 1 : 0);
    }), params);
  });
});
