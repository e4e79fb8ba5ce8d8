import { LONGEST_PHRASE, MAY_BE_NONBILLABLE, TERM_CATEGORIES, type TermCategory } from "./lexicon.js";
import { isDigitAt } from "./tokenize.js";
import {
  CHAR_DOTTED_I,
  CLASS_COUNT,
  CLASS_I,
  charClass,
  HASH_SIGN_TOKEN,
  KIND_BITS,
  KIND_GLUED_WEIGHT,
  KIND_HASH_SIGN,
  KIND_MASK,
  KIND_NUMBER,
  KIND_SETS_REPS,
  KIND_TIMES,
  KIND_WORD,
  KIND_X,
  KIND_X_DIGITS,
  FUNCTIONAL_TASK,
  NAMED_EXERCISE,
  NAMES_MORE_THAN_DOSE,
  PERCENT_TOKEN,
  PHRASE_BITS,
  PHRASE_CATEGORY,
  PHRASE_CATEGORY_START,
  PHRASE_FLAGS,
  PHRASE_KEY,
  PHRASE_NEXT_ID,
  PHRASE_NEXT_NODE,
  PHRASE_NEXT_START,
  PHRASE_RECORDING,
  PHRASE_REST,
  PHRASE_SET_UP,
  PHRASE_WAIT,
  PHRASE_WAITED,
  PHRASE_DN,
  PHRASE_PUSH_PULL,
  PHRASE_NONBILLABLE_BELOW,
  RARE_ATTEMPT,
  RARE_PLUS,
  RARE_TASK_BRIDGE,
  RARE_TASK_NEGATION,
  RARE_UNABLE,
  RARE_PUSH_PULL_NEXT,
  RARE_PUSH_PULL_PREVIOUS,
  RARE_PUSH_PULL_TRANSFER,
  RARE_START_POSITION,
  RARE_PROMPTING,
  RARE_REQUEST,
  RARE_SIDE,
  WORD_RARE_FLAGS,
  SAYS_WHAT_WAS_DONE,
  SCAN_CLASS,
  SKILLED_ED_ON_SLOT,
  START_STATE,
  STEP,
  TERM_SLOTS,
  TOKEN_OF_STATE,
  WORD_DURATION,
  WORD_FLAGS,
  WORD_CUE,
  WORD_CUE_KIND,
  WORD_FREQUENCY,
  WORD_HELPED,
  WORD_PHRASE,
  WORD_NEGATION,
  WORD_PATIENT,
  WORD_RECORDED,
  WORD_REST_PLANNED,
  WORD_REST_TAUGHT,
  WORD_SECONDS,
  WORD_SET_UP_NEXT,
  WORD_SET_UP_PREVIOUS,
  WORD_SOFT_NEGATION,
  WORD_VAGUE,
  WORD_WEIGHT_UNIT,
  WORDS,
} from "./word-table.js";

/**
 * What one pass over a text found: for each category, the distinct terms seen (at most
 * {@link MAX_TERMS_KEPT}), and how many distinct words say something specific.
 *
 * @example
 * ```ts
 * analyzeText("Sit<>stand x10 w/ min A").terms.functional; //=> ["sit stand"]
 * ```
 */
export interface TextFacts {
  /** Number of tokens in the text. */
  readonly tokenCount: number;
  /** Distinct matched terms per category (phrases as token sequences joined by spaces). */
  readonly terms: Readonly<Record<TermCategory, readonly string[]>>;
  /** Distinct words that are not filler, numbers or single letters (counted up to 100). */
  readonly contentWords: number;
}

/**
 * How many distinct terms are kept per category (enough for messages; bounds memory).
 *
 * @example
 * ```ts
 * MAX_TERMS_KEPT; //=> 12
 * ```
 */
export const MAX_TERMS_KEPT = 12;

/** Tokens longer than this are not content words (and no lexicon word is this long). */
const MAX_WORD_LENGTH = 40;
/** Distinct content words are counted up to this many. */
const MAX_CONTENT_WORDS = 100;
/** How many tokens back to look for a teaching word before a rest phrase. */
const REST_LOOKBACK = 6;

/** The 32-bit FNV-1a offset basis and prime (hash of a token's character classes). */
const HASH_SEED = 0x811c9dc5 | 0;
const HASH_PRIME = 0x01000193;
const CHAR_HASH = 35;
const CHAR_PERCENT = 37;
const CHAR_SLASH = 47;
/** The token of a `/` between two digits (no lexicon word: id -2, so no phrase or content word). */
const SLASH_TOKEN = (-2 << KIND_BITS) | KIND_WORD;
/**
 * The denominators of a score (`8/10`, `4/5 trials`, `45/100`): not 2 or 4, which read as
 * fractions ("1/2 mile", "3/4 turn"), and few that read as a day of a month ("3/14").
 */
const SCORE_DENOMINATORS: ReadonlySet<number> = new Set([3, 5, 6, 8, 10, 12, 15, 20, 25, 30, 50, 100]);

/** The bits {@link hasTermOf} takes beside the categories' (see word-table.ts). */
export { FUNCTIONAL_TASK, NAMED_EXERCISE, NAMES_MORE_THAN_DOSE, SAYS_WHAT_WAS_DONE };

const FUNCTIONAL = TERM_CATEGORIES.indexOf("functional");
/**
 * The categories of a task that a negation before it says was not done: functional, self-care, gait, and (nineteenth round,
 * rules19) ambulation ("pt declined walking") (bits by category index).
 */
const TASK_CATEGORIES =
  (1 << FUNCTIONAL) |
  (1 << TERM_CATEGORIES.indexOf("selfcare")) |
  (1 << TERM_CATEGORIES.indexOf("gait")) |
  (1 << TERM_CATEGORIES.indexOf("ambulation")) |
  // fuzz19 (NOT-SWALLOWED): a swallowing term after a negation is no treatment given ("no dysphagia", "pt declined PO trials").
  (1 << TERM_CATEGORIES.indexOf("swallowing"));
