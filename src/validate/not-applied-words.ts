import { cutQuote } from "../rules/short-quote.js";

const AN: Record<string, string> = { PT: "a PT", OT: "an OT", SLP: "an SLP" };

/**
 * "a, b and c".
 *
 * @example
 * ```ts
 * listed(["note", "totalTimedMinutes"]); //=> "note and totalTimedMinutes"
 * ```
 * @internal
 */
export function listed(names: readonly string[]): string {
  return names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/**
 * The words of an `input/option-not-applied` finding: which options a session of a FHIR claim of
 * several visits did not get, why, and what to do (NOT-APPLIED). Built from the record's closed
 * fields only (option names, reason, date, disciplines), by sessionsFromFhirClaim for its
 * `notApplied` and by validateSession for the finding, so no text of a caller's choosing reaches
 * the report (NOT-APPLIED-WORDS, twenty-first round): a date not written YYYY-MM-DD is quoted, cut
 * to 24 characters, as the library quotes input elsewhere.
 *
 * @param options - the options, as FhirClaimOptions names them (therapyYearToDate alone)
 * @param reason - why: `last-visit`, `first-visit`, `shared-date`, `unknown-date` or `unknown-bucket`
 * @param date - the date the reason names ("" with `unknown-date`: an item without one)
 * @param on - with `shared-date`: the disciplines of the sessions on that date, sorted
 * @returns the message and the fix
 * @example
 * ```ts
 * notAppliedWords(["note"], "last-visit", "2025-03-17").message;
 * //=> "The options' note was not used for this visit: it describes one visit, the claim's last (2025-03-17), and went to that visit."
 * ```
 * @internal
 */
export function notAppliedWords(options: readonly string[], reason: string, date: string, on: readonly string[] = []): { message: string; fix: string } {
  const ytd = options[0] === "therapyYearToDate";
  const them = options.length > 1 ? "them" : "it";
  const what = `The options' ${listed(options)} ${options.length > 1 ? "were" : "was"} not used for this visit`;
  const end = ytd ? "first" : "last";
  let message: string;
  let fix = `Send each visit as a claim of its own with its own ${listed(options)}, or set ${them} on each session before validateSession.`;
  if (reason === "last-visit" || reason === "first-visit") {
    message = ytd
      ? `${what}: it is the allowed dollars before the claim, which fit the claim's first visit of this KX threshold (${date}), and went to it; this visit's dollars also include that visit's, which a Claim does not give.`
      : `${what}: ${options.length > 1 ? "they describe" : "it describes"} one visit, the claim's last (${date}), and went to that visit.`;
    fix = `To check this visit with its own, set ${them} on this session before validateSession, or send it as a claim of its own.`;
  } else if (reason === "shared-date") {
    const who = on.length > 1 ? `${listed(on.map((d) => AN[d]!))} session` : "two sessions";
    message = `${what} or any other of ${ytd ? "its KX threshold" : "the claim"}: the claim has ${who} on ${date}, its ${end} date of service, ${ytd ? "which share one KX threshold, and which came first is not known" : `and ${options.includes("note") ? "one note cannot be both visits' documentation" : "what describes one visit cannot be both visits'"}`}.`;
  } else if (reason === "unknown-date") {
    message = `${what} or any other of ${ytd ? "its KX threshold" : "the claim"}: ${date === "" ? "an item of the claim has no date of service" : `a date of service on the claim, ${JSON.stringify(cutQuote(date, 24))}, is not written YYYY-MM-DD`}, so which visit is the claim's ${end} is not known.`;
  } else {
    message = `${what} or any other of its KX threshold: the claim's first visit (${date}) names no discipline (no GP, GO or GN, no credential), so it may be of either threshold, and this visit is not known to be its threshold's first.`;
    fix = `Put GP, GO or GN on that visit's items, or send each visit as a claim of its own with its own therapyYearToDate.`;
  }
  return { message, fix };
}
