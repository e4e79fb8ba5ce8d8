// The analyzeText of commit c92531b (before the trie), kept as the reference the faster scan
// must agree with (test/rules/text/analyze-text-agrees.test.ts). Not shipped.
import { LONGEST_PHRASE, PHRASE_PREFIXES, PHRASE_TABLE, TERM_CATEGORIES, VAGUE_WORDS, type TermCategory } from "../../../src/rules/text/lexicon.js";
import { isDigitAt, isGluedWeight, isNumber, isSetsReps, tokenize } from "../../../src/rules/text/tokenize.js";
import { gapsHolding, PUSH_PULL_NEXT, PUSH_PULL_PREVIOUS, TASK_ATTEMPTS, TASK_BRIDGES, TASK_NEGATIONS, taskNegated, transferAfter } from "./round18-readings.js";

/**
 * What one pass over a text found: for each category, the distinct terms seen (at most
 * {@link MAX_TERMS_KEPT}), and how many distinct words say something specific.
 *
 * @example
 * ```ts
 * analyzeText("Sit<>stand x10 w/ min A").terms.functional; //=> ["sit stand"]
 * ```
 */
interface TextFacts {
  /** Number of tokens in the text. */
  readonly tokenCount: number;
  /** Distinct matched terms per category (phrases as token sequences joined by spaces). */
  readonly terms: Readonly<Record<TermCategory, readonly string[]>>;
  /** Distinct words that are not filler, numbers or single letters (counted up to 100). */
  readonly contentWords: number;
}

/** How many distinct terms are kept per category (enough for messages; bounds memory). */
const MAX_TERMS_KEPT = 12;

/** Tokens longer than this cannot start or extend a phrase (no phrase word is this long). */
const MAX_PHRASE_TOKEN_LENGTH = 40;

