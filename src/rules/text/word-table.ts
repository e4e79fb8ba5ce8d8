/**
 * The lexicon as tables built once at import for `analyzeText`'s scan: every word the scan
 * must recognise gets a number (its id); a character-level automaton over those words tells
 * a token's id by the time the scan reaches the token's end (one table step per character,
 * no string built, nothing to verify afterwards), and the phrase trie is walked by ids.
 */
import { CODE_NAMES, EXERCISE_DOSES, FUNCTIONAL_LABELS, PHRASE_PREFIXES, PHRASE_TABLE, SPECIFIC_CATEGORIES, TERM_CATEGORIES, VAGUE_WORDS, type TermCategory } from "./lexicon.js";

/** A word of {@link VAGUE_WORDS}: filler, not content. */
export const WORD_VAGUE = 1;
/** After "set up": an assistance level, not the therapist's preparation ("set-up A", "setup only"), or the patient's task ("set up weekly pill organizer"). */
export const WORD_SET_UP_NEXT = 2;
/** Before "set up": an assistance level ("with set up", "needs setup"), or what of the patient's is set up ("workstation setup"). */
export const WORD_SET_UP_PREVIOUS = 4;
/** Rest taught as a strategy ("educated on pacing w/ rest breaks") is content, not rest time. */
export const WORD_REST_TAUGHT = 8;
/** A weight unit after a number ("10 lbs", "5 #"). */
export const WORD_WEIGHT_UNIT = 16;
/** A frequency after "2x" ("2x/wk"): not sets × reps. */
export const WORD_FREQUENCY = 32;
/** A unit of time after "x 15" or "x15" ("x 15 min"): a duration, not sets × reps. */
export const WORD_DURATION = 64;
/**
 * Before a non-billable phrase: it did not happen ("no rest breaks needed", "without set-up"; "w/o" is read apart),
 * or is no time off treatment: expectant waiting (a strategy).
 */
export const WORD_NEGATION = 128;
/** Right before a rest phrase: rest the patient is taught to plan ("planned rest breaks"; not "planned d/c next wk; 3 rest breaks"). */
export const WORD_REST_PLANNED = 256;
/** Seconds, right before a rest noun: the rest of a work:rest dose ("10x10 sec holds w/ 10 sec rest periods"). */
export const WORD_SECONDS = 512;
/** Right after "documenting" or "charting": what a patient records in their own diary or log ("pt charting BG readings in log"). */
export const WORD_RECORDED = 1024;
/**
 * Before a non-billable phrase, unless a number or a count follows the phrase: a limb rested on a support ("forearm rested
 * on towel roll", but "UE rested 2 min between sets" is rest); "not", "never" and "be" before "left unattended" ("caregiver
 * ed that pt not to be left unattended") are safety taught (but "had to be left unattended 5 min" is time left alone).
 */
export const WORD_SOFT_NEGATION = 2048;
/** Two words before "set up", with a helping word between: the patient helped set up, the task ("Child helped set up obstacle course"). */
export const WORD_PATIENT = 4096;
/** Right before "set up", after a patient word: "helped" ("Child helped set up obstacle course"; "aide helped set up e-stim" is set-up). */
export const WORD_HELPED = 8192;
/**
 * After a number: cues or prompts counted ("w/ 1 'stop' cue", "2 verbal cues", "4 prompts"), or the patient's own requests
 * ("8 requests, 3 after a model", "12 mands"; sixteenth round), the patient's performance.
 */
export const WORD_CUE = 16384;
/** Between a number and a cue word: the kind of cue ("2 verbal cues"); any word the lexicon does not know may stand there too ("1 'stop' cue"). */
export const WORD_CUE_KIND = 32768;

