import { withArticle } from "../model/article.js";
import type { Finding } from "../model/finding.js";
import { credentialOfWords, disciplineOfWords } from "../model/credential-words.js";
import { disciplineOfCredential } from "../model/credential-discipline.js";
import { programHint, programOfWords } from "../model/program-words.js";
import { cutQuote } from "../rules/short-quote.js";
import { formatPath, parseSession, SessionInputError, type InputIssue } from "../model/parse-session.js";
import type { Session } from "../model/session.js";
import { knownModifier } from "../modifiers/known-modifiers.js";
import { SOURCES } from "../model/sources.js";
import { VALIDATE_SOURCES } from "./sources.js";

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
  /** The lines a modifier (or the whole list) of which could not be read and was left out. */
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
 * The field to drop for an optional-field issue: the line's field for a service line (the one
 * item, for an item of a line's list: a bad modifier leaves the good ones), the sub-field of an
 * optional object (the one goal, for an item of the plan's goals), else the top-level field.
 */
function fieldToDrop(path: Path): Path {
  const [first] = path;
  if (first === "services") return fieldOrItem(path, 3);
  // A plan's goal (its only list) is dropped alone, like a line's modifier: the other goals stay.
  if ((first === "payer" || first === "provider" || SESSION_OBJECTS.has(String(first))) && path.length >= 2) return fieldOrItem(path, 2);
  return path.slice(0, 1);
}

/** `path` cut to its first `depth` keys, or one more when that one is a list item's index. */
function fieldOrItem(path: Path, depth: number): Path {
  return path.slice(0, typeof path[depth] === "number" ? depth + 1 : depth);
}

function isObject(value: unknown): value is Record<string | number, unknown> {
  return typeof value === "object" && value !== null;
}

/**
 * `value` without the field (or list item) at `path`, or with `put` there instead when given.
 * Objects along the path are copied (the input is never changed), each once per pass: `copies`
 * holds the pass's copies, which later drops change in place. A dropped item leaves a hole, so
 * that the pass's other paths still point at theirs; {@link closeHoles} closes them.
 */
function without(value: unknown, path: Path, copies: Set<unknown>, put?: unknown): unknown {
  if (path.length === 0 || !isObject(value)) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  let copy = value;
  if (!copies.has(value)) {
    copy = (Array.isArray(value) ? [...value] : {}) as typeof value;
    // defineProperty, so that a key named __proto__ stays a plain own key
    if (!Array.isArray(value)) for (const key of Object.keys(value)) Object.defineProperty(copy, key, { value: value[key], enumerable: true, writable: true, configurable: true });
    copies.add(copy);
  }
  if (Array.isArray(copy) ? typeof head === "number" && head < copy.length : Object.hasOwn(copy, head)) {
    if (rest.length > 0) copy[head] = without(copy[head], rest, copies, put);
    else if (put === undefined) delete copy[head];
    else copy[head] = put;
  }
  return copy;
}

/** Closes the holes {@link without} left in the pass's copies of lists (a copy has none of its own). */
function closeHoles(copies: Set<unknown>): void {
  for (const copy of copies) if (Array.isArray(copy)) for (let i = copy.length; i--; ) if (!(i in copy)) copy.splice(i, 1);
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
 * present value of the wrong type too; say "must be …" when the value is there, and name what an
 * EHR's own types most often send instead: a Date, or a number typed into a form as text.
 */
function withPlainMessage(input: unknown, issue: InputIssue): InputIssue {
  const m = /^is required \((\w+)\)$/.exec(issue.message);
  const value = valueAt(input, issue.path);
  const message = m === null || value === undefined ? issue.message : `must be ${withArticle(m[1] ?? "value")}`;
  const instead = value instanceof Date ? ", not a Date" : message === "must be a number" && typeof value === "string" ? ", not text" : "";
  return message === issue.message && instead === "" ? issue : { path: issue.path, message: message + instead };
}

/**
 * A line's modifiers sent as one text ("GP,59", "GP 59", "GP;KX"): its parts, when every part
 * between separators is a well-formed modifier; else undefined (the field is ignored).
 */
function modifierParts(path: Path, value: unknown): string[] | undefined {
  if (path.length !== 3 || path[0] !== "services" || path[2] !== "modifiers" || typeof value !== "string") return undefined;
  const parts = value.split(/[^0-9A-Za-z]+/).filter((p) => p !== "");
  return parts.length > 0 && parts.every((p) => p.length === 2) ? parts : undefined;
}

/**
 * A provider credential written as a clinic writes it ("DPT", "OTR/L", "PTA, CLT"): the
 * credential it names (CRED-WORDS, nineteenth round: it was ignored, and the CQ/CO check ran
 * without it); else undefined.
 */
function credentialRead(path: Path, value: unknown): string | undefined {
  return path[0] === "provider" && path[1] === "credential" && typeof value === "string" ? credentialOfWords(value) : undefined;
}

/**
 * A payer program written as a biller writes original Medicare ("Medicare Part B", "Original
 * Medicare", "MEDICARE") or a program's name in another case: the program it names (READ-PROGRAM,
 * twentieth round: it was an input/required-field error, and the visit was not checked); else
 * undefined. A Medicare Advantage plan's name is none (src/model/program-words.ts).
 */
function programRead(path: Path, value: unknown): string | undefined {
  return path[0] === "payer" && path[1] === "program" && typeof value === "string" ? programOfWords(value) : undefined;
}

/** Whether an issue stops the visit being read: a required field's, unless the value is read as something else. */
function stops(issue: InputIssue, value: unknown): boolean {
  return isRequiredIssue(issue.path) && programRead(issue.path, value) === undefined;
}

/** A text as a message quotes it: cut to 24 characters. */
function quoted(text: string): string {
  return JSON.stringify(cutQuote(text, 24));
}

function readAsFinding(field: "credential" | "program", value: string, read: string, checksRan: boolean, severity: Finding["severity"] = "warning"): Finding {
  const where = field === "program" ? "payer.program" : "provider.credential";
  return {
    rule: `input/read-as-${field}`,
    severity,
    message: `${where} ${quoted(value)} is not one of the session model's ${field === "program" ? "programs (medicare, medicaid, commercial, other)" : "credentials (PT, PTA, OT, OTA, SLP, SLPA, other)"}; it ${checksRan ? "was" : "would be"} read as ${read}.`,
    path: field === "program" ? ["payer", "program"] : ["provider", "credential"],
    fix: `Send ${where} as "${read}".`,
    source: VALIDATE_SOURCES.sessionModel,
  };
}

/**
 * The finding for an optional field's issue: read as a list or a credential when it can be, else ignored. A
 * credential read as one of the visit's own discipline ("OTR/L" on an OT visit) is info (CRED-INFO, twenty-second
 * round: a warning on every OT visit of a clinic's month was a false alarm); one of another discipline, or beside a
 * discipline not read, stays a warning: which clinician furnished the visit is in doubt.
 */
function optionalFinding(issue: InputIssue, value: unknown, checksRan: boolean, input: unknown): Finding {
  const parts = modifierParts(issue.path, value);
  if (parts) return readAsListFinding(issue.path, parts, checksRan);
  const credential = credentialRead(issue.path, value);
  if (credential) return readAsFinding("credential", value as string, credential, checksRan, disciplineOfCredential(credential) === valueAt(input, ["provider", "discipline"]) ? "info" : "warning");
  const program = programRead(issue.path, value);
  return program ? readAsFinding("program", value as string, program, checksRan) : ignoredFinding(issue, fieldToDrop(issue.path), checksRan, value);
}

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

/**
 * Why Medicare Part A is not the program of an outpatient therapy visit (PROGRAM-WORDS21). Its title and address are read
 * from `SOURCES`, not written again far from it in the bundle (twenty-fourth round, `size24`); made in a function marked
 * pure, as a top-level read of `SOURCES` would be kept in every bundle.
 */
const PART_B_SOURCE = /* @__PURE__ */ (() => ({
  title: SOURCES.mbpm15_220_1.title,
  section: "ch. 15, §220.1 (outpatient therapy is billed under Part B)",
  url: SOURCES.mbpm15_220_1.url,
}))();

function requiredFinding(issue: InputIssue, value: unknown): Finding {
  const where = formatPath(issue.path);
  // CRED-WORDS: "physical therapy" or "DPT" as the discipline names it; still an error (the field is required, so
  // never read from a guess), but the message says what to send.
  const meant = where === "provider.discipline" && typeof value === "string" ? disciplineOfWords(value) : undefined;
  // READ-PROGRAM: a program sent as text that names none: the fix says what to send, a Medicare Advantage plan's name included.
  const program = where === "payer.program" && typeof value === "string";
  // PROGRAM-WORDS21: Medicare Part A, or Medicare as the secondary payer: what the words name, and what to send instead.
  const hint = program ? programHint(value) : undefined;
  return {
    rule: "input/required-field",
    severity: "error",
    message: hint
      ? `payer.program ${quoted(value as string)} names ${hint === "partA" ? "Medicare Part A, which pays for therapy within an inpatient or SNF stay as part of the stay; outpatient therapy is billed under Part B" : "Medicare as the secondary payer: the primary payer gets the claim first, under its own rules"}.`
      : issue.path.length === 0 ? `The session ${issue.message}.` : `${where} ${issue.message}${meant ? ` (${quoted(value as string)} reads as "${meant}")` : ""}.`,
    path: [...issue.path],
    fix: meant
      ? `Send provider.discipline as "${meant}".`
      : hint === "partA"
        ? `For an outpatient visit (a hospital's or SNF's too), send payer.program as "medicare".`
        : hint
          ? `Send payer.program as the primary payer's program ("commercial" or "other") to check its claim, or as "medicare" to check Medicare's.`
          : program
            ? `Send payer.program as "medicare" (original Medicare; a Medicare Advantage plan too, with the payer option kxThreshold: false if it does not ask for KX), "medicaid", "commercial" or "other".`
            : "Send dateOfService (YYYY-MM-DD), payer.program, provider.discipline and a services list whose lines each have a 5-character code.",
    source: hint === "partA" ? PART_B_SOURCE : VALIDATE_SOURCES.sessionModel,
  };
}

/** A line's modifier that is known modifiers joined ("GP59", "GPKX"): its parts; else undefined. */
function joinedModifiers(path: Path, value: unknown): string[] | undefined {
  const parts = path[2] === "modifiers" && typeof value === "string" && /^(?:[0-9A-Za-z]{2}){2,4}$/.test(value) ? value.toUpperCase().match(/../g) : null;
  return parts?.every((p) => knownModifier(p)) ? parts : undefined;
}

/** A provider credential that is credentials joined ("PT/PTA", as the FHIR adapter passes an unknown clinician on): its parts; else undefined. */
function joinedCredentials(path: Path, value: unknown): string[] | undefined {
  return path[0] === "provider" && path[1] === "credential" && typeof value === "string" && value.includes("/") ? value.split("/") : undefined;
}

function ignoredFinding(issue: InputIssue, dropped: Path, checksRan: boolean, value?: unknown): Finding {
  const consequence = checksRan ? `${formatPath(dropped)} was ignored, so the checks ran without it` : `${formatPath(dropped)} would be ignored`;
  // "GP59": the biller's fix is to send GP and 59 apart, which "correct it" does not say.
  const joined = joinedModifiers(issue.path, value);
  // "PT/PTA": the care-team members the FHIR adapter could not tell apart (a shared sequence, a team of two disciplines).
  const credentials = joinedCredentials(issue.path, value);
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

/**
 * The kind of thing thrown (an error's name, else its type), never its message.
 *
 * @example
 * ```ts
 * describeThrown(new TypeError("boom")); //=> "TypeError"
 * ```
 * @internal
 */
export function describeThrown(error: unknown): string {
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
  let unreadModifiers: Set<number> | undefined;
  let current = input;
  try {
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      try {
        const session = parseSession(current);
        return unreadModifiers ? { session, findings, unreadModifiers } : { session, findings };
      } catch (error) {
        if (!(error instanceof SessionInputError)) return { session: null, findings: [...findings, unreadableFinding(error)] };
        const issues = error.issues.map((i) => withPlainMessage(current, i));
        const at = current;
        const required = issues.filter((i) => stops(i, valueAt(at, i.path)));
        if (required.length > 0 || pass === MAX_PASSES - 1) {
          const requiredOf = (i: InputIssue) => requiredFinding(i, valueAt(at, i.path));
          if (pass === MAX_PASSES - 1) return { session: null, findings: [...findings, ...issues.map(requiredOf)] };
          // A modifiers text, a credential or a program word is told as what it would be read as, as on a visit that is checked.
          const optional = issues.filter((i) => !stops(i, valueAt(at, i.path))).map((i) => optionalFinding(i, valueAt(at, i.path), false, at));
          return { session: null, findings: [...findings, ...required.map(requiredOf), ...optional] };
        }
        const copies = new Set<unknown>();
        for (const issue of issues) {
          const dropped = fieldToDrop(issue.path);
          const value = valueAt(current, issue.path);
          const put = modifierParts(issue.path, value) ?? credentialRead(issue.path, value) ?? programRead(issue.path, value);
          findings.push(optionalFinding(issue, value, true, current));
          if (!put && dropped[2] === "modifiers") (unreadModifiers ??= new Set()).add(dropped[1] as number);
          current = without(current, dropped, copies, put);
        }
        closeHoles(copies);
      }
    }
  } catch (error) {
    return { session: null, findings: [...findings, unreadableFinding(error)] };
  }
  return { session: null, findings };
}
