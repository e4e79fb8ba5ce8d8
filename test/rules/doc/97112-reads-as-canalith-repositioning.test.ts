import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintDocumentation } from "../../../src/lint.js";
import type { Session } from "../../../src/model/session.js";
import { deepFreeze, FUZZ_RUNS } from "../../fuzz/arbitraries.js";
import { findingsOf, line, ruleTable, session, withLine } from "../helpers.js";

const ID = "doc/97112-reads-as-canalith-repositioning";

// Twentieth round (rules20): a 97112 line of canalith repositioning reads as 95992 (untimed, once a day).
ruleTable(ID, "warning", {
  flags: [
    ["Epley after a positive Dix-Hallpike", withLine("97112", "Dix-Hallpike + R posterior canal; Epley R x2, nystagmus resolved on retest"), undefined, (f) => {
      expect(f[0]!.codes).toEqual(["97112"]);
      expect(f[0]!.path).toEqual(["services", 0, "activity"]);
      expect(f[0]!.message).toContain("(epley)");
      expect(f[0]!.message).toContain("95992");
      expect(f[0]!.fix).toContain("95992");
      expect(f[0]!.message).toContain("no balance, gaze");
      expect(f[0]!.source.title).toContain("95992");
    }],
    ["Semont", withLine("97112", "Semont maneuver L x1, pt tolerated w/ mild nausea")],
    ["CRP by its letters", withLine("97112", "CRP L posterior canal x3")],
    ["CRM by its letters", withLine("97112", "CRM to R, post-maneuver precautions reviewed")],
    ["BBQ roll for horizontal canal BPPV", withLine("97112", "Supine roll test + L geotropic; BBQ roll x2")],
    ["barbecue roll spelled out", withLine("97112", "Barbecue roll toward unaffected side x2")],
    ["Lempert and Gufoni", withLine("97112", "Lempert 360 roll then Gufoni L x1")],
    ["canalith repositioning spelled out", withLine("97112", "Canalith repositioning, R ear, x2 cycles")],
    ["capitals and odd spacing", withLine("97112", "  DIX-HALLPIKE  +  R ;   EPLEY   R  X2  ")],
    ["'no' far before the maneuver in another clause", withLine("97112", "No neck ROM limits noted, Epley R x2")],
    ["negative Dix-Hallpike on the other side, Epley on this one", withLine("97112", "DH negative L; DH + R, Epley R x2")],
    // Twenty-first round (gaps21): misreadings of the twentieth round's corpus.
    ["balance named only as absent beside a maneuver: a warning, not advice (NO-DEFICITS)", withLine("97112", "Epley R x2; no balance deficits noted")],
    ["balance and coordination found normal (NO-DEFICITS)", withLine("97112", "Epley R x2; balance WNL, coordination intact")],
    ["denies balance problems, two words between (NO-DEFICITS)", withLine("97112", "Epley R x2; denies significant balance problems")],
    ["'no' right before the balance word (NO-DEFICITS)", withLine("97112", "Semont L x1, no balance work today d/t nausea")],
    ["teaching, then the maneuver after 'then' (TAUGHT-REACH counter-case)", withLine("97112", "Educated pt on BPPV, then Epley R x2")],
    ["teaching, then 'performed' (TAUGHT-REACH counter-case)", withLine("97112", "Instructed pt in precautions and performed Epley R x2")],
    ["the whole name with its liberatory maneuver, given (NAME-PHRASE)", withLine("97112", "Semont liberatory maneuver R x2"), undefined, (f) => {
      expect(f[0]!.message).toContain("(semont liberatory maneuver)");
    }],
    ["a negated list with a count on the next maneuver: given instead (NEG-LIST counter-case)", withLine("97112", "no Epley, Semont R x2")],
    ["a negation does not cross a semicolon (NEG-LIST counter-case)", withLine("97112", "no Epley; Semont L")],
    ["one of two lines", session({ services: [line("97112", "Tandem stance on foam 3x30 sec"), line("97112", "Epley L x2")] }), undefined, (f) => {
      expect(f.map((x) => x.path)).toEqual([["services", 1, "activity"]]);
    }],
    ["with 95992 billed too the message says so", session({ services: [line("95992", "Epley R x2"), line("97112", "Epley R x2, resolved")] }), undefined, (f) => {
      expect(f[0]!.message).toContain("this visit bills too");
    }],
    // Beside balance, gaze or habituation work: info advice, not a warning.
    ["Epley beside gaze stabilisation (advice)", withLine("97112", "Epley R x2; gaze stabilization VOR x1 yaw 2x60 sec"), "info", (f) => {
      expect(f[0]!.message).toContain("beside balance or gaze work");
      expect(f[0]!.fix).toContain("59 or XU");
    }],
    ["CRP beside balance on foam (advice)", withLine("97112", "CRP R x1, then tandem stance on foam 3x30 sec"), "info"],
    ["CRP beside VORx1 written as one word (advice)", withLine("97112", "CRP R x1; VORx1 yaw 3x30 sec"), "info"],
    ["a ticked box of a checkbox export is a maneuver given", withLine("97112", "[x] Epley R x2 [x] VOR x1 yaw"), "info"],
    ["Semont beside Brandt-Daroff habituation (advice)", withLine("97112", "Semont R x1; Brandt-Daroff instructed 5 reps"), "info"],
    ["a negated loss of balance during tandem stance is balance work (NO-DEFICITS counter-case)", withLine("97112", "Epley R x2; no LOB with tandem stance 3x30 sec"), "info"],
    // gaps22 (TAUGHT-DONE): taught, then done.
    ["educated on BPPV and Epley performed R (TAUGHT-DONE, the brief's case)", withLine("97112", "Pt educated on BPPV and Epley performed R"), "warning", (f) => {
      expect(f[0]!.message).toContain("(epley)");
    }],
    ["educated on BPPV and Epley R x2 performed (TAUGHT-DONE: a side and count, then the word)", withLine("97112", "Educated pt on BPPV and Epley R x2 performed"), "warning"],
    ["instructed on precautions and Semont L was completed (TAUGHT-DONE)", withLine("97112", "Instructed pt on precautions and Semont L was completed")],
    ["taught, then done, beside gaze work (TAUGHT-DONE: advice)", withLine("97112", "Pt educated on BPPV and Epley performed R; VOR x1 2x30 sec"), "info"],
    ["balance deficits named without a negation beside balance work (NO-DEFICITS counter-case)", withLine("97112", "Epley R x2; balance deficits addressed w/ SLS on foam"), "info"],
  ],
  passes: [
    ["Dix-Hallpike negative, no CRP (the brief's counter-case)", withLine("97112", "Dix-Hallpike negative, no CRP; VOR x1 2x60 sec")],
    ["Epley deferred (the brief's counter-case)", withLine("97112", "Epley deferred d/t cervical pain; tandem stance 3x30 sec")],
    ["Epley deferred alone", withLine("97112", "Epley deferred")],
    ["did not perform Epley", withLine("97112", "Did not perform Epley, DH negative bilat")],
    ["declined CRP", withLine("97112", "Pt declined CRP today")],
    ["CRP not indicated", withLine("97112", "CRP not indicated, DH neg")],
    ["planned for next visit", withLine("97112", "Epley R next visit if DH positive")],
    ["history: s/p Epley by ENT", withLine("97112", "s/p Epley by ENT last wk")],
    ["self-Epley taught for home", withLine("97112", "Instructed in self-Epley")],
    ["Epley for home", withLine("97112", "Educated on Epley for home use")],
    ["an unticked box of a checkbox export (corpus: gaps19)", withLine("97112", "[x] VOR x1 3x30 sec [x] Habituation: Brandt-Daroff x5 [ ] Epley")],
    ["Brandt-Daroff alone is habituation, not repositioning", withLine("97112", "Brandt-Daroff 5 reps each side, mild sx")],
    // Twenty-first round (gaps21).
    ["teaching six words back (TAUGHT-REACH)", withLine("97112", "Educated pt on BPPV and Epley")],
    ["teaching about the maneuver for home, five words back (TAUGHT-REACH)", withLine("97112", "Pt educated re: cause of sx and Epley; VOR x1")],
    // TAUGHT-DONE's counter-cases: a plan, a home program, a frequency, "self".
    ["guard: educated that Epley will be performed next visit (a plan)", withLine("97112", "Educated pt that Epley will be performed next visit")],
    ["guard: educated on Epley performed at home", withLine("97112", "Educated pt on Epley performed at home")],
    ["guard: instructed in self-Epley x3 performed (self)", withLine("97112", "Instructed in self-Epley x3 performed daily")],
    ["guard: a count alone after teaching stays taught (rules20's pin: 'educated on Epley R x3')", withLine("97112", "Educated pt on BPPV and Epley R x2")],
    ["guard: educated on Epley x2 daily (a frequency)", withLine("97112", "Educated on BPPV and Epley x3/day, Brandt-Daroff 2x daily")],
    ["deferred after the whole name and a count (NAME-PHRASE)", withLine("97112", "Semont liberatory maneuver R x2 deferred; VOR x1 yaw")],
    ["Epley maneuver deferred after side and count (NAME-PHRASE)", withLine("97112", "Epley maneuver R x2 deferred, gaze x1 2x60 sec")],
    ["one negation over a list (NEG-LIST)", withLine("97112", "no Epley, Semont")],
    ["one negation over a list of three (NEG-LIST)", withLine("97112", "DH neg bilat; no Epley, Semont, or Gufoni")],
    ["one negation over a slash (NEG-LIST)", withLine("97112", "no Epley/Gufoni, roll test neg")],
    ["gaze and habituation work alone", withLine("97112", "VOR x1 pitch and yaw 3x45 sec, habituation to head turns")],
    ["log roll is bed mobility", withLine("97112", "Log roll w/ spinal precautions x4")],
    ["95992 is not this rule's code", withLine("95992", "Epley R x2")],
    ["97110 is not this rule's code", withLine("97110", "Epley R x2")],
    ["VOR beside CRP with 95992 on its own line: context, not advice", session({ services: [line("95992", "Epley R x2"), line("97112", "VOR x1 yaw 2x60 sec after CRP")] })],
    ["a visit in 2010, when CMS told therapists to bill 97112", withLine("97112", "Epley R x2", {}, { dateOfService: "2010-06-01" })],
    ["a word that holds the letters (crpe, semontx)", withLine("97112", "crpe semontx weight shifts")],
    ["no activity is another rule's", withLine("97112", undefined)],
  ],
});

