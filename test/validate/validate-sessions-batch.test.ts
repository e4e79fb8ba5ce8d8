/**
 * validateSessions reads each visit as it comes and checks up to 100 read visits check by check
 * (eighteenth round: each check's code and tables stay in cache over the batch). Every report
 * must be the one validateSession gives that visit alone, in order, across batch edges, with
 * options, with visits that cannot be read or that break the reading part way, with items reused
 * and changed by the caller between reads, and with extra rules that change the options.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateSessions } from "../../bench/generate.mjs";
import { validateSession, validateSessions, type Report, type ValidateOptions } from "../../src/validate.js";
import { SESSION_CHECKS, type SessionCheck } from "../../src/validate/checks.js";
import { checkVisits, readVisit, validateWithChecks } from "../../src/validate/run-checks.js";
import { FUZZ_RUNS, hostileSession, hostileSpecArb, nearSessionArb, sloppyOptionsArb, sloppySessionArb, validSessionArb } from "../fuzz/arbitraries.js";

/** Each item checked alone, in order: what validateSessions must give. */
function oneByOne(items: readonly unknown[], options?: unknown): Report[] {
  return items.map((item) => validateSession(item, options as ValidateOptions));
}

const BENCH: unknown[] = generateSessions(250, 18);

describe("validateSessions checks in batches and gives each visit's own report", () => {
  it.each([
    ["no options", undefined],
    ["a payer override and rule settings", { payer: { unitMethod: "ama", kxThreshold: false }, rules: { "units/below-time": "off", "doc/activity-missing": "error" } }],
    ["an outpatient-hospital setting and unusable ncci tables", { setting: "outpatient-hospital", ncci: { nonsense: true } }],
  ])("250 bench visits (three batches) with %s", (_name, options) => {
    expect(validateSessions(BENCH, options as ValidateOptions)).toStrictEqual(oneByOne(BENCH, options));
  });

  it("any list of valid, near-valid, sloppy, hostile and non-session values, with any options", () => {
    // A hostile item is made anew for each run: a Proxy that answers every other read with
    // undefined answers a second run differently.
    const plain = fc.oneof(validSessionArb, nearSessionArb, sloppySessionArb, fc.jsonValue()).map((value) => () => value);
    const item = fc.oneof(plain, hostileSpecArb.map((spec) => () => hostileSession(spec)));
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), fc.nat({ max: 230 }), sloppyOptionsArb, (makers, pad, options) => {
        // Padded with bench visits so that the generated ones fall on and across a batch's edge.
        const list = () => [...BENCH.slice(0, pad), ...makers.map((make) => make())];
        expect(validateSessions(list(), options as ValidateOptions)).toStrictEqual(oneByOne(list(), options));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("an item the caller reuses and changes before the next read is checked as it was when read", () => {
    function* reused(): Generator<unknown> {
      const visit = structuredClone(BENCH[0]) as { services: { minutes?: number; units?: number }[] };
      for (let k = 0; k < 120; k++) {
        visit.services[0]!.minutes = 5 + k;
        visit.services[0]!.units = k % 4;
        yield visit;
      }
    }
    const alone: Report[] = [];
    for (const visit of reused()) alone.push(validateSession(visit));
    expect(validateSessions(reused())).toStrictEqual(alone);
  });

  it("a stream that breaks after 150 visits: their reports (a batch and a half), then input/unreadable", () => {
    function* breaks(): Generator<unknown> {
      yield* BENCH.slice(0, 150);
      throw new Error("stream broke");
    }
    const reports = validateSessions(breaks());
    expect(reports.slice(0, 150)).toStrictEqual(oneByOne(BENCH.slice(0, 150)));
    expect(reports.slice(150).map((r) => r.findings.map((f) => f.rule))).toEqual([["input/unreadable"]]);
  });

  it("a list whose item 130 is a getter that throws: input/unreadable in its place, the rest checked", () => {
    const list = BENCH.slice(0, 160);
    Object.defineProperty(list, 130, { get() { throw new Error("getter"); } });
    const reports = validateSessions(list);
    expect(reports).toHaveLength(160);
    expect(reports[130]?.findings.map((f) => f.rule)).toEqual(["input/unreadable"]);
    expect([...reports.slice(0, 130), ...reports.slice(131)]).toStrictEqual(oneByOne([...BENCH.slice(0, 130), ...BENCH.slice(131, 160)]));
  });

  it("an extra rule that changes the options: each later visit reads them changed, as one by one", () => {
    const make = (): ValidateOptions => {
      const rules: Record<string, string> = {};
      let calls = 0;
      const counter = {
        meta: { id: "house/counter", defaultSeverity: "info", description: "Turns mue/release-differs off after 3 visits.", source: { title: "House" }, docs: "" },
        check: () => {
          if (++calls === 3) rules["mue/release-differs"] = "off";
          return [];
        },
      };
      return { rules, extraRules: [counter] } as unknown as ValidateOptions;
    };
    const list = BENCH.slice(0, 40);
    const reports = validateSessions(list, make());
    // One options object for every visit, each checked before the next is read.
    expect(reports).toStrictEqual(oneByOne(list, make()));
    // The change matters: visits 4 on have the MUE release note without it, none with it.
    const releaseNote = (r: Report) => r.findings.some((f) => f.rule === "mue/release-differs");
    expect(oneByOne(list.slice(3)).some(releaseNote)).toBe(true);
    expect(reports.slice(3).some(releaseNote)).toBe(false);
  });

  it("checkVisits with a check that throws or returns junk: each visit's report is validateWithChecks'", () => {
    let n = 0;
    const checks: SessionCheck[] = [
      ...SESSION_CHECKS.slice(0, 2),
      { name: "flaky", run: () => (++n % 3 === 0 ? (null as unknown as []) : n % 3 === 1 ? [] : ([{ rule: 1 }] as unknown as [])) },
      { name: "thrower", run: (s) => { if (s.services.length > 3) throw new RangeError("x"); return []; } },
      ...SESSION_CHECKS.slice(2),
    ];
    const list = BENCH.slice(0, 30);
    n = 0;
    const alone = list.map((visit) => validateWithChecks(visit, {}, checks));
    n = 0;
    // The flaky check is called visit after visit in both, so it answers each visit alike.
    expect(checkVisits(list.map((visit) => readVisit(visit, {})), checks)).toStrictEqual(alone);
  });
});
