import { ASSISTANT_MODIFIER, ASSISTANT_MODIFIERS_FROM } from "../modifiers/assistant-rules.js";
import type { Session } from "../model/session.js";
import { SOURCES } from "../model/sources.js";
import type { Finding } from "../model/finding.js";
import { misspelledLines } from "./misspelled-fields.js";

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
 * unreadMinutes([...validateSession({ ...visit, services: [{ code: "97110", minutes: "15 min" }] }).findings])
 *   .find((f) => f.rule === "units/missing-minutes")?.message;
 * //=> "97110's minutes could not be read (input/ignored-field), so its units cannot be checked."
 * ```
 * @internal
 */
export function unreadMinutes(findings: Finding[]): Finding[] {
  let lines: unknown[] | undefined;
  for (const f of findings) if (f.rule === "input/ignored-field" && f.path?.[0] === "services" && f.path[2] === "minutes") (lines ??= []).push(f.path[1]);
  // ONE-TYPO (twentieth round): minutes sent under a misspelled key (`minute`) were not read either.
  const misspelled = misspelledLines(findings, "minutes");
  if (lines === undefined && misspelled === undefined) return findings;
  const dropped = lines ?? [];
  return findings.map((f) => {
    const line = f.path?.[0] === "services" ? (f.path[1] as number) : -1;
    const typo = misspelled?.has(line);
    return !typo && !dropped.includes(line)
      ? f
      : f.rule === "units/missing-minutes"
        ? { ...f, message: f.message.replace(" is a timed code with no minutes", `'s minutes could not be read (input/${typo ? "misspelled" : "ignored"}-field)`), fix: `Send the minutes of ${f.codes?.[0]} ${typo ? `as services[${line}].minutes` : "as a whole number, such as 15"}.` }
        : f.rule === "modifier/assistant-no-data"
          ? { ...f, message: f.message.replace(" but no total minutes", " but total minutes that could not be read") }
          : f;
  });
}

/** How a missing-units fix that states the units begins (units/check-units.ts, check-hourly.ts): the merged fix keeps what follows it. */
const STATE_UNITS = "State the units; ";

/**
 * The findings with a line's `units/missing-units` taken into the `input/` finding that says why
 * the line's units were not read (ONE-UNIT, twenty-first round): sent under a misspelled key
 * (`unit`, `Units`: `input/misspelled-field`) or as a value that could not be read ("2 units", -1:
 * `input/ignored-field`). The units were sent, so "has no billed units" was a second finding for
 * the one problem, and not true; the `input/` finding now also says what was lost (the units were
 * not checked against the minutes) and what the minutes earn, and its fix what to bill.
 *
 * @param findings - every finding of the visit, the `input/` ones among them
 * @returns the same list when no line's units were unread, else a new one
 * @example
 * ```ts
 * unreadUnits([...validateSession({ ...visit, services: [{ code: "97110", minutes: 30, unit: 2 }] }).findings])
 *   .find((f) => f.rule === "input/misspelled-field")?.message;
 * //=> "services[0].unit is not a field of the session model, so it was not read; it looks like units; 97110's units were not checked: its 30 minutes earn 2 units."
 * ```
 * @internal
 */
export function unreadUnits(findings: Finding[]): Finding[] {
  let missing: Map<unknown, Finding> | undefined;
  for (const f of findings) if (f.rule === "units/missing-units") (missing ??= new Map()).set(f.path?.[1], f);
  if (missing === undefined) return findings;
  // Asked only of a visit with a line without units (this runs on every visit).
  const typo = misspelledLines(findings, "units");
  const merged = new Set<Finding>();
  const out = findings.map((f) => {
    const p = f.path;
    const ignored = f.rule === "input/ignored-field";
    const m = p?.length === 3 && p[0] === "services" && (ignored ? p[2] === "units" : f.rule === "input/misspelled-field" && typo?.has(p[1] as number)) ? missing.get(p[1]) : undefined;
    if (m === undefined) return f;
    merged.add(m);
    const [label, earned] = m.message.split(" has no billed units; ");
    // A fix that does not state units ("Do not bill 96125 for 20 minutes; …": no unit earned) is kept whole, as the other way.
    const fix = m.fix!;
    const rest = fix.startsWith(STATE_UNITS) ? `; ${fix.slice(STATE_UNITS.length)}` : `, or ${fix[0]!.toLowerCase()}${fix.slice(1)}`;
    return { ...f, message: `${f.message.slice(0, -1)}; ${label}'s units were not checked: ${earned}`, fix: `${ignored ? "Correct" : "Send it as"} services[${p![1] as number}].units${rest}` };
  });
  return merged.size > 0 ? out.filter((f) => !merged.has(f)) : findings;
}

/**
 * A finding for each line whose assistant minutes were given but could not be read ("10 min",
 * -5: dropped with an `input/ignored-field` warning), where the CQ/CO check would have used them:
 * under a payer with assistant rules, on a PT or OT visit from 2020 furnished by the therapist,
 * on a line that does not carry the modifier. The check saw no assistant minutes and so asked
 * for no CQ/CO; unknown is not absent, so `modifier/assistant-no-data` (info) says it was not
 * checked. Nothing when no such field was dropped.
 *
 * @param findings - every finding of the visit, the `input/` ones among them
 * @param session - the visit as read
 * @param assistantRules - whether the payer profile applies the CQ/CO rules
 * @returns the findings to add
 * @example
 * ```ts
 * unreadAssistantMinutes(findings, session, true)[0]?.message;
 * //=> "97110's assistant minutes could not be read (input/ignored-field), so whether the line needs CQ was not checked."
 * ```
 * @internal
 */
export function unreadAssistantMinutes(findings: readonly Finding[], session: Session, assistantRules: boolean): Finding[] {
  const out: Finding[] = [];
  const { discipline, credential } = session.provider;
  if (!assistantRules || session.dateOfService < ASSISTANT_MODIFIERS_FROM || credential === "PTA" || credential === "OTA") return out;
  if (discipline === "SLP") return out;
  const wanted = ASSISTANT_MODIFIER[discipline];
  for (const f of findings) {
    if (f.rule !== "input/ignored-field" || f.path?.[0] !== "services" || f.path[2] !== "assistantMinutes") continue;
    const index = f.path[1] as number;
    const line = session.services[index];
    if (line === undefined || (line.modifiers ?? []).some((m) => m.toUpperCase() === wanted)) continue;
    out.push({
      rule: "modifier/assistant-no-data",
      severity: "info",
      message: `${line.code}'s assistant minutes could not be read (input/ignored-field), so whether the line needs ${wanted} was not checked.`,
      path: ["services", index, "assistantMinutes"],
      codes: [line.code],
      fix: "Send the assistant's minutes as a whole number, such as 10, or leave the field out when no assistant took part.",
      source: SOURCES.cqco,
    });
  }
  return out;
}
