/**
 * Findings never repeat note text beyond the short phrase they point at, nor the session's `id`
 * (issue 7; design.md "Vocabulary": messages never echo patient identifiers). For the checks'
 * fuzz tests: `expect(leaks(findings, session)).toEqual([])`.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(extremeSessionArb, (s) => {
 *   expect(leaks(lintDocumentation(s), s)).toEqual([]);
 * }));
 * ```
 */

/** Longest run of a text field's characters a finding may quote. */
export const MAX_QUOTED = 40;

interface FindingLike {
  readonly rule: string;
  readonly message: string;
  readonly fix?: unknown;
}

interface SessionLike {
  readonly id?: string | undefined;
  readonly services: readonly { readonly activity?: string | undefined }[];
  readonly note?: Readonly<Record<string, string | undefined>> | undefined;
  readonly planOfCare?: { readonly goals?: readonly { readonly text?: string | undefined }[] | undefined } | undefined;
}

/** The free-text fields of a session, as `[where, text]`. */
export function freeTexts(session: SessionLike): [string, string][] {
  const out: [string, string][] = [];
  session.services.forEach((l, i) => {
    if (l.activity) out.push([`services[${i}].activity`, l.activity]);
  });
  for (const [k, v] of Object.entries(session.note ?? {})) if (v) out.push([`note.${k}`, v]);
  session.planOfCare?.goals?.forEach((g, i) => {
    if (g.text) out.push([`planOfCare.goals[${i}].text`, g.text]);
  });
  return out;
}

/**
 * Each finding whose message or fix quotes more than `max` consecutive characters of a
 * free-text field, or contains the session's `id` (when it is at least 8 characters long: shorter ones match by chance).
 *
 * @param findings - what a check returned
 * @param session - the session it checked
 * @param max - the longest quote allowed
 * @returns one line per leak, naming the rule and the field; empty when there is none
 */
export function leaks(findings: readonly FindingLike[], session: SessionLike, max = MAX_QUOTED): string[] {
  const texts = freeTexts(session);
  const problems: string[] = [];
  for (const f of findings) {
    const said = [f.message, typeof f.fix === "string" ? f.fix : f.fix === undefined ? "" : JSON.stringify(f.fix)].join("\n");
    if (session.id && session.id.length >= 8 && said.includes(session.id)) problems.push(`${f.rule}: repeats the session id`);
    for (const [where, text] of texts) {
      if (text.length <= max) continue;
      for (let i = 0; i + max + 1 <= said.length; i++) {
        if (text.includes(said.slice(i, i + max + 1))) {
          problems.push(`${f.rule}: quotes more than ${max} characters of ${where}`);
          break;
        }
      }
    }
  }
  return problems;
}
