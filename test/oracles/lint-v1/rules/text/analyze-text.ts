import { PHRASE_PREFIXES, PHRASE_TABLE, TERM_CATEGORIES, VAGUE_WORDS, type TermCategory } from "./lexicon.js";
import { isDigitAt, isGluedWeight, isNumber, isSetsReps, tokenize } from "./tokenize.js";
import { gapsHolding, PUSH_PULL_NEXT, PUSH_PULL_PREVIOUS, TASK_ATTEMPTS, TASK_BRIDGES, TASK_NEGATIONS, taskNegated, transferAfter } from "../../../../rules/text/round18-readings.js";

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

/** How many distinct terms are kept per category (enough for messages; bounds memory). */
export const MAX_TERMS_KEPT = 12;

/** Tokens longer than this cannot start or extend a phrase (no phrase word is this long). */
const MAX_PHRASE_TOKEN_LENGTH = 40;

// LIMB-RESTED: a deliberate change (fourteenth round, notes14): words right before a non-billable phrase that make it no time off treatment.
// NOT-LEFT: a deliberate change (fourteenth round, gaps14): "not", "never" and "be" right before a non-billable phrase
// ("caregiver ed that pt not to be left unattended while cooking", safety taught) negate it as "no" does.
// LIMB-COUNTED: a deliberate change (fifteenth round, gaps15): a limb, "not", "never" or "be" negate only when no count follows
// the phrase ("UE rested 2 min between sets", "had to be left unattended 5 min" are time off treatment); "expectant" always does.
const LIMB_OR_EXPECTANT: ReadonlySet<string> = new Set(["expectant"]);
const LIMB_OR_NOT_UNLESS_COUNTED: ReadonlySet<string> = new Set(["not", "never", "be", "forearm", "forearms", "arm", "arms", "hand", "hands", "elbow", "wrist", "ue", "ues", "head"]);
// A count that is not of seconds ("UE rested 2 min", "x 2 min", "3x"; "hand rested 30 sec between sets" is a work:rest dose).
const SECONDS_WORDS: ReadonlySet<string> = new Set(["sec", "secs", "second", "seconds"]);
const isCountAt = (tokens: readonly string[], j: number): boolean => {
  const t = tokens[j];
  if (t === "x") return isNumber(tokens[j + 1] ?? "") && !SECONDS_WORDS.has(tokens[j + 2] ?? "");
  return t !== undefined && (isNumber(t) || /^x\d+$/.test(t) || /^\d+x$/.test(t)) && !SECONDS_WORDS.has(tokens[j + 1] ?? "");
};
// WAIT-MINUTES: a deliberate change (fifteenth round, gaps15): the live lexicon lists "wait" and "wait time", which count only
// before a number and minutes or hours ("wait time 10 min for transport"; "wait time 5 sec" is a strategy).
const WAIT_KEYS: ReadonlySet<string> = new Set(["wait", "wait time"]);
const MINUTES: ReadonlySet<string> = new Set(["min", "mins", "minute", "minutes", "hr", "hrs", "hour", "hours"]);
// HELPED-SET-UP: a deliberate change (fifteenth round, gaps15): "set up" after "helped" after the patient ("Child helped set up
// obstacle course") is the patient's task; "aide helped set up e-stim" is still set-up.
const PATIENT_WORDS: ReadonlySet<string> = new Set(["child", "pt", "patient", "client", "kid", "student"]);
const HELPED_WORDS: ReadonlySet<string> = new Set(["helped", "helps", "help"]);
// CUE-COUNT: a deliberate change (fifteenth round, gaps15): a number of cues or prompts ("4 prompts", "2 verbal cues", "w/ 1 'stop'
// cue": a kind of cue or a word the lexicon does not know between) is a response term, the patient's performance.
// REQUEST-COUNT: a deliberate change (sixteenth round, gaps16): a number of the patient's own requests or mands ("8 requests, 3
// after a model", "12 mands") is a response term "request count", unless "for" follows ("2 requests for a call back": another's).
const CUE_WORDS: ReadonlySet<string> = new Set(["cue", "cues", "prompt", "prompts", "request", "requests", "mands"]);
const REQUEST_WORDS: ReadonlySet<string> = new Set(["request", "requests", "mands"]);
// DN-SIDE: a deliberate change (sixteenth round, gaps16): "dn" (a phrase of the live lexicon) is dry needling only before a side,
// or "to" and a side ("DN R UT x3 sites", "DN to L glute"); "HR dn to 90" is down.
const SIDES: ReadonlySet<string> = new Set(["r", "l", "rt", "lt", "right", "left", "b", "bil", "bilat", "bilateral"]);
// WAITED-RESPONSE: a deliberate change (sixteenth round, gaps16): "waited" or "waiting" before seconds ("waited 5 sec for response"),
// or with "before" and a prompt within 10 tokens ("waited for child to bring spoon to mouth before cueing"), is a time delay, a strategy.
const PROMPTING: ReadonlySet<string> = new Set(["cue", "cues", "cueing", "cuing", "prompt", "prompts", "prompting", "model", "modeling", "modelling"]);
const waitedForResponse = (tokens: readonly string[], j: number): boolean => {
  if (isNumber(tokens[j] ?? "") && ["sec", "secs", "second", "seconds"].includes(tokens[j + 1] ?? "")) return true;
  for (let k = j; k < j + 10 && k + 1 < tokens.length; k++) if (tokens[k] === "before" && PROMPTING.has(tokens[k + 1]!)) return true;
  return false;
};
// PUSH-PULL: a deliberate change (eighteenth round, gaps18): "push" or "pull" is no functional term when the rest of an exercise's
// name follows ("push-ups", "pull-aparts", "pull-downs", "pull-throughs", "pull-overs"), or "up plus" ("push-up plus"), or equipment
// or a variant comes before ("lat pull down", "wall push up"); "push up from chair", "pull-to-stand" and "pushing cart" still are.
// PUSH-PULL (fix18, KNEELING): a deliberate change: a word before makes no exercise's name when "to" or "from" follows the push
// or pull (or "up to", "up from"): "kneeling pull to stand", "from plank push up to stand" are transfers.
// NEG-TASK: a deliberate change (eighteenth round, gaps18): a functional, self-care or gait term after a negation, with at most 3
// bridge words between ("pt denies lifting", "no transfers today", "pt declined gait", "refused to do transfers"), or after "unable"
// across an attempt word ("unable to attempt stairs"), is no term: the task was not done ("unable to lift 20# crate" still is one).
// PUSH-PULL (fix18, ACROSS): a deliberate change: the word before "push" or "pull" makes an exercise's name only on the same
// line and clause, no line break, ",", ";", ".", "?", "!" or "/" between ("stretch R lat\npush up from chair x5" names no exercise).
// NEG-TASK (fix18, NEGATION-ACROSS): a deliberate change: the negation, its bridges and the task on one line and in one clause
// ("Falls: no\nTransfers x10" negates no transfer).
// PUSH-PULL (gaps19, START-POSITION): a deliberate change (nineteenth round): "from" before the exercise's starting position
// ("wall push from standing") is no transfer, unless "to" follows the position (transferAfter in round18-readings.ts).
// Their words, taskNegated and gapsHolding are test/rules/text/round18-readings.ts, shared with the reference scan.
const CUE_KINDS: ReadonlySet<string> = new Set(["verbal", "tactile", "visual", "gestural", "written", "phonemic", "semantic", "additional", "extra"]);
const SET_UP_KEYS: ReadonlySet<string> = new Set(["set up", "setup"]);
/** After "set up": an assistance level, not the therapist's preparation ("set-up A", "setup only"). */
const SET_UP_ASSIST_NEXT: ReadonlySet<string> = new Set([
  "a", "assist", "assistance", "only", "level", "for",
  // SETUP-TASK: a deliberate change (thirteenth round, lead): what the patient sets up is the task ("pt set up weekly pill organizer", "set up phone alarms").
  "weekly", "pill", "pills", "pillbox", "med", "meds", "medication", "medications", "phone", "alarm", "alarms", "reminders", "calendar",
  // MEMORY-AID: a deliberate change (fourteenth round, notes14): a memory aid set up is the task ("set up orientation and schedule tabs", "set up memory notebook").
  "memory", "orientation", "planner",
  // OWN: a deliberate change (fourteenth round, notes14): what the patient sets up as their own is the task ("Pt set up own appointment reminders").
  "own",
]);
const SET_UP_ASSIST_PREVIOUS: ReadonlySet<string> = new Set([
  "with", "sup", "supervision", "needs", "needed", "requires", "required",
  // SETUP-OBJECT: the patient's own workstation or room set up is the treatment ("keyboard and mouse setup").
  "keyboard", "mouse", "workstation", "computer", "desk", "ergonomic", "kitchen", "bathroom", "environment", "environmental",
  // SCHEDULE: a deliberate change (fourteenth round, notes14): the patient's own schedule set up is the treatment ("timed voiding q2h schedule set up").
  "schedule",
  // CORNER: a deliberate change (fourteenth round, notes14): a calming or sensory corner set up at home is the treatment ("calming corner setup").
  "corner",
  // CAREGIVER-SET-UP: a deliberate change (fifteenth round, gaps15): a parent or caregiver set it up, not the therapist ("mom set up Tripp Trapp chair at home").
  "mom", "dad", "parent", "parents", "caregiver", "family", "spouse", "wife", "husband",
]);
// BREAKS: a break named by the position it is taken in ("2 standing breaks") is rest too, and taught as rest is.
// BANDAGES: a deliberate change (fifteenth round, gaps15): bandages washed in the minutes are non-billable (the live lexicon), and taught as rest is.
// BANDAGE-ROLL: a deliberate change (twenty-first round, speed21): bandage care named by the bandage first ("bandage roll-up/wash",
// "bandages rolled") is non-billable (the live lexicon), and taught as rest is.
// REST-BETWEEN: a deliberate change (fifteenth round, gaps15): "rest(s) between sets" is a rest phrase of the live lexicon, a work:rest dose after seconds.
const REST_KEYS: ReadonlySet<string> = new Set(["rest break", "rest breaks", "seated rest", "standing rest", "rest period", "rest periods", "rested", "seated break", "seated breaks", "sitting break", "sitting breaks", "standing break", "standing breaks", "washed bandages", "washing bandages", "bandage roll up", "bandages roll up", "bandages rolled", "bandage wash", "bandages wash", "bandage washing", "bandages washed", "rest between sets", "rests between sets"]);
/** Rest taught as a strategy ("educated on pacing w/ rest breaks") is content, not rest time. */
const REST_TAUGHT_BEFORE: ReadonlySet<string> = new Set([
  "educated", "education", "educate", "instructed", "instruction", "instruct", "taught", "teach", "pacing", "conservation",
  "incorporate", "incorporating", "strategies", "strategy", "schedule", "scheduled", "hep",
]);
/** How many tokens back to look for a teaching word before a rest phrase. */
const REST_LOOKBACK = 6;
const WEIGHT_UNITS: ReadonlySet<string> = new Set(["#", "lb", "lbs", "kg"]);
const FREQUENCY_WORDS: ReadonlySet<string> = new Set(["wk", "week", "weekly", "day", "daily", "d", "w", "month", "mo", "visit", "visits"]);
// DURATION: a unit of time after "x 15" or "x15" makes a duration ("x 15 min"), not sets × reps.
const DURATION_WORDS: ReadonlySet<string> = new Set(["min", "mins", "minute", "minutes", "sec", "secs", "second", "seconds", "hr", "hrs", "hour", "hours"]);

