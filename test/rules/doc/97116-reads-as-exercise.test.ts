import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintDocumentation } from "../../../src/lint.js";
import type { Session } from "../../../src/model/session.js";
import { deepFreeze, FUZZ_RUNS } from "../../fuzz/arbitraries.js";
import { findingsOf, line, ruleTable, session, withLine } from "../helpers.js";

const ID = "doc/97116-reads-as-exercise";

// Nineteenth round (rules19): a 97116 line that names only exercise reads as 97110.
ruleTable(ID, "warning", {
  flags: [
    ["seated ankle pumps and LAQ (the brief's example)", withLine("97116", "seated ankle pumps 2x15, LAQ 2x10"), undefined, (f) => {
      expect(f[0]!.codes).toEqual(["97116"]);
      expect(f[0]!.path).toEqual(["services", 0, "activity"]);
      expect(f[0]!.message).toContain("ankle pumps");
      expect(f[0]!.message).toContain("laq");
      expect(f[0]!.fix).toContain("97110");
      expect(f[0]!.source.title).toContain("97116");
    }],
    ["standing hip abduction at the counter", withLine("97116", "standing hip abd at counter 2x10")],
    ["a mat program of SLR, SAQ, HS curls", withLine("97116", "SLR 3x10, SAQ 3x10, HS curls 3x10 w/ 2# ankle wts")],
    ["heel raises and step-ups", withLine("97116", "Heel raises 3x15, fwd step ups 6 in step 2x10")],
    ["bands and stretching", withLine("97116", "Hamstring stretch 3x30 sec, green band hip abd 2x15")],
    ["recumbent bike and leg press", withLine("97116", "NuStep 8 min L4, leg press 3x10 40#")],
    ["capitals and odd spacing", withLine("97116", "  LAQ   2X10 ,  ANKLE PUMPS 2X20  ")],
    ["bridges and clams with cues (skill, no gait)", withLine("97116", "Bridges 3x10, clams 3x10 red TB, VC for pelvic stability")],
    ["gait declined, exercise done", withLine("97116", "LAQ 2x10, HS curls 2x10; pt declined gait d/t fatigue")],
    ["walking refused, exercise done (the ambulation words are negated too)", withLine("97116", "Seated marches 2x10, LAQ 2x10; pt refused walking today")],
    ["stairs not attempted", withLine("97116", "Heel raises 3x15; unable to attempt stairs d/t knee pain")],
    // Gait named only as the exercises' purpose is no gait training (as "for ADLs" on 97530).
    ["'to improve gait' after seated exercise", withLine("97116", "Seated LAQ 2x10, ankle pumps 2x15 to improve gait")],
    ["'for safe gait' and 'for gait mechanics'", withLine("97116", "Marches 2x10 for safe gait; HS curls 2x10 for gait mechanics")],
    ["'to improve safe gait' (two words before gait)", withLine("97116", "Heel raises 3x15 to improve safe gait")],
    ["'to improve gait' in capitals", withLine("97116", "STANDING HIP ABD 2X10 TO IMPROVE GAIT")],
    // Twentieth round (gaps20): gait or walking words that name no walking trained.
    ["an assistive device alone beside exercise (a support, not walking)", withLine("97116", "standing hip abd w/ RW 2x10")],
    ["a walker named alone", withLine("97116", "Marches 2x10 at walker, heel raises 2x15")],
    ["a gait belt (worn for safety) beside exercise", withLine("97116", "Gait belt used; heel raises, LAQ")],
    ["walking to and from the gym (getting there)", withLine("97116", "Pt amb to and from gym; seated LAQ")],
    ["walked to the mat", withLine("97116", "Walked to mat; SLR 3x10, bridges 3x10")],
    ["exercises named after a walk", withLine("97116", "Walking lunges 2x10, lateral band walks 3 laps")],
    // Twenty-first round (gaps21): misses of the twentieth round's corpus.
    ["cane exercises: the cane is the exercise's wand (CANE-EX)", withLine("97116", "Cane exercises: heel raises 2x10, LAQ 2x10, marches 2x10"), undefined, (f) => {
      expect(f[0]!.message).toContain("cane exercises");
      expect(f[0]!.message).not.toContain("wand");
    }],
    ["cane exercises alone, with a motion (CANE-EX)", withLine("97116", "Cane exercises 2x10 flexion")],
    ["'cane ex' beside exercise at a cane (CANE-EX)", withLine("97116", "cane ex: shoulder flex 2x10, standing hip abd w/ cane 2x10")],
    ["a cue for posture during the exercises is no balance work (POSTURE-CUE)", withLine("97116", "Cane exercises: shoulder flexion 2x10, abduction 2x10 seated; VC for posture")],
    ["TCs for upright posture during heel raises (POSTURE-CUE)", withLine("97116", "Heel raises 3x15, marches 2x10, TCs for upright posture")],
    ["gait (deferred) in parentheses (DEFERRED-PUNCT)", withLine("97116", "LAQ 2x10, heel raises 2x10; gait (deferred)")],
    ["gait, deferred after a comma (DEFERRED-PUNCT)", withLine("97116", "LAQ 2x10, heel raises 2x10, gait, deferred")],
    ["gait: not performed after a colon (DEFERRED-PUNCT)", withLine("97116", "LAQ 2x10; gait: not performed")],
    ["gait - deferred with a reason after a dash (DEFERRED-PUNCT)", withLine("97116", "LAQ 2x10; gait - deferred d/t pain")],
    // The lead, twenty-first round (fuzz21's GAIT-WITHHELD-AFTER pin): a refusal written after the walking word refers back to it.
    ["gait declined, after the walking word (WITHHELD-AFTER)", withLine("97116", "LAQ 2x10; gait declined")],
    ["gait: pt declined (WITHHELD-AFTER)", withLine("97116", "LAQ 2x10, heel raises 2x10; gait: pt declined")],
    ["gait - declined after a dash (WITHHELD-AFTER)", withLine("97116", "LAQ 2x10; gait - declined")],
    ["stairs refused, with a reason (WITHHELD-AFTER)", withLine("97116", "Heel raises 2x15; stairs refused d/t fatigue")],
    // gaps22 (fuzz21's GAIT-WITHHELD-AFTER pins): an answer after the walking word that says it was not done.
    ["gait: not tested (ANSWERED-AFTER)", withLine("97116", "LAQ 2x10; gait: not tested")],
    ["gait: N/A (ANSWERED-AFTER)", withLine("97116", "LAQ 2x10, heel raises 2x10; gait: N/A")],
    ["gait: unable, at the line's end (ANSWERED-AFTER)", withLine("97116", "LAQ 2x10; gait: unable")],
    ["gait - unable d/t dizziness (ANSWERED-AFTER)", withLine("97116", "Seated marches 2x10; gait - unable d/t dizziness")],
    ["stairs not assessed d/t knee pain (ANSWERED-AFTER)", withLine("97116", "Heel raises 3x15; stairs not assessed d/t knee pain")],
    ["amb N/A on a new line (ANSWERED-AFTER)", withLine("97116", "SLR 3x10, bridges 3x10\nAmb: N/A")],
    // gaps22 (JOINT-MOTION): a joint and its motion written short, with a dose, is exercise.
    ["shoulder flex 2x10 (JOINT-MOTION)", withLine("97116", "shoulder flex 2x10"), undefined, (f) => {
      expect(f[0]!.message).toContain("(shoulder flex 2x10)");
    }],
    ["hip ext and knee ext with doses (JOINT-MOTION)", withLine("97116", "Hip ext 3x10 at counter, knee ext 2x15 w/ 2#")],
    ["shoulder ER/IR with a band and a dose (JOINT-MOTION)", withLine("97116", "R shoulder ER/IR RTB 2x15")],
    ["a dose before the joint (JOINT-MOTION)", withLine("97116", "2x10 elbow flex, 2x10 wrist ext")],
    ["ankle DF/PF x20 (JOINT-MOTION)", withLine("97116", "ankle DF/PF x20 seated")],
    ["shoulder flex 2x10 to improve gait (JOINT-MOTION and a purpose)", withLine("97116", "shoulder flex 2x10, abd 2x10 to improve gait")],
    ["one of two lines", session({ services: [line("97116", "amb 150 ft w/ RW CGA"), line("97116", "LAQ 2x10, ankle pumps 2x15")] }), undefined, (f) => {
      expect(f.map((x) => x.path)).toEqual([["services", 1, "activity"]]);
    }],
  ],
  passes: [
    ["gait training with a device and cues (counter-case)", withLine("97116", "gait training 150 ft w/ RW, cues for step length")],
    ["stair training (counter-case)", withLine("97116", "stair training 12 steps reciprocal w/ rail")],
    ["ambulation with a distance and cues (counter-case)", withLine("97116", "amb 200' x2 CGA, heel strike cues")],
    ["pre-gait weight shifting in the parallel bars (counter-case: names gait and balance)", withLine("97116", "pre-gait weight shifting in parallel bars")],
    ["exercise and gait together (counter-case)", withLine("97116", "LAQ 2x10, ankle pumps 2x15, then gait 150 ft x2 w/ FWW SBA")],
    ["walking without the word gait", withLine("97116", "Walking in hallway 300 ft x2 w/ SPC, LAQ 2x10 warm-up")],
    ["curbs and ramps", withLine("97116", "Curb step up/down x5 w/ SPC, ramp x3 CGA; heel raises 2x10")],
    ["treadmill walking", withLine("97116", "Treadmill 10 min 1.2 mph, cues for stride length")],
    ["gait-pattern words", withLine("97116", "Cues for heel strike and toe off, step length symmetry, SLR 2x10")],
    ["body-weight-supported treadmill training", withLine("97116", "BWSTT 30% unweighting 12 min, calf stretch")],
    ["guard: gait training whose purpose names gait too", withLine("97116", "Gait training 150 ft w/ RW x2 to improve gait pattern, LAQ 2x10")],
    ["guard: ambulation to improve gait speed", withLine("97116", "Amb 200 ft x3 to improve gait speed, heel raises 2x10")],
    ["guard: a purpose beside stairs", withLine("97116", "Step ups 2x10 to improve gait, then stairs x12 w/ rail")],
    ["guard: 'for gait' with no exercise named (a dose alone)", withLine("97116", "Gait 150 ft x2 for gait endurance")],
    ["balance work beside exercise is another question", withLine("97116", "Tandem stance 3x30 sec, SLS on foam, LAQ 2x10")],
    ["a functional task beside exercise is another question", withLine("97116", "Sit to stand x10, LAQ 2x10")],
    ["a dose alone names no exercise (vague text is another rule's)", withLine("97116", "3x10, x2")],
    // Twentieth round (gaps20): a device named alone is a support for the exercise, not walking ("standing hip abd w/ RW" was a known miss).
    ["guard: a device with a walking word or a distance", withLine("97116", "Standing hip abd w/ RW 2x10; amb w/ RW CGA")],
    ["guard: a device and a distance written with a mark", withLine("97116", "RW 150' CGA x2; LAQ 2x10")],
    ["guard: a distance names walking beside a purpose", withLine("97116", "LAQ 2x10 to improve gait; 150' x2")],
    ["guard: walking to the gym with a distance is walking", withLine("97116", "Amb to gym 150 ft w/ RW CGA; LAQ 2x10")],
    ["guard: a gait belt on a gait line", withLine("97116", "Gait training w/ gait belt min A x1; LAQ 2x10")],
    ["guard: a walk exercise beside walking in the hallway", withLine("97116", "Monster walks green band 3 laps; walking in hallway 300 ft")],
    // Twenty-first round (gaps21): counter-cases of CANE-EX and DEFERRED-PUNCT.
    ["guard: cane exercises beside walking with a cane and a distance", withLine("97116", "gait w/ cane 150', cane ex 2x10")],
    ["guard: cane exercises beside gait training", withLine("97116", "Gait training w/ SPC, cues for sequencing; cane ex 2x10")],
    ["guard: a posture cue beside balance work is still balance (POSTURE-CUE counter-case)", withLine("97116", "Heel raises 3x15, VC for posture; tandem stance 3x30 sec")],
    ["guard: a posture cue during gait", withLine("97116", "Gait w/ RW, VC for upright posture; LAQ 2x10")],
    ["guard: 'gait, deferred stairs' (gait done, stairs not)", withLine("97116", "LAQ 2x10, gait, deferred stairs d/t fatigue")],
    ["guard: 'gait, held rail' (held is no withholding there)", withLine("97116", "LAQ 2x10, gait, held rail w/ R UE")],
    // WITHHELD-AFTER's counter-cases: a measure that declined is gait measured; a refusal of something else after gait done.
    ["guard: gait speed declined (a measure, gait done)", withLine("97116", "Gait training w/ RW; gait speed declined from last visit; LAQ 2x10")],
    ["guard: gait declined to 0.6 m/s (a measure)", withLine("97116", "LAQ 2x10; gait declined to 0.6 m/s on 10MWT")],
    ["guard: gait training, then pt refused the stairs' last flight", withLine("97116", "Gait training w/ RW CGA, pt refused stairs; LAQ 2x10")],
    // ANSWERED-AFTER's counter-cases: an attempt described is gait done.
    ["guard: gait: unable to clear R foot (an attempt described)", withLine("97116", "LAQ 2x10; gait: unable to clear R foot in swing, VC for hip flexion")],
    ["guard: amb unable to exceed 50 ft w/o LOB (gait done)", withLine("97116", "Heel raises 2x10; amb unable to exceed 50 ft w/o LOB")],
    ["guard: gait not tested on 10MWT today, trained w/ RW", withLine("97116", "LAQ 2x10; gait not tested on 10MWT, trained w/ RW CGA")],
    ["guard: stairs N/A, gait trained with a device", withLine("97116", "LAQ 2x10; stairs N/A; gait training w/ RW CGA, cues for step length")],
    // JOINT-MOTION's counter-cases: a joint and motion with no dose is a finding or a measure; with gait named, gait.
    ["guard: hip flex weakness noted during gait", withLine("97116", "hip flex weakness noted during gait, cues for foot clearance")],
    ["guard: hip flex weakness alone (no dose)", withLine("97116", "hip flex weakness noted, decreased knee flex in swing")],
    ["guard: strength grades are measures, not doses", withLine("97116", "hip flex 3/5, knee ext 4/5")],
    ["guard: hip flex 2x10 beside gait with a distance", withLine("97116", "hip flex 2x10; gait 150 ft w/ RW CGA")],
    ["97110 is not this rule's code", withLine("97110", "LAQ 2x10, ankle pumps 2x15")],
    ["no activity is another rule's", withLine("97116", undefined)],
    ["code written in lower case with spaces is still 97116, and gait is named", withLine(" 97116 ", "gait 100 ft, LAQ 2x10")],
  ],
});