const SET_UP_KEYS: ReadonlySet<string> = new Set(["set up", "setup"]);
/** After "set up": an assistance level, not the therapist's preparation ("set-up A", "setup only"). */
const SET_UP_ASSIST_NEXT: ReadonlySet<string> = new Set([
  "a", "assist", "assistance", "only", "level", "for",
  // What the patient sets up is the task ("pt set up weekly pill organizer", "set up phone alarms").
  "weekly", "pill", "pills", "pillbox", "med", "meds", "medication", "medications", "phone", "alarm", "alarms", "reminders", "calendar",
  // A memory aid ("set up orientation and schedule tabs", "set up memory notebook").
  "memory", "orientation", "planner",
  // The patient's own ("Pt set up own appointment reminders").
  "own",
]);
const SET_UP_ASSIST_PREVIOUS: ReadonlySet<string> = new Set([
  "with", "sup", "supervision", "needs", "needed", "requires", "required",
  // SETUP-OBJECT: the patient's own workstation or room set up is the treatment ("keyboard and mouse setup").
  "keyboard", "mouse", "workstation", "computer", "desk", "ergonomic", "kitchen", "bathroom", "environment", "environmental",
  // The patient's own schedule or corner ("timed voiding q2h schedule set up", "calming corner setup").
  "schedule", "corner",
  // A parent or caregiver set it up ("mom set up Tripp Trapp chair at home").
  "mom", "dad", "parent", "parents", "caregiver", "family", "spouse", "wife", "husband",
]);
// Bandage care is taught as rest is ("educated pt on washing bandages").
// BANDAGE-ROLL (twenty-first round, speed21): bandage care named by the bandage first is a rest key too (taught, it is not time off).
const REST_KEYS: ReadonlySet<string> = new Set(["rest break", "rest breaks", "seated rest", "standing rest", "rest period", "rest periods", "rested", "seated break", "seated breaks", "sitting break", "sitting breaks", "standing break", "standing breaks", "washed bandages", "washing bandages", "bandage roll up", "bandages roll up", "bandages rolled", "bandage wash", "bandages wash", "bandage washing", "bandages washed", "rest between sets", "rests between sets"]);
/** "wait" and "wait time" count only before a number and minutes or hours ("wait 5 min for ride"; not "wait time 5 sec"). */
const WAIT_KEYS: ReadonlySet<string> = new Set(["wait", "wait time"]);
const MINUTES: ReadonlySet<string> = new Set(["min", "mins", "minute", "minutes", "hr", "hrs", "hour", "hours"]);
/** Before "set up", two words back: the patient helped ("Child helped set up obstacle course"). */
const PATIENT_WORDS: ReadonlySet<string> = new Set(["child", "pt", "patient", "client", "kid", "student"]);
const HELPED_WORDS: ReadonlySet<string> = new Set(["helped", "helps", "help"]);
/** Cues counted ("2 verbal cues", "w/ 1 'stop' cue"), with the cue's kind (or a word the lexicon does not know) between. */
const CUE_WORDS: ReadonlySet<string> = new Set(["cue", "cues", "prompt", "prompts", "request", "requests", "mands"]);
/** Sixteenth round (gaps16): the patient's own requests counted ("8 requests"), unless "for" follows ("2 requests for a call back"). */
const REQUEST_WORDS: ReadonlySet<string> = new Set(["request", "requests", "mands"]);
/** Sixteenth round (gaps16): a side after "dn" (dry needling: "DN R UT"), and a prompt after "waited ... before" (a time delay). */
const SIDES: ReadonlySet<string> = new Set(["r", "l", "rt", "lt", "right", "left", "b", "bil", "bilat", "bilateral"]);
const PROMPTING: ReadonlySet<string> = new Set(["cue", "cues", "cueing", "cuing", "prompt", "prompts", "prompting", "model", "modeling", "modelling"]);
/** "waited" or "waiting" is a wait for the patient's response when seconds follow, or "before" and a prompt within 10 tokens. */
const waitedForResponse = (tokens: readonly string[], j: number): boolean => {
  if (isNumber(tokens[j] ?? "") && SECONDS.has(tokens[j + 1] ?? "")) return true;
  for (let k = j; k < j + 10 && k + 1 < tokens.length; k++) if (tokens[k] === "before" && PROMPTING.has(tokens[k + 1]!)) return true;
  return false;
};
// The eighteenth round's readings (push/pull in an exercise's name, a negated task, clause breaks): round18-readings.ts, shared with the lint-v1 oracle copy.
const CUE_KINDS: ReadonlySet<string> = new Set(["verbal", "tactile", "visual", "gestural", "written", "phonemic", "semantic", "additional", "extra"]);

/** Rest taught as a strategy ("educated on pacing w/ rest breaks") is content, not rest time. */
const REST_TAUGHT_BEFORE: ReadonlySet<string> = new Set([
  "educated", "education", "educate", "instructed", "instruction", "instruct", "taught", "teach", "pacing", "conservation",
  "incorporate", "incorporating", "strategies", "strategy", "schedule", "scheduled", "hep",
]);
/** Right before a non-billable phrase: it did not happen ("no", "without"), or is no time off treatment ("forearm rested", "expectant waiting"). */
const NOT_TIME_BEFORE: ReadonlySet<string> = new Set(["no", "without", "expectant"]);
/** As NOT_TIME_BEFORE unless a count follows the phrase: "forearm rested on towel roll" but "UE rested 2 min"; "not to be left unattended" but "had to be left unattended 5 min". */
const NOT_TIME_UNLESS_COUNTED: ReadonlySet<string> = new Set(["not", "never", "be", "forearm", "forearms", "arm", "arms", "hand", "hands", "elbow", "wrist", "ue", "ues", "head"]);
/** A count that is not of seconds starts at token `j` ("2 min", "x 2 min", "3x"; not "30 sec"). */
const isCountAt = (tokens: readonly string[], j: number): boolean => {
  const t = tokens[j];
  if (t === "x") return isNumber(tokens[j + 1] ?? "") && !SECONDS.has(tokens[j + 2] ?? "");
  return t !== undefined && (isNumber(t) || /^x\d+$/.test(t) || /^\d+x$/.test(t)) && !SECONDS.has(tokens[j + 1] ?? "");
};
/** What a patient records in their own diary or log, right after "documenting" or "charting". */
const RECORDED: ReadonlySet<string> = new Set(["fluid", "fluids", "intake", "voids", "voiding", "bg", "glucose", "readings", "diary", "bowel", "bladder", "food", "meals", "sleep"]);
/** Seconds right before a rest noun: a work:rest dose. */
const SECONDS: ReadonlySet<string> = new Set(["sec", "secs", "second", "seconds"]);
/** How many tokens back to look for a teaching word before a rest phrase. */
const REST_LOOKBACK = 6;
const WEIGHT_UNITS: ReadonlySet<string> = new Set(["#", "lb", "lbs", "kg"]);
const FREQUENCY_WORDS: ReadonlySet<string> = new Set(["wk", "week", "weekly", "day", "daily", "d", "w", "month", "mo", "visit", "visits"]);
const DURATION_WORDS: ReadonlySet<string> = new Set(["min", "mins", "minute", "minutes", "sec", "secs", "second", "seconds", "hr", "hrs", "hour", "hours"]);

