import { describe, expect, it } from "vitest";
import { PHRASE_PREFIXES, PHRASE_TABLE, TERM_CATEGORIES, VAGUE_WORDS } from "../../../src/rules/text/lexicon.js";
import { ACCEPT, CLASS_COUNT, charClass, START_STATE, STEP, TERM_SLOTS, WORD_FLAGS, WORD_PHRASE, WORD_VAGUE, WORDS, type PhraseNode } from "../../../src/rules/text/word-table.js";

/** The word id the automaton gives a lower-case word, or -1. */
function idOf(word: string): number {
  let state = START_STATE;
  for (const ch of word) state = STEP[state * CLASS_COUNT + charClass(ch.charCodeAt(0))]!;
  return ACCEPT[state]!;
}

/** Every node of the trie with the words that lead to it. */
function nodes(): { path: string[]; node: PhraseNode }[] {
  const out: { path: string[]; node: PhraseNode }[] = [];
  const walk = (path: string[], node: PhraseNode) => {
    out.push({ path, node });
    node.nextNodes?.forEach((child, j) => walk([...path, WORDS[node.nextIds![j]!]!], child));
  };
  WORD_PHRASE.forEach((node, id) => node !== undefined && walk([WORDS[id]!], node));
  return out;
}

describe("word-table: the lexicon as word ids, an automaton and a trie", () => {
  it("gives every letter-and-digit word its own id and every other run of letters none", () => {
    WORDS.forEach((word, id) => {
      if (/^[a-z0-9]+$/.test(word)) expect(idOf(word), word).toBe(id);
    });
    for (const word of ["", "zzzz", "sitt", "si", "setu", "a".repeat(41)]) if (!WORDS.includes(word)) expect(idOf(word), word).toBe(-1);
  });

  it("marks exactly the vague words as vague", () => {
    WORDS.forEach((word, id) => expect((WORD_FLAGS[id]! & WORD_VAGUE) !== 0, word).toBe(VAGUE_WORDS.has(word)));
  });

  it("has a node for exactly each phrase and prefix, with the phrase's key and categories, and numbered slots that do not overlap", () => {
    const all = nodes();
    const keys = new Set(all.map((n) => n.path.join(" ")));
    expect(keys).toEqual(new Set([...PHRASE_TABLE.keys(), ...PHRASE_PREFIXES]));
    const slots = new Set<number>();
    for (const { path, node } of all) {
      expect(node.key).toBe(path.join(" "));
      expect(node.categories?.map((c) => TERM_CATEGORIES[c])).toEqual(PHRASE_TABLE.get(node.key));
      node.categories?.forEach((_, k) => slots.add(node.slot + k));
    }
    expect(slots.size).toBe(TERM_SLOTS);
    expect(Math.max(...slots)).toBe(TERM_SLOTS - 1);
  });

  it("has no phrase that spells a pattern's term, so a phrase's stamp and a pattern's list search never disagree", () => {
    for (const term of ["sets x reps", "weight"]) expect(PHRASE_TABLE.has(term), term).toBe(false);
  });
});