const FLAG_WORDS: readonly (readonly [flag: number, words: readonly string[]])[] = [
  [
    WORD_SET_UP_NEXT,
    [
      "a", "assist", "assistance", "only", "level", "for",
      // What the patient sets up is the task ("pt set up weekly pill organizer", "set up phone alarms").
      "weekly", "pill", "pills", "pillbox", "med", "meds", "medication", "medications", "phone", "alarm", "alarms", "reminders", "calendar",
      // A memory aid ("set up orientation and schedule tabs", "set up memory notebook").
      "memory", "orientation", "planner",
      // The patient's own ("Pt set up own appointment reminders").
      "own",
    ],
  ],
  [
    WORD_SET_UP_PREVIOUS,
    [
      "with", "sup", "supervision", "needs", "needed", "requires", "required",
      // The patient's own workstation or room set up is the treatment ("keyboard and mouse setup").
      "keyboard", "mouse", "workstation", "computer", "desk", "ergonomic", "kitchen", "bathroom", "environment", "environmental",
      // The patient's own schedule or corner ("timed voiding q2h schedule set up", "calming corner setup").
      "schedule", "corner",
      // A parent or caregiver set it up, not the therapist in the minutes ("mom set up Tripp Trapp chair at home").
      "mom", "dad", "parent", "parents", "caregiver", "family", "spouse", "wife", "husband",
    ],
  ],
  [
    WORD_REST_TAUGHT,
    [
      "educated", "education", "educate", "instructed", "instruction", "instruct", "taught", "teach", "pacing", "conservation",
      "incorporate", "incorporating", "strategies", "strategy", "schedule", "scheduled", "hep",
    ],
  ],
  [WORD_WEIGHT_UNIT, ["#", "lb", "lbs", "kg"]],
  [WORD_FREQUENCY, ["wk", "week", "weekly", "day", "daily", "d", "w", "month", "mo", "visit", "visits"]],
  [WORD_DURATION, ["min", "mins", "minute", "minutes", "sec", "secs", "second", "seconds", "hr", "hrs", "hour", "hours"]],
  [WORD_NEGATION, ["no", "without", "expectant"]],
  [WORD_SOFT_NEGATION, ["not", "never", "be", "forearm", "forearms", "arm", "arms", "hand", "hands", "elbow", "wrist", "ue", "ues", "head"]],
  [WORD_PATIENT, ["child", "pt", "patient", "client", "kid", "student"]],
  [WORD_HELPED, ["helped", "helps", "help"]],
  [WORD_CUE, ["cue", "cues", "prompt", "prompts", "request", "requests", "mands"]],
  [WORD_CUE_KIND, ["verbal", "tactile", "visual", "gestural", "written", "phonemic", "semantic", "additional", "extra"]],
  [WORD_REST_PLANNED, ["planned"]],
  [WORD_SECONDS, ["sec", "secs", "second", "seconds"]],
  [WORD_RECORDED, ["fluid", "fluids", "intake", "voids", "voiding", "bg", "glucose", "readings", "diary", "bowel", "bladder", "food", "meals", "sleep"]],
];

/**
 * A second table of word flags, read only where a rare phrase or pattern has matched (so never per token): `WORD_FLAGS`' 16
 * bits are taken. After "waited ... before": a cue, a prompt or a model given once the patient has had time to respond (a time-delay strategy). */
export const RARE_PROMPTING = 1;
/** A request or mand counted: "for" after it makes it another's ("2 requests for a call back"). */
export const RARE_REQUEST = 2;
/** A side after "dn" ("DN R UT x3 sites": dry needling; not "HR dn to 90", down). */
export const RARE_SIDE = 4;

/**
 * After "push" or "pull": the rest of an exercise's name ("push-ups", "pull-aparts", "pull-downs", "pull-throughs"), so no
 * functional task (eighteenth round, gaps18; "push up from chair", "pull-to-stand" still are).
 */
export const RARE_PUSH_PULL_NEXT = 8;
/** Before "push" or "pull": equipment or a variant that makes it an exercise's name ("lat pull down", "wall push up"). */
export const RARE_PUSH_PULL_PREVIOUS = 16;
/** "plus" after "push up": the serratus exercise ("push-up plus"). */
export const RARE_PLUS = 32;
/**
 * "to" or "from" after "push" or "pull" (or after "push up"): a transfer ("pull to stand", "push up from chair"), which a variant
 * word before does not make an exercise's name ("kneeling pull to stand", "from plank push up to stand"; fix18, KNEELING).
 */
export const RARE_PUSH_PULL_TRANSFER = 1024;
/**
 * After "from" after "push" or "pull": the exercise's starting position ("wall push from standing", "scap pull from seated"),
 * so "from" makes no transfer there unless "to" follows the position ("kneeling pull from sitting to standing"; nineteenth
 * round, gaps19).
 */
export const RARE_START_POSITION = 2048;

