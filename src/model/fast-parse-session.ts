import type { clockMinutes, isIsoDate } from "./dates.js";
import type { Goal, Note, Payer, PlanOfCare, Provider, ServiceLine, Session } from "./session.js";

/**
 * Thrown inside {@link fastParseSession} when the plain check cannot vouch for the input; never
 * leaves this module's caller, which then runs the zod schema.
 */
const NOT_SURE: unique symbol = Symbol("not sure");

type Fields = Record<string, unknown>;

const PROGRAMS: ReadonlySet<unknown> = new Set(["medicare", "medicaid", "commercial", "other"]);
const UNIT_METHODS: ReadonlySet<unknown> = new Set(["cms", "ama"]);
const DISCIPLINES: ReadonlySet<unknown> = new Set(["PT", "OT", "SLP"]);
const CREDENTIALS: ReadonlySet<unknown> = new Set(["PT", "PTA", "OT", "OTA", "SLP", "other"]);
const CONTACTS: ReadonlySet<unknown> = new Set(["one-on-one", "group", "concurrent", "supervised"]);

/** An object zod's `z.object` would read (anything but null, arrays and primitives). */
function objectOf(value: unknown): Fields {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw NOT_SURE;
  return value as Fields;
}

function arrayOf(value: unknown): readonly unknown[] {
  if (!Array.isArray(value)) throw NOT_SURE;
  return value;
}

/**
 * The value of an optional field, `undefined` when it is absent. A field that is present with
 * the value `undefined` (which zod keeps as a key) is left to zod.
 */
function read(from: Fields, key: string): unknown {
  const value = from[key];
  if (value === undefined && key in from) throw NOT_SURE;
  return value;
}

function string(value: unknown): string {
  if (typeof value !== "string") throw NOT_SURE;
  return value;
}

function oneOf(set: ReadonlySet<unknown>, value: unknown): string {
  if (!set.has(value)) throw NOT_SURE;
  return value as string;
}

/** zod 4's `z.number().nonnegative()`: a finite number, not below 0. */
function nonNegative(value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) throw NOT_SURE;
  return value;
}

/** zod 4's `.int().nonnegative()`: a safe integer, not below 0. */
function wholeNonNegative(value: unknown): number {
  if (!Number.isSafeInteger(value) || (value as number) < 0) throw NOT_SURE;
  return value as number;
}

function wholePositive(value: unknown): number {
  if (!Number.isSafeInteger(value) || (value as number) <= 0) throw NOT_SURE;
  return value as number;
}

function digitAt(text: string, index: number): number {
  const d = text.charCodeAt(index) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/**
 * {@link isIsoDate} without a regular expression or a `Date`: `YYYY-MM-DD` on the proleptic
 * Gregorian calendar. Years before 100 (which `isIsoDate` rejects, as date-fns `isExists` reads
 * them as 19xx) are rejected too.
 *
 * @param text - any text
 * @returns whether {@link isIsoDate} accepts it
 * @example
 * ```ts
 * isIsoDateFast("2024-02-29"); //=> true
 * isIsoDateFast("2023-02-29"); //=> false
 * ```
 */
export function isIsoDateFast(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const y0 = digitAt(text, 0), y1 = digitAt(text, 1), y2 = digitAt(text, 2), y3 = digitAt(text, 3);
  const m0 = digitAt(text, 5), m1 = digitAt(text, 6), d0 = digitAt(text, 8), d1 = digitAt(text, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return false;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= days;
}

/**
 * {@link clockMinutes} without a regular expression: minutes after midnight of `HH:MM`
 * (00:00–23:59), or -1.
 *
 * @param text - any text
 * @returns the minutes, or -1 where `clockMinutes` gives `undefined`
 * @example
 * ```ts
 * clockMinutesFast("09:30"); //=> 570
 * clockMinutesFast("24:00"); //=> -1
 * ```
 */
export function clockMinutesFast(text: string): number {
  if (text.length !== 5 || text.charCodeAt(2) !== 58) return -1;
  const h0 = digitAt(text, 0), h1 = digitAt(text, 1), m0 = digitAt(text, 3), m1 = digitAt(text, 4);
  if ((h0 | h1 | m0 | m1) < 0 || m0 > 5) return -1;
  const hours = h0 * 10 + h1;
  return hours > 23 ? -1 : hours * 60 + m0 * 10 + m1;
}

function isoDate(value: unknown): string {
  if (typeof value !== "string" || !isIsoDateFast(value)) throw NOT_SURE;
  return value;
}

function clockTime(value: unknown): string {
  if (typeof value !== "string" || clockMinutesFast(value) < 0) throw NOT_SURE;
  return value;
}

/** `/^[0-9A-Za-z]{n}$/` without a regular expression. */
function alphanumeric(value: unknown, length: number): string {
  if (typeof value !== "string" || value.length !== length) throw NOT_SURE;
  for (let i = 0; i < length; i++) {
    const c = value.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) throw NOT_SURE;
  }
  return value;
}

function strings(value: unknown): string[] {
  const list = arrayOf(value);
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) out.push(string(list[i]));
  return out;
}

