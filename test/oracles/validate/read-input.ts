/** Oracle: src/validate/read-input.ts as it was before the overhead work (issue 7); the new code is proved to give the same reports. */
import type { Finding } from "../../../src/model/finding.js";
import { formatPath, parseSession, SessionInputError, type InputIssue } from "../parse-session.js";
import type { Session } from "../../../src/model/session.js";
import { VALIDATE_SOURCES } from "../../../src/validate/sources.js";
import { knownModifier } from "../../../src/modifiers/known-modifiers.js";

type Path = readonly (string | number)[];

/**
 * What {@link readSessionInput} makes of untrusted input: the session the checks can run on
 * (or `null`), and the `input/` findings.
 *
 * @example
 * ```ts
 * const read: SessionRead = { session: null, findings: [] };
 * ```
 */
export interface SessionRead {
  readonly session: Session | null;
  readonly findings: Finding[];
  /** UNREAD-MODS: the lines a modifier (or the whole list) of which could not be read. */
  readonly unreadModifiers?: ReadonlySet<number>;
}

const SESSION_OBJECTS = new Set(["note", "planOfCare", "therapyYearToDate"]);

/** Whether an issue is about a field the model requires (or the shape that holds one). */
function isRequiredIssue(path: Path): boolean {
  const [first, second, third] = path;
  if (path.length === 0) return true;
  if (first === "dateOfService") return true;
  if (first === "payer" || first === "provider") return path.length === 1 || second === "program" || second === "discipline";
  if (first === "services") return path.length <= 2 || third === "code";
  return false;
}

/**
 * The field to drop for an optional-field issue: the line's field for a service line, the
 * sub-field of an optional object, else the top-level field.
 */
function fieldToDrop(path: Path): Path {
  const [first] = path;
  // ONE-ITEM: an item of a line's list (a modifier) is dropped alone, not the whole list.
  if (first === "services") return path.slice(0, typeof path[3] === "number" ? 4 : 3);
  // GOAL-ITEM: an item of the plan's goals is dropped alone too, not the whole goals list.
  if ((first === "payer" || first === "provider" || SESSION_OBJECTS.has(String(first))) && path.length >= 2) return path.slice(0, typeof path[2] === "number" ? 3 : 2);
  return path.slice(0, 1);
}

function isObject(value: unknown): value is Record<string | number, unknown> {
  return typeof value === "object" && value !== null;
}