/**
 * Before a functional, self-care or gait term, perhaps with {@link RARE_TASK_BRIDGE} words between: the task was not done
 * ("pt denies lifting", "no transfers today", "pt declined gait", "refused to do transfers"; eighteenth round, gaps18).
 */
export const RARE_TASK_NEGATION = 64;
/** Between a negation and a task: "to", "do", "any", "further", "more" ("refused to do transfers", "no more stairs"). */
export const RARE_TASK_BRIDGE = 128;
/** Between a negation and a task, an attempt: "unable" negates a task only across one ("unable to attempt stairs"; "unable to lift 20#" is an attempt). */
export const RARE_ATTEMPT = 256;
/** "unable", a negation of a task only across an attempt word (RARE_ATTEMPT). */
export const RARE_UNABLE = 512;

const RARE_FLAG_WORDS: readonly (readonly [flag: number, words: readonly string[]])[] = [
  [RARE_TASK_NEGATION, ["no", "not", "never", "denies", "denied", "deny", "declined", "declines", "refused", "refuses", "deferred", "skipped", "omitted", "avoid", "avoided", "avoiding"]],
  [RARE_TASK_BRIDGE, ["to", "do", "any", "further", "more"]],
  [RARE_ATTEMPT, ["attempt", "attempted", "attempting", "try", "tried", "trying", "perform", "performing", "participate", "participating"]],
  [RARE_UNABLE, ["unable"]],
  [RARE_PROMPTING, ["cue", "cues", "cueing", "cuing", "prompt", "prompts", "prompting", "model", "modeling", "modelling"]],
  [RARE_REQUEST, ["request", "requests", "mands"]],
  [RARE_SIDE, ["r", "l", "rt", "lt", "right", "left", "b", "bil", "bilat", "bilateral"]],
  [RARE_PUSH_PULL_NEXT, ["ups", "aparts", "downs", "throughs", "overs"]],
  [RARE_PUSH_PULL_PREVIOUS, ["lat", "wall", "incline", "decline", "modified", "kneeling", "plank", "scap", "scapular", "serratus", "cable"]],
  [RARE_PLUS, ["plus"]],
  [RARE_PUSH_PULL_TRANSFER, ["to", "from"]],
  [RARE_START_POSITION, ["standing", "sitting", "seated", "supine", "prone", "sidelying", "quadruped"]],
];

/** Phrase keys whose nonbillable match is dropped when an assistance word is beside them. */
const SET_UP_KEYS: ReadonlySet<string> = new Set(["set up", "setup"]);
/** Phrase keys whose nonbillable match is dropped when a teaching word comes shortly before. */
const REST_KEYS: ReadonlySet<string> = new Set(["rest break", "rest breaks", "seated rest", "standing rest", "rest period", "rest periods", "rested", "seated break", "seated breaks", "sitting break", "sitting breaks", "standing break", "standing breaks",
  // Bandage care, taught as rest is ("educated pt on washing bandages").
  "washed bandages", "washing bandages", "bandage roll up", "bandages roll up", "bandages rolled", "bandage wash", "bandages wash", "bandage washing", "bandages washed",
  // Rest between sets, dosed in seconds or taught as the other rest phrases are ("30 sec rest between sets").
  "rest between sets", "rests between sets"]);
/** Phrase keys whose nonbillable match counts only before a number and minutes or hours ("wait 5 min", not "wait time 5 sec"). */
const WAIT_KEYS: ReadonlySet<string> = new Set(["wait", "wait time"]);

/** A phrase node's flag: a "set up" key, whose nonbillable match depends on the words beside it. */
export const PHRASE_SET_UP = 1;
/** A phrase node's flag: a rest key, whose nonbillable match depends on the words before it. */
export const PHRASE_REST = 2;
/** A phrase node's flag: "documenting" or "charting", not the therapist's when what a patient records follows (WORD_RECORDED). */
export const PHRASE_RECORDING = 4;
/** A phrase node's flag: "wait" or "wait time", a non-billable term only before a number and minutes or hours (WAIT_KEYS). */
export const PHRASE_WAIT = 8;
/**
 * A phrase node's flag: "waited" or "waiting", not a non-billable term when seconds follow ("waited 5 sec for response") or a
 * prompt given after it ("waited for child to bring spoon to mouth before cueing": a time delay, the strategy); "waited for
 * transport", "waited 3 min for BP to recover" still are (sixteenth round).
 */