/** How many bridge words ("to", "do", "attempt") may stand between a negation and the task it negates. */
const TASK_BRIDGES = 3;
const EXERCISE = TERM_CATEGORIES.indexOf("exercise");
const NONBILLABLE = TERM_CATEGORIES.indexOf("nonbillable");
const RESPONSE = TERM_CATEGORIES.indexOf("response");
const ASSIST = TERM_CATEGORIES.indexOf("assist");
const SCORE = "score";
/** The token "of" ("8 of 10"), a word of the lexicon ("prep of equipment"). */
const OF_TOKEN = (WORDS.indexOf("of") << KIND_BITS) | KIND_WORD;
const TIMED = "timed";
/** The token "in" ("in 45 sec"), a word of the lexicon (a filler word). */
const IN_TOKEN = (WORDS.indexOf("in") << KIND_BITS) | KIND_WORD;
const COMPARED = "compared";
/** The token "was" ("AAROM 140 (was 125)"), a word of the lexicon (a vague word). */
const WAS_TOKEN = (WORDS.indexOf("was") << KIND_BITS) | KIND_WORD;
/** "w" and "o", the tokens of "w/o" (words of the lexicon: "2x/w", "c/o"). */
const W_TOKEN = (WORDS.indexOf("w") << KIND_BITS) | KIND_WORD;
const O_TOKEN = (WORDS.indexOf("o") << KIND_BITS) | KIND_WORD;
/** The token "re" ("neuro re-ed on foam": "ed on" there is no education). */
const RE_TOKEN = (WORDS.indexOf("re") << KIND_BITS) | KIND_WORD;
const COMPLETED_COUNT = "completed count";
/** The token "completed" ("Pt completed 18 Jenga pulls": a count of successes), a vague word of the lexicon. */
const COMPLETED_TOKEN = (WORDS.indexOf("completed") << KIND_BITS) | KIND_WORD;
const CUE_COUNT = "cue count";
/** The token "on" ("trained on 3 verbal cues": cues taught, not counted), a vague word of the lexicon. */
const ON_TOKEN = (WORDS.indexOf("on") << KIND_BITS) | KIND_WORD;
const REQUEST_COUNT = "request count";
/** The token "for" ("2 requests for a call back": another's requests), a vague word of the lexicon. */
const FOR_TOKEN = (WORDS.indexOf("for") << KIND_BITS) | KIND_WORD;
/** The token "up" ("push-up plus"), a word of the lexicon ("set up"). */
const UP_TOKEN = (WORDS.indexOf("up") << KIND_BITS) | KIND_WORD;
/** The tokens "to" ("DN to R UT") and "before" ("waited for child to bring spoon to mouth before cueing"). */
const TO_TOKEN = (WORDS.indexOf("to") << KIND_BITS) | KIND_WORD;
const BEFORE_TOKEN = (WORDS.indexOf("before") << KIND_BITS) | KIND_WORD;
/** How many tokens after "waited" or "waiting" to look for "before" and a prompt. */
const WAITED_LOOKAHEAD = 10;
/**
 * Non-billable phrases that start before this token are negated: "no equipment set-up" drops
 * "equipment set up" and the "set up" inside it. Set back to 0 before each text.
 */
let negatedThrough = 0;
const SETS_X_REPS = "sets x reps";
const WEIGHT = "weight";
/** What a category without terms reports (shared: the facts are read-only). */
const NO_TERMS: readonly string[] = Object.freeze([]);

/**
 * The tokens of one text, as positions in it: `start[i]`, `end[i]` (one past the last
 * character), and `token[i]`, the word id (-1 for a word the lexicon does not know) shifted
 * left by {@link KIND_BITS} and or'ed with the kind (one array written per token, not two). Sized
 * before each scan to the text's length (a text has at most that many tokens); shared between calls (the scan is synchronous and never calls out), but
 * one sized past {@link KEPT_CAPACITY} for a huge text is used for that text only.
 */
interface Tokens {
  /** The text being scanned. */
  text: string;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly token: Int32Array;
  count: number;
  /**
   * How far {@link hasTermOf} has read the text in these lists: the character where the scan stopped, how many tokens it
   * has judged, the categories found in them (bits) and the negation state after them. Judging token `i` reads only tokens
   * up to `i + LONGEST_PHRASE + 1`, which the scan holds before it judges, so a question asked again of the same text
   * goes on from there and gets what a fresh read would.
   */
  at: number;
  judged: number;
  bits: number;
  negated: number;
}

const KEPT_CAPACITY = 1 << 14;

/** The stored token of a U+0130 that starts a token: "i", which it ends. */
const DOTTED_I_TOKEN = TOKEN_OF_STATE[STEP[START_STATE * CLASS_COUNT + CLASS_I]!]!;

function newTokens(capacity: number): Tokens {
  return {
    text: "",
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    token: new Int32Array(capacity),
    count: 0,
    at: 0,
    judged: 0,
    bits: 0,
    negated: 0,
  };
}

let shared: Tokens = newTokens(1024);

/** Each analysed text gets a number; the two tables below remember in which text something was last seen. */
let textNumber = 0;
/** Per word id, the number of the text in which it was last counted as a content word. */
const CONTENT_SEEN_IN = new Int32Array(WORDS.length);
/** Per (phrase, category) slot, the number of the text whose list of that category holds the phrase. */
const TERM_ADDED_IN = new Int32Array(TERM_SLOTS);

/** The next text's number (wrapping, with the tables cleared, before it overflows). */
function nextTextNumber(): number {
  if (textNumber === 0x7fffffff) {
    textNumber = 0;
    CONTENT_SEEN_IN.fill(0);
    TERM_ADDED_IN.fill(0);
    UNKNOWN_IN.fill(0);
  }
  return ++textNumber;
}
/**
 * Open-addressing set of the distinct unknown content words of one text: a slot is taken when
 * `UNKNOWN_IN[slot]` is the text's number, and then holds a token index and its hash.
 */
const UNKNOWN_IN = new Int32Array(256);
const UNKNOWN_TOKEN = new Int32Array(256);
const UNKNOWN_HASH = new Int32Array(256);
const UNKNOWN_MASK = UNKNOWN_IN.length - 1;

/**
 * Splits `text` into tokens the way {@link tokenize} does (lower-cased runs of ASCII letters
 * and digits; `#` and `%` alone) without building a string per token, and tells each token's
 * word id and kind by running the lexicon's automaton over its characters as they are read.
 * Per character: one load from {@link SCAN_CLASS} (every code unit, so no range test), one
 * automaton step; per token, three stores. Measured: about 7 ns per character against 2.2 for
 * a bare `charCodeAt` loop, most of the rest being the branch at each token's end.
 */
function scanTokens(text: string): Tokens {
  const tokens = tokensFor(text);
  scanMore(text, tokens, 0, text.length);
  return tokens;
}

/** The shared token lists, emptied (new ones when `text` is longer than they can hold, kept unless huge). */
function tokensFor(text: string): Tokens {
  let tokens = shared;
  if (text.length > tokens.start.length) {
    tokens = newTokens(text.length);
    if (text.length <= KEPT_CAPACITY) shared = tokens;
  }
  tokens.count = 0;
  tokens.text = text;
  return tokens;
}

