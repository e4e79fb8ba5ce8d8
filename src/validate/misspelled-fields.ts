import type { Finding } from "../model/finding.js";
import { isRecord } from "../model/is-record.js";
import { formatPath } from "../model/parse-session.js";
import {
  GoalSchema,
  NoteSchema,
  PayerSchema,
  PlanOfCareSchema,
  ProviderSchema,
  ServiceLineSchema,
  SessionSchema,
  TherapyYearToDateSchema,
} from "../model/session.js";
import { cutQuote } from "../rules/short-quote.js";
import { VALIDATE_SOURCES } from "./sources.js";

type Path = readonly (string | number)[];

/** A field name as compared: lower case, letters and digits only ("assistant_minutes" reads as "assistantminutes"). */
function normal(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** The session model's field names at one place, by their normal form; and by themselves, for the common case. */
interface Fields {
  /** Each name set to true, on an object without a prototype (a property read is cheaper than a Set's lookup here). */
  readonly names: Readonly<Record<string, true>>;
  readonly byNormal: ReadonlyMap<string, string>;
  /** Keys seen before that are not fields, and the field each looks like (null: none): an EHR sends the same ones on every visit. */
  readonly seen: Map<string, string | null>;
  /** The field names, as a message lists them. */
  readonly list: string;
}

/** Past this many remembered keys at one place, the memory starts again (random keys cannot grow it without end). */
const SEEN_LIMIT = 256;

function fieldsOf(schema: { readonly shape: object }): Fields {
  const names = Object.keys(schema.shape);
  const byName: Record<string, true> = Object.create(null);
  for (const name of names) byName[name] = true;
  return { names: byName, byNormal: new Map(names.map((key) => [normal(key), key])), seen: new Map(), list: names.join(", ") };
}

const SESSION = /* @__PURE__ */ fieldsOf(SessionSchema);
const PAYER = /* @__PURE__ */ fieldsOf(PayerSchema);
const PROVIDER = /* @__PURE__ */ fieldsOf(ProviderSchema);
const NOTE = /* @__PURE__ */ fieldsOf(NoteSchema);
const YEAR_TO_DATE = /* @__PURE__ */ fieldsOf(TherapyYearToDateSchema);
const LINE = /* @__PURE__ */ fieldsOf(ServiceLineSchema);
const PLAN = /* @__PURE__ */ fieldsOf(PlanOfCareSchema);
const GOAL = /* @__PURE__ */ fieldsOf(GoalSchema);

/**
 * How many single-character insertions, deletions, substitutions or swaps of neighbours turn
 * `a` into `b` (optimal string alignment distance). Only keys that are not fields get here, so
 * the plain table is enough.
 */
function edits(a: string, b: string): number {
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    d[i] = [i];
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] =
        i === 0
          ? j
          : Math.min(
              d[i - 1]![j]! + 1,
              d[i]![j - 1]! + 1,
              d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
              i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] ? d[i - 2]![j - 2]! + 1 : Infinity,
            );
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The field a key not in the model was most likely meant as: the same name in another case or
 * with separators (`total_timed_minutes`), or one (from 4 characters) or two (from 8) typing
 * slips away (`assistantMinute`, `modifier`, `assesment`). Any other key is not a field of ours
 * (an EHR's own `mrn`, `encounterId` …) and is passed over without a word.
 */
function meantField(key: string, fields: ReadonlyMap<string, string>): string | undefined {
  const n = normal(key);
  const same = fields.get(n);
  if (same !== undefined) return same;
  if (n.length < 4) return undefined;
  const limit = n.length >= 8 ? 2 : 1;
  for (const [other, field] of fields) if (Math.abs(other.length - n.length) <= limit && edits(n, other) <= limit) return field;
  return undefined;
}

/**
 * The findings for the keys of one object of the input that look like a field of ours mistyped;
 * the object's path is given as its parts (no list made unless a key is reported). UNREAD-OBJECT
 * (nineteenth round): an object of ours below the session (`whole`) that holds none of its fields
 * was read as empty in silence when its keys resembled none (`therapyYearToDate: { allowedDollars:
 * 2600 }`: no KX finding for a visit past the threshold). Its other keys are then named too; an
 * object with one of its fields keeps an EHR's extra keys without a word, as before.
 */
function keysOf(value: unknown, fields: Fields, out: Finding[], required: Finding[], whole: boolean, a?: string, i?: number, b?: string, j?: number): void {
  if (!isRecord(value)) return;
  let read = false;
  let unread: string[] | undefined;
  for (const key in value) {
    // A field first, without an own-key test (one per key cost validateSession about 3%, bench:ab): a plain object's keys
    // are its own, and an inherited field name read as a field only keeps this object from being named.
    if (fields.names[key] === true) {
      read = true;
      continue;
    }
    if (!Object.hasOwn(value, key)) continue;
    let meant = fields.seen.get(key);
    if (meant === undefined) {
      meant = meantField(key, fields.byNormal) ?? null;
      // Only short keys are kept: a field name is short, and a long key must not stay in memory.
      if (key.length <= 64) {
        if (fields.seen.size >= SEEN_LIMIT) fields.seen.clear();
        fields.seen.set(key, meant);
      }
    }
    if (meant === null) {
      if (whole && !read) (unread ??= []).push(key);
      continue;
    }
    if (Object.hasOwn(value, meant)) continue;
    const path = [a, i, b, j].filter((part): part is string | number => part !== undefined);
    const where = formatPath([...path, key]);
    const field = formatPath([...path, meant]);
    // ONE-TYPO (twentieth round): a required field's key mistyped gave its input/required-field error beside this
    // warning, two findings for one typo; this one says it, as the error (input/ rules cannot be set off).
    const at = required.findIndex((f) => f.rule === "input/required-field" && f.path !== undefined && formatPath(f.path) === field);
    if (at >= 0) required.splice(at, 1);
    out.push({
      rule: "input/misspelled-field",
      severity: at >= 0 ? "error" : "warning",
      message: `${where} is not a field of the session model, so it was not read; it looks like ${meant}${at >= 0 ? `, which is required, so the visit could not be checked` : ""}.`,
      path: [...path, key],
      fix: `Send it as ${field}${at < 0 ? ", or leave it out" : ""}.`,
      source: VALIDATE_SOURCES.sessionModel,
    });
    // ONE-TYPO: the object is then not silent (its other keys are passed over, as beside a field of ours).
    read = true;
  }
  if (read || unread === undefined) return;
  const path = [a, i, b, j].filter((part): part is string | number => part !== undefined);
  const where = formatPath(path);
  // ONE-OBJECT (twenty-first round): an object of ours holding none of its fields lacks its required one too (`payer: { plan:
  // "x" }`), whose input/required-field error said the same problem again; this finding says both, as the error.
  const at = required.findIndex((f) => f.rule === "input/required-field" && f.path?.length === path.length + 1 && formatPath(f.path.slice(0, -1)) === where);
  const field = at >= 0 ? formatPath(required.splice(at, 1)[0]!.path!) : "";
  out.push({
    rule: "input/misspelled-field",
    severity: field ? "error" : "warning",
    message: `${where} has none of its fields (${fields.list}), so nothing in it was read: ${unread.slice(0, 3).map((key) => cutQuote(key, 24)).join(", ")}${unread.length > 3 ? ` and ${unread.length - 3} more` : ""} ${unread.length === 1 ? "is not one of them" : "are not among them"}${field ? `; ${field} is required, so the visit could not be checked` : ""}.`,
    path,
    fix: `Send ${field ? `${field}, and what else ${where} holds,` : `what ${where} holds`} under the session model's field names (${fields.list})${field ? "" : ", or leave it out"}.`,
    source: VALIDATE_SOURCES.sessionModel,
  });
}

/**
 * Keys of the input that look like a session field mistyped or differently spelled
 * (`assistantMinute`, `modifier`, `total_timed_minutes`, `Assessment`): each is an
 * `input/misspelled-field` warning naming the field it looks like. Such a key is not read, and
 * without a word a check may then say the field is missing, or say nothing where it should
 * (assistant minutes that never reach the CQ/CO check). A key that resembles no field of ours
 * is an EHR's own data and is passed over; so is a near-miss when the field itself is also sent.
 * Never throws: input that cannot be read gives no finding here (the reading reports it).
 *
 * A key that looks like a required field the input lacks (`payer: { progam: "medicare" }`) is one
 * finding, an error saying the visit could not be checked: the reading's `input/required-field`
 * error for that field is taken out of `read` (ONE-TYPO, twentieth round: one typo was two or
 * three findings). An object of ours holding such a key is not also said to hold none of its fields.
 *
 * @param input - the untrusted input validateSession was given
 * @param read - the reading's findings (readSessionInput's, the report's own list): a required-field error that only
 *   follows from a misspelled key is taken out of it
 * @returns the findings, in the order of the input's keys
 * @example
 * ```ts
 * misspelledFields({ ...visit, total_timed_minutes: 30 })[0]?.message;
 * //=> "total_timed_minutes is not a field of the session model, so it was not read; it looks like totalTimedMinutes."
 * ```
 */
export function misspelledFields(input: unknown, read: Finding[] = []): Finding[] {
  const out: Finding[] = [];
  try {
    if (!isRecord(input)) return out;
    keysOf(input, SESSION, out, read, false);
    keysOf(input.payer, PAYER, out, read, true, "payer");
    keysOf(input.provider, PROVIDER, out, read, true, "provider");
    keysOf(input.note, NOTE, out, read, true, "note");
    keysOf(input.therapyYearToDate, YEAR_TO_DATE, out, read, true, "therapyYearToDate");
    const services = input.services;
    if (Array.isArray(services)) for (let i = 0; i < services.length; i++) keysOf(services[i], LINE, out, read, true, "services", i);
    const plan = input.planOfCare;
    keysOf(plan, PLAN, out, read, true, "planOfCare");
    const goals = isRecord(plan) ? plan.goals : undefined;
    if (Array.isArray(goals)) for (let i = 0; i < goals.length; i++) keysOf(goals[i], GOAL, out, read, true, "planOfCare", undefined, "goals", i);
  } catch {
    // Unreadable input: readSessionInput reports it.
  }
  return out;
}

/**
 * The lines of a list of findings with a key named by `input/misspelled-field` that looks like the
 * line field `field` (`modifier` for "modifiers", `minute` for "minutes"), added to `also` (ONE-TYPO,
 * twentieth round: such a line's modifiers or minutes were sent but not read, and a check then said
 * the line had none, a second finding for the one typo). `also` itself when there are none.
 *
 * @param findings - the visit's findings so far
 * @param field - a line field of the session model
 * @param also - lines to include (another reason the field was not read)
 * @returns the lines, or `also`
 * @example
 * ```ts
 * [...(misspelledLines(misspelledFields({ services: [{ code: "97110", modifier: ["GP"] }] }), "modifiers") ?? [])]; //=> [0]
 * ```
 * @internal
 */
export function misspelledLines(findings: readonly Finding[], field: string, also?: ReadonlySet<number>): ReadonlySet<number> | undefined {
  let out: Set<number> | undefined;
  for (const f of findings) {
    const p = f.path;
    if (f.rule === "input/misspelled-field" && p?.[0] === "services" && typeof p[2] === "string" && p.length === 3 && meantField(p[2], LINE.byNormal) === field) (out ??= new Set(also)).add(p[1] as number);
  }
  return out ?? also;
}