// CUE-COUNT: every word the live scan knows (its phrases' words, the vague words, the words its rules read): a cue count's middle word is one it does not know, or a kind of cue.
const KNOWN_WORDS: ReadonlySet<string> = new Set([
  ...[...PHRASE_TABLE.keys()].flatMap((k) => k.split(" ")), ...VAGUE_WORDS, ...SET_UP_ASSIST_NEXT, ...SET_UP_ASSIST_PREVIOUS, ...REST_TAUGHT_BEFORE,
  ...LIMB_OR_EXPECTANT, ...LIMB_OR_NOT_UNLESS_COUNTED, ...WEIGHT_UNITS, ...FREQUENCY_WORDS, ...DURATION_WORDS, ...MINUTES, ...PATIENT_WORDS, ...HELPED_WORDS,
  ...CUE_WORDS, ...CUE_KINDS, "no", "without", "planned", "fluid", "fluids", "intake", "voids", "voiding", "bg", "glucose", "readings", "diary", "bowel",
  "bladder", "food", "meals", "sleep", ...SIDES, ...PROMPTING, "before",
  // PUSH-PULL: see above.
  ...PUSH_PULL_NEXT, ...PUSH_PULL_PREVIOUS, "plus",
  // NEG-TASK: see above.
  ...TASK_NEGATIONS, ...TASK_BRIDGES, ...TASK_ATTEMPTS, "unable",
]);