/**
 * The scan of {@link scanTokens} from character `i`, adding to `tokens` until it holds `limit`
 * tokens or the text ends; returns the character where it stopped (between two tokens).
 */
function scanMore(text: string, tokens: Tokens, i: number, limit: number): number {
  const length = text.length;
  const starts = tokens.start;
  const ends = tokens.end;
  const stored = tokens.token;
  let count = tokens.count;
  while (i < length && count < limit) {
    let c = text.charCodeAt(i);
    let cls = SCAN_CLASS[c]!;
    if (cls !== 0) {
      // A run of letters and digits: one automaton step per character, the token stored at its end.
      const start = i;
      let state = START_STATE;
      for (;;) {
        state = STEP[state * CLASS_COUNT + cls]!;
        if (++i === length) break;
        c = text.charCodeAt(i);
        cls = SCAN_CLASS[c]!;
        if (cls === 0) break;
      }
      starts[count] = start;
      if (c === CHAR_DOTTED_I && i < length) {
        // U+0130 lower-cases to "i" and a combining dot: the "i" ends this token.
        ends[count] = ++i;
        stored[count++] = TOKEN_OF_STATE[STEP[state * CLASS_COUNT + CLASS_I]!]!;
        continue;
      }
      ends[count] = i;
      stored[count++] = TOKEN_OF_STATE[state]!;
      if (i === length) break;
    }
    // A separator (c, at i), or one of the one-character tokens SCAN_CLASS leaves to this branch.
    if (c === CHAR_HASH || c === CHAR_PERCENT || c === CHAR_DOTTED_I) {
      starts[count] = i;
      ends[count] = i + 1;
      stored[count++] = c === CHAR_HASH ? HASH_SIGN_TOKEN : c === CHAR_PERCENT ? PERCENT_TOKEN : DOTTED_I_TOKEN;
    } else if (c === CHAR_SLASH && isDigitAt(text, i - 1) && isDigitAt(text, i + 1)) {
      starts[count] = i;
      ends[count] = i + 1;
      stored[count++] = SLASH_TOKEN;
    }
    i++;
  }
  tokens.count = count;
  return i;
}

/**
 * Whether token `i` is a content word (2–40 characters, neither filler nor a number) not seen
 * before in this text, which it then marks seen. A lexicon word is told apart by its id; any
 * other word by the hash of its lower-case characters, confirmed by comparing them (no
 * collision is ever counted). The caller stops asking after 100, so the table never fills.
 */
function isNewContentWord(text: string, tokens: Tokens, i: number, number: number): boolean {
  const start = tokens.start[i]!;
  const length = tokens.end[i]! - start;
  const token = tokens.token[i]!;
  if (length < 2 || length > MAX_WORD_LENGTH || (token & KIND_MASK) === KIND_NUMBER) return false;
  const id = token >> KIND_BITS;
  if (id >= 0) {
    if ((WORD_FLAGS[id]! & WORD_VAGUE) !== 0 || CONTENT_SEEN_IN[id] === number) return false;
    CONTENT_SEEN_IN[id] = number;
    return true;
  }
  // Hashed here, not in the scan: the built-in rules analyse about one text in ten (hasTermOf answers the rest).
  let hash = HASH_SEED;
  for (let j = start; j < start + length; j++) hash = Math.imul(hash ^ charClass(text.charCodeAt(j)), HASH_PRIME);
  let slot = hash & UNKNOWN_MASK;
  for (; UNKNOWN_IN[slot] === number; slot = (slot + 1) & UNKNOWN_MASK) {
    const other = UNKNOWN_TOKEN[slot]!;
    if (UNKNOWN_HASH[slot] === hash && sameWord(text, tokens.start[other]!, tokens.end[other]!, start, length)) return false;
  }
  UNKNOWN_IN[slot] = number;
  UNKNOWN_TOKEN[slot] = i;
  UNKNOWN_HASH[slot] = hash;
  return true;
}

/** Whether two tokens of a text read the same once lower-cased. */
function sameWord(text: string, otherStart: number, otherEnd: number, start: number, length: number): boolean {
  if (otherEnd - otherStart !== length) return false;
  for (let j = 0; j < length; j++) {
    const a = text.charCodeAt(otherStart + j);
    const b = text.charCodeAt(start + j);
    if (a !== b && charClass(a) !== charClass(b)) return false;
  }
  return true;
}

/**
 * Tokenises a text once and looks every 1- to n-word window up in the phrase table, plus
 * the sets × reps and weight patterns (`3x10`, `x10`, `2 x 15`, `10 reps`, `5#`, `10 lbs`).
 * Linear in the text's length: no regular expressions and no string built per token; each
 * word's id and pattern shape are known when the scan reaches its end (an automaton over the
 * lexicon's words, one table step per character), then a walk down a trie of phrases by word
 * id, no deeper than the longest phrase.
 *
 * @param text - a note field or a line's activity
 * @returns the categories and terms found
 * @example
 * ```ts
 * analyzeText("SLR 3x10, bridges 2 x 15, 3# ankle wts").terms.exercise.length > 0; //=> true
 * analyzeText("pt tolerated well").contentWords; //=> 0
 * ```
 * @remarks Category vocabularies: see `TERMS` in lexicon.ts.
 */
export function analyzeText(text: string): TextFacts {
  const tokens = scanTokens(text);
  const terms = findTerms(tokens);
  return { tokenCount: tokens.count, terms, contentWords: countContentWords(text, tokens) };
}

/** The terms of the scanned text, by category: phrases by word id, then the sets × reps and weight patterns, token by token. */
function findTerms(tokens: Tokens): Record<TermCategory, readonly string[]> {
  const number = nextTextNumber();
  const found = newFound();
  negatedThrough = 0;
  for (let i = 0; i < tokens.count; i++) termsAt(found, tokens, i, number);
  return termsOf(found);
}

/** Per category (in TERM_CATEGORIES order), the distinct terms in order of first sight; at most 12 each. */
function newFound(): (string[] | undefined)[] {
  return [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined];
}

/** The terms that start at token `i`: sets × reps and weight patterns, then phrases. */
function termsAt(found: (string[] | undefined)[], tokens: Tokens, i: number, number: number): void {
  const token = tokens.token[i]!;
  if ((token & KIND_MASK) !== KIND_WORD) matchPatterns(found, tokens, i);
  const id = token >> KIND_BITS;
  if (id >= 0) {
    const node = WORD_PHRASE[id]!;
    if (node >= 0) matchPhrases(found, tokens, i, node, number);
  }
}

/** A full list for every category, for {@link hasTermOf}: the scan adds nothing to them. */
const FULL_LISTS: string[][] = Array(TERM_CATEGORIES.length).fill(Array(MAX_TERMS_KEPT));

