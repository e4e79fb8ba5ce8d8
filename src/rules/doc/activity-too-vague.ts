import { SOURCES } from "../../model/sources.js";
import { createRule } from "../create-rule.js";
import { isBlank, lineReport } from "../line-report.js";
import { textHas } from "../note-texts.js";
import { NAMES_MORE_THAN_DOSE, SAYS_WHAT_WAS_DONE, type TextFacts } from "../text/analyze-text.js";
import { CODE_NAMES, EXERCISE_DOSES, SPECIFIC_CATEGORIES, TAPING_TERMS } from "../text/lexicon.js";
import type { RuleReport } from "../types.js";
import { manualGiven, REFUSED_AFTER } from "./manual-given.js";
import { BODY_REGION, withoutRefused } from "./without-refused.js";

/** Fewer distinct non-filler words than this, and nothing specific named, reads as vague. */
const MIN_CONTENT_WORDS = 3;

/** The taping terms, code names alone ("Taping" on 29530) that a body region makes enough ("Ankle taping", "Taped L knee"). */
const TAPING: ReadonlySet<string> = new Set(TAPING_TERMS);

/**
 * Whether a text's words are enough to say what was done: MIN_CONTENT_WORDS of them, or a taping term and the region taped
 * (BODY_REGION, read only on a line whose one specific term is a taping term, so "Manual therapy R shoulder" and "Gait training L
 * knee" stay vague: a region says where, not which technique; taping is the technique).
 * `doc/cloned-activity` asks it too (gaps21): copied text of enough words is cloned even with no lexicon term.
 *
 * @param facts - the text's analysis
 * @param activity - the text
 * @returns true when the words say enough
 * @example
 * ```ts
 * saysEnough(analyzeText("Resting hand orthosis fit and adjusted"), "Resting hand orthosis fit and adjusted"); //=> true
 * ```
 * @internal
 */
export function saysEnough(facts: TextFacts, activity: string): boolean {
  return facts.contentWords >= MIN_CONTENT_WORDS || (facts.terms.manual.some((t) => TAPING.has(t)) && BODY_REGION.test(activity));
}

/**
 * A splint or orthosis and the word that says it was made or fitted, anywhere in the text ("Splint fabrication", "Orthosis
 * fitted", "Fabricated splint", "Splint remolded"), asked only of a text of fewer than three words that are not filler: the service
 * and what was done, as "Splint fabrication x1" says with its count, which adds nothing (twenty-third round, pins23, SPLINT-MADE:
 * the two disagreed; a count cannot make a vague text specific, so both pass). "Splint",
 * "Splint check", "Splint x1", "Splint issued" still do not say it. Shared with the lint-v1 oracle copy (`SPLINT-MADE:`).
 *
 * @example
 * ```ts
 * ORTHOSIS_MADE.test("Splint fabrication"); //=> true
 * ORTHOSIS_MADE.test("Splint check"); //=> false
 * ```
 * @internal
 */
export const ORTHOSIS_MADE = /^(?=[^]*(?:splint|orthos[ie]s|orthotic))(?=[^]*(?:fabricat|\bfit|molded|relined))/i;

