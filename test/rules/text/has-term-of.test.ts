import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateSessions } from "../../../bench/generate.mjs";
import { lintDocumentation } from "../../../src/lint.js";
import { parseSession, type Session } from "../../../src/model/index.js";
import { analyzeText, FUNCTIONAL_TASK, hasTermOf, MAX_TERMS_KEPT, NAMED_EXERCISE, SAYS_WHAT_WAS_DONE } from "../../../src/rules/text/analyze-text.js";
import { CODE_NAMES, EXERCISE_DOSES, MAY_BE_NONBILLABLE, PHRASE_TABLE, SPECIFIC_CATEGORIES, TERM_CATEGORIES, TERMS, VAGUE_WORDS } from "../../../src/rules/text/lexicon.js";
import { FUZZ_RUNS } from "../../fuzz/arbitraries.js";
import { lintDocumentation as lintDocumentationV1 } from "../../oracles/lint-v1/lint.js";
import { ALL, fullBits } from "./full-bits.js";

/** Every lexicon phrase and vague word, the nonbillable words spelled every way the scan accepts, patterns and look-alikes. */
const WORDS: readonly string[] = [
  ...Object.values(TERMS).flat(),
  ...VAGUE_WORDS,
  ...TERMS.nonbillable.map((p) => p.toUpperCase()),
  ...TERMS.nonbillable.map((p) => p.replaceAll(" ", "_")),
  ...TERMS.nonbillable.map((p) => p.replaceAll(" ", "\u00a0-\u00a0")),
  "set_up A", "setup only", "with set up", "educated on pacing w/ rest breaks", "PAPERWOR\u212A", "paperwor\u212A", "rest\u0130break",
  "restbreak", "rest", "sets", "restore", "meal prep", "prep", "note", "wait", "waits", "documents", "chart", "unattend",
  "3x10", "x10", "10x", "2x/wk", "5#", "#5", "10 lbs", "2kg", "%", "İ", "K", "ß", "\u212A", "_",
  // Sixteenth round (gaps16): "dn" before a side or "to" and a side; waits before seconds or a prompt.
  "dn", "DN", "r", "L", "b", "to", "waited", "waiting", "5 sec", "before", "cueing",
];
const SEPARATORS = [" ", "  ", ", ", "; ", "/", "-", "_", "\n", "<>", ".", "", "#", "%", "İ", "\u00a0", "\u212A"];

const textArb: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
        { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
        { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 4 }) },
      ),
      fc.constantFrom(...SEPARATORS),
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.map(([w, s]) => w + s).join(""));

/** The bench generator's sessions, typed as the benchmark types them. */
function benchSessions(count: number, seed: number): Session[] {
  return generateSessions(count, seed).map((s) => parseSession(JSON.parse(JSON.stringify(s))));
}
const BENCH = benchSessions(120, 31);
const BENCH_TEXTS: readonly string[] = BENCH.flatMap((s) => [
  ...s.services.flatMap((l) => (l.activity === undefined ? [] : [l.activity])),
  ...Object.values(s.note ?? {}).filter((v): v is string => typeof v === "string"),
]);


/** hasTermOf answers what analyzeText's full lists answer. */
function expectAgrees(text: string, wanted: number): void {
  expect(hasTermOf(text, wanted), `${wanted} in ${JSON.stringify(text)}`).toBe((fullBits(text) & wanted) !== 0);
}

const wantedArb = fc.integer({ min: 1, max: ALL });

