/**
 * Inputs for the oracle tests: the benchmark generator's sessions (parsed), and fast-check
 * arbitraries that start from them and move the date, the payer and the lines around, so the
 * fast code and its oracle are compared on realistic and on adversarial sessions alike.
 */
import fc from "fast-check";
import { generateSessions } from "../../bench/generate.mjs";
import { parseSession } from "../../src/model/parse-session.js";
import type { PairOverlay, PayerProfileOverride } from "../../src/model/payer-profile.js";
import type { ServiceLine, Session } from "../../src/model/session.js";
import { PTP_CORE_ROWS } from "../../src/ncci/ptp-data.js";
import { isoDateArb, validSessionArb, extremeSessionArb } from "../fuzz/arbitraries.js";

export { FUZZ_RUNS } from "../fuzz/arbitraries.js";

/** 2,000 sessions of the benchmark generator (seed 7), parsed. */
export const BENCH_SESSIONS: readonly Session[] = generateSessions(2000, 7).map((s) => parseSession(s));

/** Dates where table rows start or end, and the day on either side: where an off-by-one shows. */
export const EDGE_DATES: readonly string[] = [
  ...new Set(
    PTP_CORE_ROWS.flatMap((r) => [r.deletion, r.effective])
      .filter((d): d is string => d !== undefined)
      .flatMap((d) => {
        const t = Date.parse(`${d}T00:00:00Z`);
        return [-1, 0, 1].map((k) => new Date(t + k * 86_400_000).toISOString().slice(0, 10));
      }),
  ),
  "2017-12-31", "2018-01-01", "2019-12-31", "2020-01-01", "2021-12-31", "2022-01-01",
  "2024-03-31", "2024-04-01", "2024-06-30", "2024-07-01", "2024-09-30", "2024-10-01",
  "2027-12-31", "2028-01-01",
];

/** A date: edge dates mostly, else any date 2015–2030. */
export const dateArb: fc.Arbitrary<string> = fc.oneof(fc.constantFrom(...EDGE_DATES), isoDateArb);

const CODES_FROM_ROWS = [...new Set(PTP_CORE_ROWS.flatMap((r) => [r.column1, r.column2]))];

/** A code seen in the PTP rows, sometimes lower case, sometimes one the tables do not know. */
export const ptpCodeArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...CODES_FROM_ROWS) },
  { weight: 1, arbitrary: fc.constantFrom(...CODES_FROM_ROWS).map((c) => c.toLowerCase()) },
  { weight: 1, arbitrary: fc.constantFrom("99213", "G0283", "g0283", "97999", "") },
);

const MODS = ["GP", "GO", "GN", "59", "XE", "XS", "XP", "XU", "xu", "KX", "CQ", "CO", "cq", "GA", "ZZ", "95", "76"];

/** A line with a code from the PTP rows, any modifiers, maybe clock times. */
export const lineArb: fc.Arbitrary<ServiceLine> = fc
  .record(
    {
      code: ptpCodeArb,
      minutes: fc.oneof(fc.nat({ max: 60 }), fc.constantFrom(0, 7, 8, 15, 22, 23, 10_000)),
      units: fc.nat({ max: 8 }),
      modifiers: fc.array(fc.constantFrom(...MODS), { maxLength: 6 }),
      assistantMinutes: fc.nat({ max: 60 }),
      allowedAmount: fc.integer({ min: 0, max: 300_000 }).map((c) => c / 100),
      contact: fc.constantFrom("one-on-one", "group", "concurrent", "supervised"),
      start: fc.constantFrom("09:00", "09:15", "09:30", "9:30", "10:00", "23:59"),
      end: fc.constantFrom("09:10", "09:30", "09:45", "10:00", "10:30", "xx"),
    },
    { requiredKeys: ["code"] },
  )
  .map((l) => l as ServiceLine);

/** Payer overlays, some for codes in the session, some upside down or out of date. */
export const overlayArb: fc.Arbitrary<PairOverlay> = fc
  .record(
    {
      column1: ptpCodeArb,
      column2: ptpCodeArb,
      modifierIndicator: fc.constantFrom(0 as const, 1 as const),
      rationale: fc.constantFrom("Plan policy", "Not paid together"),
      from: dateArb,
      to: dateArb,
    },
    { requiredKeys: ["column1", "column2", "modifierIndicator", "rationale"] },
  )
  .map((o) => o as PairOverlay);

