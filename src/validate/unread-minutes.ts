import type { Finding } from "../model/finding.js";

/**
 * The findings with those that say a line has no minutes reworded where its minutes were given
 * but could not be read ("15 min", -3, 1.5: dropped with an `input/ignored-field` warning). The
 * checks see no minutes, but the note has them: "97110 is a timed code with no minutes" would
 * tell the biller the note lacks what it holds. `units/missing-minutes` keeps its severity (the
 * units still cannot be counted) and says the minutes could not be read; so does
 * `modifier/assistant-no-data`'s "but no total minutes". Other findings are kept as they are.
 *
 * @param findings - every finding of the visit, the `input/` ones among them
 * @returns the same list when no line's minutes were dropped, else a new one
 * @example
 * ```ts
 * unreadMinutes(validateSession({ ...visit, services: [{ code: "97110", minutes: "15 min" }] }).findings)
 *   .find((f) => f.rule === "units/missing-minutes")?.message;
 * //=> "97110's minutes could not be read (input/ignored-field), so its units cannot be checked."
 * ```
 * @internal
 */
export function unreadMinutes(findings: Finding[]): Finding[] {
  let lines: unknown[] | undefined;
  for (const f of findings) if (f.rule === "input/ignored-field" && f.path?.[0] === "services" && f.path[2] === "minutes") (lines ??= []).push(f.path[1]);
  if (lines === undefined) return findings;
  const dropped = lines;
  return findings.map((f) =>
    f.path?.[0] !== "services" || !dropped.includes(f.path[1])
      ? f
      : f.rule === "units/missing-minutes"
        ? { ...f, message: f.message.replace(" is a timed code with no minutes", "'s minutes could not be read (input/ignored-field)"), fix: `Send the minutes of ${f.codes?.[0]} as a whole number, such as 15.` }
        : f.rule === "modifier/assistant-no-data"
          ? { ...f, message: f.message.replace(" but no total minutes", " but total minutes that could not be read") }
          : f,
  );
}