describe("hasTermOf (the scan that stops at the first term wanted) agrees with analyzeText", () => {
  it("on texts of lexicon words, spellings, patterns and noise, for any set of wanted categories", () => {
    fc.assert(fc.property(textArb, wantedArb, expectAgrees), { numRuns: FUZZ_RUNS * 10 });
  });

  it("on arbitrary strings", () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), wantedArb, expectAgrees), { numRuns: FUZZ_RUNS * 5 });
  });

  it("on every bench text, for each category alone and for all of them", () => {
    for (const text of BENCH_TEXTS) {
      for (let c = 0; c <= TERM_CATEGORIES.length + 1; c++) expectAgrees(text, 1 << c);
      for (const wanted of [ALL, 1023, 269]) expectAgrees(text, wanted);
    }
  });

  it("on every lexicon phrase alone, upper-cased and in context", () => {
    for (const phrase of Object.values(TERMS).flat()) {
      for (const text of [phrase.toUpperCase(), `educated on pacing ${phrase} after 3x10`]) {
        for (let c = 0; c <= TERM_CATEGORIES.length + 1; c++) expectAgrees(text, 1 << c);
      }
    }
  });

  it("when the same texts are asked again, in any order and for any categories (the readings it remembers)", () => {
    // Up to 12 texts, more than the 8 readings kept, asked 1-40 questions in turn: each answer is a fresh read's.
    const questions = fc
      .tuple(fc.array(textArb, { minLength: 1, maxLength: 12 }), fc.array(fc.tuple(fc.nat(), wantedArb), { minLength: 1, maxLength: 40 }))
      .map(([texts, asked]) => asked.map(([k, wanted]) => [texts[k % texts.length]!, wanted] as const));
    fc.assert(
      fc.property(questions, (asked) => {
        for (const [text, wanted] of asked) expectAgrees(text, wanted);
      }),
      { numRuns: FUZZ_RUNS * 5 },
    );
    // Bench visits' texts, six at a time (fewer than the readings kept), asked as the rules ask them: the specific-term
    // question, then skilled or manual, then each category (nonbillable's "rest breaks" comes late in a text).
    const skilledOrManual = (1 << TERM_CATEGORIES.indexOf("skilled")) | (1 << TERM_CATEGORIES.indexOf("manual"));
    for (let s = 0; s < BENCH_TEXTS.length && s < 300; s += 3) {
      const texts = BENCH_TEXTS.slice(s, s + 6);
      for (const wanted of [SAYS_WHAT_WAS_DONE, NAMED_EXERCISE, skilledOrManual, ...TERM_CATEGORIES.map((_, c) => 1 << c)]) for (const text of texts) expectAgrees(text, wanted);
    }
  });

  it("when a question stops inside a negated nonbillable phrase and the next asks for nonbillable terms", () => {
    // The negation's reach ("no equipment set-up": neither "equipment set up" nor the "set up" inside it) is part of a reading.
    const forget = (k: number) => {
      for (let j = 0; j < 8; j++) hasTermOf(`other text ${k} ${j}`, ALL);
    };
    const nonbillable = 1 << TERM_CATEGORIES.indexOf("nonbillable");
    let k = 0;
    for (const phrase of TERMS.nonbillable) {
      for (const text of [`no ${phrase}`, `w/o ${phrase}, then SLR 3x10`, `pt did not need ${phrase} after 3x10; no ${phrase}`]) {
        for (let c = 0; c <= TERM_CATEGORIES.length + 1; c++) {
          forget(k++);
          hasTermOf(text, 1 << c);
          expectAgrees(text, nonbillable);
        }
      }
    }
  });

  it("on a text longer than the shared token buffers", () => {
    const text = `${"bridges 3x10, ".repeat(3000)}set-up of equipment`;
    expectAgrees(text, 1 << TERM_CATEGORIES.indexOf("nonbillable"));
    expectAgrees(text, 1 << TERM_CATEGORIES.indexOf("exercise"));
    expectAgrees(text, NAMED_EXERCISE);
    expectAgrees(`${"lifting crate x10, 15#, 3 reps, ".repeat(3000)} then bridges`, NAMED_EXERCISE);
  });

  it("tells a functional task from a label alone (FUNCTIONAL_TASK, seventeenth round)", () => {
    expect(hasTermOf("Theraband rows 3x15 for ADLs; functional mobility exercises; IADL", FUNCTIONAL_TASK)).toBe(false);
    expect(hasTermOf("ADLs: lifting crate x5", FUNCTIONAL_TASK)).toBe(true);
    expectAgrees(`${"for ADLs, functional mobility. ".repeat(2000)} then carrying`, FUNCTIONAL_TASK);
    expectAgrees(`${"for ADLs, functional mobility. ".repeat(2000)}`, FUNCTIONAL_TASK);
  });

  it("tells a term that says what was done from a code's name alone (SAYS_WHAT_WAS_DONE)", () => {
    for (const name of CODE_NAMES) expect(PHRASE_TABLE.has(name), name).toBe(true);
    // Fewer code names than the terms kept per category: a full kept list always holds another term.
    for (const c of SPECIFIC_CATEGORIES) expect(TERMS[c].filter((p) => CODE_NAMES.has(analyzeText(p).terms[c][0] ?? "")).length, c).toBeLessThan(MAX_TERMS_KEPT);
    expect(hasTermOf("Neuro re-ed per POC; gait training; manual therapy; dysphagia tx", SAYS_WHAT_WAS_DONE)).toBe(false);
    expect(hasTermOf("Gait training w/ RW", SAYS_WHAT_WAS_DONE)).toBe(true);
    expect(hasTermOf("Gait training x 10", SAYS_WHAT_WAS_DONE)).toBe(true);
    expectAgrees(`${"gait training, nmr, cognition. ".repeat(2000)} then SLR`, SAYS_WHAT_WAS_DONE);
  });

  it("tells an exercise named from a dose alone (NAMED_EXERCISE)", () => {
    // Fewer doses than the terms kept per category: a full kept list always holds a named exercise.
    expect(EXERCISE_DOSES.size).toBeLessThan(MAX_TERMS_KEPT);
    const allDoses = `lifting ${[...EXERCISE_DOSES].map((d) => (d === "sets x reps" ? "3x10" : d === "weight" ? "5#" : `4 ${d}`)).join(", ")}, then SLR`;
    expect(hasTermOf(allDoses, NAMED_EXERCISE)).toBe(true);
    expect(analyzeText(allDoses).terms.exercise.some((t) => !EXERCISE_DOSES.has(t))).toBe(true);
    expect(hasTermOf("Floor to waist lifting of crate x10, carrying 15# 50 ft, 3 sets of 5 reps, 10 lbs", NAMED_EXERCISE)).toBe(false);
    expect(hasTermOf("lifting crate x10, then SLR", NAMED_EXERCISE)).toBe(true);
  });
});

