import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastParseSession } from "../../src/model/fast-parse-session.js";
import { clockMinutesOrMinusOne, isIsoDate as isIsoDateFast } from "../../src/model/dates.js";
import { generateSessions } from "../../bench/generate.mjs";
import { clockMinutes, isIsoDate } from "../oracles/dates.js";
import { parseSession } from "../../src/model/parse-session.js";
import { crossFieldIssues } from "../oracles/parse-session.js";
import { SessionSchema } from "../../src/model/session.js";
import { deepFreeze, extremeSessionArb, FUZZ_RUNS, nearSessionArb, sloppySessionArb, validSessionArb } from "../fuzz/arbitraries.js";

/** A value with every object written as its list of [key, value] entries, so key order and `undefined` values count. */
function entries(value: unknown): unknown {
  if (Array.isArray(value)) return { array: value.map(entries), proto: Object.getPrototypeOf(value) === Array.prototype };
  if (typeof value === "object" && value !== null) {
    return { object: Object.entries(value).map(([k, v]) => [k, entries(v)]), proto: Object.getPrototypeOf(value) === Object.prototype };
  }
  return value;
}

/** What the schema path of parseSession decides: the session, or undefined when it throws. */
function bySchema(input: unknown): unknown {
  const result = SessionSchema.safeParse(input);
  return result.success && crossFieldIssues(input).length === 0 ? result.data : undefined;
}

/**
 * The fast path vouches only for what the schema accepts, with the very same result (keys in the
 * same order, a key set to `undefined` kept), and it vouches for every input the schema accepts:
 * plain data never takes the slow path.
 */
function expectAgreement(input: unknown): void {
  const fast = fastParseSession(input);
  const schema = bySchema(input);
  expect(fast === undefined).toBe(schema === undefined);
  if (fast !== undefined) expect(entries(fast)).toStrictEqual(entries(schema));
}

const params = { numRuns: FUZZ_RUNS * 3 };

