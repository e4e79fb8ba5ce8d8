import type { Finding } from "../model/finding.js";
import { VALIDATE_SOURCES } from "./sources.js";

/**
 * The findings of a session that sessionsFromFhirClaim made from a claim of several visits and
 * that did not get an option given for one visit (its `notApplied`, which no other input has):
 * `input/option-not-applied`, with the adapter's words for which options and why (the wording
 * lives in therapy-claims/fhir, so the main entry carries none of it). `info` when they went to
 * the visit they describe (`last-visit`, `first-visit`), since nothing was lost; `warning` when no
 * visit of the claim got them (two sessions on that date, a date not written YYYY-MM-DD, a first
 * visit of no discipline): what the caller gave was checked nowhere. The `withheld` set names the
 * options not applied, for {@link explainWithheld}.
 *
 * @param input - the visit as given (untrusted)
 * @returns the findings and the options withheld; none for anything else
 * @example
 * ```ts
 * optionsNotApplied({ notApplied: [{ options: ["note"], reason: "last-visit", date: "2025-03-17", message: "…", fix: "…" }] }).findings[0]?.severity; //=> "info"
 * ```
 * @internal
 */
export function optionsNotApplied(input: unknown): { findings: Finding[]; withheld: Set<string> } {
  const findings: Finding[] = [];
  const withheld = new Set<string>();
  let given: unknown;
  try {
    given = (input as { notApplied?: unknown }).notApplied;
  } catch {
    // null, undefined, or a getter that throws: nothing said.
  }
  if (!Array.isArray(given)) return { findings, withheld };
  for (const e of given.slice(0, 8) as unknown[]) {
    if (typeof e !== "object" || e === null) continue;
    const { options, reason, message, fix } = e as Record<string, unknown>;
    if (!Array.isArray(options) || !options.every((o) => typeof o === "string") || options.length === 0 || typeof reason !== "string" || typeof message !== "string" || typeof fix !== "string" || message.length + fix.length > 1000) continue;
    for (const o of options as string[]) withheld.add(o);
    findings.push({ rule: "input/option-not-applied", severity: reason.endsWith("-visit") ? "info" : "warning", message, fix, source: VALIDATE_SOURCES.fhirOptions });
  }
  return { findings, withheld };
}

/** The words added to a finding that holds because the option `o` was withheld. */
const because = (o: string): string => ` for this visit (the options' ${o} was not used for it: input/option-not-applied)`;

/**
 * The findings with those that only hold because an option was withheld (NOT-APPLIED) saying so:
 * `units/missing-minutes` when `totalTimedMinutes` was not applied, `modifier/kx-no-data` when
 * `therapyYearToDate` was not. Both stay (each is true of this visit, at its line), worded so the
 * biller reads one story with the `input/option-not-applied` finding beside them (whose fix says
 * how to give this visit its own); their fixes stay as they are.
 *
 * @param findings - the visit's findings
 * @param withheld - the options not applied to it
 * @returns the same list when nothing was withheld, else a new one
 * @example
 * ```ts
 * explainWithheld(findings, new Set(["totalTimedMinutes"]));
 * ```
 * @internal
 */
export function explainWithheld(findings: Finding[], withheld: ReadonlySet<string>): Finding[] {
  if (withheld.size === 0) return findings;
  const minutes = withheld.has("totalTimedMinutes");
  const dollars = withheld.has("therapyYearToDate");
  return findings.map((f) =>
    minutes && f.rule === "units/missing-minutes"
      ? { ...f, message: f.message.replace(", so", `${because("totalTimedMinutes")}, so`) }
      : dollars && f.rule === "modifier/kx-no-data"
        ? { ...f, message: f.message.replace(" are not given,", ` are not given${because("therapyYearToDate")},`) }
        : f,
  );
}
