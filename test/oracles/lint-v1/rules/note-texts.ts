import type { Session } from "../../../../src/model/session.js";
import { isBlank } from "./line-report.js";

/**
 * The note's non-blank fields and the lines' non-blank activity texts, with their paths.
 *
 * @param session - the session
 * @returns `note` and `activities`, each a list of `{ path, text }`
 * @example
 * ```ts
 * noteTexts({ ...session, note: { plan: "Continue POC" } }).note.length; //=> 1
 * ```
 */
export function noteTexts(session: Session): {
  note: { path: (string | number)[]; text: string }[];
  activities: { path: (string | number)[]; text: string }[];
} {
  const note: { path: (string | number)[]; text: string }[] = [];
  const n = session.note;
  if (n !== undefined) {
    for (const field of ["subjective", "objective", "assessment", "patientResponse", "plan", "text"] as const) {
      const text = n[field];
      if (!isBlank(text)) note.push({ path: ["note", field], text: text! });
    }
  }
  const activities: { path: (string | number)[]; text: string }[] = [];
  session.services.forEach((line, i) => {
    if (!isBlank(line.activity)) activities.push({ path: ["services", i, "activity"], text: line.activity! });
  });
  return { note, activities };
}
