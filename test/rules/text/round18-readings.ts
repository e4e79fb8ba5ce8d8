/**
 * The eighteenth round's readings (gaps18, fix18) as the two test models of the scan write them: the reference scan
 * (analyze-text-reference.ts) and the lint-v1 oracle copy (test/oracles/lint-v1, markers PUSH-PULL and NEG-TASK) both import
 * them from here, so a change cannot reach one model and not the other. The live scan (src/rules/text/analyze-text.ts) reads
 * the same things its own way, on token flags and the text between tokens; the property tests compare it with both models.
 */
import { isDigitAt } from "../../../src/rules/text/tokenize.js";

/**
 * Eighteenth round (gaps18): "push" or "pull" is no functional term before the rest of an exercise's name ("push-ups",
 * "pull-aparts"), before "up plus", or after equipment or a variant ("lat pull down", "wall push up").
 */
export const PUSH_PULL_NEXT: ReadonlySet<string> = new Set(["ups", "aparts", "downs", "throughs", "overs"]);
export const PUSH_PULL_PREVIOUS: ReadonlySet<string> = new Set(["lat", "wall", "incline", "decline", "modified", "kneeling", "plank", "scap", "scapular", "serratus", "cable"]);
// PUSH-PULL (fix18, KNEELING): a deliberate change: a word before makes no exercise's name when "to" or "from" follows the push
// or pull (or "up to", "up from"): "kneeling pull to stand", "from plank push up to stand" are transfers.
export const PUSH_PULL_TRANSFER: ReadonlySet<string> = new Set(["to", "from"]);
// PUSH-PULL (gaps19, START-POSITION): a deliberate change (nineteenth round): "from" before the exercise's starting position
// ("wall push from standing", "scap pull from seated") is no transfer, unless "to" follows the position ("from sitting to standing").
export const START_POSITIONS: ReadonlySet<string> = new Set(["standing", "sitting", "seated", "supine", "prone", "sidelying", "quadruped"]);
/** Token `j` (after a push or pull, or "push up") starts a transfer: "to", or "from" not before a starting position alone. */
export const transferAfter = (tokens: readonly string[], j: number): boolean =>
  tokens[j] === "to" || (tokens[j] === "from" && (!START_POSITIONS.has(tokens[j + 1] ?? "") || tokens[j + 2] === "to"));
/**
 * Eighteenth round (gaps18): a functional, self-care or gait term after a negation, with at most 3 bridge words between, or after
 * "unable" across an attempt word, names a task not done ("pt denies lifting", "unable to attempt stairs").
 */
export const TASK_NEGATIONS: ReadonlySet<string> = new Set(["no", "not", "never", "denies", "denied", "deny", "declined", "declines", "refused", "refuses", "deferred", "skipped", "omitted", "avoid", "avoided", "avoiding"]);
export const TASK_BRIDGES: ReadonlySet<string> = new Set(["to", "do", "any", "further", "more"]);
export const TASK_ATTEMPTS: ReadonlySet<string> = new Set(["attempt", "attempted", "attempting", "try", "tried", "trying", "perform", "performing", "participate", "participating"]);
export const taskNegated = (tokens: readonly string[], breaks: readonly boolean[], i: number): boolean => {
  let attempt = false;
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    // NEG-TASK (fix18, NEGATION-ACROSS): a deliberate change: the negation, its bridges and the task on one line and in one
    // clause, no line break, ",", ";", ".", "?", "!" or "/" between ("Falls: no\nTransfers x10" negates no transfer).
    if (breaks[j + 1]) return false;
    const t = tokens[j]!;
    if (TASK_NEGATIONS.has(t)) return true;
    if (t === "unable") return attempt;
    if (TASK_ATTEMPTS.has(t)) attempt = true;
    else if (!TASK_BRIDGES.has(t)) return false;
  }
  return false;
};
/**
 * Per token of `tokenize(text)`, whether one of `marks` (character codes) stands between it and the token before. Walks the
 * text as tokenize does. The clause breaks: a line break (LF, CR, U+2028, U+2029), ",", ";", ".", "?", "!" or "/" (not ":").
 */
export const gapsHolding = (text: string, marks: readonly number[]): boolean[] => {
  const lower = text.toLowerCase();
  const breaks: boolean[] = [];
  let broken = false;
  let inWord = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (!inWord) breaks.push(broken);
      inWord = true;
      broken = false;
      continue;
    }
    inWord = false;
    if (c === 35 || c === 37 || (c === 47 && isDigitAt(lower, i - 1) && isDigitAt(lower, i + 1))) {
      breaks.push(broken);
      broken = false;
    } else if (marks.includes(c)) broken = true;
  }
  return breaks;
};
