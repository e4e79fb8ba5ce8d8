// What a word saying a treatment was not given takes out of a text (withoutRefused), shared by doc/activity-too-vague (refusedOnly),
// doc/97116-reads-as-exercise (walking not done) and manual-given.ts (a manual technique not given): a module of its own, so that no
// rule's module imports another's and back (twenty-fourth round, tidy24: activity-too-vague → skilled-need-missing → activity-too-vague);
// and NOT_DONE, the words doc/97116-reads-as-exercise and manual-given.ts both read (here since the lead's review, so that
// manual-given.ts imports no rule's module).

/** "Refus"/"declin": a refusal written before what it refuses ("Pt refused STM"); its reach runs forward to the clause's end. */
const REFUSAL_AFTER = /\b(?:refus|declin)/i;

/**
 * Where a refusal's reach ends: a clause break, a parenthesis or bracket, a dash or arrow between words (" - ", "—", "->"),
 * a slash between blanks, an ellipsis, or a word that starts another clause ("but", "then", "instead", "so", "after"…). fuzz19
 * (REFUSED-REACH): "PA mobs L3-5 performed (STM deferred)", "Declined STM - did PA mobs L3-5" say what was done.
 */
const SEGMENT_BREAK = /[\n\r,;.?!()[\]\u2013\u2014\u2026\u2028\u2029]|\s\/\s|\s-+\s|-+>|\b(?:but|then|instead|however|though|although|after|before|while|until|so)\b/i;
/** Inside a segment, "and" before what the patient did next ("declined mobs and tolerated PROM"): the refusal's reach ends there. */
const AND_DONE = /\band[\W_]+(?:then|pt|patient|tolerated|completed|performed|did|was|agreed|received|had|underwent|proceeded)\b/i;
/**
 * Inside a segment, the last "and", "&", "w/" or "with" before a refusal written after what it refuses ("SLR 3x10 and squats
 * deferred", "PA mobs performed w/ STM deferred": fuzz19).
 */
const LAST_AND = /(?:\band|&|\bw\/|\bwith\b)(?![\s\S]*(?:\band|&|\bw\/|\bwith\b))/i;
/** After a refusal written after what it refuses, the first "and" or "&": what follows is said of another treatment ("STM deferred d/t bruising and PA mobs performed"). */
const FIRST_AND = /\band\b|&/i;
/**
 * Inside a segment, a dose ("x8 min", "3x10", "12 min", "150 ft", "10 reps", "5#", "200'"): one before a refusal written after what
 * it refuses, with a word after it, ends what was done before the refused treatment's name ("PA mobs L3-5 x8 min STM deferred":
 * gaps20, REFUSED-REACH-LEFT). A bare number is none ("STM to L3-5 gr III deferred": "L3-5" is a level). Each piece is a literal or
 * a bounded class, and a run of non-blanks after it (its unit's rest, "mins"), so the search is linear.
 */
