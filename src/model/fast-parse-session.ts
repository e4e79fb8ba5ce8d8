import { clockMinutesOrMinusOne, isIsoDate } from "./dates.js";
import { arrayOf, boolean, nonNegative, NOT_SURE, objectOf, oneOf, string, wholeNonNegative } from "./sure.js";
import { ContactSchema, DisciplineSchema, ProgramSchema, ProviderSchema, UnitMethodSchema, type Goal, type Note, type Payer, type PlanOfCare, type Provider, type ServiceLine, type Session } from "./session.js";

// The plain checks (objectOf, string, nonNegative…) are src/model/sure.ts's, shared with therapy-claims/report.
type Fields = Record<string, unknown>;

/*
 * Every output object starts as `{}` and gets its fields in the schema's order: an empty literal
 * has room for four fields in the object itself, where `{ code }` has room for one, so a line's
 * further fields would otherwise be copied to a larger store two or three times.
 *
 * Each optional field is read once by name (`from.minutes`, so every site keeps its own
 * inline cache) and, when the value is `undefined`, checked for presence with `"minutes" in
 * from`: a key present with the value `undefined` is kept with that value (the variable just
 * read, which holds it), in its place, as zod keeps it; a JavaScript caller's
 * `{ units: line.units }` with no units then stays on this path.
 */

function wholePositive(value: unknown): number {
  if (!Number.isSafeInteger(value) || (value as number) <= 0) throw NOT_SURE;
  return value as number;
}

function isoDate(value: unknown): string {
  if (typeof value !== "string" || !isIsoDate(value)) throw NOT_SURE;
  return value;
}