/** A payer-profile override: nothing, one flag, or overlays. */
export const payerOverrideArb: fc.Arbitrary<PayerProfileOverride | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.record(
    {
      ptpEdits: fc.boolean(),
      mue: fc.boolean(),
      disciplineModifiers: fc.boolean(),
      assistantModifiers: fc.boolean(),
      kxThreshold: fc.boolean(),
      unitMethod: fc.constantFrom("cms" as const, "ama" as const),
      name: fc.constantFrom("Acme Health"),
      pairOverlays: fc.array(overlayArb, { maxLength: 4 }),
    },
    { requiredKeys: [] },
  ),
);

/** A bench session with its date, program, discipline and credential moved; sometimes its lines shuffled and cut. */
export const movedBenchSessionArb: fc.Arbitrary<Session> = fc
  .record({
    i: fc.nat({ max: BENCH_SESSIONS.length - 1 }),
    date: fc.option(dateArb, { nil: undefined }),
    program: fc.option(fc.constantFrom("medicare" as const, "medicaid" as const, "commercial" as const, "other" as const), { nil: undefined }),
    discipline: fc.option(fc.constantFrom("PT" as const, "OT" as const, "SLP" as const), { nil: undefined }),
    credential: fc.option(fc.constantFrom("PT" as const, "PTA" as const, "OT" as const, "OTA" as const, "SLP" as const, "SLPA" as const), { nil: undefined }),
    extra: fc.array(lineArb, { maxLength: 3 }),
    seed: fc.nat(),
  })
  .map(({ i, date, program, discipline, credential, extra, seed }) => {
    const s = BENCH_SESSIONS[i] as Session;
    const lines = [...s.services, ...extra];
    // a deterministic shuffle from the seed
    for (let k = lines.length - 1; k > 0; k--) {
      const j = (seed + k * 7919) % (k + 1);
      [lines[k], lines[j]] = [lines[j] as ServiceLine, lines[k] as ServiceLine];
    }
    return {
      ...s,
      ...(date !== undefined && { dateOfService: date }),
      payer: { ...s.payer, ...(program !== undefined && { program }) },
      provider: { ...s.provider, ...(discipline !== undefined && { discipline }), ...(credential !== undefined && { credential }) },
      services: lines,
    };
  });

/** A session built from scratch: lines from the PTP codes, any date, any payer. */
export const builtSessionArb: fc.Arbitrary<Session> = fc.record({
  dateOfService: dateArb,
  payer: fc.record(
    { program: fc.constantFrom("medicare" as const, "medicaid" as const, "commercial" as const, "other" as const), unitMethod: fc.constantFrom("cms" as const, "ama" as const), name: fc.constantFrom("Acme") },
    { requiredKeys: ["program"] },
  ),
  provider: fc.record(
    { discipline: fc.constantFrom("PT" as const, "OT" as const, "SLP" as const), credential: fc.constantFrom("PT" as const, "PTA" as const, "OT" as const, "OTA" as const, "SLP" as const, "SLPA" as const, "other" as const) },
    { requiredKeys: ["discipline"] },
  ),
  services: fc.array(lineArb, { maxLength: 7 }),
  totalTimedMinutes: fc.nat({ max: 120 }),
  totalTreatmentMinutes: fc.nat({ max: 120 }),
  therapyYearToDate: fc.record({ ptSlp: fc.integer({ min: 0, max: 4000 }), ot: fc.integer({ min: 0, max: 4000 }) }, { requiredKeys: [] }),
}, { requiredKeys: ["dateOfService", "payer", "provider", "services"] }) as fc.Arbitrary<Session>;

/** Every kind of session the oracle tests compare on. */
export const anySessionArb: fc.Arbitrary<Session> = fc.oneof(
  { weight: 3, arbitrary: movedBenchSessionArb },
  { weight: 3, arbitrary: builtSessionArb },
  { weight: 2, arbitrary: validSessionArb },
  { weight: 1, arbitrary: extremeSessionArb },
);

/**
 * Asserts two results are the same, key order included (a report is JSON: the order shows).
 *
 * @param actual - the fast implementation's result
 * @param expected - the oracle's
 * @returns whether they are equal as JSON and deep-equal
 */
export function sameJson(actual: unknown, expected: unknown): boolean {
  return JSON.stringify(actual) === JSON.stringify(expected);
}

/**
 * What a call gives: its value, or the name and message of what it threw, so a fast
 * implementation is held to the old one's errors too.
 *
 * @param run - the call
 * @returns `{ value }` or `{ threw }`
 */
export function outcome(run: () => unknown): { value: unknown } | { threw: string } {
  try {
    return { value: run() };
  } catch (error) {
    return { threw: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}