describe(`${ID} on long text`, () => {
  it("reads a 1 MiB 97112 line of negated maneuvers, then a given one, in linear time", () => {
    const text = `${"no epley, ".repeat(104_858)}Epley R x2`;
    expect(text.length).toBeGreaterThan(1_048_576);
    const start = performance.now();
    const found = findingsOf(ID, withLine("97112", text));
    const ms = performance.now() - start;
    expect(found.map((f) => f.severity)).toEqual(["warning"]);
    expect(ms).toBeLessThan(1500);
  });
  it("reads a 1 MiB line of one word repeated without a maneuver quickly", () => {
    const text = "epleyx ".repeat(150_000);
    const start = performance.now();
    expect(findingsOf(ID, withLine("97112", text))).toEqual([]);
    expect(performance.now() - start).toBeLessThan(1500);
  });
});

describe(`${ID} properties`, () => {
  const maneuver = ["Epley R x2", "Semont L x1", "CRP x3", "BBQ roll x2", "canalith repositioning R"];
  const other = ["VOR x1 yaw 2x60 sec", "tandem stance on foam", "Brandt-Daroff 5 reps", "gaze stabilization", "SLS 3x30 sec"];
  const context = ["DH + R", "nystagmus resolved", "pt tolerated", "mild nausea"];
  const texts = fc.array(fc.constantFrom(...maneuver, ...other, ...context), { minLength: 1, maxLength: 6 });
  const ids = (s: Session): string[] => findingsOf(ID, s).map((f) => `${f.path?.join(".")}|${f.severity}`);

  it("warns exactly when a maneuver and no other work is named; advises when both are", () => {
    fc.assert(
      fc.property(texts, (parts) => {
        const found = findingsOf(ID, withLine("97112", parts.join(", "))).map((f) => f.severity);
        const hasManeuver = parts.some((p) => maneuver.includes(p));
        const hasOther = parts.some((p) => other.includes(p));
        expect(found).toEqual(!hasManeuver ? [] : hasOther ? ["info"] : ["warning"]);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("does not depend on the order of the parts, their case, or the separators between them", () => {
    fc.assert(
      fc.property(texts, fc.constantFrom(", ", "; ", "\n", "  ,  ", " / "), fc.boolean(), (parts, separator, shout) => {
        const base = ids(withLine("97112", parts.join(", ")));
        const text = [...parts].reverse().join(separator);
        expect(ids(withLine("97112", shout ? text.toUpperCase() : text.toLowerCase()))).toEqual(base);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("a negation or deferral of every maneuver silences the rule", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...maneuver), { minLength: 1, maxLength: 4 }), fc.constantFrom("no ", "declined ", "deferred "), (parts, neg) => {
        expect(findingsOf(ID, withLine("97112", parts.map((p) => neg + p).join("; ")))).toEqual([]);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("does not depend on the order of the lines and never mutates a deep-frozen session", () => {
    fc.assert(
      fc.property(fc.array(texts, { minLength: 1, maxLength: 4 }), (lines) => {
        const services = lines.map((parts) => line("97112", parts.join(", ")));
        const forward = deepFreeze(session({ services }));
        const backward = deepFreeze(session({ services: [...services].reverse() }));
        const key = (s: Session) => findingsOf(ID, s).map((f) => `${s.services[f.path![1] as number]!.activity}|${f.severity}`).sort();
        expect(key(backward)).toEqual(key(forward));
        expect(() => lintDocumentation(forward)).not.toThrow();
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
