import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateSessions } from "../../bench/generate.mjs";
import { parseSession } from "../../src/model/index.js";
import { analyzeText } from "../../src/rules/text/analyze-text.js";
import { TERM_CATEGORIES, TERMS, VAGUE_WORDS } from "../../src/rules/text/lexicon.js";
import { tokenize } from "../../src/rules/text/tokenize.js";
import { WORDS } from "../../src/rules/text/word-table.js";
import { ADVERSARIAL_TEXTS } from "../fuzz/adversarial-text.js";
import { FUZZ_RUNS } from "../fuzz/arbitraries.js";
import { analyzeText as analyzeTextV1 } from "./lint-v1/rules/text/analyze-text.js";

/** Lexicon words and phrases, the words the special cases look at, patterns, and look-alikes that differ by one character. */
const WORDS_OF_NOTES: readonly string[] = [
  ...Object.values(TERMS).flat(),
  ...VAGUE_WORDS,
  ...WORDS,
  ...WORDS.map((w) => w.toUpperCase()),
  ...WORDS.map((w) => `${w}s`),
  ...WORDS.filter((w) => w.length > 2).map((w) => w.slice(0, -1)),
];
/** The words the special cases and patterns turn on, drawn more often. */
const SPECIAL_WORDS: readonly string[] = [
  "set up", "setup", "set-up A", "with setup", "rest break", "rested", "educated on pacing w/ rest breaks", "needs", "only",
  "3x10", "x10", "X10", "x", "10x", "2x", "2X/wk", "2x/day", "wk", "5#", "#5", "# 5", "#", "10", "lbs", "lb", "kg", "2kg", "10lbs", "12LB",
  "3Kg", "8/10", "4/5", "3/10/2025", "120/80", "1/2", "11/10", "999/100", "1000/100", "10\u212Ag", "\u212Ag", "%", "80%", "3xx10", "x3x", "0x0", "00", "3x", "x 10", "2 x 15", "min", "mins", "sec", "hr", "minutes",
  "wk", "week", "daily", "d", "visit", "a", "assist", "level", "for", "sup", "requires", "taught", "hep", "strategies",
  "sit-to-stand", "Sit<>stand", "w/", "w/o", "c/o", "R/L", "İ", "İİ", "aİb", "slİ", "\u0130", "K", "ß", "ﬀ", "é", "ñ", "→", "↑", "😀",
  // Twelfth round: negations before non-billable phrases and "was" before numbers.
  "no", "No", "without", "no rest breaks", "no equipment set up", "without set-up", "w/o waiting", "was", "WAS", "was 125", "was 8/10", "was 10 lbs",
  // Fifteenth round (gaps15): counts after a limb or "be", minutes after "wait", the patient who helped, "re" before "ed on", counted cues.
  "UE rested 2 min", "be left unattended 5 min", "not to be left", "wait 5 min", "wait time 10 min", "wait 5 sec", "Child helped set up", "aide helped setup",
  "re-ed on", "completed 18", "1 'stop' cue", "2 verbal cues", "4 prompts", "3 reps cues", "75% of MEP", "tension increased",
  // Sixteenth round (gaps16): "dn" before a side or "to", waits before seconds or a prompt, requests counted, equal as a result.
  "DN R UT", "dn to L", "HR dn to 90", "waited 5 sec", "waited for child to bring spoon before cueing", "waiting before prompting", "8 requests", "2 requests for",
  "12 mands", "equal by lap 4", "were equal",
  "\uD800", "\uDC00", "\u0307", "\u00A0", "a".repeat(41), "x".repeat(45), "1".repeat(50) + "lbs", "b".repeat(40), "c".repeat(39),
];
const SEPARATORS = [" ", "  ", ", ", "; ", "/", "-", "\n", "<>", ".", "", "#", "%", "İ", "\t", ": "];

const noteArb: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...WORDS_OF_NOTES) },
        { weight: 3, arbitrary: fc.constantFrom(...SPECIAL_WORDS) },
        { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
        { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 4 }) },
        { weight: 1, arbitrary: fc.integer({ min: 0, max: 2000 }).map(String) },
      ),
      fc.constantFrom(...SEPARATORS),
    ),
    { maxLength: 150 },
  )
  .map((parts) => parts.map(([w, s]) => w + s).join(""));

/** Every activity and note text of some bench sessions. */
const BENCH_TEXTS: readonly string[] = generateSessions(300, 99).flatMap((s) => {
  const session = parseSession(s);
  return [
    ...session.services.flatMap((l) => (l.activity === undefined ? [] : [l.activity])),
    ...Object.values(session.note ?? {}).filter((v): v is string => typeof v === "string"),
    ...(session.planOfCare?.goals ?? []).flatMap((g) => (g.text === undefined ? [] : [g.text])),
  ];
});

describe("analyzeText (one allocation-free pass) agrees with the token-string scan it replaced (test/oracles/lint-v1/rules/text/analyze-text.ts)", () => {
  it("gives deep-equal facts for notes of lexicon words, look-alikes, patterns, unicode and noise", () => {
    fc.assert(fc.property(noteArb, (text) => {
      expect(analyzeText(text)).toEqual(analyzeTextV1(text));
    }), { numRuns: FUZZ_RUNS * 20 });
  });

  it("gives deep-equal facts for arbitrary strings, code units and graphemes alike", () => {
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: "binary", maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 100 })), (text) => {
      expect(analyzeText(text)).toEqual(analyzeTextV1(text));
    }), { numRuns: FUZZ_RUNS * 10 });
  });

  it("gives deep-equal facts for every text of 300 bench sessions, alone and run together", () => {
    for (const text of BENCH_TEXTS) expect(analyzeText(text), text).toEqual(analyzeTextV1(text));
    const all = BENCH_TEXTS.join(" ");
    expect(analyzeText(all)).toEqual(analyzeTextV1(all));
  });

  it("gives deep-equal facts for bench texts with lexicon words and noise spliced in", () => {
    fc.assert(fc.property(fc.constantFrom(...BENCH_TEXTS), noteArb, fc.nat(), (text, noise, at) => {
      const i = at % (text.length + 1);
      const spliced = text.slice(0, i) + noise + text.slice(i);
      expect(analyzeText(spliced)).toEqual(analyzeTextV1(spliced));
    }), { numRuns: FUZZ_RUNS * 5 });
  });

  it("gives deep-equal facts for the adversarial texts (64 KiB cut)", () => {
    for (const { name, text } of ADVERSARIAL_TEXTS) {
      const cut = text.slice(0, 1 << 16);
      expect(analyzeText(cut), name).toEqual(analyzeTextV1(cut));
    }
  });

  it("counts as many tokens as tokenize makes, and lists the categories in TERM_CATEGORIES order", () => {
    fc.assert(fc.property(noteArb, (text) => {
      const facts = analyzeText(text);
      expect(facts.tokenCount).toBe(tokenize(text).length);
      expect(Object.keys(facts.terms)).toEqual([...TERM_CATEGORIES]);
    }), { numRuns: FUZZ_RUNS });
  });

  it("gives the same facts for a text however many other texts were analysed before it (no state leaks between calls)", () => {
    fc.assert(fc.property(fc.array(noteArb, { minLength: 1, maxLength: 5 }), (texts) => {
      const alone = texts.map((t) => analyzeTextV1(t));
      expect(texts.map((t) => analyzeText(t))).toEqual(alone);
      expect(texts.map((t) => analyzeText(t)).reverse()).toEqual(alone.reverse());
    }), { numRuns: FUZZ_RUNS });
  });
});
