/**
 * The lexicon as tables built once at import for `analyzeText`'s scan: every word the scan
 * must recognise gets a number (its id); a character-level automaton over those words tells
 * a token's id by the time the scan reaches the token's end (one table step per character,
 * no string built, nothing to verify afterwards), and the phrase trie is walked by ids.
 */
import { PHRASE_PREFIXES, PHRASE_TABLE, TERM_CATEGORIES, VAGUE_WORDS, type TermCategory } from "./lexicon.js";

/** A word of {@link VAGUE_WORDS}: filler, not content. */
export const WORD_VAGUE = 1;
/** After "set up": an assistance level, not the therapist's preparation ("set-up A", "setup only"). */
export const WORD_SET_UP_NEXT = 2;
/** Before "set up": an assistance level ("with set up", "needs setup"). */
export const WORD_SET_UP_PREVIOUS = 4;
/** Rest taught as a strategy ("educated on pacing w/ rest breaks") is content, not rest time. */
export const WORD_REST_TAUGHT = 8;
/** A weight unit after a number ("10 lbs", "5 #"). */
export const WORD_WEIGHT_UNIT = 16;
/** A frequency after "2x" ("2x/wk"): not sets × reps. */
export const WORD_FREQUENCY = 32;

const FLAG_WORDS: readonly (readonly [flag: number, words: readonly string[]])[] = [
  [WORD_SET_UP_NEXT, ["a", "assist", "assistance", "only", "level", "for"]],
  [WORD_SET_UP_PREVIOUS, ["with", "sup", "supervision", "needs", "needed", "requires", "required"]],
  [
    WORD_REST_TAUGHT,
    [
      "educated", "education", "educate", "instructed", "instruction", "instruct", "taught", "teach", "pacing", "conservation",
      "incorporate", "incorporating", "strategies", "strategy", "schedule", "scheduled", "hep",
    ],
  ],
  [WORD_WEIGHT_UNIT, ["#", "lb", "lbs", "kg"]],
  [WORD_FREQUENCY, ["wk", "week", "weekly", "day", "daily", "d", "w", "month", "mo", "visit", "visits"]],
];

/** Phrase keys whose nonbillable match is dropped when an assistance word is beside them. */
const SET_UP_KEYS: ReadonlySet<string> = new Set(["set up", "setup"]);
/** Phrase keys whose nonbillable match is dropped when a teaching word comes shortly before. */
const REST_KEYS: ReadonlySet<string> = new Set(["rest break", "rest breaks", "seated rest", "standing rest", "rest period", "rest periods", "rested"]);

/** One node of the phrase trie: the phrase so far (words joined by spaces), its categories, what may follow. */
export interface PhraseNode {
  /** The phrase so far, as the term reported. */
  readonly key: string;
  /** Indices into {@link TERM_CATEGORIES} of the categories the phrase belongs to, in the table's order. */
  readonly categories: readonly number[] | undefined;
  /** The word ids that may follow (a short list, searched in order), or undefined when none may. */
  readonly nextIds: Int32Array | undefined;
  /** The node each of `nextIds` leads to. */
  readonly nextNodes: readonly PhraseNode[] | undefined;
  /** A "set up" key: its nonbillable match depends on the words beside it. */
  readonly setUp: boolean;
  /** A rest key: its nonbillable match depends on the words before it. */
  readonly rest: boolean;
  /** Where this node's (phrase, category) pairs are numbered: `slot + k` for `categories[k]`. */
  readonly slot: number;
}

let termSlots = 0;

/** The words, by id. */
export const WORDS: readonly string[] = [];
/** Each word's flags (WORD_*), by id. */
export const WORD_FLAGS: readonly number[] = [];
/** The trie node of the one-word phrase each word starts, by id (undefined when it starts none). */
export const WORD_PHRASE: readonly (PhraseNode | undefined)[] = [];
function buildWords(): void {
  const words = WORDS as string[];
  const flags = WORD_FLAGS as number[];
  const phrases = WORD_PHRASE as (PhraseNode | undefined)[];
  const ids = new Map<string, number>();
  const idOf = (word: string): number => {
    let id = ids.get(word);
    if (id === undefined) {
      id = words.length;
      ids.set(word, id);
      words.push(word);
      flags.push(0);
      phrases.push(undefined);
    }
    return id;
  };

  interface Building { key: string; categories: number[] | undefined; next: Map<number, Building> | undefined; setUp: boolean; rest: boolean }
  const root = new Map<number, Building>();
  const nodeAt = (key: string): Building => {
    const parts = key.split(" ");
    let level = root;
    let node: Building | undefined;
    for (let index = 0; index < parts.length; index++) {
      const id = idOf(parts[index]!);
      let child = level.get(id);
      if (child === undefined) {
        const childKey = parts.slice(0, index + 1).join(" ");
        child = { key: childKey, categories: undefined, next: undefined, setUp: SET_UP_KEYS.has(childKey), rest: REST_KEYS.has(childKey) };
        level.set(id, child);
      }
      node = child;
      if (index < parts.length - 1) {
        child.next ??= new Map();
        level = child.next;
      }
    }
    return node!;
  };
  for (const prefix of PHRASE_PREFIXES) nodeAt(prefix).next ??= new Map();
  for (const [key, categories] of PHRASE_TABLE) nodeAt(key).categories = categories.map((c: TermCategory) => TERM_CATEGORIES.indexOf(c));
  const freeze = (building: Building): PhraseNode => {
    const slot = termSlots;
    termSlots += building.categories?.length ?? 0;
    const children = building.next === undefined ? undefined : [...building.next];
    return {
      key: building.key,
      categories: building.categories,
      nextIds: children === undefined ? undefined : Int32Array.from(children, ([id]) => id),
      nextNodes: children?.map(([, child]) => freeze(child)),
      setUp: building.setUp,
      rest: building.rest,
      slot,
    };
  };
  for (const [id, node] of root) phrases[id] = freeze(node);
  for (const word of VAGUE_WORDS) flags[idOf(word)]! |= WORD_VAGUE;
  for (const [flag, list] of FLAG_WORDS) for (const word of list) flags[idOf(word)]! |= flag;

}

