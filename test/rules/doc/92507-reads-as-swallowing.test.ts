import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintDocumentation } from "../../../src/lint.js";
import type { Session } from "../../../src/model/session.js";
import { deepFreeze, FUZZ_RUNS } from "../../fuzz/arbitraries.js";
import { findingsOf, line, ruleTable, session } from "../helpers.js";

const ID = "doc/92507-reads-as-swallowing";

/** An SLP visit with one 92507 line. */
const slp = (activity: string | undefined, code = "92507"): Session =>
  session({ provider: { discipline: "SLP", credential: "SLP" }, services: [line(code, activity, { minutes: 30 })] });

// Nineteenth round (rules19): a 92507 line that describes swallowing treatment reads as 92526.
ruleTable(ID, "warning", {
  flags: [
    ["chin tuck, effortful swallow, thin liquid trials (the brief's example)", slp("dysphagia tx: chin tuck against resistance, effortful swallow x10, thin liquid trials via cup"), undefined, (f) => {
      expect(f[0]!.codes).toEqual(["92507"]);
      expect(f[0]!.path).toEqual(["services", 0, "activity"]);
      expect(f[0]!.message).toContain("dysphagia");
      expect(f[0]!.fix).toContain("92526");
      expect(f[0]!.source.title).toContain("NCD 170.3");
    }],
    ["Masako and Shaker", slp("Masako 3x10, Shaker 3x30 sec holds, Mendelsohn x10 w/ sEMG")],
    ["PO trials by IDDSI level", slp("PO trials: IDDSI level 1 mildly thick x10 tsp, puree x6; no s/sx aspiration")],
    ["NMES for swallowing", slp("VitalStim/NMES to submental mm 30 min during effortful swallows")],
    ["thin and nectar liquids, bolus control", slp("Nectar thick via cup x8, thin via tsp x5; oral bolus control cues, min residue")],
    ["ice chips and a free water protocol", slp("Ice chips x10 w/ chin down; Frazier free water protocol reviewed")],
    ["pediatric feeding", slp("Feeding therapy: spoon feeding puree x12, cup drinking x5 sips w/ jaw support")],
    ["upper-case note", slp("PHARYNGEAL STRENGTHENING: EFFORTFUL SWALLOW X20, CHIN TUCK X10")],
    ["a code name alone still names the treatment", slp("Dysphagia tx per POC")],
    ["dry swallows and a double swallow", slp("Dry swallows x10 w/ head turn R, double swallow w/ solids")],
    ["both speech-language and swallowing: info advice", slp("Naming 8/10 w/ phonemic cues; chin tuck x10 w/ thin liquids via cup"), "info", (f) => {
      expect(f[0]!.message).toContain("beside speech-language work");
      expect(f[0]!.fix).toContain("92526 beside 92507");
      // ADVICE-IF: conditional, so an observation ("swallowed pills whole, no difficulty") is never read as "add 92526".
      expect(f[0]!.message).toContain("if swallowing treatment was given");
      expect(f[0]!.fix).toMatch(/^If the note shows swallowing treatment \(not only how the patient swallowed\)/);
    }],
    ["LSVT and a swallow exercise: info advice", slp("LSVT LOUD sustained ah x15; effortful swallow x10"), "info"],
    // The bench's 92507 wordings: articulation drills beside swallowing work are speech work too (advice, not a warning).
    ["CVC word drills beside a supraglottic swallow w/ thin liq: info advice", slp("CVC word drills, 83% acc w/ min VC; supraglottic swallow w/ thin liq"), "info"],
  ],
  passes: [
    // Twentieth round (gaps20), a decision from sources: EMST serves both swallowing safety (Troche et al., Neurology 2010) and voice
    // and speech breathing (PD hypophonia), and tongue pressing serves articulation as much as swallowing: alone they name neither.
    ["EMST alone names neither swallowing nor speech (it serves both)", slp("EMST150 5 sets x5 at 75% MEP")],
    ["tongue press alone names neither", slp("Tongue press 5x10 w/ tongue depressor")],
    ["language and naming tasks (counter-case)", slp("Confrontation naming 18/20, word finding in sentences w/ semantic cues")],
    ["voice, LSVT LOUD (counter-case)", slp("LSVT LOUD: sustained ah x15 at 85 dB, high/low pitch glides x15")],
    ["fluency (counter-case)", slp("Fluency shaping: easy onset in phrases 9/10, light contact in conversation")],
    ["cognitive-communication (counter-case)", slp("Memory book training, recall of 3 daily events 4/5, problem solving tasks w/ min cues")],
    ["articulation with minimal pairs", slp("Articulation /r/ in initial position at word level 16/20, minimal pairs")],
    ["AAC", slp("AAC: requested 8 items on SGD w/ 2 prompts")],
    ["oral-motor exercises alone are read as neither", slp("Oral motor exs for dysarthria: lip rounding x10, tongue lateralization x10")],
    // Realistic-notes corpus: the verb "swallow" alone is no swallowing treatment in voice or orofacial myofunctional work.
    ["vocal hygiene: 'swallow or sip instead of throat clearing' beside resonant voice", slp("Vocal hygiene: hydration 64 oz/day, swallow or sip instead of throat clearing; resonant voice 'mm-hmm' chant x10")],
    ["orofacial myofunctional: 'taught new swallow pattern'", slp("Tongue to 'the spot' holds 10x5 sec, lip seal w/ button pull x10; taught new swallow pattern w/ water sips")],
    ["92526 is not this rule's code", slp("chin tuck x10, effortful swallow x10", "92526")],
    ["no activity is another rule's", slp(undefined)],
  ],
});