/** Bit `1 << c` for each category `c` (in {@link TERM_CATEGORIES} order) of which the text being read has a term so far. */
let foundBits = 0;

/**
 * How many texts {@link hasTermOf} remembers its reading of: a visit's activities and note
 * fields, each asked by several rules (seventeenth round). The slots are reused in turn.
 */
const READING_SLOTS = 8;
const READINGS: Tokens[] = [];
let nextReading = 0;

/**
 * The token lists holding the reading of `text`: the remembered ones, else a slot (the oldest) emptied for it; a text past
 * {@link KEPT_CAPACITY} gets lists of its own and takes no turn (it skipped a free slot, leaving a hole every later question
 * threw on: fuzz17b).
 */
function readingOf(text: string): Tokens {
  for (const reading of READINGS) if (reading.text === text) return reading;
  let reading = READINGS[nextReading];
  // A slot grows to the longest text it has held (a text has at most as many tokens as characters).
  if (text.length > KEPT_CAPACITY) reading = newTokens(text.length);
  else {
    if (reading === undefined || text.length > reading.start.length) READINGS[nextReading] = reading = newTokens(Math.max(text.length, 512));
    nextReading = (nextReading + 1) % READING_SLOTS;
  }
  reading.text = text;
  reading.count = reading.at = reading.judged = reading.bits = reading.negated = 0;
  return reading;
}

/**
 * Whether `text` has a term of one of `categories` (bit `1 << c` for `TERM_CATEGORIES[c]`):
 * the same answer as `analyzeText(text).terms[category].length > 0` for some such category,
 * but read only up to the first such term. Tokens are scanned in batches, always at least
 * {@link LONGEST_PHRASE} + 1 ahead of the token whose terms are looked up, so each term is
 * judged with the same neighbours as in a full scan (proved against {@link analyzeText} by
 * test/rules/text/has-term-of.test.ts); a batch reaches twice as far as the token being looked
 * up, so a text read to its end costs a few dozen calls, not one per token. The reading of the
 * last {@link READING_SLOTS} texts asked is remembered ({@link readingOf}): a text asked again
 * (the rules ask a line's activity up to four questions) is answered from the categories already
 * found, or read on from where the last question stopped, never from its start again.
 * The built-in rules ask it the questions they need no list for (whether a line names an
 * exercise, a functional task, anything specific, a skilled or a response term);
 * `RuleContext.text` still gives the full facts.
 *
 * @param text - a note field or a line's activity
 * @param categories - the categories, as bits
 * @returns true when the text has a term of one of them
 * @example
 * ```ts
 * hasTermOf("SLR 3x10, bridges; rest breaks x2", termBits(["exercise"])); //=> true (read up to "slr")
 * hasTermOf("see flowsheet", termBits(SPECIFIC_CATEGORIES)); //=> false (read to the end)
 * ```
 */
export function hasTermOf(text: string, categories: number): boolean {
  const tokens = readingOf(text);
  foundBits = tokens.bits;
  negatedThrough = tokens.negated;
  let i = tokens.judged;
  for (let at = tokens.at; (foundBits & categories) === 0; i++) {
    if (at < text.length && i + LONGEST_PHRASE + 2 > tokens.count) tokens.at = at = scanMore(text, tokens, at, 2 * i + LONGEST_PHRASE + 4);
    if (i >= tokens.count) break;
    // Bits only: every list already full, so nothing is kept, stamped or allocated.
    termsAt(FULL_LISTS, tokens, i, -1);
  }
  tokens.judged = i;
  tokens.bits = foundBits;
  tokens.negated = negatedThrough;
  return (foundBits & categories) !== 0;
}

/** How many distinct content words the scanned text has, counted up to {@link MAX_CONTENT_WORDS}. */
function countContentWords(text: string, tokens: Tokens): number {
  const number = nextTextNumber();
  const count = tokens.count;
  let contentWords = 0;
  for (let i = 0; i < count && contentWords < MAX_CONTENT_WORDS; i++) if (isNewContentWord(text, tokens, i, number)) contentWords++;
  return contentWords;
}

/** The terms found, by category, as one object literal (its keys in {@link TERM_CATEGORIES} order). */
function termsOf(found: (string[] | undefined)[]): Record<TermCategory, readonly string[]> {
  return {
    functional: found[0] ?? NO_TERMS,
    exercise: found[1] ?? NO_TERMS,
    neuro: found[2] ?? NO_TERMS,
    gait: found[3] ?? NO_TERMS,
    manual: found[4] ?? NO_TERMS,
    modality: found[5] ?? NO_TERMS,
    cognitive: found[6] ?? NO_TERMS,
    speech: found[7] ?? NO_TERMS,
    selfcare: found[8] ?? NO_TERMS,
    assist: found[9] ?? NO_TERMS,
    skilled: found[10] ?? NO_TERMS,
    response: found[11] ?? NO_TERMS,
    nonbillable: found[12] ?? NO_TERMS,
    ambulation: found[13] ?? NO_TERMS,
    swallowing: found[14] ?? NO_TERMS,
    language: found[15] ?? NO_TERMS,
  };
}

/** A term a pattern found; `bits` default to an exercise dose's, which says what was done (a score or a time taken does not). */
function add(found: (string[] | undefined)[], category: number, term: string, bits = (1 << category) | SAYS_WHAT_WAS_DONE): void {
  foundBits |= bits;
  const list = (found[category] ??= []);
  if (list.length < MAX_TERMS_KEPT && !list.includes(term)) list.push(term);
}

/**
 * Whether `flag` is set for the word of token `j` (false before the start, past the end, or for a
 * word the lexicon does not know): `WORD_DURATION` for a unit of time ("min", "sec", "hr"…).
 */
function wordHas(stored: Int32Array, count: number, j: number, flag: number): boolean {
  const id = j >= 0 && j < count ? stored[j]! >> KIND_BITS : -1;
  return id >= 0 && (WORD_FLAGS[id]! & flag) !== 0;
}

/**
 * Sets × reps ("3x10", "x10", "2 x 15", "10x" but not "2x/wk", nor a duration "x 15 min", "x10 sec")
 * and weights ("5#", "#5", "10 lbs", "2kg") at token `i`, whose kind (not {@link KIND_WORD}) the
 * scan's automaton told from its characters.
 */