describe(`${ID} on long text`, () => {
  it("reads a 1 MB 97116 line of 'to' and 'improve' repeated, after an exercise and a gait word, in well under a second", () => {
    const text = `LAQ 2x10 gait to ${"improve ".repeat(130_000)}`;
    const start = performance.now();
    const found = findingsOf(ID, withLine("97116", text));
    expect(performance.now() - start).toBeLessThan(1500);
    expect(found).toEqual([]);
  });
});

describe(`${ID} on a joint and its motion written short (gaps22, JOINT-MOTION)`, () => {
  const joints = ["shoulder", "hip", "knee", "elbow", "wrist", "ankle", "R shoulder", "L hip"];
  const motions = ["flex", "ext", "abd", "add", "ER", "IR", "ER/IR", "DF", "flexion", "ext rot"];
  const doses = ["2x10", "3 x 15", "x20", "10 reps", "2x10 w/ 2#"];
  it("flags joint, motion and a dose, after or before, in any case; never without the dose; never beside walking with a distance", () => {
    fc.assert(
      fc.property(fc.constantFrom(...joints), fc.constantFrom(...motions), fc.constantFrom(...doses), fc.boolean(), fc.boolean(), fc.constantFrom("", "; gait 150 ft w/ RW", "; amb 200' CGA"), (j, m, d, before, shout, walk) => {
        const text = (before ? `${d} ${j} ${m}` : `${j} ${m} ${d}`) + walk;
        const cased = shout ? text.toUpperCase() : text;
        expect(findingsOf(ID, withLine("97116", cased)).length, cased).toBe(walk === "" ? 1 : 0);
        // Without a dose, unless the lexicon names the exercise in full ("hip abd", "shoulder flexion" are exercise words).
        const alone = `${j} ${m} weakness noted${walk}`;
        if (!/hip abd|shoulder flexion/i.test(alone)) expect(findingsOf(ID, withLine("97116", alone)), alone).toEqual([]);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});

describe(`${ID} properties`, () => {
  const exercise = ["LAQ 2x10", "ankle pumps 2x15", "SLR 3x10", "heel raises 3x15", "standing hip abd 2x10", "HS curls 2x10", "bridges 3x10"];
  const gait = ["gait training 150 ft w/ RW", "stair training 12 steps", "amb 200' CGA", "walking in hallway 300 ft", "curb x5 w/ SPC"];
  const texts = fc.array(fc.constantFrom(...exercise, ...gait), { minLength: 1, maxLength: 6 });
  const ids = (s: Session): string[] => findingsOf(ID, s).map((f) => `${f.path?.join(".")}|${f.severity}`);

  it("flags a line exactly when it names exercise and no walking or stairs", () => {
    fc.assert(
      fc.property(texts, (parts) => {
        const flagged = findingsOf(ID, withLine("97116", parts.join(", "))).length > 0;
        expect(flagged).toBe(parts.every((p) => exercise.includes(p)));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("does not depend on the order of the parts, their case, or the spacing and separators between them", () => {
    fc.assert(
      fc.property(texts, fc.constantFrom(", ", "; ", "\n", "  ,  ", " / "), fc.boolean(), (parts, separator, shout) => {
        const base = ids(withLine("97116", parts.join(", ")));
        const text = [...parts].reverse().join(separator);
        expect(ids(withLine("97116", shout ? text.toUpperCase() : text.toLowerCase()))).toEqual(base);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("does not depend on the order of the lines (each finding follows its line) and never mutates a deep-frozen session", () => {
    fc.assert(
      fc.property(fc.array(texts, { minLength: 1, maxLength: 4 }), (lines) => {
        const services = lines.map((parts) => line("97116", parts.join(", ")));
        const forward = deepFreeze(session({ services }));
        const backward = deepFreeze(session({ services: [...services].reverse() }));
        const flaggedForward = findingsOf(ID, forward).map((f) => (forward.services[f.path![1] as number]!.activity));
        const flaggedBackward = findingsOf(ID, backward).map((f) => (backward.services[f.path![1] as number]!.activity));
        expect([...flaggedBackward].sort()).toEqual([...flaggedForward].sort());
        expect(() => lintDocumentation(forward)).not.toThrow();
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