export const PHRASE_WAITED = 16;
/** A phrase node's flag: "dn", a non-billable term (dry needling) only before a side, or "to" and a side ("DN R UT x3 sites"; not "HR dn to 90"). */
export const PHRASE_DN = 32;
/**
 * A phrase node's flag: "push" or "pull", a functional term unless the words beside it make it an exercise's name
 * ("push-ups", "pull-aparts", "lat pull down", "push-up plus": RARE_PUSH_PULL_NEXT, RARE_PUSH_PULL_PREVIOUS, RARE_PLUS).
 */
export const PHRASE_PUSH_PULL = 64;
/**
 * A phrase node's flag: the node or a longer phrase below it has a `nonbillable` category, so `nonbillableTermsOf` walks on
 * from it (twenty-first round: the walk skips every other word's phrases, "slr", "3x10", "bridges", without a call).
 */
export const PHRASE_NONBILLABLE_BELOW = 128;

/**
 * A bit `hasTermOf` takes beside the categories' bits: an `exercise` term that names an
 * exercise, not only a dose (sets × reps, a weight, "reps", "lbs": {@link EXERCISE_DOSES}).
 *
 * @example
 * ```ts
 * hasTermOf("lifting crate x10, 15#", NAMED_EXERCISE); //=> false
 * ```
 */
export const NAMED_EXERCISE = 1 << TERM_CATEGORIES.length;
/**
 * A bit `hasTermOf` takes beside the categories' bits: a term of `SPECIFIC_CATEGORIES` that
 * says more than a code's name (not one of {@link CODE_NAMES}: "gait training" alone does not).
 *
 * @example
 * ```ts
 * hasTermOf("Neuro re-ed per POC", SAYS_WHAT_WAS_DONE); //=> false
 * ```
 */
export const SAYS_WHAT_WAS_DONE = NAMED_EXERCISE << 1;
/**
 * A bit `hasTermOf` takes beside the categories' bits: a `functional` term that names a task,
 * not only a label ("functional mobility", "ADLs": {@link FUNCTIONAL_LABELS}; seventeenth round).
 *
 * @example
 * ```ts
 * hasTermOf("Rows 3x15 for ADLs", FUNCTIONAL_TASK); //=> false
 * ```
 */
export const FUNCTIONAL_TASK = SAYS_WHAT_WAS_DONE << 1;

/**
 * A bit `hasTermOf` takes beside the categories' bits: a term of `SPECIFIC_CATEGORIES` that says more than a code's name and
 * more than a dose ("reps", "lbs": {@link EXERCISE_DOSES}), so `doc/activity-too-vague` reads a template's blanks only on a line
 * whose specific terms are doses alone (eighteenth round).
 *
 * @example
 * ```ts
 * hasTermOf("Ther ex: ___ x ___ reps, ___ lbs", NAMES_MORE_THAN_DOSE); //=> false
 * ```
 */
export const NAMES_MORE_THAN_DOSE = FUNCTIONAL_TASK << 1;

/** The bits beside its category's that a phrase of category `c` with key `key` sets. */
function extraBits(key: string, c: number): number {
  const category = TERM_CATEGORIES[c]!;
  return (
    (category === "exercise" && !EXERCISE_DOSES.has(key) ? NAMED_EXERCISE : 0) |
    ((SPECIFIC_CATEGORIES as readonly string[]).includes(category) && !CODE_NAMES.has(key) ? SAYS_WHAT_WAS_DONE : 0) |
    (category === "functional" && !FUNCTIONAL_LABELS.has(key) ? FUNCTIONAL_TASK : 0) |
    ((SPECIFIC_CATEGORIES as readonly string[]).includes(category) && !CODE_NAMES.has(key) && !EXERCISE_DOSES.has(key) ? NAMES_MORE_THAN_DOSE : 0)
  );
}


/** The words, by id. */
export const WORDS: readonly string[] = [];
const wordFlags: number[] = [];
const rareFlags: number[] = [];
/** Words the scan compares tokens with that no list above names ("before": "waited ... before cueing"). */
const extraWords: readonly string[] = ["before"];
const wordPhrase: number[] = [];
const phraseKeys: string[] = [];
const phraseFlags: number[] = [];
const categoryStart: number[] = [];
const categories: number[] = [];
const categoryBits: number[] = [];
const nextOf: (readonly [id: number, node: number])[][] = [];
const nextStart: number[] = [0];