function matchPatterns(found: (string[] | undefined)[], tokens: Tokens, i: number): void {
  const kind = tokens.token[i]! & KIND_MASK;
  const next = i + 1 < tokens.count ? tokens.token[i + 1]! : -1 << KIND_BITS;
  const nextId = next >> KIND_BITS;
  const nextIsNumber = (next & KIND_MASK) === KIND_NUMBER;
  if (kind === KIND_SETS_REPS || (kind === KIND_X_DIGITS && !wordHas(tokens.token, tokens.count, i + 1, WORD_DURATION)) || (kind === KIND_X && nextIsNumber && !wordHas(tokens.token, tokens.count, i + 2, WORD_DURATION))) {
    add(found, EXERCISE, SETS_X_REPS);
  }
  // "10x", unless a frequency follows ("2x/wk").
  else if (kind === KIND_TIMES && (nextId < 0 || (WORD_FLAGS[nextId]! & WORD_FREQUENCY) === 0)) add(found, EXERCISE, SETS_X_REPS);
  else if (kind === KIND_GLUED_WEIGHT || (kind === KIND_HASH_SIGN && nextIsNumber)) add(found, EXERCISE, WEIGHT);
  // "10 lbs", "5 #".
  else if (kind === KIND_NUMBER && nextId >= 0 && (WORD_FLAGS[nextId]! & WORD_WEIGHT_UNIT) !== 0) add(found, EXERCISE, WEIGHT);
  // SCORE: "8/10", "4/5 trials", "8 of 10": the patient's performance.
  else if ((next === SLASH_TOKEN || next === OF_TOKEN) && isScore(tokens, i)) add(found, RESPONSE, SCORE, 1 << RESPONSE);
  // TIMED: "in 45 sec", "150 ft in 2 min": how long the patient took.
  else if (kind === KIND_NUMBER && i > 0 && tokens.token[i - 1] === IN_TOKEN && wordHas(tokens.token, tokens.count, i + 1, WORD_DURATION)) add(found, RESPONSE, TIMED, 1 << RESPONSE);
  // COMPARED: "was" and a number ("flex 140 (was 125)"): a measure against an earlier one.
  else if (kind === KIND_NUMBER && i > 0 && tokens.token[i - 1] === WAS_TOKEN) add(found, RESPONSE, COMPARED, 1 << RESPONSE);
  // COMPLETED_COUNT: "completed" and a number ("Pt completed 18 Jenga pulls"): a count of successes ("completed" alone is none).
  else if (kind === KIND_NUMBER && i > 0 && tokens.token[i - 1] === COMPLETED_TOKEN) add(found, RESPONSE, COMPLETED_COUNT, 1 << RESPONSE);
  // CUE_COUNT: a number of cues or prompts, with the cue's kind or a word of its own between ("w/ 1 'stop' cue", "2 verbal cues");
  // REQUEST_COUNT: of the patient's requests ("8 requests, 3 after a model"), unless "for" follows ("2 requests for a call back").
  else if (kind === KIND_NUMBER) {
    const j = cueCountWord(tokens.token, tokens.count, i);
    if (j < 0) return;
    if ((WORD_RARE_FLAGS[tokens.token[j]! >> KIND_BITS]! & RARE_REQUEST) === 0) add(found, RESPONSE, CUE_COUNT, 1 << RESPONSE);
    else if (j + 1 >= tokens.count || tokens.token[j + 1] !== FOR_TOKEN) add(found, RESPONSE, REQUEST_COUNT, 1 << RESPONSE);
  }
}

/**
 * The token of the cue (or request) word number token `i` counts, or -1: a cue word next, or after one word, a kind of cue or a
 * word the lexicon does not know; not after "on", "of" or "in" ("trained on 3 verbal cues", "hierarchy of 4 prompts": cues
 * taught or listed).
 */
function cueCountWord(stored: Int32Array, count: number, i: number): number {
  const before = i > 0 ? stored[i - 1] : -1;
  if (before === ON_TOKEN || before === OF_TOKEN || before === IN_TOKEN) return -1;
  if (wordHas(stored, count, i + 1, WORD_CUE)) return i + 1;
  if (i + 2 >= count || !wordHas(stored, count, i + 2, WORD_CUE)) return -1;
  const middle = stored[i + 1]!;
  return (middle & KIND_MASK) === KIND_WORD && (middle >> KIND_BITS === -1 || wordHas(stored, count, i + 1, WORD_CUE_KIND)) ? i + 2 : -1;
}

/**
 * Whether number token `i`, a `/` or "of" and the number after it write a score: at most 3 digits each,
 * the first no larger than the second, the second one of {@link SCORE_DENOMINATORS}, and no
 * `/` around them (`3/10/2025` is a date).
 */
function isScore({ text, start, end, token, count }: Tokens, i: number): boolean {
  if (i + 2 >= count || (token[i + 2]! & KIND_MASK) !== KIND_NUMBER || token[i - 1] === SLASH_TOKEN || (i + 3 < count && token[i + 3] === SLASH_TOKEN)) return false;
  const numerator = end[i]! - start[i]! < 4 ? +text.slice(start[i], end[i]) : NaN;
  const denominator = +text.slice(start[i + 2], end[i + 2]);
  return numerator <= denominator && SCORE_DENOMINATORS.has(denominator);
}