/** A clock time, as its minutes after midnight. */
function clockTime(value: unknown): number {
  if (typeof value !== "string") throw NOT_SURE;
  const minutes = clockMinutesOrMinusOne(value);
  if (minutes < 0) throw NOT_SURE;
  return minutes;
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

/*
 * Lists are copied into an array of their own length (`new Array(n)`, then filled) rather than
 * grown by push, which reserves room for 17 items on the first push: a line's one or two
 * modifiers and goal ids then cost a tenth of the memory. A list whose length changes while it
 * is read (only a getter could do that) is left to zod.
 */

function sameLength(list: readonly unknown[], length: number): void {
  if (list.length !== length) throw NOT_SURE;
}

function strings(value: unknown): string[] {
  const list = arrayOf(value);
  const n = list.length;
  const out = new Array<string>(n);
  for (let i = 0; i < n; i++) out[i] = string(list[i]);
  sameLength(list, n);
  return out;
}

function modifiers(value: unknown): string[] {
  const list = arrayOf(value);
  const n = list.length;
  const out = new Array<string>(n);
  for (let i = 0; i < n; i++) out[i] = alphanumeric(list[i], 2);
  sameLength(list, n);
  return out;
}

function payer(value: unknown): Payer {
  const from = objectOf(value);
  const out: Fields = {};
  out.program = oneOf(from.program, ProgramSchema.options);
  const method = from.unitMethod;
  if (method !== undefined) out.unitMethod = oneOf(method, UnitMethodSchema.options);
  else if ("unitMethod" in from) out.unitMethod = method;
  const name = from.name;
  if (name !== undefined) out.name = string(name);
  else if ("name" in from) out.name = name;
  return out as Payer;
}

function provider(value: unknown): Provider {
  const from = objectOf(value);
  const out: Fields = {};
  out.discipline = oneOf(from.discipline, DisciplineSchema.options);
  const v = from.credential;
  if (v !== undefined) out.credential = oneOf(v, ProviderSchema.shape.credential.def.innerType.options);
  else if ("credential" in from) out.credential = v;
  return out as Provider;
}

function serviceLine(value: unknown): ServiceLine {
  const from = objectOf(value);
  const out: Fields = {};
  out.code = alphanumeric(from.code, 5);
  let v: unknown;
  if ((v = from.minutes) !== undefined) out.minutes = wholeNonNegative(v);
  else if ("minutes" in from) out.minutes = v;
  let startsAt = -1;
  if ((v = from.start) !== undefined) {
    startsAt = clockTime(v);
    out.start = v;
  } else if ("start" in from) out.start = v;
  if ((v = from.end) !== undefined) {
    // The cross-field check of parseSession: a line that ends before it starts is an input error.
    if (clockTime(v) < startsAt) throw NOT_SURE;
    out.end = v;
  } else if ("end" in from) out.end = v;
  if ((v = from.units) !== undefined) out.units = wholeNonNegative(v);
  else if ("units" in from) out.units = v;
  if ((v = from.modifiers) !== undefined) out.modifiers = modifiers(v);
  else if ("modifiers" in from) out.modifiers = v;
  if ((v = from.contact) !== undefined) out.contact = oneOf(v, ContactSchema.options);
  else if ("contact" in from) out.contact = v;
  if ((v = from.groupSize) !== undefined) out.groupSize = wholePositive(v);
  else if ("groupSize" in from) out.groupSize = v;
  if ((v = from.assistantMinutes) !== undefined) out.assistantMinutes = wholeNonNegative(v);
  else if ("assistantMinutes" in from) out.assistantMinutes = v;
  if ((v = from.coTreated) !== undefined) out.coTreated = boolean(v);
  else if ("coTreated" in from) out.coTreated = v;
  if ((v = from.activity) !== undefined) out.activity = string(v);
  else if ("activity" in from) out.activity = v;
  if ((v = from.goalIds) !== undefined) out.goalIds = strings(v);
  else if ("goalIds" in from) out.goalIds = v;
  if ((v = from.allowedAmount) !== undefined) out.allowedAmount = nonNegative(v);
  else if ("allowedAmount" in from) out.allowedAmount = v;
  return out as ServiceLine;
}

function services(value: unknown): ServiceLine[] {
  const list = arrayOf(value);
  const n = list.length;
  const out = new Array<ServiceLine>(n);
  for (let i = 0; i < n; i++) out[i] = serviceLine(list[i]);
  sameLength(list, n);
  return out;
}

function note(value: unknown): Note {
  const from = objectOf(value);
  const out: Fields = {};
  let v: unknown;
  if ((v = from.subjective) !== undefined) out.subjective = string(v);
  else if ("subjective" in from) out.subjective = v;
  if ((v = from.objective) !== undefined) out.objective = string(v);
  else if ("objective" in from) out.objective = v;
  if ((v = from.assessment) !== undefined) out.assessment = string(v);
  else if ("assessment" in from) out.assessment = v;
  if ((v = from.patientResponse) !== undefined) out.patientResponse = string(v);
  else if ("patientResponse" in from) out.patientResponse = v;
  if ((v = from.plan) !== undefined) out.plan = string(v);
  else if ("plan" in from) out.plan = v;
  if ((v = from.text) !== undefined) out.text = string(v);
  else if ("text" in from) out.text = v;
  return out as Note;
}

function goal(value: unknown): Goal {
  const from = objectOf(value);
  const out: Fields = {};
  out.id = string(from.id);
  const v = from.text;
  if (v !== undefined) out.text = string(v);
  else if ("text" in from) out.text = v;
  return out as Goal;
}

function goals(value: unknown): Goal[] {
  const list = arrayOf(value);
  const n = list.length;
  const out = new Array<Goal>(n);
  for (let i = 0; i < n; i++) out[i] = goal(list[i]);
  sameLength(list, n);
  return out;
}

function planOfCare(value: unknown): PlanOfCare {
  const from = objectOf(value);
  const out: Fields = {};
  let v: unknown;
  if ((v = from.startOfCare) !== undefined) out.startOfCare = isoDate(v);
  else if ("startOfCare" in from) out.startOfCare = v;
  if ((v = from.certifiedOn) !== undefined) out.certifiedOn = isoDate(v);
  else if ("certifiedOn" in from) out.certifiedOn = v;
  if ((v = from.certifiedThrough) !== undefined) out.certifiedThrough = isoDate(v);
  else if ("certifiedThrough" in from) out.certifiedThrough = v;
  if ((v = from.goals) !== undefined) out.goals = goals(v);
  else if ("goals" in from) out.goals = v;
  if ((v = from.treatmentDaysSinceProgressReport) !== undefined) out.treatmentDaysSinceProgressReport = wholeNonNegative(v);
  else if ("treatmentDaysSinceProgressReport" in from) out.treatmentDaysSinceProgressReport = v;
  if ((v = from.progressReportAtThisVisit) !== undefined) out.progressReportAtThisVisit = boolean(v);
  else if ("progressReportAtThisVisit" in from) out.progressReportAtThisVisit = v;
  if ((v = from.dischargeAtThisVisit) !== undefined) out.dischargeAtThisVisit = boolean(v);
  else if ("dischargeAtThisVisit" in from) out.dischargeAtThisVisit = v;
  if ((v = from.referralOnFile) !== undefined) out.referralOnFile = boolean(v);
  else if ("referralOnFile" in from) out.referralOnFile = v;
  if ((v = from.planSentToReferrerOn) !== undefined) out.planSentToReferrerOn = isoDate(v);
  else if ("planSentToReferrerOn" in from) out.planSentToReferrerOn = v;
  if ((v = from.delayReasonOnFile) !== undefined) out.delayReasonOnFile = boolean(v);
  else if ("delayReasonOnFile" in from) out.delayReasonOnFile = v;
  return out as PlanOfCare;
}

function therapyYearToDate(value: unknown): Session["therapyYearToDate"] {
  const from = objectOf(value);
  const out: Fields = {};
  let v: unknown;
  if ((v = from.ptSlp) !== undefined) out.ptSlp = nonNegative(v);
  else if ("ptSlp" in from) out.ptSlp = v;
  if ((v = from.ot) !== undefined) out.ot = nonNegative(v);
  else if ("ot" in from) out.ot = v;
  return out as Session["therapyYearToDate"];
}

function session(value: unknown): Session {
  const from = objectOf(value);
  const out: Fields = {};
  let v: unknown;
  if ((v = from.id) !== undefined) out.id = string(v);
  else if ("id" in from) out.id = v;
  out.dateOfService = isoDate(from.dateOfService);
  out.payer = payer(from.payer);
  out.provider = provider(from.provider);
  out.services = services(from.services);
  if ((v = from.totalTimedMinutes) !== undefined) out.totalTimedMinutes = wholeNonNegative(v);
  else if ("totalTimedMinutes" in from) out.totalTimedMinutes = v;
  if ((v = from.totalTreatmentMinutes) !== undefined) out.totalTreatmentMinutes = wholeNonNegative(v);
  else if ("totalTreatmentMinutes" in from) out.totalTreatmentMinutes = v;
  if ((v = from.note) !== undefined) out.note = note(v);
  else if ("note" in from) out.note = v;
  if ((v = from.planOfCare) !== undefined) out.planOfCare = planOfCare(v);
  else if ("planOfCare" in from) out.planOfCare = v;
  if ((v = from.therapyYearToDate) !== undefined) out.therapyYearToDate = therapyYearToDate(v);
  else if ("therapyYearToDate" in from) out.therapyYearToDate = v;
  return out as Session;
}

/**
 * The common valid case of {@link parseSession} without zod: a plain walk over the input that
 * returns the same session `SessionSchema` would (fields in the schema's order, unknown keys
 * dropped, new objects and arrays), or `undefined` whenever it cannot vouch for the input (any
 * malformed field, an end before its start, input that throws or changes while read), so that the caller runs the schema, which decides and explains.
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