const DOSE = /\b(?:\d*x ?\d+(?: ?min)?|\d+ ?(?:min|sec|rep|ft|feet|step|lb|'|#))\S*/gi;

/**
 * A walking or stair word the line says was not done, written after it: "gait deferred d/t pain", "gait held d/t pain", "gait not
 * performed", "stairs deferred", "stairs postponed", or a refusal ({@link withoutRefused} takes out its reach). "Held" only before a
 * reason or a day ("d/t", "due to", "2/2", "secondary", "per", "today", "this", "until", "pending", "b/c", "because"): "SLS held
 * 10 sec", "pt held rail" are no treatment withheld; "not performed" not before how ("not performed correctly"). Twentieth round
 * (gaps20, DEFERRED-GAIT): the scan reads a negation before a task ("pt declined gait"), not one after it. `doc/skilled-need-missing`
 * reads a manual technique not given with it too (gaps22, MANUAL-NOT-GIVEN).
 *
 * @example
 * ```ts
 * NOT_DONE.test("debridement held d/t bleeding"); //=> true
 * NOT_DONE.test("SLS held 10 sec"); //=> false
 * ```
 * @internal
 */
export const NOT_DONE =
  /\b(?:refus(?:ed|es|ing)|declin(?:ed|es|ing)|deferr(?:ed|ing)|omitted|skipped|postponed|held(?=[\W_]+(?:d\/t|due|2\/2|secondary|per|today|this|until|pending|b\/c|because)\b)|not[\W_]+(?:performed|done|attempted|completed|trialed|today)\b(?![\W_]+(?:correctly|properly|accurately|well|independently|safely|consistently|fully|w\/o|without)\b))/i;

/**
 * A body region or joint: doc/activity-too-vague's taped region ("Ankle taping"); its source is read in {@link TARGET} and in
 * manual-given.ts (a technique refused after the region it was for). Alternatives of literals and bounded classes. The spine
 * by level ("C-spine", "lumbar spine"), "UE"/"LE", "paraspinals", "forearm", "glute" since the twenty-fourth round (fuzz24's
 * SPINE-TARGET and REGION-WORDS: "MLD L UE declined d/t pain" is MLD not given; "STM to C-spine mobility deferred" is STM given),
 * and the muscles manual therapy is written for ("STM R levator refused d/t soreness": the lead's MUSCLE-REGION).
 */
export const BODY_REGION =
  /\b(?:knee|patell\w*|ankle|foot|feet|arch|achilles|calf|heel|toes?|hip|si|(?:cervical|thoracic|lumbar)[ \t\u00a0]+spine|[ctl]-?spine|spine|lumbar|thoracic|back|cervical|neck|shoulders?|scap\w*|ac|elbow|wrist|hand|thumb|fingers?|digits?|trap|ut|it\s*band|itb|shin|hamstrings?|quads?|[ul]e|paraspinals?|forearms?|glutes?|gluteals?|levator|rhomboids?|gastroc\w*|soleus|piriformis|pec\w*|ql|scalenes?|lats?|latissimus|tfl|psoas|scm)\b/i;
/**
 * Inside a segment, where a technique was given: "to", perhaps a side, and a body region or a spinal level ("STM to R UT", "PA
 * mobs to L3-5"). One with a word after it that is not a grade, a side or a motion ends what was done before the refused
 * treatment's name, as a dose does: "STM to R UT mobility deferred d/t pain" (STM given, the mobility work deferred; tidy24,
 * TARGET-THEN-DEFERRED); not "STM to R UT deferred", "PA mobs to L3-5 gr III deferred". Literals and bounded classes: linear.
 */
const TARGET = new RegExp(String.raw`\bto[ \t\u00a0]+(?:[rlb][ \t\u00a0]+)?(?:${BODY_REGION.source}|[ctls]\d[\d-]*)\b(?=[\s,:-]+(?!gr|[1-5iv]+\b|[rlb]\b|flex|ext|rot)[a-z])`, "gi");

/**
 * Where the words a refusal written after them takes out begin in `before`: after its last "and"/"w/"/"with", or its last dose
 * or place a technique was given ({@link TARGET}) with a word after it.
 */
function refusedFrom(before: string): number {
  const and = LAST_AND.exec(before);
  let from = and === null ? 0 : and.index;
  DOSE.lastIndex = from;
  for (let dose = DOSE.exec(before); dose !== null; dose = DOSE.exec(before)) {
    if (/[a-z]/i.test(before.slice(DOSE.lastIndex))) from = DOSE.lastIndex;
  }
  TARGET.lastIndex = from;
  for (let target = TARGET.exec(before); target !== null; target = TARGET.exec(before)) from = TARGET.lastIndex;
  return from;
}

/**
 * `activity` with each refusal's reach taken out (doc/activity-too-vague's refusedOnly): from "refused"/"declined" to its clause's
 * end (or "and" before what the patient did next); for a word written after what it refuses, from its clause's start, its last
 * "and", "w/", "with" or dose, to its first "and". `refusal` finds the words (activity-too-vague's `REFUSAL`, or more:
 * doc/97116-reads-as-exercise adds "held", "not performed"; twentieth round, gaps20); each segment's first is read.
 *
 * @param activity - a line's activity
 * @param refusal - finds a word that says a treatment was not given (not global)
 * @returns what is left, the pieces joined by blanks
 * @example
 * ```ts
 * withoutRefused("LAQ 2x10; gait deferred d/t pain", /\bdeferred\b/i).trim(); //=> "LAQ 2x10;"
 * ```
 * @internal
 */
export function withoutRefused(activity: string, refusal: RegExp): string {
  let rest = "";
  let text = activity;
  while (text.length > 0) {
    const cut = SEGMENT_BREAK.exec(text);
    const end = cut === null ? text.length : cut.index + Math.max(1, cut[0].length);
    const segment = text.slice(0, end);
    text = text.slice(end);
    const found = refusal.exec(segment);
    if (found === null) {
      rest += ` ${segment}`;
      continue;
    }
    if (REFUSAL_AFTER.test(found[0])) {
      // "Pt refused STM today": what comes before stays; "declined mobs and tolerated PROM": what the patient did after stays.
      const after = segment.slice(found.index);
      const done = AND_DONE.exec(after);
      rest += ` ${segment.slice(0, found.index)} ${done === null ? "" : after.slice(done.index)}`;
    } else {
      const before = segment.slice(0, found.index);
      // fuzz19 (REFUSED-REACH): what follows the refusal's first "and" stays ("STM deferred d/t bruising and PA mobs performed").
      const after = segment.slice(found.index + found[0].length);
      const next = FIRST_AND.exec(after);
      rest += ` ${before.slice(0, refusedFrom(before))} ${next === null ? "" : after.slice(next.index + next[0].length)}`;
    }
  }
  return rest;
}

