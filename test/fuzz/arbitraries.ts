/**
 * fast-check arbitraries of sessions, for fuzzing everything that takes one: parseSession now,
 * validateSession, lintDocumentation and the other checks once they land.
 *
 * - {@link validSessionArb}: structurally valid sessions of ordinary size (every value one the
 *   schema accepts; billing content may be wrong, which is the point).
 * - {@link extremeSessionArb}: still valid input, at the edges: 0 and 10,000 minutes, up to 200
 *   lines, empty strings, arbitrary unicode (lone surrogates included), a 1 MiB activity text.
 * - {@link nearSessionArb}: a valid session with one field replaced by anything at all, the
 *   inputs most likely to slip past a hand-written fast path.
 *
 * Each valid arbitrary is checked against the schema in parse-session.fuzz.test.ts, so a fast
 * path can be proved against zod with them.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(validSessionArb, (s) => {
 *   const report = validateSession(s);
 *   expect(report.valid).toBe(!report.findings.some((f) => f.severity === "error"));
 * }), { numRuns: FUZZ_RUNS });
 * ```
 */
import fc from "fast-check";
import { CODE_ROWS } from "../../src/catalog/index.js";
import type { Session, ServiceLine } from "../../src/model/index.js";

/** Runs per property: 100 in the suite, more with `FUZZ_RUNS=… npm run fuzz`. */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 100);

/** 1 MiB of realistic activity text. */
export const ONE_MB_ACTIVITY: string = (() => {
  const unit = "Pt performed SLR 3x10, bridges 2x15, step-ups 6\" x10 w/ CGA; VC for eccentric control. ";
  return unit.repeat(Math.ceil((1024 * 1024) / unit.length)).slice(0, 1024 * 1024);
})();

const CATALOG_CODES = CODE_ROWS.map((r) => r.code);
const KNOWN_MODIFIERS = ["GP", "GO", "GN", "59", "KX", "CQ", "CO", "XE", "XS", "XP", "XU", "76", "77", "25", "52"];
const PHRASES = [
  "Pt performed SLR 3x10 and bridges 2x15 w/ VC for form",
  "Gait training 150' w/ RW CGA",
  "see flowsheet",
  "Pt tolerated tx well",
  "Ther ex per HEP",
  "STM to lumbar paraspinals; grade III PA mobs L3-5",
  "LB dressing w/ reacher, min A",
  "",
];

/** A 5-character code: mostly from the catalog, sometimes any letters and digits. */
export const codeArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...CATALOG_CODES) },
  { weight: 1, arbitrary: fc.stringMatching(/^[0-9A-Za-z]{5}$/) },
);

/** A 2-character modifier: mostly real ones. */
export const modifierArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...KNOWN_MODIFIERS) },
  { weight: 1, arbitrary: fc.stringMatching(/^[0-9A-Za-z]{2}$/) },
);

/** A real calendar date `YYYY-MM-DD` between 2015 and 2030. */
export const isoDateArb: fc.Arbitrary<string> = fc
  .date({ min: new Date("2015-01-01T00:00:00.000Z"), max: new Date("2030-12-31T00:00:00.000Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const pad2 = (n: number) => String(n).padStart(2, "0");
const clock = (m: number) => `${pad2(Math.floor(m / 60))}:${pad2(m % 60)}`;

/** A start and end clock time, the end not before the start. */
export const clockPairArb: fc.Arbitrary<{ start: string; end: string }> = fc
  .tuple(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 0, max: 1439 }))
  .map(([a, b]) => ({ start: clock(Math.min(a, b)), end: clock(Math.max(a, b)) }));

/** Dollars: non-negative, finite, never -0 (which JSON turns into 0). */
const moneyArb = fc.double({ min: 0, max: 1_000_000, noNaN: true, noDefaultInfinity: true }).map((x) => x + 0);

interface Knobs {
  minutes: fc.Arbitrary<number>;
  text: fc.Arbitrary<string>;
  id: fc.Arbitrary<string>;
  lines: fc.Arbitrary<ServiceLine[]>;
}

function lineArb(k: Omit<Knobs, "lines">): fc.Arbitrary<ServiceLine> {
  return fc
    .tuple(
      fc.record(
        {
          code: codeArb,
          minutes: k.minutes,
          units: fc.oneof(fc.nat({ max: 8 }), fc.constantFrom(0, 1_000)),
          modifiers: fc.array(modifierArb, { maxLength: 4 }),
          contact: fc.constantFrom("one-on-one", "group", "concurrent", "supervised"),
          groupSize: fc.integer({ min: 1, max: 12 }),
          assistantMinutes: k.minutes,
          activity: k.text,
          goalIds: fc.array(k.id, { maxLength: 3 }),
          allowedAmount: moneyArb,
        },
        { requiredKeys: ["code"] },
      ),
      fc.option(clockPairArb, { nil: undefined }),
    )
    .map(([line, times]) => (times ? { ...line, ...times } : line) as ServiceLine);
}

function sessionArb(k: Knobs): fc.Arbitrary<Session> {
  return fc.record(
    {
      id: k.id,
      dateOfService: isoDateArb,
      payer: fc.record(
        { program: fc.constantFrom("medicare", "medicaid", "commercial", "other"), unitMethod: fc.constantFrom("cms", "ama"), name: k.text },
        { requiredKeys: ["program"] },
      ),
      provider: fc.record(
        { discipline: fc.constantFrom("PT", "OT", "SLP"), credential: fc.constantFrom("PT", "PTA", "OT", "OTA", "SLP", "other") },
        { requiredKeys: ["discipline"] },
      ),
      services: k.lines,
      totalTimedMinutes: k.minutes,
      totalTreatmentMinutes: k.minutes,
      note: fc.record(
        { subjective: k.text, objective: k.text, assessment: k.text, patientResponse: k.text, plan: k.text, text: k.text },
        { requiredKeys: [] },
      ),
      planOfCare: fc.record(
        {
          startOfCare: isoDateArb,
          certifiedOn: isoDateArb,
          certifiedThrough: isoDateArb,
          goals: fc.array(fc.record({ id: k.id, text: k.text }, { requiredKeys: ["id"] }), { maxLength: 5 }),
          treatmentDaysSinceProgressReport: fc.nat({ max: 40 }),
          referralOnFile: fc.boolean(),
          planSentToReferrerOn: isoDateArb,
        },
        { requiredKeys: [] },
      ),
      therapyYearToDate: fc.record({ ptSlp: moneyArb, ot: moneyArb }, { requiredKeys: [] }),
    },
    { requiredKeys: ["dateOfService", "payer", "provider", "services"] },
  ) as fc.Arbitrary<Session>;
}

const ordinaryText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PHRASES) },
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...PHRASES), { minLength: 2, maxLength: 5 }).map((parts) => parts.join(". ")) },
  { weight: 1, arbitrary: fc.string({ maxLength: 80 }) },
);
const ordinaryKnobs = {
  minutes: fc.nat({ max: 90 }),
  text: ordinaryText,
  id: fc.oneof(fc.constantFrom("G1", "G2", "G3"), fc.string({ maxLength: 6 })),
};