describe("MAY_BE_NONBILLABLE matches every text with a nonbillable term", () => {
  const nonbillable = (text: string): boolean => analyzeText(text).terms.nonbillable.length > 0;

  it("matches each nonbillable phrase alone, upper-cased, with any separator and in context", () => {
    // "wait" and "wait time" are terms only before minutes or hours ("wait 10 min"; "wait time 5 sec" is a strategy), "dn" only
    // before a side ("dn r": dry needling; "dn to 90": down).
    for (const phrase of TERMS.nonbillable.map((p) => (/^wait(?: time)?$/.test(p) ? `${p} 10 min` : p === "dn" ? "dn r" : p))) {
      for (const separator of SEPARATORS.filter((s) => s !== "" && s !== "#" && s !== "%" && s !== "İ" && s !== "\u212A")) {
        for (const text of [phrase, phrase.toUpperCase(), phrase.replaceAll(" ", separator), `pt did 3x10; ${phrase}, then rest`]) {
          expect(nonbillable(text), text).toBe(true);
          expect(MAY_BE_NONBILLABLE.test(text), text).toBe(true);
        }
      }
    }
  });

  it("matches whenever analyzeText finds a nonbillable term, on lexicon texts, arbitrary strings and bench texts", () => {
    const sound = (text: string) => {
      if (nonbillable(text)) expect(MAY_BE_NONBILLABLE.test(text), JSON.stringify(text)).toBe(true);
    };
    fc.assert(fc.property(textArb, sound), { numRuns: FUZZ_RUNS * 10 });
    fc.assert(fc.property(fc.string({ maxLength: 300 }), sound), { numRuns: FUZZ_RUNS * 5 });
    for (const text of BENCH_TEXTS) sound(text);
  });

  it("rules out most bench activity texts (what it is for)", () => {
    const activities = BENCH.flatMap((s) => s.services.flatMap((l) => (l.activity === undefined ? [] : [l.activity])));
    const passed = activities.filter((t) => MAY_BE_NONBILLABLE.test(t)).length;
    expect(passed).toBeLessThan(activities.length / 3);
  });
});

describe("lintDocumentation, reading texts only as far as each rule needs, agrees with the engine that read every text whole (test/oracles/lint-v1)", () => {
  const CODES = ["97110", "97530", "97110", "97530", "97112", "97116", "97140", "97535", "97010", "G0283", "92507", "97161", "99999", "97150"];
  const sessionArb = fc
    .tuple(
      fc.integer({ min: 0, max: BENCH.length - 1 }),
      fc.array(fc.tuple(fc.constantFrom(...CODES), fc.oneof(textArb, fc.constant(" "), fc.constant(undefined))), { minLength: 1, maxLength: 6 }),
      fc.option(textArb, { nil: undefined }),
      fc.boolean(),
    )
    .map(([k, lines, plan, keepNote]): Session => {
      const base = BENCH[k]!;
      const services = lines.map(([code, activity], i) => {
        const { activity: _a, ...line } = base.services[i % base.services.length]!;
        return activity === undefined ? { ...line, code } : { ...line, code, activity };
      });
      const { note: _note, ...rest } = { ...base, services };
      return !keepNote ? rest : plan !== undefined ? { ...rest, note: { plan } } : { ...base, services };
    });

  it("gives the same findings, as JSON, for sessions whose lines carry texts of lexicon words on exercise, functional, timed, untimed and unknown codes", () => {
    fc.assert(
      fc.property(sessionArb, (session) => {
        expect(JSON.stringify(lintDocumentation(session))).toBe(JSON.stringify(lintDocumentationV1(session)));
      }),
      { numRuns: FUZZ_RUNS * 5 },
    );
  });

  it("gives the same findings for the same sessions with every text made longer than 4,096 characters (read through context.text)", () => {
    const long = (text: string | undefined): string | undefined => (text === undefined || text.length === 0 ? text : text.repeat(Math.ceil(4100 / text.length)));
    fc.assert(
      fc.property(sessionArb, (s) => {
        const longer: Session = { ...s, services: s.services.map((l) => (l.activity === undefined ? l : { ...l, activity: long(l.activity) })) };
        const session: Session = longer.note?.plan !== undefined ? { ...longer, note: { plan: long(longer.note.plan) } } : longer;
        expect(JSON.stringify(lintDocumentation(session))).toBe(JSON.stringify(lintDocumentationV1(session)));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
