import { SOURCES } from "../../../../../src/model/sources.js";
import { createRule } from "../create-rule.js";
import { isBlank, lineReport } from "../line-report.js";
import { CODE_NAMES, EXERCISE_DOSES, SPECIFIC_CATEGORIES } from "../text/lexicon.js";
import type { RuleReport } from "../types.js";
import { debridementNotDone, fewWordsBesideDoses, isEmptyGrid, isUnfilledTemplate, ORTHOSIS_MADE, refusedOnly, uncheckedOnly } from "../../../../../src/rules/doc/activity-too-vague.js";

/** Fewer distinct non-filler words than this, and nothing specific named, reads as vague. */
const MIN_CONTENT_WORDS = 3;

/**
 * `doc/activity-too-vague`: activity text too thin to support the code ("therapy session",
 * "exercises", "pt tolerated well" and nothing else). A line is vague when its text names no
 * specific intervention (no functional task, exercise, balance, gait, manual, modality,
 * cognitive, speech, self-care or assistance term) and has fewer than three other distinct
 * words that are not filler. Only codes in the catalog are read: for an unknown code the
 * vocabulary may not fit, and the rule stays silent.
 *
 * @example
 * ```ts
 * activityTooVague.meta.id; //=> "doc/activity-too-vague"
 * ```
 * @remarks Medicare Benefit Policy Manual (Pub. 100-02) ch. 15 §220.3 E; MAC review findings (FCSO, Noridian JF) on vague notes.
 */
// TAPED-REGION: see below.
const TAPED_REGION =
  /\b(?:knee|patell\w*|ankle|foot|feet|arch|achilles|calf|heel|toes?|hip|si|lumbar|thoracic|back|cervical|neck|shoulders?|scap\w*|ac|elbow|wrist|hand|thumb|fingers?|digits?|trap|ut|it\s*band|itb|shin|hamstrings?|quads?)\b/i;