/** The phrases of 1..n tokens starting at token `i`, whose first word starts phrase node `first`: walks the trie by word id. */
function matchPhrases(found: (string[] | undefined)[], tokens: Tokens, i: number, first: number, number: number): void {
  const stored = tokens.token;
  const count = tokens.count;
  for (let node = first, n = 1; ; n++) {
    const end = PHRASE_CATEGORY_START[node + 1]!;
    // `slot` numbers the (phrase, category) pair.
    for (let slot = PHRASE_CATEGORY_START[node]!; slot < end; slot++) {
      const category = PHRASE_CATEGORY[slot]!;
      if (category === NONBILLABLE) {
        if (i < negatedThrough) continue;
        if (isNegated(tokens, i, n)) {
          negatedThrough = i + n;
          continue;
        }
        if ((PHRASE_FLAGS[node]! & PHRASE_SET_UP) !== 0 && setUpIsAssistance(stored, count, i, n)) continue;
        // "pt documenting fluid intake", "pt charting BG readings": the patient's own diary or log, the task taught.
        if ((PHRASE_FLAGS[node]! & PHRASE_RECORDING) !== 0 && wordHas(stored, count, i + n, WORD_RECORDED)) continue;
        if ((PHRASE_FLAGS[node]! & PHRASE_REST) !== 0 && (restIsTaught(stored, i) || restIsDosed(stored, count, i, n, node))) continue;
        // "wait time 10 min for transport", "wait 5 min for ride"; not "wait time 5 sec", a strategy.
        if ((PHRASE_FLAGS[node]! & PHRASE_WAIT) !== 0 && !minutesFollow(stored, count, i + n)) continue;
        // "waited 5 sec for response", "waited for child to bring spoon to mouth before cueing": a time delay, the strategy.
        if ((PHRASE_FLAGS[node]! & PHRASE_WAITED) !== 0 && waitedForResponse(stored, count, i + n)) continue;
        // "DN R UT x3 sites", "DN to L glute": dry needling; "HR dn to 90", "weaned dn to 1L": down.
        if ((PHRASE_FLAGS[node]! & PHRASE_DN) !== 0 && !sideAt(stored, count, i + n) && !(i + n < count && stored[i + n] === TO_TOKEN && sideAt(stored, count, i + n + 1))) continue;
      } else if (slot === SKILLED_ED_ON_SLOT && i > 0 && stored[i - 1] === RE_TOKEN) continue;
      // "push-ups", "pull-aparts", "lat pull down", "push-up plus": an exercise's name, not a push or a pull as a task.
      else if (category === FUNCTIONAL && (PHRASE_FLAGS[node]! & PHRASE_PUSH_PULL) !== 0 && namesPushPullExercise(tokens, i)) continue;
      // "pt denies lifting", "no transfers today", "pt declined gait", "unable to attempt stairs": a task not done.
      // (The word before is tested here first: most tasks follow none of taskNegated's words, and pay no call.)
      else if (((TASK_CATEGORIES >> category) & 1) !== 0 && (rareAt(stored, count, i - 1) & TASK_WORDS) !== 0 && taskNegated(tokens, i)) continue;
      // "*** min, [assist level]": a template's blank inside an assistance phrase, no "min assist" (fix18, MIN-ASSIST).
      else if (category === ASSIST && n > 1 && marksBetween(tokens, i, i + n - 1, BLANK_MARKS)) continue;
      // Each phrase once per category and text: a stamp instead of searching the list.
      // (No phrase spells a pattern's term, "sets x reps" or "weight": test/rules/text/word-table.test.ts.)
      foundBits |= PHRASE_BITS[slot]!;
      if (TERM_ADDED_IN[slot] === number) continue;
      const list = (found[category] ??= []);
      if (list.length < MAX_TERMS_KEPT) {
        list.push(PHRASE_KEY[node]!);
        TERM_ADDED_IN[slot] = number;
      }
    }
    if (i + n >= count) return;
    node = following(node, stored[i + n]! >> KIND_BITS);
    if (node < 0) return;
  }
}

/** The rare flags of token `j`'s word (0 before the start, past the end, or for a word the lexicon does not know). */
function rareAt(stored: Int32Array, count: number, j: number): number {
  const id = j >= 0 && j < count ? stored[j]! >> KIND_BITS : -1;
  return id >= 0 ? WORD_RARE_FLAGS[id]! : 0;
}

/**
 * "push" or "pull" at token `i` is an exercise's name: the rest of one follows ("push-ups", "pull-aparts", "pull-downs",
 * "pull-throughs"), or "up plus" ("push-up plus"), or equipment or a variant comes before ("lat pull down", "wall push up") on
 * its line, with no "to" or "from" after (nor "up to", "up from"). Not "push up from chair", "pull-to-stand", "pushing cart",
 * "kneeling pull to stand" (eighteenth round, gaps18; fix18).
 */
function namesPushPullExercise(tokens: Tokens, i: number): boolean {
  const stored = tokens.token;
  const count = tokens.count;
  return (
    (rareAt(stored, count, i + 1) & RARE_PUSH_PULL_NEXT) !== 0 ||
    (i + 1 < count && stored[i + 1] === UP_TOKEN && (rareAt(stored, count, i + 2) & RARE_PLUS) !== 0) ||
    // ACROSS (fix18): the word before on the same line and clause ("stretch R lat\npush up from chair x5" is no lat pull);
    // KNEELING (fix18): and no transfer after ("kneeling pull to stand", "from plank push up to stand").
    ((rareAt(stored, count, i - 1) & RARE_PUSH_PULL_PREVIOUS) !== 0 &&
      !marksBetween(tokens, i - 1, i, CLAUSE_BREAKS) &&
      !transferAfter(stored, count, stored[i + 1] === UP_TOKEN ? i + 2 : i + 1))
  );
}

/**
 * Token `j` (after a push or pull) starts a transfer: "to", or "from" but not before the exercise's starting position
 * ("wall push from standing"; "kneeling pull from sitting to standing" is a transfer again: nineteenth round, gaps19).
 */
function transferAfter(stored: Int32Array, count: number, j: number): boolean {
  if ((rareAt(stored, count, j) & RARE_PUSH_PULL_TRANSFER) === 0) return false;
  return stored[j] === TO_TOKEN || (rareAt(stored, count, j + 1) & RARE_START_POSITION) === 0 || (j + 2 < count && stored[j + 2] === TO_TOKEN);
}

/**
 * Whether one of `marks` stands in the text between token `a` and token `b` (from the end of `a` to the start of `b`). The
 * stored tokens keep no separators; the text holds them, read only where a word's reading depends on its neighbour (fix18).
 */
function marksBetween({ text, start, end }: Tokens, a: number, b: number, marks: string): boolean {
  for (let k = end[a]!; k < start[b]!; k++) if (marks.includes(text[k]!)) return true;
  return false;
}

/**
 * The clause breaks {@link marksBetween} looks for between a word and the next (ACROSS, NEGATION-ACROSS): a line break (LF,
 * CR, U+2028, U+2029), ",", ";", ".", "?" or "!", or "/" (one between digits is a token, never between two); not ":", which
 * joins a label to its list ("Deferred: stairs").
 */
const CLAUSE_BREAKS = "\n\r,;.?!/\u2028\u2029";
/** A template's blank marks: an assistance phrase read across one is none ("*** min, [assist level]": no "min assist"; MIN-ASSIST). */
const BLANK_MARKS = "[*_";

/**
 * The task whose phrase starts at token `i` was not done: a negation comes before it ("denies", "no", "declined", "refused",
 * "avoid"…), with at most {@link TASK_BRIDGES} bridge words between ("refused to do transfers"), or "unable" across an attempt
 * word ("unable to attempt stairs"; "unable to lift 20# crate" is an attempt made), on the task's line and in its clause
 * ({@link CLAUSE_BREAKS}: "Falls: no\nTransfers x10", "Pain: denied; transfers x10" negate nothing). Eighteenth round (gaps18; fix18).
 */