buildWords();

/** How many (phrase, category) pairs the trie has: the size of a table indexed by {@link PhraseNode.slot}. */
export const TERM_SLOTS: number = termSlots;


/**
 * The character class of a UTF-16 code unit in a token: 1–10 for the digits `0`–`9`, 11–36
 * for the letters `a`–`z` in either case, 0 for a separator (`#` and `%` included: they are
 * tokens of their own). Agrees with `text.toLowerCase()` followed by keeping ASCII letters
 * and digits: the only other characters whose lower case holds one are U+212A KELVIN SIGN
 * (→ `k`) and U+0130 (→ `i` followed by a combining dot, which separates: the scan ends the
 * token there).
 *
 * @param c - a UTF-16 code unit
 * @returns the class, 0 for a separator
 * @example
 * ```ts
 * charClass(65) === charClass(97); //=> true
 * charClass(45); //=> 0
 * ```
 */
export function charClass(c: number): number {
  if (c < 128) return ASCII_CLASS[c]!;
  if (c === 0x212a) return ASCII_CLASS[107]!;
  if (c === 0x130) return ASCII_CLASS[105]!;
  return 0;
}

/** How many character classes there are, the separator's included. */
export const CLASS_COUNT = 37;
/** The class of `x`. */
export const CLASS_X = 11 + 23;
/** The largest class of a digit. */
export const CLASS_LAST_DIGIT = 10;

/** ASCII code → its character class (0 for a separator); the scan reads it inline. */
export const ASCII_CLASS: Uint8Array = (() => {
  const table = new Uint8Array(128);
  for (let c = 48; c <= 57; c++) table[c] = c - 48 + 1;
  for (let c = 97; c <= 122; c++) table[c] = c - 97 + 11;
  for (let c = 65; c <= 90; c++) table[c] = c - 65 + 11;
  return table;
})();

/** The automaton's state before a token's first character. */
export const START_STATE = 1;

/**
 * The automaton over the letters and digits of {@link WORDS}: state 0 is dead (no word starts
 * so), state 1 the start; `STEP[state * CLASS_COUNT + class]` is the next state, and
 * `ACCEPT[state]` the id of the word spelt by reaching it, or -1.
 */
function buildAutomaton(): { step: Uint16Array | Int32Array; accept: Int32Array } {
  const next: number[][] = [[], []];
  const accepts: number[] = [-1, -1];
  WORDS.forEach((word, id) => {
    let state = START_STATE;
    for (let j = 0; j < word.length; j++) {
      const cls = charClass(word.charCodeAt(j));
      if (cls === 0) return; // "#" and "%": tokens of their own, looked up apart
      let to = next[state]![cls];
      if (to === undefined) {
        to = next.length;
        next.push([]);
        accepts.push(-1);
        next[state]![cls] = to;
      }
      state = to;
    }
    accepts[state] = id;
  });
  const step = next.length < 0x10000 ? new Uint16Array(next.length * CLASS_COUNT) : new Int32Array(next.length * CLASS_COUNT);
  next.forEach((row, state) => row.forEach((to, cls) => (step[state * CLASS_COUNT + cls] = to)));
  return { step, accept: Int32Array.from(accepts) };
}

const AUTOMATON = buildAutomaton();
/** The automaton's transitions: `STEP[state * CLASS_COUNT + class]`. */
export const STEP: Uint16Array | Int32Array = AUTOMATON.step;
/** The word id each state spells, or -1. */
export const ACCEPT: Int32Array = AUTOMATON.accept;
/** The word id of `#`, a token of its own. */
export const HASH_SIGN_ID: number = WORDS.indexOf("#");
/** The word id of `%`, a token of its own. */
export const PERCENT_ID: number = WORDS.indexOf("%");