/** A copy of `value` without the field at `path` (AS-LIST: or with `put` there); objects along the path are copied, never changed. */
function without(value: unknown, path: Path, put?: unknown): unknown {
  if (path.length === 0 || !isObject(value)) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(value)) {
    const copy = [...value];
    // ONE-ITEM: the item itself is removed (the caller drops items from the last to the first).
    if (typeof head === "number" && head < copy.length) {
      if (rest.length === 0) copy.splice(head, 1);
      else copy[head] = without(copy[head], rest, put);
    }
    return copy;
  }
  const copy: Record<string | number, unknown> = {};
  for (const key of Object.keys(value)) {
    if (rest.length === 0 && key === String(head) && put === undefined) continue;
    const kept = key !== String(head) ? value[key] : rest.length === 0 ? put : without(value[key], rest, put);
    Object.defineProperty(copy, key, { value: kept, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** The value at `path` in the input, or undefined. Only called inside the guarded read. */
function valueAt(input: unknown, path: Path): unknown {
  let value = input;
  for (const part of path) {
    if (!isObject(value) || !Object.hasOwn(value, part)) return undefined;
    value = value[part];
  }
  return value;
}

/**
 * zod 4 does not keep the input in its issues, so the model's messages say "is required" for a
 * present value of the wrong type too; say "must be …" when the value is there.
 */
function withPlainMessage(input: unknown, issue: InputIssue): InputIssue {
  const m = /^is required \((\w+)\)$/.exec(issue.message);
  // SENT: a Date, or text where a number belongs, is named ("must be a string, not a Date", "must be a number, not text").
  const value = valueAt(input, issue.path);
  const expected = m?.[1] ?? "value";
  const message = m === null || value === undefined ? issue.message : `must be ${/^[aeiou]/.test(expected) ? "an" : "a"} ${expected}`;
  const instead = value instanceof Date ? ", not a Date" : message === "must be a number" && typeof value === "string" ? ", not text" : "";
  return message === issue.message && instead === "" ? issue : { path: issue.path, message: message + instead };
}

// AS-LIST: a line's modifiers sent as one text ("GP,59") whose every part is a well-formed
// modifier are read as those parts, with an input/read-as-list warning, not ignored.
function modifierParts(path: Path, value: unknown): string[] | undefined {
  if (path.length !== 3 || path[0] !== "services" || path[2] !== "modifiers" || typeof value !== "string") return undefined;
  const parts = value.split(/[^0-9A-Za-z]+/).filter((p) => p !== "");
  return parts.length > 0 && parts.every((p) => p.length === 2) ? parts : undefined;
}

// WOULD-READ: on a rejected visit the warning says what the text would be read as ("it would be
// read as the modifiers GP, 59"), as on a visit that is checked, not "would be ignored".
function readAsListFinding(path: Path, parts: readonly string[], checksRan: boolean): Finding {
  const where = formatPath(path);
  return {
    rule: "input/read-as-list",
    severity: "warning",
    message: `${where} is one text, not a list; it ${checksRan ? "was" : "would be"} read as the modifier${parts.length > 1 ? "s" : ""} ${parts.join(", ")}.`,
    path: [...path],
    fix: `Send ${where} as a list: ${JSON.stringify(parts)}.`,
    source: VALIDATE_SOURCES.sessionModel,
  };
}

function requiredFinding(issue: InputIssue, value?: unknown): Finding {
  const where = formatPath(issue.path);
  // READ-PROGRAM: (twentieth round, input20) a payer.program sent as text gets a fix naming the programs (a Medicare
  // Advantage plan too). The live reading of original Medicare's names ("Medicare Part B": input/read-as-program) is not
  // copied: the generators here never send one.
  const program = where === "payer.program" && typeof value === "string";
  return {
    rule: "input/required-field",
    severity: "error",
    message: issue.path.length === 0 ? `The session ${issue.message}.` : `${where} ${issue.message}.`,
    path: [...issue.path],
    fix: program
      ? `Send payer.program as "medicare" (original Medicare; a Medicare Advantage plan too, with the payer option kxThreshold: false if it does not ask for KX), "medicaid", "commercial" or "other".`
      : "Send dateOfService (YYYY-MM-DD), payer.program, provider.discipline and a services list whose lines each have a 5-character code.",
    source: VALIDATE_SOURCES.sessionModel,
  };
}

// JOINED: (eleventh round) a modifier that is known modifiers joined ("GP59") is named as such.
function joinedModifiers(path: Path, value: unknown): string[] | undefined {
  const parts = path[2] === "modifiers" && typeof value === "string" && /^(?:[0-9A-Za-z]{2}){2,4}$/.test(value) ? value.toUpperCase().match(/../g) : null;
  return parts?.every((p) => knownModifier(p)) ? parts : undefined;
}

// JOINED-CREDENTIAL: (fourteenth round, lead) the same deliberate change as src.
/** A provider credential that is credentials joined ("PT/PTA", as the FHIR adapter passes an unknown clinician on): its parts; else undefined. */
function joinedCredentials(path: Path, value: unknown): string[] | undefined {
  return path[0] === "provider" && path[1] === "credential" && typeof value === "string" && value.includes("/") ? value.split("/") : undefined;
}

function ignoredFinding(issue: InputIssue, dropped: Path, checksRan: boolean, value?: unknown): Finding {
  const consequence = checksRan ? `${formatPath(dropped)} was ignored, so the checks ran without it` : `${formatPath(dropped)} would be ignored`;
  const joined = joinedModifiers(issue.path, value);
  // "PT/PTA": the care-team members the FHIR adapter could not tell apart (a shared sequence, a team of two disciplines).
  const credentials = joinedCredentials(issue.path, value); // JOINED:
  return {
    rule: "input/ignored-field",
    severity: "warning",
    message: `${formatPath(issue.path)} ${issue.message}${joined ? ` (it reads as ${joined.join(" and ")} joined)` : credentials ? ` (it names ${credentials.join(" and ")}: more than one clinician)` : ""}; ${consequence}.`,
    path: [...issue.path],
    fix: joined
      ? `Send ${joined.join(", ")} as separate modifiers of the line's list.`
      : credentials
        ? "Send the credential of the one clinician who furnished the visit; from FHIR, give each care-team member its own Claim.careTeam.sequence and name it in each Claim.item.careTeamSequence."
        : `Correct ${formatPath(dropped)} or leave it out.`,
    source: VALIDATE_SOURCES.sessionModel,
  };
}

function describeThrown(error: unknown): string {
  try {
    if (error instanceof Error) return error.name;
    return typeof error;
  } catch {
    return "unknown error";
  }
}

/**
 * The `input/unreadable` finding for input that throws while it is read (a getter that throws,
 * a hostile Proxy) or cannot be walked at all.
 *
 * @param error - what was thrown
 * @returns an error finding naming the kind of failure (never the input's text)
 * @example
 * ```ts
 * unreadableFinding(new TypeError("boom")).rule; //=> "input/unreadable"
 * ```
 */
export function unreadableFinding(error: unknown): Finding {
  return {
    rule: "input/unreadable",
    severity: "error",
    message: `The input could not be read: reading it threw ${describeThrown(error)}.`,
    path: [],
    fix: "Send plain data (parsed JSON): no getters, proxies or functions.",
    source: VALIDATE_SOURCES.sessionModel,
  };
}

const MAX_PASSES = 4;

/**
 * Reads untrusted input as a session. Problems with required fields become `input/required-field`
 * errors (no session); a malformed optional field becomes an `input/ignored-field` warning and
 * the checks run without that field. Never throws; the input is never changed.
 *
 * @param input - anything
 * @returns the session (or `null`) and the input findings
 * @example
 * ```ts
 * readSessionInput(null).findings[0]?.rule; //=> "input/required-field"
 * readSessionInput({ ...visit, totalTimedMinutes: -3 }).findings[0]?.rule; //=> "input/ignored-field"
 * ```
 * @remarks Only `dateOfService`, `payer.program`, `provider.discipline` and each line's `code`
 * are required (docs/design.md, Vocabulary).
 */
export function readSessionInput(input: unknown): SessionRead {
  const findings: Finding[] = [];
  const unreadModifiers = new Set<number>(); // UNREAD-MODS
  let current = input;
  try {
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      try {
        const session = parseSession(current);
        return unreadModifiers.size > 0 ? { session, findings, unreadModifiers } : { session, findings };
      } catch (error) {
        if (!(error instanceof SessionInputError)) return { session: null, findings: [...findings, unreadableFinding(error)] };
        const issues = error.issues.map((i) => withPlainMessage(current, i));
        const required = issues.filter((i) => isRequiredIssue(i.path));
        if (required.length > 0 || pass === MAX_PASSES - 1) {
          if (pass === MAX_PASSES - 1) return { session: null, findings: [...findings, ...issues.map((i) => requiredFinding(i, valueAt(current, i.path)))] };
          const optional = issues.filter((i) => !isRequiredIssue(i.path)).map((i) => {
            // WOULD-READ: A modifiers text is told as what it would be read as, as on a visit that is checked.
            const parts = modifierParts(i.path, valueAt(current, i.path));
            return parts ? readAsListFinding(i.path, parts, false) : ignoredFinding(i, fieldToDrop(i.path), false, valueAt(current, i.path)); // JOINED:
          });
          return { session: null, findings: [...findings, ...required.map((i) => requiredFinding(i, valueAt(current, i.path))), ...optional] };
        }
        // AS-LIST: the parts of a modifiers text replace it (one issue per path, so one replacement).
        const readAs = new Map<Path, string[]>();
        for (const issue of issues) {
          const parts = modifierParts(issue.path, valueAt(current, issue.path));
          if (parts) readAs.set(issue.path, parts);
          else if (issue.path[0] === "services" && issue.path[2] === "modifiers") unreadModifiers.add(issue.path[1] as number); // UNREAD-MODS
          findings.push(parts ? readAsListFinding(issue.path, parts, true) : ignoredFinding(issue, fieldToDrop(issue.path), true, valueAt(current, issue.path))); // JOINED:
        }
        // ONE-ITEM: drops from the last issue to the first, so that removing a list's item leaves the
        // paths of its earlier items as they were (zod lists a list's items in order).
        // GOAL-ITEM: a goal with two bad fields has two issues for one item: it is removed once.
        const dropped = new Set<string>();
        for (const issue of [...issues].reverse()) {
          const path = fieldToDrop(issue.path);
          const parts = readAs.get(issue.path);
          if (parts) current = without(current, path, parts);
          else if (!dropped.has(JSON.stringify(path))) current = without(current, path);
          dropped.add(JSON.stringify(path));
        }
      }
    }
  } catch (error) {
    return { session: null, findings: [...findings, unreadableFinding(error)] };
  }
  return { session: null, findings };
}