function modifiers(value: unknown): string[] {
  const list = arrayOf(value);
  if (list.length > 4) throw NOT_SURE;
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) out.push(alphanumeric(list[i], 2));
  return out;
}

function payer(value: unknown): Payer {
  const from = objectOf(value);
  const out: Fields = { program: oneOf(PROGRAMS, from.program) };
  let v: unknown;
  if ((v = read(from, "unitMethod")) !== undefined) out.unitMethod = oneOf(UNIT_METHODS, v);
  if ((v = read(from, "name")) !== undefined) out.name = string(v);
  return out as Payer;
}

function provider(value: unknown): Provider {
  const from = objectOf(value);
  const out: Fields = { discipline: oneOf(DISCIPLINES, from.discipline) };
  let v: unknown;
  if ((v = read(from, "credential")) !== undefined) out.credential = oneOf(CREDENTIALS, v);
  return out as Provider;
}

function serviceLine(value: unknown): ServiceLine {
  const from = objectOf(value);
  const out: Fields = { code: alphanumeric(from.code, 5) };
  let v: unknown;
  if ((v = read(from, "minutes")) !== undefined) out.minutes = wholeNonNegative(v);
  if ((v = read(from, "start")) !== undefined) out.start = clockTime(v);
  if ((v = read(from, "end")) !== undefined) out.end = clockTime(v);
  if ((v = read(from, "units")) !== undefined) out.units = wholeNonNegative(v);
  if ((v = read(from, "modifiers")) !== undefined) out.modifiers = modifiers(v);
  if ((v = read(from, "contact")) !== undefined) out.contact = oneOf(CONTACTS, v);
  if ((v = read(from, "groupSize")) !== undefined) out.groupSize = wholePositive(v);
  if ((v = read(from, "assistantMinutes")) !== undefined) out.assistantMinutes = wholeNonNegative(v);
  if ((v = read(from, "activity")) !== undefined) out.activity = string(v);
  if ((v = read(from, "goalIds")) !== undefined) out.goalIds = strings(v);
  if ((v = read(from, "allowedAmount")) !== undefined) out.allowedAmount = nonNegative(v);
  // The cross-field check of parseSession: a line that ends before it starts is an input error.
  if (out.start !== undefined && out.end !== undefined && clockMinutesFast(out.end as string) < clockMinutesFast(out.start as string)) throw NOT_SURE;
  return out as ServiceLine;
}

function services(value: unknown): ServiceLine[] {
  const list = arrayOf(value);
  const out: ServiceLine[] = [];
  for (let i = 0; i < list.length; i++) out.push(serviceLine(list[i]));
  return out;
}

function note(value: unknown): Note {
  const from = objectOf(value);
  const out: Fields = {};
  let v: unknown;
  if ((v = read(from, "subjective")) !== undefined) out.subjective = string(v);
  if ((v = read(from, "objective")) !== undefined) out.objective = string(v);
  if ((v = read(from, "assessment")) !== undefined) out.assessment = string(v);
  if ((v = read(from, "patientResponse")) !== undefined) out.patientResponse = string(v);
  if ((v = read(from, "plan")) !== undefined) out.plan = string(v);
  if ((v = read(from, "text")) !== undefined) out.text = string(v);
  return out as Note;
}