describe(`${ID} properties`, () => {
  const swallowing = ["chin tuck x10", "effortful swallow x10", "thin liquid trials via cup", "Masako x10", "IDDSI 4 puree x6", "Shaker holds 3x30 sec"];
  const language = ["naming 8/10", "LSVT LOUD x15", "easy onset in phrases", "memory book training", "articulation at word level"];
  const texts = fc.array(fc.constantFrom(...swallowing, ...language), { minLength: 1, maxLength: 6 });
  const expected = (parts: readonly string[]): string[] => {
    const s = parts.some((p) => swallowing.includes(p));
    const l = parts.some((p) => language.includes(p));
    return !s ? [] : l ? ["info"] : ["warning"];
  };
  const severities = (s: Session): string[] => findingsOf(ID, s).map((f) => f.severity);

  it("warns on swallowing alone, advises on swallowing with speech-language work, says nothing otherwise", () => {
    fc.assert(
      fc.property(texts, (parts) => {
        expect(severities(slp(parts.join(", ")))).toEqual(expected(parts));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("does not depend on the order of the parts, their case, or the spacing and separators between them", () => {
    fc.assert(
      fc.property(texts, fc.constantFrom(", ", "; ", "\n", "  ,  ", " / "), fc.boolean(), (parts, separator, shout) => {
        const text = [...parts].reverse().join(separator);
        expect(severities(slp(shout ? text.toUpperCase() : text.toLowerCase()))).toEqual(expected(parts));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("does not depend on the order of the lines (each finding follows its line) and never mutates a deep-frozen session", () => {
    fc.assert(
      fc.property(fc.array(texts, { minLength: 1, maxLength: 4 }), (lines) => {
        const services = lines.map((parts) => line("92507", parts.join(", ")));
        const base = { provider: { discipline: "SLP", credential: "SLP" } } as const;
        const forward = deepFreeze(session({ ...base, services }));
        const backward = deepFreeze(session({ ...base, services: [...services].reverse() }));
        const read = (s: Session): string[] => findingsOf(ID, s).map((f) => `${s.services[f.path![1] as number]!.activity}|${f.severity}`).sort();
        expect(read(backward)).toEqual(read(forward));
        expect(() => lintDocumentation(forward)).not.toThrow();
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