/** Fills the lists above from the lexicon, once at import (the exports below are their typed-array forms). */
function buildWords(): void {
  const words = WORDS as string[];
  const ids = new Map<string, number>();
  const idOf = (word: string): number => {
    let id = ids.get(word);
    if (id === undefined) {
      id = words.length;
      ids.set(word, id);
      words.push(word);
      wordFlags.push(0);
    }
    return id;
  };

  interface Building { key: string; categories: number[] | undefined; next: Map<number, Building> | undefined }
  const root = new Map<number, Building>();
  const nodeAt = (key: string): Building => {
    const parts = key.split(" ");
    let level = root;
    let node: Building | undefined;
    for (let index = 0; index < parts.length; index++) {
      const id = idOf(parts[index]!);
      let child = level.get(id);
      if (child === undefined) {
        child = { key: parts.slice(0, index + 1).join(" "), categories: undefined, next: undefined };
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
  for (const [key, list] of PHRASE_TABLE) nodeAt(key).categories = list.map((c: TermCategory) => TERM_CATEGORIES.indexOf(c));

  // Depth first: a node's number, then its children's.
  const number = (building: Building): number => {
    const k = phraseKeys.length;
    phraseKeys.push(building.key);
    phraseFlags.push((SET_UP_KEYS.has(building.key) ? PHRASE_SET_UP : 0) | (REST_KEYS.has(building.key) ? PHRASE_REST : 0) | (/^(?:documenting|charting)$/.test(building.key) ? PHRASE_RECORDING : 0) | (WAIT_KEYS.has(building.key) ? PHRASE_WAIT : 0) | (building.key === "waited" || building.key === "waiting" ? PHRASE_WAITED : 0) | (building.key === "dn" ? PHRASE_DN : 0) | (building.key === "push" || building.key === "pull" ? PHRASE_PUSH_PULL : 0));
    categoryStart.push(categories.length);
    for (const c of building.categories ?? []) {
      categories.push(c);
      categoryBits.push((1 << c) | extraBits(building.key, c));
    }
    nextOf.push([]);
    for (const [id, child] of building.next ?? []) nextOf[k]!.push([id, number(child)]);
    return k;
  };
  for (const [id, building] of root) wordPhrase[id] = number(building);
  categoryStart.push(categories.length);
  // Bottom up (a node's children follow it): whether a nonbillable pair is at or below each node.
  const nonbillable = TERM_CATEGORIES.indexOf("nonbillable");
  for (let k = phraseKeys.length - 1; k >= 0; k--) {
    const own = categories.slice(categoryStart[k], categoryStart[k + 1]).includes(nonbillable);
    if (own || nextOf[k]!.some(([, child]) => (phraseFlags[child]! & PHRASE_NONBILLABLE_BELOW) !== 0)) phraseFlags[k]! |= PHRASE_NONBILLABLE_BELOW;
  }
  for (const next of nextOf) nextStart.push(nextStart[nextStart.length - 1]! + next.length);

  for (const word of VAGUE_WORDS) wordFlags[idOf(word)]! |= WORD_VAGUE;
  for (const [flag, list] of FLAG_WORDS) for (const word of list) wordFlags[idOf(word)]! |= flag;
  for (const [flag, list] of RARE_FLAG_WORDS) for (const word of list) rareFlags[idOf(word)] = (rareFlags[idOf(word)] ?? 0) | flag;
  extraWords.forEach((word) => idOf(word));
}

buildWords();
/** Each word's flags (WORD_*), by id. */
export const WORD_FLAGS: Uint16Array = Uint16Array.from(wordFlags);
/** Each word's rare flags (RARE_*), by id. */
export const WORD_RARE_FLAGS: Uint16Array = Uint16Array.from(WORDS, (_, id) => rareFlags[id] ?? 0);
/** The trie node of the one-word phrase each word starts, by id (-1 when it starts none). */
export const WORD_PHRASE: Int32Array = Int32Array.from(WORDS, (_, id) => wordPhrase[id] ?? -1);
/**
 * The phrase trie, as parallel arrays indexed by node number (numbered depth first, so a node's
 * children follow it): node `k` is the phrase {@link PHRASE_KEY}`[k]` (its words joined by
 * spaces, the term reported); its categories are `PHRASE_CATEGORY[j]` for `j` from
 * `PHRASE_CATEGORY_START[k]` up to `PHRASE_CATEGORY_START[k + 1]` (indices into
 * {@link TERM_CATEGORIES}, in the table's order), and `j` also numbers the (phrase, category)
 * pair; the word ids that may follow are `PHRASE_NEXT_ID[j]` for `j` from `PHRASE_NEXT_START[k]`
 * up to `PHRASE_NEXT_START[k + 1]` (a short list, searched in order), leading to node
 * `PHRASE_NEXT_NODE[j]`; `PHRASE_FLAGS[k]` holds PHRASE_SET_UP and PHRASE_REST; `PHRASE_BITS[j]` the bits pair `j` sets in `hasTermOf`. Typed arrays
 * rather than an object per node: the scan reads a few numbers per token, and this keeps them
 * small, together and of one type.
 */
export const PHRASE_KEY: readonly string[] = phraseKeys;
/** See {@link PHRASE_KEY}. */
export const PHRASE_FLAGS: Uint8Array = Uint8Array.from(phraseFlags);
/** See {@link PHRASE_KEY}. */
export const PHRASE_CATEGORY_START: Int32Array = Int32Array.from(categoryStart);
/** See {@link PHRASE_KEY}. */
export const PHRASE_CATEGORY: Uint8Array = Uint8Array.from(categories);
/** Per (phrase, category) pair, the bits `hasTermOf` learns from it: its category's, and NAMED_EXERCISE, SAYS_WHAT_WAS_DONE or FUNCTIONAL_TASK. */
export const PHRASE_BITS: Int32Array = Int32Array.from(categoryBits);
/** See {@link PHRASE_KEY}. */
export const PHRASE_NEXT_START: Int32Array = Int32Array.from(nextStart);
/** See {@link PHRASE_KEY}. */
export const PHRASE_NEXT_ID: Int32Array = Int32Array.from(nextOf.flat(), ([id]) => id);
/** See {@link PHRASE_KEY}. */
export const PHRASE_NEXT_NODE: Int32Array = Int32Array.from(nextOf.flat(), ([, node]) => node);

/**
 * The (phrase, category) pair of "ed on" as a skilled term (education), which does not count right after "re": "neuro re-ed on
 * foam" is the code's name and a surface, not education.
 */
export const SKILLED_ED_ON_SLOT: number = (() => {
  const node = phraseKeys.indexOf("ed on");
  for (let j = categoryStart[node]!; j < categoryStart[node + 1]!; j++) if (TERM_CATEGORIES[categories[j]!] === "skilled") return j;
  return -1;
})();

/** How many (phrase, category) pairs the trie has: the size of a table indexed like {@link PHRASE_CATEGORY}. */
export const TERM_SLOTS: number = PHRASE_CATEGORY.length;

/** How many character classes there are, the separator's included. */
export const CLASS_COUNT = 37;
/** U+0130 LATIN CAPITAL LETTER I WITH DOT ABOVE: lower-cases to `i` and a combining dot, which ends the token. */
export const CHAR_DOTTED_I = 0x130;

/**
 * Every UTF-16 code unit → its character class in the scan: 1–10 for the digits `0`–`9`, 11–36
 * for the letters `a`–`z` in either case and U+212A KELVIN SIGN (→ `k`), 0 for a separator
 * (`#` and `%` included: they are tokens of their own) and for U+0130, which the scan treats
 * apart (it is `i`, then ends the token). A table of all 65,536 code units (64 kB) so the
 * scan reads one byte per character with no test of the range first.
 */
export const SCAN_CLASS: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 48; c <= 57; c++) table[c] = c - 48 + 1;
  for (let c = 97; c <= 122; c++) table[c] = c - 97 + 11;
  for (let c = 65; c <= 90; c++) table[c] = c - 65 + 11;
  table[0x212a] = table[107]!;
  return table;
})();