/** One node of the phrase trie: the phrase so far (tokens joined by spaces), its categories, what may follow. */
interface PhraseNode {
  readonly key: string;
  readonly categories: readonly TermCategory[] | undefined;
  readonly next: ReadonlyMap<string, PhraseNode> | undefined;
}

/** What the scan needs to know about one distinct token, looked up once per token. */
interface TokenEntry {
  readonly vague: boolean;
  readonly phrase: PhraseNode | undefined;
}

/**
 * {@link PHRASE_TABLE} and {@link PHRASE_PREFIXES} as a trie of tokens, with the vague words
 * at its first level: one hash lookup per token instead of one per table and window (and no
 * window keys built by concatenation). A node exists exactly for a key of the table or a
 * prefix of one; it has `next` exactly when the key is a prefix.
 */
function buildTokenTable(): ReadonlyMap<string, TokenEntry> {
  interface Building { key: string; categories: readonly TermCategory[] | undefined; next: Map<string, Building> | undefined }
  const root = new Map<string, Building>();
  const nodeAt = (key: string): Building => {
    let level = root;
    let node: Building | undefined;
    const words = key.split(" ");
    words.forEach((word, index) => {
      let child = level.get(word);
      if (child === undefined) {
        child = { key: words.slice(0, index + 1).join(" "), categories: undefined, next: undefined };
        level.set(word, child);
      }
      node = child;
      if (index < words.length - 1) {
        child.next ??= new Map();
        level = child.next;
      }
    });
    return node!;
  };
  for (const prefix of PHRASE_PREFIXES) nodeAt(prefix).next ??= new Map();
  for (const [key, categories] of PHRASE_TABLE) nodeAt(key).categories = categories;
  const table = new Map<string, TokenEntry>();
  for (const [word, phrase] of root) table.set(word, { vague: VAGUE_WORDS.has(word), phrase });
  for (const word of VAGUE_WORDS) if (!table.has(word)) table.set(word, { vague: true, phrase: undefined });
  return table;
}

