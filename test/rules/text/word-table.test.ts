import { describe, expect, it } from "vitest";
import { PHRASE_PREFIXES, PHRASE_TABLE, TERM_CATEGORIES, VAGUE_WORDS } from "../../../src/rules/text/lexicon.js";
import {
  CLASS_COUNT,
  charClass,
  KIND_BITS,
  KIND_GLUED_WEIGHT,
  KIND_MASK,
  KIND_NUMBER,
  KIND_SETS_REPS,
  KIND_TIMES,
  KIND_WORD,
  KIND_X,
  KIND_X_DIGITS,
  PHRASE_CATEGORY,
  PHRASE_CATEGORY_START,
  PHRASE_KEY,
  PHRASE_NEXT_ID,
  PHRASE_NEXT_NODE,
  PHRASE_NEXT_START,
  SCAN_CLASS,
  START_STATE,
  STEP,
  TERM_SLOTS,
  TOKEN_OF_STATE,
  WORD_FLAGS,
  WORD_PHRASE,
  WORD_VAGUE,
  WORDS,
} from "../../../src/rules/text/word-table.js";

/** The token the automaton stores for a run of letters and digits. */
function tokenOf(word: string): number {
  let state = START_STATE;
  for (const ch of word) state = STEP[state * CLASS_COUNT + charClass(ch.charCodeAt(0))]!;
  return TOKEN_OF_STATE[state]!;
}

/** The word id the automaton gives a lower-case word, or -1. */
function idOf(word: string): number {
  return tokenOf(word) >> KIND_BITS;
}

/** Every node of the trie with the words that lead to it and its categories (as indices). */
function nodes(): { path: string[]; key: string; categories: number[] | undefined; slots: number[] }[] {
  const out: { path: string[]; key: string; categories: number[] | undefined; slots: number[] }[] = [];
  const walk = (path: string[], node: number) => {
    const slots: number[] = [];
    for (let slot = PHRASE_CATEGORY_START[node]!; slot < PHRASE_CATEGORY_START[node + 1]!; slot++) slots.push(slot);
    out.push({ path, key: PHRASE_KEY[node]!, categories: slots.length === 0 ? undefined : slots.map((slot) => PHRASE_CATEGORY[slot]!), slots });
    for (let j = PHRASE_NEXT_START[node]!; j < PHRASE_NEXT_START[node + 1]!; j++) walk([...path, WORDS[PHRASE_NEXT_ID[j]!]!], PHRASE_NEXT_NODE[j]!);
  };
  WORD_PHRASE.forEach((node, id) => node >= 0 && walk([WORDS[id]!], node));
  return out;
}

/** The kind of a run of lower-case letters and digits, told from its characters by regular expressions. */
function kindOf(word: string): number {
  if (/^[0-9]+$/.test(word)) return KIND_NUMBER;
  if (word === "x") return KIND_X;
  if (/^x[0-9]+$/.test(word)) return KIND_X_DIGITS;
  if (/^[0-9]+x[0-9]+$/.test(word)) return KIND_SETS_REPS;
  if (/^[0-9]+x$/.test(word)) return KIND_TIMES;
  if (/^[0-9]+(lbs|lb|kg)$/.test(word)) return KIND_GLUED_WEIGHT;
  return KIND_WORD;
}

describe("word-table: the lexicon as word ids, an automaton and a trie", () => {
  it("gives every letter-and-digit word its own id and every other run of letters none", () => {
    WORDS.forEach((word, id) => {
      if (/^[a-z0-9]+$/.test(word)) expect(idOf(word), word).toBe(id);
    });
    for (const word of ["", "zzzz", "sitt", "si", "setu", "a".repeat(41)]) if (!WORDS.includes(word)) expect(idOf(word), word).toBe(-1);
  });

  it("tells every run's kind from its state: a number, x, sets x reps, digits then x, a glued weight, or a word", () => {
    const runs = [
      ...WORDS.filter((word) => /^[a-z0-9]+$/.test(word)),
      ...["10", "1234567", "12a", "3x10", "3x10x", "3x1a", "3xx", "10x", "x", "xx", "x10", "x10x", "xyz", "xray", "abc", "zzzz", "a1", "6mwt", "9".repeat(50), "x".repeat(50)],
      ...["10lbs", "10lb", "5kg", "5k", "5l", "5lbss", "1lb2", "5kgs", "lbs", "kg", "x5lbs", "5xlb"],
    ];
    // Every run of up to three characters over the digits and the letters the patterns use, too.
    const alphabet = ["1", "0", "x", "l", "b", "s", "k", "g", "a"];
    for (const a of alphabet) for (const b of ["", ...alphabet]) for (const c of ["", ...alphabet]) runs.push(a + b + c);
    for (const run of runs) expect(tokenOf(run) & KIND_MASK, run).toBe(kindOf(run));
  });

  it("keeps the automaton's states within its 16-bit table, and classes every code unit by what it lower-cases to (U+0130 apart)", () => {
    expect(STEP.length / CLASS_COUNT).toBeLessThanOrEqual(0x10000);
    // Independently of the table: a code unit is a letter or digit of a token when it lower-cases to one.
    const expected = (c: number): number => {
      const lower = String.fromCharCode(c).toLowerCase();
      if (lower.length !== 1) return 0;
      const l = lower.charCodeAt(0);
      return l >= 48 && l <= 57 ? l - 48 + 1 : l >= 97 && l <= 122 ? l - 97 + 11 : 0;
    };
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (c !== 0x130 && (SCAN_CLASS[c] !== expected(c) || charClass(c) !== expected(c))) differ.push(c);
    expect(differ).toEqual([]);
    expect(SCAN_CLASS[0x130]).toBe(0);
    expect(charClass(0x130)).toBe(charClass(105));
    expect(charClass(0x212a)).toBe(charClass(107));
  });

  it("marks exactly the vague words as vague", () => {
    WORDS.forEach((word, id) => expect((WORD_FLAGS[id]! & WORD_VAGUE) !== 0, word).toBe(VAGUE_WORDS.has(word)));
  });

  it("has a node for exactly each phrase and prefix, with the phrase's key and categories, and numbered slots that do not overlap", () => {
    const all = nodes();
    const keys = new Set(all.map((n) => n.path.join(" ")));
    expect(keys).toEqual(new Set([...PHRASE_TABLE.keys(), ...PHRASE_PREFIXES]));
    const slots = new Set<number>();
    for (const { path, key, categories, slots: own } of all) {
      expect(key).toBe(path.join(" "));
      expect(categories?.map((c) => TERM_CATEGORIES[c])).toEqual(PHRASE_TABLE.get(key));
      for (const slot of own) slots.add(slot);
    }
    expect(slots.size).toBe(TERM_SLOTS);
    expect(Math.max(...slots)).toBe(TERM_SLOTS - 1);
  });

  it("has no phrase that spells a pattern's term, so a phrase's stamp and a pattern's list search never disagree", () => {
    for (const term of ["sets x reps", "weight"]) expect(PHRASE_TABLE.has(term), term).toBe(false);
  });
});
