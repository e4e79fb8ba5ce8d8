// Shared by the course-of-care tests (SLP, OT): how a course's visits are read, and a plan-of-care patch.
import { validateSession } from "../../../src/validate.js";
import type { ServiceLine, Session } from "../../../src/model/session.js";

/** Each visit's plan-of-care and modifier findings as "id: rule severity codes"; the targeted-review info only the first time. */
export const readCourse = (visits: { id: string; session: Session }[]): string[] => {
  let reviewSeen = false;
  return visits.flatMap(({ id, session }) =>
    validateSession(session).findings
      .filter((f) => f.rule.startsWith("poc/") || f.rule.startsWith("modifier/"))
      .filter((f) => f.rule !== "modifier/targeted-review" || (!reviewSeen && (reviewSeen = true)))
      .map((f) => `${id}: ${f.rule} ${f.severity}${f.codes ? ` ${f.codes.join(",")}` : ""}`),
  );
};

/** The visit with its plan of care patched. */
export const withPoc = (s: Session, patch: object): Session => ({ ...s, planOfCare: { ...s.planOfCare, ...patch } });

/** The clinic's mistake or a variant, applied to one visit's session. */
export interface Change {
  readonly visit: number;
  readonly change: (s: Session) => Session;
}

/** Visit `n`'s session after the changes made to that visit. */
export const applyChanges = (session: Session, changes: readonly Change[], n: number): Session => changes.reduce((s, c) => (c.visit === n ? c.change(s) : s), session);

/**
 * The clinic adds KX from the line that takes the bucket past the 2025 threshold ($2,410):
 * the visit's lines so marked, and the bucket's dollars after them.
 */
export function withKxFromCrossing(services: readonly ServiceLine[], ytd: number): { services: ServiceLine[]; after: number } {
  let running = ytd;
  const out = services.map((s) => {
    running += s.allowedAmount!;
    return running > 2410 ? { ...s, modifiers: [...s.modifiers!, "KX"] } : s;
  });
  return { services: out, after: running };
}
