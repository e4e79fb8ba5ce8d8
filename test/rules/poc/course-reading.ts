// Shared by the course-of-care tests (SLP, OT): how a course's visits are read, and a plan-of-care patch.
import { validateSession } from "../../../src/validate.js";
import type { Session } from "../../../src/model/session.js";

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