function taskNegated(tokens: Tokens, i: number): boolean {
  let attempt = false;
  for (let j = i - 1; j >= 0 && j >= i - 1 - TASK_BRIDGES; j--) {
    const flags = rareAt(tokens.token, tokens.count, j);
    // Most tasks follow a word that is none of these: one test. NEGATION-ACROSS (fix18): the negation, its bridges and the task
    // on one line and in one clause ("Falls: no\nTransfers x10" negates no transfer).
    if ((flags & TASK_WORDS) === 0 || marksBetween(tokens, j, j + 1, CLAUSE_BREAKS)) return false;
    if ((flags & RARE_TASK_NEGATION) !== 0) return true;
    if ((flags & RARE_UNABLE) !== 0) return attempt;
    if ((flags & RARE_ATTEMPT) !== 0) attempt = true;
  }
  return false;
}

/** The rare flags {@link taskNegated} reads. */
const TASK_WORDS = RARE_TASK_NEGATION | RARE_UNABLE | RARE_ATTEMPT | RARE_TASK_BRIDGE;

/** The trie node one word longer than `node`, with word `id` next, or -1 when there is none. */
function following(node: number, id: number): number {
  if (id < 0) return -1;
  const end = PHRASE_NEXT_START[node + 1]!;
  for (let j = PHRASE_NEXT_START[node]!; j < end; j++) if (PHRASE_NEXT_ID[j] === id) return PHRASE_NEXT_NODE[j]!;
  return -1;
}

/** "set up" (n tokens long, at token `i`) names an assistance level: "set-up A", "with setup"; or the patient helped ("Child helped set up obstacle course"). */
function setUpIsAssistance(stored: Int32Array, count: number, i: number, n: number): boolean {
  return (
    wordHas(stored, count, i + n, WORD_SET_UP_NEXT) ||
    wordHas(stored, count, i - 1, WORD_SET_UP_PREVIOUS) ||
    (wordHas(stored, count, i - 1, WORD_HELPED) && wordHas(stored, count, i - 2, WORD_PATIENT))
  );
}

/**
 * The word before the phrase at token `i` (n tokens) negates it: "no", "without" or "w/o", or makes it no time off treatment
 * ("expectant waiting"); a limb ("forearm rested on towel roll"), "not", "never" or "be" ("not to be left unattended") do
 * unless a count follows the phrase ("UE rested 2 min between sets", "had to be left unattended 5 min"). On the phrase's line
 * and in its clause ({@link CLAUSE_BREAKS}), as a negated task's (nineteenth round, gaps19): "Falls: no\nrest breaks x2",
 * "Pain: no, seated rest 3 min" negate no rest.
 */
function isNegated(tokens: Tokens, i: number, n: number): boolean {
  const stored = tokens.token;
  const count = tokens.count;
  const before = i > 0 ? stored[i - 1]! : -1;
  if (before < 0) return false;
  const flags = WORD_FLAGS[before >> KIND_BITS]!;
  return (
    ((flags & WORD_NEGATION) !== 0 || (before === O_TOKEN && stored[i - 2] === W_TOKEN) || ((flags & WORD_SOFT_NEGATION) !== 0 && !countAt(stored, count, i + n))) &&
    // NEGATION-CLAUSE (gaps19): read only when the word would negate (most phrases follow one that does not).
    !marksBetween(tokens, i - 1, i, CLAUSE_BREAKS)
  );
}

/**
 * Token `j` starts a count that is not of seconds: a number, "x" and a number ("x 2 min"), "x2", "3x", with no "sec" after it
 * ("hand rested 30 sec between sets" is a work:rest dose, as a rest noun after seconds is).
 */
function countAt(stored: Int32Array, count: number, j: number): boolean {
  const kind = j < count ? stored[j]! & KIND_MASK : KIND_WORD;
  if (kind === KIND_X) return j + 1 < count && (stored[j + 1]! & KIND_MASK) === KIND_NUMBER && !wordHas(stored, count, j + 2, WORD_SECONDS);
  return (kind === KIND_NUMBER || kind === KIND_X_DIGITS || kind === KIND_TIMES) && !wordHas(stored, count, j + 1, WORD_SECONDS);
}

/** Tokens `j` and `j + 1` are a number and minutes or hours ("5 min", "2 hrs"; not "5 sec"). */
function minutesFollow(stored: Int32Array, count: number, j: number): boolean {
  return j + 1 < count && (stored[j]! & KIND_MASK) === KIND_NUMBER && wordHas(stored, count, j + 1, WORD_DURATION) && !wordHas(stored, count, j + 1, WORD_SECONDS);
}

/** Token `j` is a side ("r", "l", "rt", "lt", "right", "left", "b" of "b/l", "bil", "bilat", "bilateral"). */
function sideAt(stored: Int32Array, count: number, j: number): boolean {
  return (rareAt(stored, count, j) & RARE_SIDE) !== 0;
}

/**
 * The wait ending before token `j` is a wait for the patient's response: seconds follow ("waited 5 sec"), or within
 * {@link WAITED_LOOKAHEAD} tokens "before" and a prompt ("waited for child to bring spoon to mouth before cueing").
 */
function waitedForResponse(stored: Int32Array, count: number, j: number): boolean {
  if (j + 1 < count && (stored[j]! & KIND_MASK) === KIND_NUMBER && wordHas(stored, count, j + 1, WORD_SECONDS)) return true;
  for (let k = j, end = Math.min(count - 1, j + WAITED_LOOKAHEAD); k < end; k++) {
    const next = stored[k + 1]! >> KIND_BITS;
    if (stored[k] === BEFORE_TOKEN && next >= 0 && (WORD_RARE_FLAGS[next]! & RARE_PROMPTING) !== 0) return true;
  }
  return false;
}

/** A rest phrase at token `i` follows a teaching word within {@link REST_LOOKBACK} tokens, or "planned" right before it. */
function restIsTaught(stored: Int32Array, i: number): boolean {
  // "planned" counts only right before the rest ("planned rest breaks").
  const before = i > 0 ? stored[i - 1]! >> KIND_BITS : -1;
  if (before >= 0 && (WORD_FLAGS[before]! & WORD_REST_PLANNED) !== 0) return true;
  for (let j = Math.max(0, i - REST_LOOKBACK); j < i; j++) {
    const id = stored[j]! >> KIND_BITS;
    if (id >= 0 && (WORD_FLAGS[id]! & WORD_REST_TAUGHT) !== 0) return true;
  }
  return false;
}

/**
 * A rest noun at token `i` (n tokens, trie node `node`) right after seconds and with no number after it is the rest of a
 * work:rest dose ("10 sec holds w/ 10 sec rest periods, supine"), not time off treatment; a rest that ends a hold and
 * gives its own length is ("SLS 30 sec, rest break 2 min": the scan does not see the comma), as "rested" always is.
 */