/** Structurally valid sessions of ordinary size: 1–6 lines, 0–90 minutes, short texts. */
export const validSessionArb: fc.Arbitrary<Session> = sessionArb({
  ...ordinaryKnobs,
  lines: fc.array(lineArb(ordinaryKnobs), { minLength: 1, maxLength: 6 }),
});

const extremeText = fc.oneof(
  { weight: 30, arbitrary: fc.constant("") },
  { weight: 30, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 20, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 20, arbitrary: fc.constantFrom(...PHRASES) },
  // about one session in ten carries a 1 MiB text somewhere
  { weight: 1, arbitrary: fc.constant(ONE_MB_ACTIVITY) },
);
const extremeKnobs = {
  minutes: fc.oneof(fc.constantFrom(0, 10_000), fc.nat({ max: 10_000 })),
  text: extremeText,
  id: fc.oneof(fc.constant(""), fc.string({ unit: "binary", maxLength: 8 })),
};
const extremeLine = lineArb(extremeKnobs);

/**
 * Still-valid sessions at the edges: 0 and 10,000 minutes, no lines or 200 lines, empty strings,
 * any unicode (lone surrogates too), a 1 MiB text now and then.
 */
export const extremeSessionArb: fc.Arbitrary<Session> = sessionArb({
  ...extremeKnobs,
  lines: fc.oneof(
    { weight: 6, arbitrary: fc.array(extremeLine, { maxLength: 6 }) },
    { weight: 1, arbitrary: fc.array(lineArb({ ...extremeKnobs, text: fc.constantFrom("", "x", "Pt tolerated tx well") }), { minLength: 200, maxLength: 200 }) },
  ),
});

/** Every path to a value inside `value`, e.g. `["services", 0, "minutes"]`. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => [[...prefix, i], ...pathsOf(v, [...prefix, i])]);
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k])]);
  }
  return [];
}

function withValueAt(root: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(root)) return root.map((v, i) => (i === head ? withValueAt(v, rest, replacement) : v));
  const obj = root as Record<string, unknown>;
  return { ...obj, [head]: withValueAt(obj[head], rest, replacement) };
}

/**
 * A valid session with the value at one of its paths replaced by anything at all (a wrong
 * type, a huge number, NaN, an object, undefined): usually invalid, sometimes still valid.
 */
export const nearSessionArb: fc.Arbitrary<unknown> = validSessionArb.chain((s) => {
  const paths = pathsOf(s);
  return fc
    .tuple(fc.constantFrom(...paths), fc.oneof(fc.anything(), fc.constantFrom(Number.NaN, Infinity, -1, 1.5, "", null, undefined, [], {})))
    .map(([path, replacement]) => withValueAt(s, path, replacement));
});

/**
 * Freezes a value and everything inside it, so that any write by the code under test throws.
 *
 * @param value - the value to freeze
 * @returns the same value, frozen all the way down
 */
export function deepFreeze<T>(value: T): T {
  if (ArrayBuffer.isView(value)) return value; // typed arrays with elements cannot be frozen
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<string | symbol, unknown>)[key]);
  }
  return value;
}