/** A distance walked or carried: "150'", "150 ft", "20 feet", "30 m". */
const DISTANCE = /\d ?(?:'|ft\b|feet\b|m\b|meters?\b)/i;

/** A content word that is a dose: sets × reps as one token ("3x10", "x1", "10x"), or a dose's unit word ("reps", "sets", "lbs"). */
const DOSE_WORD = /(?<![a-z\d])(?:\d*x\d+|\d+x|reps?|sets?|repetitions|lbs?|kg|wts)(?![a-z\d])/gi;

/**
 * Whether a text whose only specific terms are doses has fewer than two distinct words that are not filler besides its doses: "Splint
 * x1", "3x10", "Ther ex 3x10", "HEP 3x10, x1", "3x10 reps, 5 lbs" (twenty-second round, gaps22, DOSE-ONLY): a count says how much of
 * something the note never names. "Splint fabrication x1", "wrist splint x1" name the thing and what was done with it. Shared with
 * the lint-v1 oracle copy (`DOSE-ONLY:`).
 *
 * @param facts - the text's analysis
 * @param activity - the text
 * @returns true when the doses stand nearly alone
 * @example
 * ```ts
 * fewWordsBesideDoses(analyzeText("Splint x1"), "Splint x1"); //=> true
 * fewWordsBesideDoses(analyzeText("Splint fabrication x1"), "Splint fabrication x1"); //=> false
 * ```
 * @internal
 */
export function fewWordsBesideDoses(facts: TextFacts, activity: string): boolean {
  const doses = new Set(activity.match(DOSE_WORD)?.map((word) => word.toLowerCase()));
  // The lead, fuzz22's DOSE-ONE-WORD: a word the lexicon does not know beside the dose is most likely an exercise's name ("Shrugs
  // x20", "Pendulums x20", "Curls 3x10 5#"), so the line is vague only when its other word is a code's name ("Splint", "HEP") or
  // filler; and a distance ("Gait 150' x2") says how much of the named service was done.
  let names = 0;
  for (const c in facts.terms) for (const t of facts.terms[c as keyof TextFacts["terms"]]) if (CODE_NAMES.has(t)) names++;
  return facts.contentWords - doses.size - names < 1 && !DISTANCE.test(activity);
}

/** What may stand in a grid's rows below its header when none is filled: pipes, dashes, colons, plus and equals signs, blanks. */
const NO_FILLED_ROW = /^[-|:+=\s]*$/;

/**
 * Whether an activity is a flowsheet grid whose only rows are its header and a separator ("Exercise | Sets | Reps\n--- | ---
 * | ---"), with perhaps empty rows of pipes: the EHR exported the table and nothing was entered in it, so the column names
 * ("Sets", "Reps") say nothing was done (eighteenth round, gaps18). The header is the first line that holds a pipe and is no
 * border; it holds no digit (a first row with a dose, "Bridges | 3x10", is a filled row, not a header); what follows holds a
 * dash or an equals sign and nothing but dashes, pipes, colons, plus and equals signs and blanks. Above the header may stand a top border
 * ("+---+---+") and caption lines without a digit ("Flowsheet:"; nineteenth round, gaps19). Given `analyze`, a header or
 * caption that names what was done (a specific exercise, task or technique: "Bridges | Clams", "Bridges, clams, SLR per HEP:";
 * not an assistance level, nor "Trials" or "Band", which are column names) makes no empty grid: the rule's reading of text
 * decides. Shared with the lint-v1 oracle copy (test/oracles/lint-v1, `EMPTY-GRID:`, `GRID-HEAD:`).
 *
 * @param activity - a line's activity
 * @param analyze - the text analysis (a rule context's `text`), to read the header and caption; without it they are not read
 * @returns true for a grid with a header and no filled row
 * @example
 * ```ts
 * isEmptyGrid("Exercise | Sets | Reps\n--- | --- | ---"); //=> true
 * isEmptyGrid("Exercise | Sets | Reps\n--- | --- | ---\nBridges | 3 | 10"); //=> false
 * isEmptyGrid("Flowsheet:\nExercise | Sets\n-----", analyzeText); //=> true
 * isEmptyGrid("Bridges | Clams\n---|---", analyzeText); //=> false
 * ```
 * @internal
 */
export function isEmptyGrid(activity: string, analyze?: (text: string) => TextFacts): boolean {
  // A grid with no filled row ends in its separator, a border or an empty row (a pipe, a dash, a colon, a plus or an equals
  // sign) or in blanks, Unicode's too (\s, what trim takes: a no-break space, U+3000; fix18, LAST-CHARACTER): the last character
  // rules out nearly every activity without a search (an indexOf on every line cost lintDocumentation 1.5-2.5%, bench:ab).
  const last = activity.charCodeAt(activity.length - 1);
  if (last > 127 ? !NO_FILLED_ROW.test(activity.slice(-1)) : last !== 124 && last !== 45 && last !== 58 && last !== 43 && last !== 61 && last > 32) return false;
  if (activity.indexOf("\n") < 0) return false;
  // The header: the first line holding a pipe that is no border or empty row; above it only borders, blanks and captions
  // without a digit (gaps19).
  let at = 0;
  let headerEnd = -1;
  while (at < activity.length) {
    let lineEnd = activity.indexOf("\n", at);
    if (lineEnd < 0) lineEnd = activity.length;
    const row = activity.slice(at, lineEnd);
    if (!NO_FILLED_ROW.test(row)) {
      if (/\d/.test(row)) return false;
      if (row.includes("|")) {
        headerEnd = lineEnd;
        break;
      }
    }
    at = lineEnd + 1;
  }
  if (headerEnd < 0 || headerEnd >= activity.length) return false;
  const rows = activity.slice(headerEnd + 1);
  // A separator of dashes, or of equals signs ("===== | =====": twentieth round, gaps20).
  if ((!rows.includes("-") && !rows.includes("=")) || !NO_FILLED_ROW.test(rows)) return false;
  return analyze === undefined || !headSaysWhatWasDone(analyze(activity.slice(0, headerEnd)));
}

/** A header's or caption's words that are column names of flowsheets ("Trials", "Band color", "Independent"), not what was done. */
const GRID_COLUMN_TERMS: ReadonlySet<string> = new Set(["trials", "trial", "band", "bands", "independent", "indep"]);

/** The head of a grid names a specific exercise, task or technique: not a code's name, a dose, an assistance level or a column name. */
function headSaysWhatWasDone(facts: TextFacts): boolean {
  return SPECIFIC_CATEGORIES.some((c) => c !== "assist" && facts.terms[c].some((t) => !CODE_NAMES.has(t) && !EXERCISE_DOSES.has(t) && !GRID_COLUMN_TERMS.has(t)));
}

/**
 * A word that says a treatment was not given: refused, declined, deferred, omitted, skipped ({@link refusedOnly}).
 * "Refus"/"declin" come before what was not given ("Pt refused STM"), "deferred"/"omitted"/"skipped" mostly after it.
 */
const REFUSAL = /\b(?:refus(?:ed|es|ing)|declin(?:ed|es|ing)|deferr(?:ed|ing)|omitted|skipped)\b/i;
/** A line that may name a treatment not given: REFUSAL's words, and "postponed", "held", "not performed" after a manual technique (REFUSED_AFTER; one pass). */
const MAY_REFUSE = /refus|declin|defer|omit|skip|postpon|held|not\s+(?:perf|done)/i;
/**
 * Past this many characters a line is not read for a refusal: the search costs a pass over the text on every line that names a
 * treatment (lintDocumentation 1.17-1.24 times slower on the benchmark's 200-600-character lines, bench:ab), and so long a line
 * keeps three words or more outside a refusal's reach, which is enough to pass.
 */
const MAX_REFUSAL_LENGTH = 200;

/**
 * Whether a line's activity names a treatment only to say it was refused, declined or deferred ("Pt refused STM today d/t
 * soreness", "STM R UT deferred d/t bruising"): with each refusal's reach taken out (from "refused"/"declined" to its clause's
 * end; for "deferred", "omitted", "skipped", from the clause's start or its last "and"), the rest names nothing specific and has
 * fewer than three other words (nineteenth round, gaps19). "Pt refused DN today; STM R UT 12 min" and "Pt tolerated STM well but
 * declined mobs" say what was done. A text past 200 characters is not read. Shared with the lint-v1 oracle copy (`REFUSED:`).
 *
 * @param activity - a line's activity
 * @param analyze - the text analysis (a rule context's `text`)
 * @returns true when the only treatment named is one not given
 * @example
 * ```ts
 * refusedOnly("Pt refused STM today d/t soreness", analyzeText); //=> true
 * refusedOnly("Pt refused DN today; STM R UT 12 min", analyzeText); //=> false
 * ```
 * @internal
 */
export function refusedOnly(activity: string, analyze: (text: string) => TextFacts): boolean {
  if (activity.length > MAX_REFUSAL_LENGTH || !MAY_REFUSE.test(activity)) return false;
  // DEFERRED-PAREN (tidy24): a manual technique with its refusal after it ("PA mobs L4-5 (deferred) d/t flare", "STM refused d/t
  // pain", "STM held; ice") is read as manualGiven reads it, a deferral whose reach runs back to the technique.
  const read = activity.replace(REFUSED_AFTER, "$1 deferred");
  if (!REFUSAL.test(read)) return false;
  const rest = withoutRefused(read, REFUSAL);
  const facts = analyze(rest);
  return !SPECIFIC_CATEGORIES.some((c) => facts.terms[c].some((t) => !CODE_NAMES.has(t))) && !saysEnough(facts, rest);
}

/** An unchecked box ("[ ]", "[]", "☐") and its item, up to the next box or the line's end ({@link uncheckedOnly}). */
const UNCHECKED_ITEM = /(?:\[ ?\]|\u2610)[^[\n\r\u2610\u2611\u2612]*/g;

/**
 * Whether a checkbox export names treatments only in boxes left unchecked ("[x] ther ex [ ] gait [ ] manual [x] HEP", "☐ Gait
 * training ☐ Stairs ☑ Ther act"): with each unchecked box and its item (to the next box or the line's end) taken out, the rest
 * names nothing specific and has fewer than three other words (nineteenth round, gaps19); a box left unchecked is a treatment
 * not given. Lines of up to 200 characters are read. Shared with the lint-v1 oracle copy (`UNCHECKED:`).
 *
 * @param activity - a line's activity
 * @param analyze - the text analysis (a rule context's `text`)
 * @returns true when the only treatments named are in unchecked boxes
 * @example
 * ```ts
 * uncheckedOnly("[x] ther ex [ ] gait [ ] manual [x] HEP", analyzeText); //=> true
 * uncheckedOnly("[x] Ther ex: SLR 3x10, bridges 3x10 [ ] Gait", analyzeText); //=> false
 * ```
 * @internal
 */
export function uncheckedOnly(activity: string, analyze: (text: string) => TextFacts): boolean {
  if (activity.length > MAX_REFUSAL_LENGTH || (activity.indexOf("[ ]") < 0 && activity.indexOf("[]") < 0 && activity.indexOf("\u2610") < 0)) return false;
  const rest = activity.replace(UNCHECKED_ITEM, " ");
  const facts = analyze(rest);
  return !SPECIFIC_CATEGORIES.some((c) => facts.terms[c].some((t) => !CODE_NAMES.has(t))) && !saysEnough(facts, rest);
}

/**
 * A template's blank: three or more asterisks, two or more underscores, or a bracketed field name of letters ("[activity]",
 * "[assist level]"; not a checkbox "[x]" nor "[R]"). Each piece is a literal run or a bounded class, so the match is linear.
 */
const BLANK = /\*{3,}|_{2,}|\[[a-z][a-z /-]{1,39}\]/i;
const BLANKS = new RegExp(BLANK.source, "gi");
/** Past this many characters an activity is no template's blank form. */
const MAX_TEMPLATE_LENGTH = 1000;

/**
 * Whether an activity is a template whose blanks were never filled in ("[activity] x [reps] w/ [assist level]", "Ther ex: ___ x
 * ___ reps, ___ lbs", "*** x *** reps"): it has a blank ({@link BLANK}), and with the blanks taken out the rest names nothing
 * specific but doses ("reps", "lbs": a dose beside a blank is a field's unit, not what was done) and has fewer than three other
 * distinct words that are not filler (eighteenth round, gaps18); a text past 1,000 characters is none. Shared with the lint-v1 oracle copy (`BLANKS:`).
 *
 * @param activity - a line's activity
 * @param analyze - the text analysis (a rule context's `text`)
 * @returns true for a template left unfilled
 * @example
 * ```ts
 * isUnfilledTemplate("Ther ex: ___ x ___ reps, ___ lbs", analyzeText); //=> true
 * isUnfilledTemplate("SLR 3x10, bridges ___ x ___", analyzeText); //=> false
 * ```
 * @internal
 */
export function isUnfilledTemplate(activity: string, analyze: (text: string) => TextFacts): boolean {
  // A macro's blank form is short: a longer text is read as it is (a 1 MiB text of blanks would be analysed again without them).
  if (activity.length > MAX_TEMPLATE_LENGTH || !BLANK.test(activity)) return false;
  const facts = analyze(activity.replace(BLANKS, " "));
  let doses = 0;
  for (const c of SPECIFIC_CATEGORIES) {
    for (const term of facts.terms[c]) {
      if (EXERCISE_DOSES.has(term)) doses += term.includes(" ") ? 0 : 1;
      else if (!CODE_NAMES.has(term)) return false;
    }
  }
  return facts.contentWords - doses < MIN_CONTENT_WORDS;
}

/** A debridement word: "debridement", "debrided", "debride". */
const DEBRID = /debrid/i;

/**
 * What a selective-debridement line (97597, 97598) whose activity says the debridement was not done is told: deferred, held,
 * declined, refused, not performed or negated, and no other hands-on technique given ("debridement deferred d/t bleeding; dressing
 * change", "No debridement today", "Debridement held per MD", "debridement - deferred (pain)"; read by {@link manualGiven}). The
 * billing and coding article A56617 (Debridement Services): a simple dressing change with no active wound procedure is not billed
 * as 97597/97598 (twenty-third round, pins23, DEBRIDEMENT-NOT-DONE; gaps22 only stopped such a line showing skill). Shared with
 * the lint-v1 oracle copy (`DEBRIDEMENT-NOT-DONE:`).
 *
 * @param code - the line's code
 * @param activity - the line's activity
 * @param analyze - the text analysis (a rule context's `text`)
 * @returns the finding's message, fix and source, or undefined
 * @example
 * ```ts
 * debridementNotDone("97597", "No debridement today; dressing change", analyzeText)?.message; //=> "97597 is billed, but its activity says …"
 * debridementNotDone("97597", "Selective debridement w/ curette, 6 sq cm", analyzeText); //=> undefined
 * ```
 * @internal
 */
export function debridementNotDone(code: string, activity: string, analyze: (text: string) => TextFacts): Omit<RuleReport, "path" | "codes"> | undefined {
  if ((code !== "97597" && code !== "97598") || !DEBRID.test(activity) || manualGiven(activity, analyze)) return undefined;
  return {
    message: `${code} is billed, but its activity says debridement was not done.`,
    fix: `Bill ${code} only for selective debridement done; a dressing change alone is not ${code}.`,
    source: { title: "CMS article A56617 (Debridement Services)", url: "https://www.cms.gov/medicare-coverage-database/view/article.aspx?articleid=56617" },
  };
}

/** The message's reason for a line whose only treatment was not given ({@link refusedOnly}). */
const REFUSED_WHY = "the treatment it names was refused, declined or deferred";
/** The message's reason for a checkbox export whose only treatments are unchecked ({@link uncheckedOnly}). */
const UNCHECKED_WHY = "what it names is in boxes left unchecked";

/**
 * `doc/activity-too-vague`: activity text too thin to support the code ("therapy session",
 * "exercises", "pt tolerated well" and nothing else). A line is vague when its text names no
 * specific intervention (no functional task, exercise, balance, gait, manual, modality,
 * cognitive, speech, self-care or assistance term; a term that only names the code's service,
 * "neuro re-ed", "gait training", "manual therapy", "dysphagia", does not count) and has fewer
 * than three other distinct words that are not filler. Only codes in the catalog are read: for an unknown code the
 * vocabulary may not fit, and the rule stays silent. Evaluation codes are not read either: an
 * evaluation is documented in its evaluation report (§220.3 C), so "Initial evaluation" is enough.
 *
 * @example
 * ```ts
 * activityTooVague.meta.id; //=> "doc/activity-too-vague"
 * ```
 * @remarks Medicare Benefit Policy Manual (Pub. 100-02) ch. 15 §220.3 E; MAC review findings (FCSO, Noridian JF) on vague notes.
 */
export const activityTooVague = createRule({
  id: "doc/activity-too-vague",
  defaultSeverity: "warning",
  description: "A line's activity text is too thin to support its code (e.g. \"therapy session\", \"exercises\", \"pt tolerated well\").",
  source: SOURCES.mbpm15_220_3_e,
  notes:
    "CMS requires each intervention to be identified in language comparable with the code (MBPM ch. 15 §220.3 E); MAC reviews (FCSO 97530 review, Noridian JF TPE) list vague notes such as 'pt tolerated well' among denial reasons. The word lists are ours. None identified: 'Taping' alone (with a body region it is), a grid or template left empty, a treatment refused, deferred or left unchecked, a count beside only a code's name or filler ('Splint x1', '3x10'). Identified: a word the lexicon does not know beside a dose ('Shrugs x20'), a distance ('Gait 150 ft x2'), an orthosis made or fitted ('Splint fabrication', with 'x1' or without). 97597/97598 whose text says debridement was not done is told so (A56617: a dressing change alone is not billed as debridement).",
  check(context) {
    const out: RuleReport[] = [];
    const services = context.session.services;
    for (let i = 0; i < services.length; i++) {
      const line = services[i]!;
      // An unknown code is not read (its vocabulary may not fit), nor an evaluation, documented in its
      // report (§220.3 C): "Initial evaluation" says enough. Then only until the first term of
      // SPECIFIC_CATEGORIES that is not only a code's name.
      const info = context.code(line.code);
      if (isBlank(line.activity) || info === undefined || info.contact === "evaluation") continue;
      const activity = line.activity!;
      // pins23 (DEBRIDEMENT-NOT-DONE): 97597/97598 billed while its text says the debridement was not done.
      const notDone = debridementNotDone(line.code, activity, context.text);
      if (notDone) {
        out.push(lineReport(i, line.code, "activity", notDone));
        continue;
      }
      // A grid with a header and no filled row says nothing was done, whatever its column names; so does a template whose blanks
      // were never filled in, whatever its doses or field names (eighteenth round). A line naming more than a dose is read no further
      // (asked first: one question for nearly every line, as before).
      let why: string | undefined;
      if (isEmptyGrid(activity, context.text)) why = "its grid has a header and no filled row";
      else if (textHas(context, activity, NAMES_MORE_THAN_DOSE)) {
        // Nineteenth round: unless the only treatment it names is one refused or deferred ("Pt refused STM today").
        if (refusedOnly(activity, context.text)) why = REFUSED_WHY;
        else if (uncheckedOnly(activity, context.text)) why = UNCHECKED_WHY;
        else continue;
      } else if (textHas(context, activity, SAYS_WHAT_WAS_DONE) || saysEnough(context.text(activity), activity) || ORTHOSIS_MADE.test(activity)) {
        // Text that names a dose, or has enough words ("Ankle taping", "Taped L knee": the technique and where, sixteenth
        // round; "Taping" alone restates a strapping code), is vague only as a template whose blanks are empty, or as a refusal;
        // or, twenty-second round (DOSE-ONLY), as a count or dose with fewer than two words besides ("Splint x1", "3x10", "Ther ex 3x10"):
        // a count says how much of something the note never names (MBPM ch. 15 §220.3 E: each intervention identified).
        if (isUnfilledTemplate(activity, context.text)) why = "its template's blanks are not filled in";
        else if (refusedOnly(activity, context.text)) why = REFUSED_WHY;
        else if (uncheckedOnly(activity, context.text)) why = UNCHECKED_WHY;
        else if (fewWordsBesideDoses(context.text(activity), activity)) why = "it gives a count or dose but names no task, exercise or technique";
        else continue;
      }
      out.push(
        lineReport(i, line.code, "activity", {
          message: `${line.code}'s activity text does not say what was done (${why ?? "it names no specific task, exercise or technique"}).`,
          fix: "Name the specific activities, the body region or function addressed, and the assistance or cueing given.",
        }),
      );
    }
    return out;
  },
});