/** The class of an ASCII letter or digit, read from {@link SCAN_CLASS}. */
const classOf = (character: string): number => SCAN_CLASS[character.charCodeAt(0)]!;
/** The class of `i`. */
export const CLASS_I = classOf("i");
/** The class of `x`. */
const CLASS_X = classOf("x");
/** The largest class of a digit. */
const CLASS_LAST_DIGIT = classOf("9");

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
  // `& 0xffff` keeps the read inside the table (NaN, what charCodeAt gives past the end, reads as 0).
  return c === CHAR_DOTTED_I ? CLASS_I : SCAN_CLASS[c & 0xffff]!;
}

/**
 * Token kinds: which sets × reps or weight pattern a token can take part in, told by the
 * automaton from its characters (so the pattern checks never read the text again). The scan
 * stores a token as `id << KIND_BITS | kind` (see {@link TOKEN_OF_STATE}). A word, or any
 * token no pattern looks at ("6mwt", "xray").
 */
export const KIND_WORD = 0;
/** All digits ("10"). */
export const KIND_NUMBER = 1;
/** `x` alone (sets × reps when a number follows: "2 x 15"). */
export const KIND_X = 2;
/** Sets × reps in one token: digits, `x`, digits ("3x10"). */
export const KIND_SETS_REPS = 3;
/** Digits then `x` ("10x": sets × reps unless a frequency follows, "2x/wk"). */
export const KIND_TIMES = 4;
/** Digits with a weight unit glued on ("10lbs", "5lb", "2kg"). */
export const KIND_GLUED_WEIGHT = 5;
/** `#`. */
export const KIND_HASH_SIGN = 6;
/** `x` then digits ("x10": sets × reps unless a unit of time follows, "x10 min"). */
export const KIND_X_DIGITS = 7;
/** How many low bits of a stored token hold its kind. */
export const KIND_BITS = 3;
/** The low bits of a stored token that hold its kind. */
export const KIND_MASK = (1 << KIND_BITS) - 1;