export const activityTooVague = createRule({
  id: "doc/activity-too-vague",
  defaultSeverity: "warning",
  description: "A line's activity text is too thin to support its code (e.g. \"therapy session\", \"exercises\", \"pt tolerated well\").",
  source: SOURCES.mbpm15_220_3_e,
  notes:
    "CMS requires each intervention to be identified in language comparable with the code; MAC reviews (FCSO 97530 review, Noridian JF TPE) list vague notes such as 'pt tolerated well' among denial reasons. The word lists are ours.",
  check(context) {
    const out: RuleReport[] = [];
    context.session.services.forEach((line, i) => {
      if (isBlank(line.activity) || context.code(line.code) === undefined) return;
      // EVAL-REPORT: an evaluation is documented in its evaluation report (MBPM ch. 15 §220.3 C): not read.
      if (context.code(line.code)!.contact === "evaluation") return;
      // DEBRIDEMENT-NOT-DONE: a deliberate change (twenty-third round, pins23): a 97597/97598 line whose text says the debridement
      // was not done ("debridement deferred d/t bleeding; dressing change", "No debridement today") is told so, with its code and the
      // billing and coding article A56617 (a dressing change alone is not billed as 97597/97598; the live helper debridementNotDone).
      const notDone = debridementNotDone(line.code, line.activity!, context.text);
      if (notDone) {
        out.push(lineReport(i, line.code, "activity", notDone));
        return;
      }
      const facts = context.text(line.activity!);
      // CODE-NAME: a term that only names the code's service ("gait training") is not specific.
      const specific = SPECIFIC_CATEGORIES.some((c) => facts.terms[c].some((term) => !CODE_NAMES.has(term)));
      // TAPED-REGION: a deliberate change (sixteenth round, gaps16): "taping" and "strapping" are code names of the live lexicon
      // ("Taping" alone restates 29530), and a line whose taping term comes with a body region ("Ankle taping", "Taped L knee") is enough.
      const taped = facts.terms.manual.some((t) => ["tape", "taped", "taping", "strapping", "strapped"].includes(t)) && TAPED_REGION.test(line.activity!);
      // EMPTY-GRID: a deliberate change (eighteenth round, gaps18): a flowsheet grid whose only rows are its header and a separator
      // ("Exercise | Sets | Reps" over "--- | --- | ---") says nothing was done, whatever its column names (the live helper isEmptyGrid).
      // GRID-HEAD: a deliberate change (nineteenth round, gaps19): the live helper reads caption lines and a top border above the
      // header and a separator without pipes ("Flowsheet:\nExercise | Sets\n-----"), and, given the text analysis, a header or
      // caption naming what was done ("Bridges | Clams" over "---|---") makes no empty grid.
      const grid = isEmptyGrid(line.activity!, context.text);
      // SPLINT-MADE: a deliberate change (twenty-third round, pins23): an orthosis named with the word that says it was made or
      // fitted ("Splint fabrication", "Orthosis fitted") says what was done, as "Splint fabrication x1" did (the live ORTHOSIS_MADE).
      const vague = !specific && facts.contentWords < MIN_CONTENT_WORDS && !taped && !ORTHOSIS_MADE.test(line.activity!);
      // BLANKS: a deliberate change (eighteenth round, gaps18): a template whose blanks were never filled in ("[activity] x [reps]",
      // "Ther ex: ___ x ___ reps, ___ lbs") says nothing was done, when the line names nothing specific but doses (the live helper).
      const moreThanDose = SPECIFIC_CATEGORIES.some((c) => facts.terms[c].some((term) => !CODE_NAMES.has(term) && !EXERCISE_DOSES.has(term)));
      const template = !grid && !vague && !moreThanDose && isUnfilledTemplate(line.activity!, context.text);
      // REFUSED: a deliberate change (nineteenth round, gaps19): a line whose only treatment named is one refused, declined or
      // deferred ("Pt refused STM today d/t soreness") says nothing was done (the live helper refusedOnly).
      // EQUALS-GRID: a deliberate change (twentieth round, gaps20): a separator of equals signs ("===== | =====") is a grid's separator
      // (the live helper isEmptyGrid).
      // REFUSED-DOSE: a deliberate change (twentieth round, gaps20): a dose with a word after it ends what was done before a treatment
      // deferred after it ("PA mobs L3-5 x8 min STM deferred" is not flagged; the live helper).
      const refused = !grid && !vague && !template && refusedOnly(line.activity!, context.text);
      // UNCHECKED: a deliberate change (nineteenth round, gaps19): a checkbox export whose only treatments named are in boxes left
      // unchecked ("[x] ther ex [ ] gait [ ] manual [x] HEP") says nothing was done (the live helper uncheckedOnly).
      const unchecked = !grid && !vague && !template && !refused && uncheckedOnly(line.activity!, context.text);
      // DOSE-ONLY: a deliberate change (twenty-second round, gaps22): a line whose only specific terms are doses, with fewer than two
      // content words besides them ("Splint x1", "3x10", "Ther ex 3x10"), says nothing was done (MBPM ch. 15 §220.3 E; the live helper).
      const doseOnly = !grid && !vague && !template && !refused && !unchecked && !moreThanDose && !taped && fewWordsBesideDoses(facts, line.activity!);
      if (grid || vague || template || refused || unchecked || doseOnly) {
        out.push(
          lineReport(i, line.code, "activity", {
            message: `${line.code}'s activity text does not say what was done (${grid ? "its grid has a header and no filled row" : template ? "its template's blanks are not filled in" : refused ? "the treatment it names was refused, declined or deferred" : unchecked ? "what it names is in boxes left unchecked" : doseOnly ? "it gives a count or dose but names no task, exercise or technique" : "it names no specific task, exercise or technique"}).`,
            fix: "Name the specific activities, the body region or function addressed, and the assistance or cueing given.",
          }),
        );
      }
    });
    return out;
  },
});
