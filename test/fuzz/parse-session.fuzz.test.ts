import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSession, SessionInputError } from "../../src/model/parse-session.js";
import { deepFreeze, extremeSessionArb, FUZZ_RUNS, nearSessionArb, validSessionArb } from "./arbitraries.js";
import { expectJsonSafe } from "./json-safe.js";

/**
 * parseSession is the only door untrusted data comes through. Whatever comes in, it returns a
 * Session or throws a SessionInputError naming at least one problem, never any other error; what
 * it returns is plain JSON data; it never writes to its input. `FUZZ_RUNS` (default 100) sets the
 * runs per property; `npm run fuzz` runs 2,000.
 */
type Outcome = { ok: true; value: unknown } | { ok: false; error: SessionInputError };

function outcome(input: unknown): Outcome {
  try {
    return { ok: true, value: parseSession(input) };
  } catch (error) {
    if (error instanceof SessionInputError) return { ok: false, error };
    throw error; // any other error fails the property, with the input shrunk
  }
}

/** The outcome is well-formed: a JSON-safe session, or an error with plain, JSON-safe issues. */
function expectWellFormed(o: Outcome): void {
  if (o.ok) {
    expectJsonSafe(o.value);
    return;
  }
  expect(o.error.issues.length).toBeGreaterThanOrEqual(1);
  expectJsonSafe(o.error.issues);
  for (const issue of o.error.issues) {
    expect(typeof issue.message).toBe("string");
    expect(issue.message.length).toBeGreaterThan(0);
    for (const part of issue.path) expect(["string", "number"]).toContain(typeof part);
  }
  expect(o.error.message.length).toBeGreaterThan(0);
}

const params = { numRuns: FUZZ_RUNS };

describe("parseSession never breaks, whatever the input", () => {
  it("any JSON text, parsed: returns a session or throws SessionInputError with at least one issue", () => {
    fc.assert(fc.property(fc.json(), (text) => expectWellFormed(outcome(JSON.parse(text)))), params);
  });

  it("any JavaScript value at all (null prototypes, bigints, dates, maps, sparse arrays): same", () => {
    const anything = fc.anything({
      withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true,
      withNullPrototype: true, withObjectString: true, withSparseArray: true, withTypedArray: true,
    });
    fc.assert(fc.property(anything, (value) => expectWellFormed(outcome(value))), params);
  });

  it("a valid session with one field replaced by anything: same", () => {
    fc.assert(fc.property(nearSessionArb, (value) => expectWellFormed(outcome(value))), params);
  });

  it("every valid session parses to itself (the arbitrary agrees with the schema)", () => {
    fc.assert(
      fc.property(validSessionArb, (s) => {
        expect(parseSession(s)).toEqual(s);
      }),
      params,
    );
  });

  it("sessions at the edges (0 and 10,000 minutes, 200 lines, empty and unicode strings, 1 MiB text) parse to themselves", () => {
    fc.assert(
      fc.property(extremeSessionArb, (s) => {
        expect(parseSession(s)).toEqual(s);
      }),
      { numRuns: Math.max(20, Math.round(FUZZ_RUNS / 4)) },
    );
  });

  it("the result survives a JSON round trip, and parsing the round trip gives the same session", () => {
    fc.assert(
      fc.property(fc.oneof(validSessionArb, extremeSessionArb), (s) => {
        const parsed = parseSession(s);
        // Compared as JSON text: JSON itself writes -0 as 0, which is the same number of minutes.
        const text = JSON.stringify(parsed);
        const back = JSON.parse(text) as unknown;
        expect(JSON.stringify(back)).toBe(text);
        expect(JSON.stringify(parseSession(back))).toBe(text);
      }),
      { numRuns: Math.max(20, Math.round(FUZZ_RUNS / 4)) },
    );
  });

  it("a deep-frozen input is accepted and left exactly as it was", () => {
    fc.assert(
      fc.property(fc.oneof(validSessionArb, nearSessionArb), (input) => {
        const before = structuredClone(input);
        const o = outcome(deepFreeze(input));
        expectWellFormed(o);
        expect(input).toEqual(before);
      }),
      params,
    );
  });

  it("the returned session shares no object with the input, so changing it cannot change the input", () => {
    fc.assert(
      fc.property(validSessionArb, (input) => {
        const s = parseSession(input);
        expect(s).not.toBe(input);
        expect(s.services).not.toBe(input.services);
        s.services.forEach((line, i) => expect(line).not.toBe(input.services[i]));
      }),
      params,
    );
  });

  it.each([
    ["__proto__ as a key", '{"__proto__":{"polluted":true},"dateOfService":"2025-03-14","payer":{"program":"medicare"},"provider":{"discipline":"PT"},"services":[]}'],
    ["constructor.prototype as keys", '{"constructor":{"prototype":{"polluted":true}},"dateOfService":"2025-03-14","payer":{"program":"medicare"},"provider":{"discipline":"PT"},"services":[]}'],
  ])("input with %s pollutes no prototype", (_name, text) => {
    const s = parseSession(JSON.parse(text));
    expect(Object.getPrototypeOf(s)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(s)).not.toContain("__proto__");
  });
});
