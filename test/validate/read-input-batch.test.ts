/**
 * readSessionInput drops all of one pass's malformed optional fields with one copy of each
 * object and array along their paths (issue 7, huge visits: it copied the whole services list
 * once per dropped field). The findings and the session it returns are exactly those of the
 * frozen one-field-at-a-time implementation in test/oracles/validate/read-input.ts, on sessions
 * with many broken fields at once (several passes, several issues per line, the same field
 * twice), deep-frozen or not, with own `__proto__` keys; and the input is never changed.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readSessionInput } from "../../src/validate/read-input.js";
import { deepFreeze, FUZZ_RUNS, validSessionArb } from "../fuzz/arbitraries.js";
import { readSessionInput as oldReadSessionInput } from "../oracles/validate/read-input.js";

type Path = (string | number)[];

/** Every path to a value inside `value`, e.g. `["services", 0, "minutes"]`. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => [[...prefix, i], ...pathsOf(v, [...prefix, i])]);
  if (typeof value === "object" && value !== null) return Object.entries(value).flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k])]);
  return [];
}

/** A copy of `root` with `replacement` at `path` (a key that is not there is added, as an own key). */
function withValueAt(root: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(root)) return root.map((v, i) => (i === head ? withValueAt(v, rest, replacement) : v));
  const copy: Record<string, unknown> = {};
  const obj = (typeof root === "object" && root !== null ? root : {}) as Record<string, unknown>;
  for (const key of [...Object.keys(obj), ...(Object.hasOwn(obj, head) ? [] : [String(head)])]) {
    Object.defineProperty(copy, key, { value: key === String(head) ? withValueAt(obj[key], rest, replacement) : obj[key], enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** Values that break an optional field (or a required one: then no session, findings only). */
const badValue = fc.oneof(
  fc.constantFrom(-3, 1.5, Number.NaN, "ten", "", null, [], {}, ["GP", "59", "XE", "KX", "ZZ"], ["G"], "25:99", "2025-02-30", true),
  fc.anything(),
);

/**
 * A valid session with 1–12 values replaced by bad ones, some lines' end moved before their
 * start (a cross-field issue, found only once the schema passes: another pass), and own
 * `__proto__` keys on the session, its lines, note and plan of care (holding fields that would
 * break the line if they became its prototype).
 */
const brokenSessionArb: fc.Arbitrary<unknown> = validSessionArb.chain((s) => {
  const paths = pathsOf(s);
  const protoAt: Path[] = [[], ...s.services.map((_, i): Path => ["services", i]), ["note"], ["planOfCare"]];
  return fc
    .tuple(
      fc.array(fc.tuple(fc.constantFrom(...paths), badValue), { minLength: 1, maxLength: 12 }),
      fc.subarray(s.services.map((_, i) => i)),
      fc.subarray(protoAt, { maxLength: 3 }),
    )
    .map(([edits, reversed, protos]) => {
      let out: unknown = s;
      for (const i of reversed) out = withValueAt(withValueAt(out, ["services", i, "start"], "10:00"), ["services", i, "end"], "09:30");
      for (const [path, value] of edits) out = withValueAt(out, path, value);
      for (const path of protos) out = withValueAt(out, [...path, "__proto__"], { minutes: -3, units: "x", modifiers: 7, text: 1, goals: 2 });
      return out;
    });
});

/** A visit whose lines each have several broken fields: hundreds of issues in one pass. */
const manyIssuesArb: fc.Arbitrary<unknown> = fc
  .array(
    fc.record(
      {
        code: fc.constantFrom("97110", "97140", "12345"),
        minutes: fc.constantFrom(10, -3, "ten"),
        units: fc.constantFrom(1, -1, 1.5),
        modifiers: fc.constantFrom(["GP"], ["GP", "59", "XE", "KX", "ZZ"], ["G"], 59),
        start: fc.constantFrom("09:00", "25:99"),
        end: fc.constantFrom("08:00", "09:15"),
      },
      { requiredKeys: ["code"] },
    ),
    { minLength: 1, maxLength: 120 },
  )
  .map((services) => ({ dateOfService: "2025-03-14", payer: { program: "medicare" }, provider: { discipline: "PT" }, services, totalTimedMinutes: -1, note: { text: 3, plan: "x" } }));

/** What `value` holds: own keys in order and values, whatever its prototype. */
function snapshot(value: unknown): unknown {
  if (Array.isArray(value)) return ["array", value.map(snapshot)];
  if (typeof value === "object" && value !== null) return ["object", Object.getPrototypeOf(value), Reflect.ownKeys(value).map((k) => [k, snapshot((value as Record<string | symbol, unknown>)[k])])];
  return value;
}

function expectSameRead(input: unknown, freeze: boolean): void {
  const before = snapshot(input);
  if (freeze) deepFreeze(input);
  const now = readSessionInput(input);
  const old = oldReadSessionInput(input);
  expect(JSON.stringify(now)).toBe(JSON.stringify(old));
  expect(now).toStrictEqual(old);
  expect(snapshot(input)).toStrictEqual(before);
}

describe("readSessionInput drops a pass's fields in one copy, with the findings of one drop at a time (test/oracles/validate)", () => {
  it("on sessions with many broken fields, own __proto__ keys and ends before starts, deep-frozen or not", () => {
    fc.assert(fc.property(brokenSessionArb, fc.boolean(), (input, freeze) => expectSameRead(input, freeze)), { numRuns: FUZZ_RUNS * 3 });
  });

  it("on visits with hundreds of issues in one pass, deep-frozen or not", () => {
    fc.assert(fc.property(manyIssuesArb, fc.boolean(), (input, freeze) => expectSameRead(input, freeze)), { numRuns: FUZZ_RUNS });
  });

  it("keeps a key named __proto__ a plain own key of the copy (a prototype would lend the line its fields)", () => {
    const line = JSON.parse('{"code":"97110","minutes":12,"units":"x","__proto__":{"minutes":-3,"modifiers":7}}') as unknown;
    const input = deepFreeze({ dateOfService: "2025-03-14", payer: { program: "medicare" }, provider: { discipline: "PT" }, services: [line] });
    const read = readSessionInput(input);
    expect(read.findings.map((f) => f.rule)).toEqual(["input/ignored-field"]);
    expect(read.session?.services[0]).toMatchObject({ code: "97110", minutes: 12 });
    expect(read).toStrictEqual(oldReadSessionInput(input));
  });
});