const TOKEN_TABLE: ReadonlyMap<string, TokenEntry> = buildTokenTable();

const CATEGORY_INDEX = Object.fromEntries(TERM_CATEGORIES.map((c, index) => [c, index])) as Record<TermCategory, number>;

/**
 * Tokenises a text once and looks every 1- to n-word window up in the phrase table, plus
 * the sets × reps and weight patterns (`3x10`, `x10`, `2 x 15`, `10 reps`, `5#`, `10 lbs`).
 * Linear in the text's length: no regular expressions, one hash lookup per token, then a walk
 * down a trie of phrases no deeper than the longest phrase.
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
  const tokens = tokenize(text);
  const breaks = gapsHolding(text, [10, 13, 44, 46, 59, 63, 33, 47, 0x2028, 0x2029]);
  // MIN-ASSIST (fix18): a template's blank marks ("[", "*", "_") between the words of an assistance phrase.
  const blanks = gapsHolding(text, [91, 42, 95]);
  // Per category (in TERM_CATEGORIES order), the distinct terms in order of first sight; at most 12 each.
  const found: (string[] | undefined)[] = [];
  const add = (category: TermCategory, term: string): void => {
    const index = CATEGORY_INDEX[category];
    const list = (found[index] ??= []);
    if (list.length < MAX_TERMS_KEPT && !list.includes(term)) list.push(term);
  };
  const content = new Set<string>();

  // NEGATED: a non-billable phrase after "no", "without" or "w/o" did not happen, nor any phrase inside it ("no equipment set-up").
  let negatedThrough = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const entry = token.length <= MAX_PHRASE_TOKEN_LENGTH ? TOKEN_TABLE.get(token) : undefined;
    const first = token.charCodeAt(0);
    const startsWithDigit = first >= 48 && first <= 57;

    if (content.size < 100 && token.length > 1 && token.length <= MAX_PHRASE_TOKEN_LENGTH && !(entry !== undefined && entry.vague) && !(startsWithDigit && isNumber(token))) {
      content.add(token);
    }

    // Patterns: sets × reps ("3x10", "x10", "2 x 15", "10x" but not "2x/wk") and weights ("5#", "#5", "10 lbs", "2kg").
    // Each needs a token that starts with a digit, "x" or "#".
    if (startsWithDigit || first === 120 || first === 35) {
      const next = tokens[i + 1];
      // DURATION: not when a unit of time follows "x15" or "x 15".
      if (isSetsReps(token) && !(first === 120 && next !== undefined && DURATION_WORDS.has(next))) add("exercise", "sets x reps");
      if (token === "x" && next !== undefined && isNumber(next) && !DURATION_WORDS.has(tokens[i + 2] ?? "")) add("exercise", "sets x reps");
      if (startsWithDigit) {
        const number = isNumber(token);
        if (token.length > 1 && token.endsWith("x") && isNumber(token.slice(0, -1)) && (next === undefined || !FREQUENCY_WORDS.has(next))) {
          add("exercise", "sets x reps");
        }
        if (number && next !== undefined && WEIGHT_UNITS.has(next)) add("exercise", "weight");
        if (!number && isGluedWeight(token)) add("exercise", "weight");
      }
      if (token === "#" && next !== undefined && isNumber(next)) add("exercise", "weight");
    }

    // SCORE: a number, "/" or "of" and a number write a score ("8/10", "4/5 trials", "8 of 10"), the patient's performance: up to 3 digits
    // each, the first no larger than the second, the second a usual denominator, and no "/" around them ("3/10/2025").
    let scored = false;
    if ((tokens[i + 1] === "/" || tokens[i + 1] === "of") && tokens[i - 1] !== "/" && tokens[i + 3] !== "/" && /^\d{1,3}$/.test(token) && /^\d{1,3}$/.test(tokens[i + 2] ?? "")) {
      const numerator = Number(token);
      const denominator = Number(tokens[i + 2]);
      if (numerator <= denominator && [3, 5, 6, 8, 10, 12, 15, 20, 25, 30, 50, 100].includes(denominator)) {
        add("response", "score");
        scored = true;
      }
    }

    // TIMED: "in", a number and a unit of time ("donned splint in 45 sec", "150 ft in 2 min") is how long the patient took.
    if (tokens[i - 1] === "in" && /^\d+$/.test(token) && DURATION_WORDS.has(tokens[i + 1] ?? "")) add("response", "timed");
    // COMPARED: "was" and a number ("flex 140 (was 125)") is a measure against an earlier one.
    // COMPARED-MARK: not when the number is a weight ("was 10 lbs") or a score ("was 8/10"), which the live scan reads first.
    else if (tokens[i - 1] === "was" && /^\d+$/.test(token) && !scored && !WEIGHT_UNITS.has(tokens[i + 1] ?? "")) add("response", "compared");
    // COMPLETED-COUNT: a deliberate change (fifteenth round, gaps15): "completed" and a number ("Pt completed 18 Jenga pulls") is a count of successes.
    else if (tokens[i - 1] === "completed" && /^\d+$/.test(token) && !scored && !WEIGHT_UNITS.has(tokens[i + 1] ?? "")) add("response", "completed count");
    // CUE-COUNT: see above.
    // Not after "on", "of" or "in" ("trained on 3 verbal cues", "hierarchy of 4 prompts": cues taught or listed).
    else if (/^\d+$/.test(token) && !scored && !WEIGHT_UNITS.has(tokens[i + 1] ?? "") && !["on", "of", "in"].includes(tokens[i - 1] ?? "")) {
      const middle = tokens[i + 1];
      const j = CUE_WORDS.has(middle ?? "")
        ? i + 1
        : CUE_WORDS.has(tokens[i + 2] ?? "") && middle !== undefined && /^[a-z\d]+$/.test(middle) && (CUE_KINDS.has(middle) || (!KNOWN_WORDS.has(middle) && !isNumber(middle) && !/^x\d*$/.test(middle) && !/^\d+(?:x|x\d+|lbs?|kg)$/.test(middle)))
          ? i + 2
          : -1;
      // REQUEST-COUNT: see above.
      if (j >= 0 && !REQUEST_WORDS.has(tokens[j]!)) add("response", "cue count");
      else if (j >= 0 && tokens[j + 1] !== "for") add("response", "request count");
    }

    // Phrases of 1..n tokens starting here: walk the trie.
    let node = entry?.phrase;
    for (let n = 1; node !== undefined; n++) {
      const key = node.key;
      const categories = node.categories;
      if (categories !== undefined) {
        for (const category of categories) {
          if (category === "nonbillable") {
            const before = tokens[i - 1];
            if (i < negatedThrough) continue;
            // LIMB-RESTED: a deliberate change (fourteenth round, notes14): a limb rested on a support ("forearm rested on towel roll")
            // and expectant waiting (a strategy) are no time off treatment.
            // NEGATED (gaps19, NEGATION-CLAUSE): a deliberate change (nineteenth round): the negation on the phrase's line and in its
            // clause, no line break, ",", ";", ".", "?", "!" or "/" between ("Falls: no\nrest breaks x2" negates no rest).
            if (
              !breaks[i]! &&
              (before === "no" ||
              before === "without" ||
              (before !== undefined && LIMB_OR_EXPECTANT.has(before)) ||
              (before === "o" && tokens[i - 2] === "w") ||
              (before !== undefined && LIMB_OR_NOT_UNLESS_COUNTED.has(before) && !isCountAt(tokens, i + n)))
            ) {
              negatedThrough = i + n;
              continue;
            }
          }
          if (category === "nonbillable" && SET_UP_KEYS.has(key)) {
            const after = tokens[i + n];
            const before = tokens[i - 1];
            if ((after !== undefined && SET_UP_ASSIST_NEXT.has(after)) || (before !== undefined && SET_UP_ASSIST_PREVIOUS.has(before))) continue;
            // HELPED-SET-UP: see above.
            if (before !== undefined && HELPED_WORDS.has(before) && PATIENT_WORDS.has(tokens[i - 2] ?? "")) continue;
          }
          // WAIT-MINUTES: see above.
          if (category === "nonbillable" && WAIT_KEYS.has(key) && !(isNumber(tokens[i + n] ?? "") && MINUTES.has(tokens[i + n + 1] ?? ""))) continue;
          // WAITED-RESPONSE: see above.
          if (category === "nonbillable" && (key === "waited" || key === "waiting") && waitedForResponse(tokens, i + n)) continue;
          // DN-SIDE: see above.
          if (category === "nonbillable" && key === "dn" && !SIDES.has(tokens[i + n] ?? "") && !(tokens[i + n] === "to" && SIDES.has(tokens[i + n + 1] ?? ""))) continue;
          // PUSH-PULL: see above.
          if (category === "functional" && (key === "push" || key === "pull") && (PUSH_PULL_NEXT.has(tokens[i + 1] ?? "") || (tokens[i + 1] === "up" && tokens[i + 2] === "plus") || (PUSH_PULL_PREVIOUS.has(tokens[i - 1] ?? "") && !breaks[i]! && !transferAfter(tokens, tokens[i + 1] === "up" ? i + 2 : i + 1)))) continue;
          // NEG-TASK: see above. WALKING: a deliberate change (nineteenth round, rules19): the live lexicon's new `ambulation` terms
          // (walking and stair words beyond `gait`'s, read by doc/97116-reads-as-exercise) are tasks a negation says were not done too.
          // NOT-SWALLOWED: a deliberate change (nineteenth round, fuzz19): `swallowing` terms too ("no dysphagia", "pt declined PO trials").
          if ((category === "functional" || category === "selfcare" || category === "gait" || category === "ambulation" || category === "swallowing") && taskNegated(tokens, breaks, i)) continue;
          // RE-ED-ON: a deliberate change (fifteenth round, gaps15): "ed on" right after "re" ("neuro re-ed on foam") is the code's name, not education.
          if (category === "skilled" && key === "ed on" && tokens[i - 1] === "re") continue;
          // DIARY: a deliberate change (fourteenth round, gaps14): "documenting" or "charting" followed by what a patient records
          // in their own diary or log ("pt documenting fluid intake", "pt charting BG readings in log") is the task taught, not the therapist's documentation.
          if (category === "nonbillable" && (key === "documenting" || key === "charting") && ["fluid", "fluids", "intake", "voids", "voiding", "bg", "glucose", "readings", "diary", "bowel", "bladder", "food", "meals", "sleep"].includes(tokens[i + n] ?? "")) continue;
          if (category === "nonbillable" && REST_KEYS.has(key)) {
            let taught = tokens[i - 1] === "planned"; // PLANNED-REST: a deliberate change (thirteenth round, lead): "planned" right before a rest phrase makes it rest taught as a strategy ("planned rest breaks").
            for (let j = Math.max(0, i - REST_LOOKBACK); j < i && !taught; j++) taught = REST_TAUGHT_BEFORE.has(tokens[j]!);
            // SEC-REST: a deliberate change (fourteenth round, gaps14): a rest noun right after seconds with no number after it is
            // the rest of a work:rest dose ("10x10 sec holds w/ 10 sec rest periods, supine"), not rest time; "rested" always is.
            if (key !== "rested" && ["sec", "secs", "second", "seconds"].includes(tokens[i - 1] ?? "") && !isNumber(tokens[i + n] ?? "x")) taught = true;
            if (taught) continue;
          }
          // BLANKS (fix18, MIN-ASSIST): a deliberate change: an assistance phrase read across a template's blank mark ("*** min, [assist level]") is no term.
          if (category === "assist" && n > 1 && blanks.slice(i + 1, i + n).some(Boolean)) continue;
          add(category, key);
        }
      }
      const following = tokens[i + n];
      node = node.next !== undefined && following !== undefined && following.length <= MAX_PHRASE_TOKEN_LENGTH ? node.next.get(following) : undefined;
    }
  }

  const terms = {} as Record<TermCategory, readonly string[]>;
  TERM_CATEGORIES.forEach((c, index) => {
    terms[c] = found[index] ?? [];
  });
  return { tokenCount: tokens.length, terms, contentWords: content.size };
}