describe("fastParseSession agrees with SessionSchema (accept, reject and the resulting object)", () => {
  it("every structurally valid session: accepted, and the same object as the schema's", () => {
    fc.assert(
      fc.property(validSessionArb, (s) => {
        expect(fastParseSession(s)).toBeDefined();
        expectAgreement(s);
      }),
      params,
    );
  });

  it("every session of the benchmark generator: accepted, and the same object as the schema's", () => {
    for (const s of generateSessions(500, 3)) {
      expect(fastParseSession(s)).toBeDefined();
      expectAgreement(s);
    }
  });

  it("every session of the benchmark generator with one field removed, set to undefined, to null, or to a near-miss value: agrees", () => {
    const nearMisses: unknown[] = [undefined, null, "", "2025-2-01", "2025-02-29", "9:00", "24:00", "9711", "G", "GPX", -1, 0.5, "1", [], {}, [null], ["GP", "GO", "59", "KX", "XU"]];
    for (const s of generateSessions(40, 11)) {
      const paths: (string | number)[][] = [];
      const walk = (value: unknown, prefix: (string | number)[]): void => {
        if (typeof value !== "object" || value === null) return;
        for (const [k, v] of Object.entries(value)) {
          const path = [...prefix, Array.isArray(value) ? Number(k) : k];
          paths.push(path);
          walk(v, path);
        }
      };
      walk(s, []);
      for (const path of paths) {
        for (const edit of ["remove", ...nearMisses.keys()] as const) {
          const copy = structuredClone(s) as Record<string | number, unknown>;
          let at: Record<string | number, unknown> = copy;
          for (const part of path.slice(0, -1)) at = at[part] as Record<string | number, unknown>;
          const last = path[path.length - 1]!;
          if (edit === "remove") {
            if (Array.isArray(at)) continue;
            delete at[last];
          } else at[last] = nearMisses[edit];
          expectAgreement(copy);
        }
      }
    }
  });

  it("every valid session at the edges (0 and 10,000 minutes, 200 lines, unicode, 1 MiB text): same", () => {
    fc.assert(fc.property(extremeSessionArb, (s) => expectAgreement(s)), { numRuns: FUZZ_RUNS });
  });

  it("a valid session with one value replaced by anything: accepted exactly when the schema accepts", () => {
    fc.assert(fc.property(nearSessionArb, (s) => expectAgreement(s)), params);
  });

  it("a session as a sloppy EHR sends it (many fields wrong at once): accepted exactly when the schema accepts", () => {
    fc.assert(fc.property(sloppySessionArb, (s) => expectAgreement(s)), params);
  });

  it("a valid session with unknown keys added anywhere, parsed from JSON: they are dropped as the schema drops them", () => {
    const extra = fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 });
    fc.assert(
      fc.property(validSessionArb, extra, (s, more) => {
        const text = JSON.stringify({ ...more, ...s, services: s.services.map((l) => ({ ...more, ...l })) });
        expectAgreement(JSON.parse(text));
      }),
      params,
    );
  });

  it("any JSON text, parsed, and any JavaScript value: never accepted unless the schema accepts", () => {
    fc.assert(fc.property(fc.json(), (text) => expectAgreement(JSON.parse(text))), params);
    const anything = fc.anything({ withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withNullPrototype: true, withSparseArray: true });
    fc.assert(fc.property(anything, (value) => expectAgreement(value)), params);
  });

  it("every field of a full session set to each edge value (0, -0, -1, 0.5, 2^53, NaN, ±Infinity, wrong types, bad dates and times): agrees", () => {
    const full = {
      id: "V1", dateOfService: "2024-02-29", payer: { program: "medicare", unitMethod: "cms", name: "Plan" },
      provider: { discipline: "PT", credential: "PTA" },
      services: [{ code: "97110", minutes: 12, start: "09:00", end: "09:12", units: 1, modifiers: ["GP", "59"], contact: "group", groupSize: 2, assistantMinutes: 3, coTreated: true, activity: "SLR 3x10", goalIds: ["G1"], allowedAmount: 30.5 }],
      totalTimedMinutes: 12, totalTreatmentMinutes: 12,
      note: { subjective: "s", objective: "o", assessment: "a", patientResponse: "r", plan: "p", text: "t" },
      planOfCare: { startOfCare: "2024-02-01", certifiedOn: "2024-02-02", certifiedThrough: "2024-05-01", goals: [{ id: "G1", text: "walk" }], treatmentDaysSinceProgressReport: 4, progressReportAtThisVisit: true, dischargeAtThisVisit: true, referralOnFile: true, planSentToReferrerOn: "2024-02-03", delayReasonOnFile: true },
      therapyYearToDate: { ptSlp: 100, ot: 0 },
    };
    const edges: unknown[] = [
      0, -0, -1, 1, 0.5, 2 ** 53, 2 ** 53 - 1, Number.NaN, Infinity, -Infinity, "", "1", "x", null, true, [], {}, ["GP"], ["G", "P"],
      ["GP", "59", "KX", "CQ", "XU"], ["gp"], ["G1", 1], [{ id: "G1" }], [{ text: "x" }], "2023-02-29", "2024-13-01", "2024-1-01", "24:00", "23:59", "9:00", "00:00",
      "9711", "97110", "9711O", "971100", "ab", "medicare", "cms", "ama", "PT", "OTA", "group", "ONE-ON-ONE",
    ];
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, prefix: (string | number)[]): void => {
      if (typeof value !== "object" || value === null) return;
      for (const [k, v] of Object.entries(value)) {
        const path = [...prefix, Array.isArray(value) ? Number(k) : k];
        paths.push(path);
        walk(v, path);
      }
    };
    walk(full, []);
    expect(fastParseSession(full)).toBeDefined();
    for (const path of paths) {
      for (const edge of edges) {
        const copy = structuredClone(full) as Record<string | number, unknown>;
        let at: Record<string | number, unknown> = copy;
        for (const part of path.slice(0, -1)) at = at[part] as Record<string | number, unknown>;
        at[path[path.length - 1]!] = edge;
        expectAgreement(copy);
      }
    }
  });

  it("__proto__ in the input pollutes nothing and is not copied", () => {
    const text = '{"__proto__":{"polluted":1},"dateOfService":"2025-03-14","payer":{"program":"medicare","__proto__":{"x":1}},"provider":{"discipline":"PT"},"services":[{"code":"97110","minutes":12,"constructor":{"prototype":{"y":1}}}]}';
    const input = deepFreeze(JSON.parse(text));
    const s = fastParseSession(input)!;
    expect(entries(s)).toStrictEqual(entries(bySchema(input)));
    expect(Object.getPrototypeOf(s)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(s, "__proto__")).toBe(false);
  });

  it("leaves to the schema what it cannot vouch for: an end before its start, a throwing getter", () => {
    const base = { dateOfService: "2025-03-14", payer: { program: "medicare" }, provider: { discipline: "PT" } };
    expect(fastParseSession({ ...base, services: [{ code: "97110", start: "10:00", end: "09:30" }] })).toBeUndefined();
    const hostile = { ...base, get services(): never { throw new RangeError("boom"); } };
    expect(fastParseSession(hostile)).toBeUndefined();
    expect(() => parseSession(hostile)).toThrow(RangeError);
  });

  // A JavaScript caller writes { units: line.units } with no units: zod keeps the key with the
  // value undefined, and so does the fast path (before the seventh round it left such input to
  // the schema, five to ten times slower, and since parseSession's re-check, twice that).
  it("keeps a key set to undefined, in the schema's place, at every level", () => {
    const base = { dateOfService: "2025-03-14", payer: { program: "medicare", name: undefined }, provider: { discipline: "PT" } };
    const input = { ...base, id: undefined, services: [{ code: "97110", minutes: 30, units: undefined, modifiers: ["GP"], activity: undefined }], note: { subjective: "ok", plan: undefined } };
    const fast = fastParseSession(input);
    expect(fast).toBeDefined();
    expect(entries(fast)).toStrictEqual(entries(bySchema(input)));
    expect(Object.hasOwn(fast!.services[0]!, "units")).toBe(true);
  });
});

describe("the fast date and clock checks agree with the regular-expression isIsoDate and clockMinutes (test/oracles/dates.ts)", () => {
  it("every YYYY-MM-DD with months 00–13 and days 00–32 over years around every leap rule and the 0–99 edge", () => {
    for (const year of [0, 1, 4, 50, 99, 100, 104, 400, 1600, 1700, 1900, 1999, 2000, 2023, 2024, 2100, 2400, 9996, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const text = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          expect(isIsoDateFast(text), text).toBe(isIsoDate(text));
        }
      }
    }
  });

  it("every HH:MM from 00:00 to 99:99, and any short text", () => {
    for (let h = 0; h <= 99; h++) {
      for (let m = 0; m <= 99; m++) {
        const text = `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
        expect(clockMinutesOrMinusOne(text), text).toBe(clockMinutes(text) ?? -1);
      }
    }
    fc.assert(
      fc.property(fc.string({ maxLength: 11 }), (text) => {
        expect(clockMinutesOrMinusOne(text)).toBe(clockMinutes(text) ?? -1);
        expect(isIsoDateFast(text)).toBe(isIsoDate(text));
      }),
      { numRuns: FUZZ_RUNS * 10 },
    );
  });
});