/** The automaton's state before a token's first character. */
export const START_STATE = 1;

/**
 * What a token read so far may still become, for the patterns (a small automaton run in step
 * with the lexicon's): nothing (0, for good), `x`, `x` digits, digits, digits `x`, digits `x`
 * digits, digits `l`, `lb`, `lbs`, `k`, `kg`.
 */
const SHAPE_NONE = 0;
const SHAPE_X = 1;
const SHAPE_X_DIGITS = 2;
const SHAPE_DIGITS = 3;
const SHAPE_DIGITS_X = 4;
const SHAPE_DIGITS_X_DIGITS = 5;
const SHAPE_L = 6;
const SHAPE_LB = 7;
const SHAPE_LBS = 8;
const SHAPE_K = 9;
const SHAPE_KG = 10;
const SHAPES = 11;
/** The kind of a token that ends in each shape. */
const KIND_OF_SHAPE: readonly number[] = [
  KIND_WORD, KIND_X, KIND_X_DIGITS, KIND_NUMBER, KIND_TIMES, KIND_SETS_REPS, KIND_WORD, KIND_GLUED_WEIGHT, KIND_GLUED_WEIGHT, KIND_WORD, KIND_GLUED_WEIGHT,
];
/** The classes of the letters of the weight units. */
const CLASS_B = classOf("b");
const CLASS_G = classOf("g");
const CLASS_K = classOf("k");
const CLASS_L = classOf("l");
const CLASS_S = classOf("s");

/** The shape of a token of shape `shape` (-1 before its first character) once a character of class `cls` is added. */
function shapeAfter(shape: number, cls: number): number {
  const digit = cls <= CLASS_LAST_DIGIT;
  switch (shape) {
    case -1:
      return digit ? SHAPE_DIGITS : cls === CLASS_X ? SHAPE_X : SHAPE_NONE;
    case SHAPE_X:
    case SHAPE_X_DIGITS:
      return digit ? SHAPE_X_DIGITS : SHAPE_NONE;
    case SHAPE_DIGITS:
      if (digit) return SHAPE_DIGITS;
      return cls === CLASS_X ? SHAPE_DIGITS_X : cls === CLASS_L ? SHAPE_L : cls === CLASS_K ? SHAPE_K : SHAPE_NONE;
    case SHAPE_DIGITS_X:
    case SHAPE_DIGITS_X_DIGITS:
      return digit ? SHAPE_DIGITS_X_DIGITS : SHAPE_NONE;
    case SHAPE_L:
      return cls === CLASS_B ? SHAPE_LB : SHAPE_NONE;
    case SHAPE_LB:
      return cls === CLASS_S ? SHAPE_LBS : SHAPE_NONE;
    case SHAPE_K:
      return cls === CLASS_G ? SHAPE_KG : SHAPE_NONE;
    default:
      return SHAPE_NONE;
  }
}

