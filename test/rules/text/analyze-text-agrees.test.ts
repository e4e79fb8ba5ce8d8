import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeText } from "../../../src/rules/text/analyze-text.js";
import { TERMS, VAGUE_WORDS } from "../../../src/rules/text/lexicon.js";
import { FUZZ_RUNS } from "../../fuzz/arbitraries.js";
import { analyzeTextReference } from "./analyze-text-reference.js";

/** Words a note is made of: every lexicon phrase and vague word, the words around the special cases, numbers and patterns. */
const WORDS: readonly string[] = [
  ...Object.values(TERMS).flat(),
  ...VAGUE_WORDS,
  "set up", "setup", "rest break", "rested", "educated", "pacing", "with", "needs", "a", "assist", "only",
  // Fourteenth round (gaps14): seconds before a rest noun, what a patient records after "documenting"/"charting".
  "sec", "seconds", "rest periods", "intake", "bg", "voids", "diary", "not", "never", "left",
  // Fifteenth round (gaps15): counts after a limb or "be", minutes after "wait", the patient who helped, "re" before "ed on", counted cues.
  "UE", "forearm", "be", "5", "min", "mins", "hr", "x 2", "3x", "wait", "wait time", "helped", "child", "pt", "aide", "re", "ed on", "completed",
  "cue", "cues", "prompts", "verbal", "stop", "flubber", "washing bandages", "educated",
  // Sixteenth round (gaps16): "dn" before a side or "to", waits before seconds or a prompt, requests counted, equal as a result.
  "dn", "DN", "r", "L", "rt", "b/l", "to", "90", "waited", "waiting", "for", "before", "cueing", "modeling", "sec", "requests", "request", "mands",
  "equal by", "was equal",
  "3x10", "x10", "x", "10x", "2x", "wk", "day", "5#", "#5", "#", "10", "lbs", "lb", "kg", "2kg", "10lbs", "12LB", "%",
  "sit-to-stand", "Sit<>stand", "w/", "İ", "K", "ß", "ﬀ", "a".repeat(41), "x".repeat(45), "1".repeat(50) + "lbs",
];
const SEPARATORS = [" ", "  ", ", ", "; ", "/", "-", "\n", "<>", ".", ""];

const noteArb = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 8 }), fc.string({ unit: "grapheme", maxLength: 4 })), fc.constantFrom(...SEPARATORS)), { maxLength: 120 })
  .map((parts) => parts.map(([w, s]) => w + s).join(""));

describe("analyzeText (the trie scan) agrees with the reference scan", () => {
  it("gives the same facts as the reference for any note made of lexicon words, patterns and noise", () => {
    fc.assert(fc.property(noteArb, (text) => {
      expect(analyzeText(text)).toEqual(analyzeTextReference(text));
    }), { numRuns: FUZZ_RUNS * 10 });
  });

  it("gives the same facts as the reference for arbitrary strings", () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => {
      expect(analyzeText(text)).toEqual(analyzeTextReference(text));
    }), { numRuns: FUZZ_RUNS * 5 });
  });

  it("gives the same facts as the reference for every lexicon phrase alone and in each upper-case form", () => {
    for (const phrase of [...Object.values(TERMS).flat(), ...VAGUE_WORDS]) {
      for (const text of [phrase, phrase.toUpperCase(), `before ${phrase} after 3x10`]) expect(analyzeText(text)).toEqual(analyzeTextReference(text));
    }
  });
});

describe("analyzeText's patterns, told by the automaton, agree with the reference's character checks", () => {
  const cases = [
    "5\u212Ag", "5\u212AG wts", "5KG", "3X10", "X10", "x 10", "X 10", "10X/wk", "10x daily", "10x", "2x", "3x10reps", "3xx10",
    "# 5", "5 #", "#5", "10 LBS", "10Lbs", "5lbs9", "5lbss", "5 kg", "6MWT", "x", "xray 10", "1lb", "1l b", "10 x 15", "x10x",
    "x 15 min", "x15 min", "X10 MIN", "2 x 15 min", "x 30 sec", "x 3 minutes", "3x10 sec", "x 10 hrs", "x min", "x 10 -min", "x10min",
  ];
  for (const text of cases) {
    it(`reads "${text}" as the reference does`, () => {
      expect(analyzeText(text)).toEqual(analyzeTextReference(text));
    });
  }
});