/** Every word the lexicon knows: its phrases' words, the vague words and the words the rules above read (a cue count's middle word is one it does not know, or a kind of cue). */
const KNOWN_WORDS: ReadonlySet<string> = new Set([
  ...[...PHRASE_TABLE.keys()].flatMap((k) => k.split(" ")), ...VAGUE_WORDS, ...SET_UP_ASSIST_NEXT, ...SET_UP_ASSIST_PREVIOUS, ...REST_TAUGHT_BEFORE,
  ...NOT_TIME_BEFORE, ...NOT_TIME_UNLESS_COUNTED, ...RECORDED, ...SECONDS, ...WEIGHT_UNITS, ...FREQUENCY_WORDS, ...DURATION_WORDS, ...MINUTES,
  ...PATIENT_WORDS, ...HELPED_WORDS, ...CUE_WORDS, ...CUE_KINDS, "planned", ...SIDES, ...PROMPTING, "before",
  ...PUSH_PULL_NEXT, ...PUSH_PULL_PREVIOUS, "plus", ...TASK_NEGATIONS, ...TASK_BRIDGES, ...TASK_ATTEMPTS, "unable",
]);

/**
 * Tokenises a text once and looks every 1- to n-word window up in the phrase table, plus
 * the sets × reps and weight patterns (`3x10`, `x10`, `2 x 15`, `10 reps`, `5#`, `10 lbs`).
 * Linear in the text's length: no regular expressions, a fixed window of at most
 * `LONGEST_PHRASE` tokens.
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
export function analyzeTextReference(text: string): TextFacts {
  const tokens = tokenize(text);
  const breaks = gapsHolding(text, [10, 13, 44, 46, 59, 63, 33, 47, 0x2028, 0x2029]);
  // MIN-ASSIST (fix18): a template's blank marks ("[", "*", "_") between the words of an assistance phrase.
  const blanks = gapsHolding(text, [91, 42, 95]);
  const found = new Map<TermCategory, Set<string>>();
  for (const c of TERM_CATEGORIES) found.set(c, new Set());
  const add = (category: TermCategory, term: string): void => {
    const set = found.get(category)!;
    if (set.size < MAX_TERMS_KEPT) set.add(term);
  };
  const content = new Set<string>();

  // a non-billable phrase after "no", "without" or "w/o" did not happen, nor any phrase inside it ("no equipment set-up").
  let negatedThrough = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];

    if (content.size < 100 && token.length > 1 && !isNumber(token) && !VAGUE_WORDS.has(token) && token.length <= MAX_PHRASE_TOKEN_LENGTH) {
      content.add(token);
    }

    // Patterns: sets × reps ("3x10", "x10", "2 x 15", "10x" but not "2x/wk") and weights ("5#", "#5", "10 lbs", "2kg").
    // Not a duration: a unit of time after "x15" or "x 15" ("x 15 min").
    if (isSetsReps(token) && !(token.startsWith("x") && next !== undefined && DURATION_WORDS.has(next))) add("exercise", "sets x reps");
    if (token === "x" && next !== undefined && isNumber(next) && !DURATION_WORDS.has(tokens[i + 2] ?? "")) add("exercise", "sets x reps");
    if (token.length > 1 && token.endsWith("x") && isNumber(token.slice(0, -1)) && (next === undefined || !FREQUENCY_WORDS.has(next))) {
      add("exercise", "sets x reps");
    }
    if (isNumber(token) && next !== undefined && WEIGHT_UNITS.has(next)) add("exercise", "weight");
    if (token === "#" && next !== undefined && isNumber(next)) add("exercise", "weight");
    if (isGluedWeight(token)) add("exercise", "weight");

    // SCORE: a number, "/" or "of" and a number write a score ("8/10", "4/5 trials", "8 of 10"), the patient's performance: up to 3 digits
    // each, the first no larger than the second, the second a usual denominator, and no "/" around them ("3/10/2025").
    let scored = false;
    if ((next === "/" || next === "of") && tokens[i - 1] !== "/" && tokens[i + 3] !== "/" && /^\d{1,3}$/.test(token) && /^\d{1,3}$/.test(tokens[i + 2] ?? "")) {
      const numerator = Number(token);
      const denominator = Number(tokens[i + 2]);
      scored = numerator <= denominator && [3, 5, 6, 8, 10, 12, 15, 20, 25, 30, 50, 100].includes(denominator);
      if (scored) add("response", "score");
    }

    // TIMED: "in", a number and a unit of time ("donned splint in 45 sec", "150 ft in 2 min") is how long the patient took.
    if (tokens[i - 1] === "in" && /^\d+$/.test(token) && DURATION_WORDS.has(tokens[i + 1] ?? "")) add("response", "timed");
    // COMPARED: "was" and a number ("flex 140 (was 125)") is a measure against an earlier one; not a weight ("was 10 lbs") or a score ("was 8/10").
    else if (tokens[i - 1] === "was" && /^\d+$/.test(token) && !scored && !WEIGHT_UNITS.has(next ?? "")) add("response", "compared");
    // "completed" and a number ("Pt completed 18 Jenga pulls") is a count of successes.
    else if (tokens[i - 1] === "completed" && /^\d+$/.test(token) && !scored && !WEIGHT_UNITS.has(next ?? "")) add("response", "completed count");
    // A number of cues ("4 prompts", "2 verbal cues", "w/ 1 'stop' cue"), or of requests not followed by "for".
    else if (/^\d+$/.test(token) && !scored && !WEIGHT_UNITS.has(next ?? "") && !["on", "of", "in"].includes(tokens[i - 1] ?? "")) {
      const j = CUE_WORDS.has(next ?? "")
        ? i + 1
        : CUE_WORDS.has(tokens[i + 2] ?? "") && next !== undefined && /^[a-z\d]+$/.test(next) && (CUE_KINDS.has(next) || (!KNOWN_WORDS.has(next) && !isNumber(next) && !/^x\d*$/.test(next) && !/^\d+(?:x|x\d+|lbs?|kg)$/.test(next)))
          ? i + 2
          : -1;
      if (j >= 0 && !REQUEST_WORDS.has(tokens[j]!)) add("response", "cue count");
      else if (j >= 0 && tokens[j + 1] !== "for") add("response", "request count");
    }

    // Phrases of 1..LONGEST_PHRASE tokens starting here.
    let key = "";
    for (let n = 1; n <= LONGEST_PHRASE && i + n <= tokens.length; n++) {
      const t = tokens[i + n - 1]!;
      if (t.length > MAX_PHRASE_TOKEN_LENGTH) break;
      key = n === 1 ? t : `${key} ${t}`;
      const categories = PHRASE_TABLE.get(key);
      const extendable = PHRASE_PREFIXES.has(key);
      if (categories === undefined) {
        if (extendable) continue;
        break;
      }
      for (const category of categories) {
        if (category === "nonbillable") {
          const before = tokens[i - 1];
          if (i < negatedThrough) continue;
          // Nineteenth round (gaps19, NEGATION-CLAUSE): the negation on the phrase's line and in its clause.
          if (!breaks[i]! && ((before !== undefined && NOT_TIME_BEFORE.has(before)) || (before === "o" && tokens[i - 2] === "w") || (before !== undefined && NOT_TIME_UNLESS_COUNTED.has(before) && !isCountAt(tokens, i + n)))) {
            negatedThrough = i + n;
            continue;
          }
        }
        if (category === "nonbillable" && SET_UP_KEYS.has(key)) {
          const after = tokens[i + n];
          const before = tokens[i - 1];
          if ((after !== undefined && SET_UP_ASSIST_NEXT.has(after)) || (before !== undefined && SET_UP_ASSIST_PREVIOUS.has(before))) continue;
          if (before !== undefined && HELPED_WORDS.has(before) && PATIENT_WORDS.has(tokens[i - 2] ?? "")) continue;
        }
        if (category === "nonbillable" && WAIT_KEYS.has(key) && !(isNumber(tokens[i + n] ?? "") && MINUTES.has(tokens[i + n + 1] ?? ""))) continue;
        // Sixteenth round (gaps16): a wait for the patient's response.
        if (category === "nonbillable" && (key === "waited" || key === "waiting") && waitedForResponse(tokens, i + n)) continue;
        // "dn" only before a side, or "to" and a side.
        if (category === "nonbillable" && key === "dn" && !SIDES.has(tokens[i + n] ?? "") && !(tokens[i + n] === "to" && SIDES.has(tokens[i + n + 1] ?? ""))) continue;
        // Eighteenth round (gaps18): a task not done ("pt denies lifting"); nineteenth round (rules19): walking too ("pt declined walking").
        // Nineteenth round (fuzz19): and swallowing ("no dysphagia", "pt declined PO trials").
        if ((category === "functional" || category === "selfcare" || category === "gait" || category === "ambulation" || category === "swallowing") && taskNegated(tokens, breaks, i)) continue;
        // Eighteenth round (gaps18): "push-ups", "pull-aparts", "lat pull down", "push-up plus" name exercises.
        if (category === "functional" && (key === "push" || key === "pull") && (PUSH_PULL_NEXT.has(tokens[i + 1] ?? "") || (tokens[i + 1] === "up" && tokens[i + 2] === "plus") || (PUSH_PULL_PREVIOUS.has(tokens[i - 1] ?? "") && !breaks[i]! && !transferAfter(tokens, tokens[i + 1] === "up" ? i + 2 : i + 1)))) continue;
        // "neuro re-ed on foam": "ed on" after "re" is the code's name, not education.
        if (category === "skilled" && key === "ed on" && tokens[i - 1] === "re") continue;
        // The patient's own diary or log ("pt documenting fluid intake", "pt charting BG readings").
        if (category === "nonbillable" && (key === "documenting" || key === "charting") && RECORDED.has(tokens[i + n] ?? "")) continue;
        if (category === "nonbillable" && REST_KEYS.has(key)) {
          let taught = tokens[i - 1] === "planned"; // "planned" right before a rest phrase ("planned rest breaks").
          for (let j = Math.max(0, i - REST_LOOKBACK); j < i && !taught; j++) taught = REST_TAUGHT_BEFORE.has(tokens[j]!);
          // A rest noun after seconds, with no number after it: the rest of a work:rest dose ("10 sec rest periods, supine").
          if (key !== "rested" && SECONDS.has(tokens[i - 1] ?? "") && !isNumber(tokens[i + n] ?? "x")) taught = true;
          if (taught) continue;
        }
        // fix18 (MIN-ASSIST): an assistance phrase read across a template's blank mark ("*** min, [assist level]") is no term.
        if (category === "assist" && n > 1 && blanks.slice(i + 1, i + n).some(Boolean)) continue;
        add(category, key);
      }
      if (!extendable) break;
    }
  }

  const terms = {} as Record<TermCategory, readonly string[]>;
  for (const c of TERM_CATEGORIES) terms[c] = [...found.get(c)!];
  return { tokenCount: tokens.length, terms, contentWords: content.size };
}