/**
 * The states of a token that spells no lexicon word and cannot become one (no word starts
 * with its characters), one per shape, so the shape is still known at the token's end: state 0
 * for {@link SHAPE_NONE}, state `shape + 1` for the others (state 1 is the start).
 */
const deadState = (shape: number): number => (shape === SHAPE_NONE ? 0 : shape + 1);
/** The shape of each reserved state: the dead ones, and the start (-1, no character yet). */
const RESERVED_SHAPES: readonly number[] = [SHAPE_NONE, -1, ...Array.from({ length: SHAPES - 1 }, (_, k) => k + 1)];

/**
 * The automaton over the letters and digits of {@link WORDS}, which also tells each token's
 * kind: `STEP[state * CLASS_COUNT + class]` is the next state, and `TOKEN_OF_STATE[state]` the
 * token a run of characters ending in that state stores: the word id it spells (or -1) shifted
 * left by {@link KIND_BITS}, or'ed with its kind. A trie state is reached by one spelling
 * only, so its shape is known; a run that leaves the trie goes to the dead state of its shape.
 */
function buildAutomaton(): { step: Uint16Array; token: Int32Array } {
  const next: number[][] = RESERVED_SHAPES.map(() => []);
  const shapes: number[] = [...RESERVED_SHAPES];
  const accepts: number[] = RESERVED_SHAPES.map(() => -1);
  WORDS.forEach((word, id) => {
    let state = START_STATE;
    for (let j = 0; j < word.length; j++) {
      const cls = charClass(word.charCodeAt(j));
      if (cls === 0) return; // "#" and "%": tokens of their own, looked up apart
      let to = next[state]![cls];
      if (to === undefined) {
        to = next.length;
        next.push([]);
        shapes.push(shapeAfter(shapes[state]!, cls));
        accepts.push(-1);
        next[state]![cls] = to;
      }
      state = to;
    }
    accepts[state] = id;
  });
  // A Uint16Array keeps the table small (the lexicon has about 2,600 states; a test checks the bound).
  const step = new Uint16Array(next.length * CLASS_COUNT);
  // Each row starts as its shape's way out of the trie, then gets the trie's own steps. The way
  // out of SHAPE_NONE is state 0 on every class, which the new table holds already: most rows
  // need only their own steps (this runs at import; a loop over every cell costs milliseconds).
  const deadRows = Array.from({ length: SHAPES + 1 }, (_, k) => Uint16Array.from({ length: CLASS_COUNT }, (_, cls) => (cls === 0 ? 0 : deadState(shapeAfter(k - 1, cls)))));
  next.forEach((row, state) => {
    if (shapes[state] !== SHAPE_NONE) step.set(deadRows[shapes[state]! + 1]!, state * CLASS_COUNT);
    row.forEach((to, cls) => (step[state * CLASS_COUNT + cls] = to));
  });
  // The start state (shape -1) ends no token; it stores as a word.
  return { step, token: Int32Array.from(accepts, (id, state) => (id << KIND_BITS) | (KIND_OF_SHAPE[shapes[state]!] ?? KIND_WORD)) };
}

const AUTOMATON = buildAutomaton();
/** The automaton's transitions: `STEP[state * CLASS_COUNT + class]`. */
export const STEP: Uint16Array = AUTOMATON.step;
/** The token a run of letters and digits ending in each state stores: `wordId << KIND_BITS | kind` (word id -1 for no lexicon word). */
export const TOKEN_OF_STATE: Int32Array = AUTOMATON.token;
/** The stored token of `#`, a token of its own. */
export const HASH_SIGN_TOKEN: number = (WORDS.indexOf("#") << KIND_BITS) | KIND_HASH_SIGN;
/** The stored token of `%`, a token of its own. */
export const PERCENT_TOKEN: number = (WORDS.indexOf("%") << KIND_BITS) | KIND_WORD;