function restIsDosed(stored: Int32Array, count: number, i: number, n: number, node: number): boolean {
  const before = i > 0 ? stored[i - 1]! >> KIND_BITS : -1;
  return before >= 0 && (WORD_FLAGS[before]! & WORD_SECONDS) !== 0 && PHRASE_KEY[node] !== "rested" && (i + n >= count || (stored[i + n]! & KIND_MASK) !== KIND_NUMBER);
}

/**
 * How many runs of letters and digits before `MAY_BE_NONBILLABLE`'s first match {@link nonbillableTermsOf} starts its scan:
 * a term may start up to {@link LONGEST_PHRASE} - 1 tokens before the piece the expression matched inside it ("prep of
 * equipment", "pt in restroom"), and reads up to {@link REST_LOOKBACK} tokens before itself (a teaching word before a rest
 * phrase; "no", "w/o", a limb, "helped" and the patient are closer); one more for a run the match may start inside.
 */
const RUNS_BEFORE_MATCH = LONGEST_PHRASE + REST_LOOKBACK + 1;

/**
 * The start of the run of letters and digits `runs` runs before character `at` (0 when there are fewer): a token boundary
 * of the full scan, for the character before it is a separator (`#`, `%`, a `/` between digits and U+0130 are tokens of
 * their own or end one, never the middle of a run), so the scan from there sees the same tokens.
 */
function runStartBefore(text: string, at: number, runs: number): number {
  let i = Math.min(at, text.length);
  for (let k = 0; k < runs && i > 0; k++) {
    while (i > 0 && SCAN_CLASS[text.charCodeAt(i - 1)] === 0) i--;
    while (i > 0 && SCAN_CLASS[text.charCodeAt(i - 1)] !== 0) i--;
  }
  return i;
}

/**
 * The `nonbillable` terms of `text`: the same list as `analyzeText(text).terms.nonbillable`
 * (proved against it by test/rules/text/nonbillable-terms.test.ts), for less. The scan is the
 * same; only phrases are walked (no nonbillable term is a pattern), nothing else is kept, and
 * no content word is counted. `doc/non-billable-time` reads about one activity in six this far
 * (fourteenth round: the full analysis of those texts cost 5.5 µs a bench session, this 3.5).
 * Given where `MAY_BE_NONBILLABLE` first matched (`from`), it scans from {@link RUNS_BEFORE_MATCH} runs before it, not from the
 * start: every term holds a piece of the expression within its first {@link LONGEST_PHRASE} tokens, so none starts earlier,
 * and the words a term's reading looks back at are kept (sixteenth round: the bench's matched activities are read from about
 * their middle).
 *
 * @param text - a line's activity
 * @param from - where `MAY_BE_NONBILLABLE.exec(text)` matched (its `index`); 0, the default, reads the whole text
 * @returns the nonbillable terms, in order of first sight, at most {@link MAX_TERMS_KEPT}
 * @example
 * ```ts
 * nonbillableTermsOf("Equipment set-up x5 min, then SLR 3x10"); //=> ["equipment set up", "set up"]
 * nonbillableTermsOf("No equipment set-up; SLR 3x10"); //=> []
 * nonbillableTermsOf("SLR 3x10, bridges 2x15, clams 2x15; rest breaks x3", 40); //=> ["rest breaks"]
 * nonbillableTermsOf("SLR 3x10, bridges 2x15, clams 2x15, then no rest breaks needed", 48); //=> []
 * ```
 */
export function nonbillableTermsOf(text: string, from = 0): readonly string[] {
  const tokens = tokensFor(text);
  scanMore(text, tokens, from > 0 ? runStartBefore(text, from, RUNS_BEFORE_MATCH) : 0, text.length);
  const number = nextTextNumber();
  // Every other category's list is full, so the walk keeps nothing for it.
  const found: (string[] | undefined)[] = FULL_LISTS.slice();
  found[NONBILLABLE] = undefined;
  negatedThrough = 0;
  const stored = tokens.token;
  for (let i = 0; i < tokens.count; i++) {
    const id = stored[i]! >> KIND_BITS;
    const node = id >= 0 ? WORD_PHRASE[id]! : -1;
    // Only words that start a nonbillable phrase, or one with such a phrase below it, are walked (twenty-first round: the
    // others, "slr", "3x10", "bridges", cost a call and a walk each).
    if (node >= 0 && (PHRASE_FLAGS[node]! & PHRASE_NONBILLABLE_BELOW) !== 0) matchPhrases(found, tokens, i, node, number);
  }
  return found[NONBILLABLE] ?? NO_TERMS;
}

/** `MAY_BE_NONBILLABLE`'s start: the start of the text or a character that is not an ASCII letter or digit. */
const TOKEN_START = "(?:^|[^a-z\\d])";
/**
 * `MAY_BE_NONBILLABLE`'s pieces after `\b` instead of its token start: 8-9% faster on the bench's timed activities (1,360
 * against 1,472 ns a text, twenty-first round). `\b` reads `_` as a letter, so {@link nonbillableStart} leaves a text with one
 * to `MAY_BE_NONBILLABLE` itself, whose token start reads `_` as a separator (twenty-second round; it was copied with spaces
 * for the `_`, which the pieces' `[\W_]` and the token start read alike).
 */
const NONBILLABLE_PIECE = new RegExp(`\\b${MAY_BE_NONBILLABLE.source.slice(TOKEN_START.length)}`, "i");

/**
 * Where `MAY_BE_NONBILLABLE` first matches in `text` (its `index`: the character before the piece, or 0), or -1 when it does not
 * match: the same answer (proved on every phrase with every separator and on random text by
 * test/rules/text/nonbillable-terms.test.ts), for less. A piece matched at character `p > 0` after `\b` has a separator at
 * `p - 1`, where the expression's own match starts.
 *
 * @param text - a line's activity
 * @returns the index of the first match, or -1
 * @example
 * ```ts
 * nonbillableStart("SLR 3x10; rest breaks x2"); //=> 14
 * nonbillableStart("Equipment set-up x5 min"); //=> 0
 * nonbillableStart("SLR 3x10, bridges 2x15"); //=> -1
 * ```
 */
export function nonbillableStart(text: string): number {
  // A text with a `_` is read by the expression itself, which takes `_` for a separator: no copy of the text with spaces for
  // them (a 1 MiB adversarial text of "abc123_" copied twice a lint cost 20 ms, twenty-second round).
  if (text.includes("_")) return MAY_BE_NONBILLABLE.exec(text)?.index ?? -1;
  const match = NONBILLABLE_PIECE.exec(text);
  return match === null ? -1 : match.index === 0 ? 0 : match.index - 1;
}
