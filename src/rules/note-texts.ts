import type { Session } from "../model/session.js";
import { isBlank } from "./line-report.js";
import type { TermCategory } from "./text/lexicon.js";
import type { RuleContext } from "./types.js";

/** The note's free-text fields, in the order the text rules read them. */
const NOTE_FIELDS = ["subjective", "objective", "assessment", "patientResponse", "plan", "text"] as const;

/**
 * Whether the session's note has a non-blank field.
 *
 * @param session - the session
 * @returns true when some note field has text
 * @example
 * ```ts
 * hasNoteText({ ...session, note: { plan: "Continue POC" } }); //=> true
 * ```
 */
export function hasNoteText(session: Session): boolean {
  const note = session.note;
  if (note === undefined) return false;
  for (const field of NOTE_FIELDS) if (!isBlank(note[field])) return true;
  return false;
}

/**
 * Whether some service line has a non-blank activity text.
 *
 * @param session - the session
 * @returns true when some line's activity has text
 * @example
 * ```ts
 * hasActivityText({ ...session, services: [{ code: "97110", activity: "SLR 3x10" }] }); //=> true
 * ```
 */
export function hasActivityText(session: Session): boolean {
  for (const line of session.services) if (!isBlank(line.activity)) return true;
  return false;
}

/**
 * Whether any non-blank text of the session (the lines' activities, then the note's fields)
 * has a term of `category`. Stops at the first text that has one, so the texts after it are
 * not analysed. The activities come first because the line rules, which run before the
 * note-level rules, have analysed them already (the context remembers): a note field is read
 * only when no activity has the term. The answer does not depend on the order.
 *
 * @param context - the rule context (its memoised `text`)
 * @param category - the category to look for
 * @returns true when some text has a term of the category
 * @example
 * ```ts
 * anyTextHas(context, "skilled"); //=> true when e.g. the plan says "progress to step-ups"
 * ```
 */
export function anyTextHas(context: RuleContext, category: TermCategory): boolean {
  const { session } = context;
  for (const line of session.services) {
    if (!isBlank(line.activity) && context.text(line.activity!).terms[category].length > 0) return true;
  }
  const note = session.note;
  if (note !== undefined) {
    for (const field of NOTE_FIELDS) {
      const text = note[field];
      if (!isBlank(text) && context.text(text!).terms[category].length > 0) return true;
    }
  }
  return false;
}
