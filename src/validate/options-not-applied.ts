import type { Finding } from "../model/finding.js";
import { notAppliedWords } from "./not-applied-words.js";
import { VALIDATE_SOURCES } from "./sources.js";

/** The options sessionsFromFhirClaim gives for one visit (FhirClaimOptions' names): the only ones a `notApplied` may name. */
const OPTIONS = new Set(["note", "totalTimedMinutes", "totalTreatmentMinutes", "therapyYearToDate", "planOfCare.progressReportAtThisVisit", "planOfCare.dischargeAtThisVisit", "planOfCare.treatmentDaysSinceProgressReport"]);
const REASONS = new Set(["last-visit", "first-visit", "shared-date", "unknown-date", "unknown-bucket"]);

/**
 * The options of an entry of a session's `notApplied` as the FHIR adapter makes it, checked:
 * options of the closed set, each once, the year-to-date dollars alone and with a reason of their
 * own; a reason of the five; else undefined.
 */
function checkedOptions(options: unknown, reason: unknown): string[] | undefined {
  if (!Array.isArray(options) || options.length === 0 || new Set(options).size !== options.length || !options.every((o) => OPTIONS.has(o as string)) || !REASONS.has(reason as string)) return undefined;
  // The dollars go alone, to a KX bucket's first visit; the other options to the claim's last (as the adapter gives them).
  return (options.includes("therapyYearToDate") ? options.length > 1 || reason === "last-visit" : reason === "first-visit" || reason === "unknown-bucket") ? undefined : options;
}

/**
 * The findings of a session that sessionsFromFhirClaim made from a claim of several visits and
 * that did not get an option given for one visit (its `notApplied`, which no other input has):
 * `input/option-not-applied`, with the adapter's words for which options and why (built by
 * notAppliedWords, from the record's checked fields). `info` when they went to
 * the visit they describe (`last-visit`, `first-visit`), since nothing was lost; `warning` when no
 * visit of the claim got them (two sessions on that date, a date not written YYYY-MM-DD, a first
 * visit of no discipline): what the caller gave was checked nowhere. The `withheld` set names the
 * options not applied, for {@link explainWithheld}.
 *
 * NOT-APPLIED-TRUST (twentieth round): any JSON session may carry a `notApplied`, so only what can
 * be checked is read. Option names and reasons come from closed sets (an unknown option made
 * `withheld` hold anything); each option is named once (eight copies of one entry were eight
 * findings). NOT-APPLIED-WORDS (twenty-first round): the record's `message` and `fix` are not read
 * at all; the twentieth round showed them when the message started with the adapter's opening
 * words, so up to 480 and 280 characters of a caller's choosing still reached the report. The
 * words are built here from what is checked, as the adapter builds them (one function, in
 * src/validate/not-applied-words.ts): the options, the reason, a date (YYYY-MM-DD but for
 * `unknown-date`, whose date is quoted cut to 24 characters) and the disciplines of the three.
 * An entry without a date of its reason's kind is not read.
 *
 * @param input - the visit as given (untrusted)
 * @returns the findings and the options withheld; none for anything else
 * @example
 * ```ts
 * optionsNotApplied({ notApplied: [{ options: ["note"], reason: "last-visit", date: "2025-03-17" }] }).findings[0]?.severity; //=> "info"
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
    const { options, reason, date, disciplines } = e as Record<string, unknown>;
    const named = checkedOptions(options, reason);
    // The date goes into the words as it is, but for unknown-date's (quoted, cut): it must be one.
    if (named === undefined || typeof date !== "string" || (reason !== "unknown-date" && !/^\d{4}-\d{2}-\d{2}$/.test(date)) || named.some((o) => withheld.has(o))) continue;
    for (const o of named) withheld.add(o);
    // NOT-APPLIED-WORDS (twenty-first round): the words are built here from the checked fields, as the adapter builds them;
    // the record's own message and fix (up to 480 and 280 characters of a caller's choosing after the opening words) are not read.
    const on = ["OT", "PT", "SLP"].filter((d) => Array.isArray(disciplines) && disciplines.includes(d));
    findings.push({ rule: "input/option-not-applied", severity: (reason as string).endsWith("-visit") ? "info" : "warning", ...notAppliedWords(named, reason as string, date, on), source: VALIDATE_SOURCES.fhirOptions });
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