function goal(value: unknown): Goal {
  const from = objectOf(value);
  const out: Fields = { id: string(from.id) };
  let v: unknown;
  if ((v = read(from, "text")) !== undefined) out.text = string(v);
  return out as Goal;
}

function goals(value: unknown): Goal[] {
  const list = arrayOf(value);
  const out: Goal[] = [];
  for (let i = 0; i < list.length; i++) out.push(goal(list[i]));
  return out;
}

function boolean(value: unknown): boolean {
  if (typeof value !== "boolean") throw NOT_SURE;
  return value;
}

function planOfCare(value: unknown): PlanOfCare {
  const from = objectOf(value);
  const out: Fields = {};
  let v: unknown;
  if ((v = read(from, "startOfCare")) !== undefined) out.startOfCare = isoDate(v);
  if ((v = read(from, "certifiedOn")) !== undefined) out.certifiedOn = isoDate(v);
  if ((v = read(from, "certifiedThrough")) !== undefined) out.certifiedThrough = isoDate(v);
  if ((v = read(from, "goals")) !== undefined) out.goals = goals(v);
  if ((v = read(from, "treatmentDaysSinceProgressReport")) !== undefined) out.treatmentDaysSinceProgressReport = wholeNonNegative(v);
  if ((v = read(from, "referralOnFile")) !== undefined) out.referralOnFile = boolean(v);
  if ((v = read(from, "planSentToReferrerOn")) !== undefined) out.planSentToReferrerOn = isoDate(v);
  return out as PlanOfCare;
}

function therapyYearToDate(value: unknown): Session["therapyYearToDate"] {
  const from = objectOf(value);
  const out: Fields = {};
  let v: unknown;
  if ((v = read(from, "ptSlp")) !== undefined) out.ptSlp = nonNegative(v);
  if ((v = read(from, "ot")) !== undefined) out.ot = nonNegative(v);
  return out as Session["therapyYearToDate"];
}

function session(value: unknown): Session {
  const from = objectOf(value);
  const out: Fields = {};
  let v: unknown;
  if ((v = read(from, "id")) !== undefined) out.id = string(v);
  out.dateOfService = isoDate(from.dateOfService);
  out.payer = payer(from.payer);
  out.provider = provider(from.provider);
  out.services = services(from.services);
  if ((v = read(from, "totalTimedMinutes")) !== undefined) out.totalTimedMinutes = wholeNonNegative(v);
  if ((v = read(from, "totalTreatmentMinutes")) !== undefined) out.totalTreatmentMinutes = wholeNonNegative(v);
  if ((v = read(from, "note")) !== undefined) out.note = note(v);
  if ((v = read(from, "planOfCare")) !== undefined) out.planOfCare = planOfCare(v);
  if ((v = read(from, "therapyYearToDate")) !== undefined) out.therapyYearToDate = therapyYearToDate(v);
  return out as Session;
}

/**
 * The common valid case of {@link parseSession} without zod: a plain walk over the input that
 * returns the same session `SessionSchema` would (fields in the schema's order, unknown keys
 * dropped, new objects and arrays), or `undefined` whenever it cannot vouch for the input (any
 * malformed field, an end before its start, a key present with the value `undefined`, input
 * that throws while read), so that the caller runs the schema, which decides and explains.
 * Agreement with the schema is a property test (test/model/fast-parse-session.test.ts).
 *
 * @param input - anything
 * @returns the session, or `undefined` to mean "ask the schema"
 * @example
 * ```ts
 * fastParseSession({ dateOfService: "2025-03-14", payer: { program: "medicare" },
 *   provider: { discipline: "PT" }, services: [{ code: "97110", minutes: 12 }] })?.services[0]?.minutes; //=> 12
 * fastParseSession({ dateOfService: "2025-02-30" }); //=> undefined
 * ```
 * @remarks The schema is the definition (docs/design.md, Vocabulary); this is an optimisation of it.
 */
export function fastParseSession(input: unknown): Session | undefined {
  try {
    return session(input);
  } catch {
    return undefined;
  }
}
