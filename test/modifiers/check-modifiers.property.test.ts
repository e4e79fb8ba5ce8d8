import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkModifiers } from "../../src/modifiers/check-modifiers.js";
import type { Finding } from "../../src/model/finding.js";
import type { ServiceLine, Session } from "../../src/model/session.js";
import { deepFreeze } from "./helpers.js";

const CODES = ["97110", "97530", "97140", "97150", "97161", "97165", "97129", "92507", "92526", "G0283", "99213"];
const MODS = ["GP", "GO", "GN", "CQ", "CO", "KX", "59", "XU", "GA", "ZZ"];
const KX_RULES = new Set(["modifier/kx-required", "modifier/kx-below-threshold", "modifier/kx-no-data", "modifier/targeted-review"]);

const lineArb = (maxMods: number): fc.Arbitrary<ServiceLine> =>
  fc.record(
    {
      code: fc.constantFrom(...CODES),
      minutes: fc.integer({ min: 0, max: 60 }),
      assistantMinutes: fc.integer({ min: 0, max: 60 }),
      units: fc.integer({ min: 0, max: 4 }),
      modifiers: fc.uniqueArray(fc.constantFrom(...MODS), { maxLength: maxMods }),
      allowedAmount: fc.integer({ min: 0, max: 20000 }).map((c) => c / 100),
    },
    { requiredKeys: ["code"] },
  );

/** A session and a permutation of its line indices. */
const permutedArb = (maxMods = 5): fc.Arbitrary<[Session, number[]]> =>
  sessionArb(maxMods).chain((s) => {
    const indices = s.services.map((_, i) => i);
    return fc.tuple(fc.constant(s), fc.shuffledSubarray(indices, { minLength: indices.length, maxLength: indices.length }));
  });

const sessionArb = (maxMods = 5): fc.Arbitrary<Session> =>
  fc.record({
    dateOfService: fc.constantFrom("2017-06-01", "2019-12-31", "2020-01-01", "2021-12-31", "2022-01-01", "2024-12-31", "2025-01-01", "2026-05-05", "2028-02-02"),
    payer: fc.record({ program: fc.constantFrom("medicare", "medicare", "medicaid", "commercial", "other") }),
    provider: fc.record(
      { discipline: fc.constantFrom("PT", "OT", "SLP"), credential: fc.constantFrom("PT", "PTA", "OT", "OTA", "SLP", "SLPA", "other") },
      { requiredKeys: ["discipline"] },
    ),
    services: fc.array(lineArb(maxMods), { maxLength: 5 }),
    therapyYearToDate: fc.option(fc.record({ ptSlp: fc.integer({ min: 0, max: 4000 }), ot: fc.integer({ min: 0, max: 4000 }) }), { nil: undefined }),
  }).map((s) => {
    const { therapyYearToDate, ...rest } = s;
    return (therapyYearToDate === undefined ? rest : { ...rest, therapyYearToDate }) as Session;
  });

/** A finding written so two runs can be compared: its line index mapped through `toOriginal`. */
function key(f: Finding, toOriginal: (i: number) => number): string {
  const path = f.path?.[0] === "services" && typeof f.path[1] === "number" ? ["services", toOriginal(f.path[1]), ...f.path.slice(2)] : f.path;
  return JSON.stringify([f.rule, f.severity, path, f.codes, f.message]);
}

describe("checkModifiers properties", () => {
  it("line order never changes the findings, apart from the KX family (which accumulates in line order by design)", () => {
    fc.assert(
      fc.property(permutedArb(), ([s, order]) => {
        const shuffled: Session = { ...s, services: order.map((i) => s.services[i]!) };
        const a = checkModifiers(s).filter((f) => !KX_RULES.has(f.rule)).map((f) => key(f, (i) => i)).sort();
        const b = checkModifiers(shuffled).filter((f) => !KX_RULES.has(f.rule)).map((f) => key(f, (i) => order[i]!)).sort();
        expect(b).toEqual(a);
      }),
    );
  });

  it("with the year-to-date already at or above the threshold, line order does not change the KX findings either", () => {
    fc.assert(
      fc.property(permutedArb(), fc.integer({ min: 2500, max: 2900 }), ([s, order], ytd) => {
        const at: Session = { ...s, dateOfService: "2024-06-01", therapyYearToDate: { ptSlp: ytd, ot: ytd } };
        const shuffled: Session = { ...at, services: order.map((i) => at.services[i]!) };
        const kx = (f: Finding) => f.rule === "modifier/kx-required" || f.rule === "modifier/kx-below-threshold";
        const a = checkModifiers(at).filter(kx).map((f) => key(f, (i) => i)).sort();
        const b = checkModifiers(shuffled).filter(kx).map((f) => key(f, (i) => order[i]!)).sort();
        expect(b.map((k) => JSON.parse(k).slice(0, 4))).toEqual(a.map((k) => JSON.parse(k).slice(0, 4)));
      }),
    );
  });

  it("once a line needs KX, every later line without KX needs it too, except a line that cannot be billed (modifier/assistant-evaluation) or is billed as not covered (GA, GZ, GY)", () => {
    fc.assert(
      fc.property(sessionArb(), (s) => {
        const found = checkModifiers(s);
        const flagged = found.filter((f) => f.rule === "modifier/kx-required").map((f) => f.path?.[1] as number);
        const unbillable = new Set(found.filter((f) => f.rule === "modifier/assistant-evaluation").map((f) => f.path?.[1] as number));
        if (flagged.length === 0) return;
        const first = Math.min(...flagged);
        const noDemand = (line: Session["services"][number]) => (line.modifiers ?? []).some((m) => ["KX", "GA", "GZ", "GY"].includes(m.toUpperCase()));
        const expected = s.services.flatMap((line, i) => (i >= first && !unbillable.has(i) && !noDemand(line) ? [i] : []));
        expect(flagged).toEqual(expected);
      }),
    );
  });

  it("adding KX to a line never adds an error", () => {
    fc.assert(
      fc.property(sessionArb(3), fc.nat(), (s, pick) => {
        if (s.services.length === 0) return;
        const i = pick % s.services.length;
        const line = s.services[i]!;
        const withKx: Session = { ...s, services: s.services.map((l, j) => (j === i ? { ...l, modifiers: [...(line.modifiers ?? []).filter((m) => m !== "KX"), "KX"] } : l)) };
        const without: Session = { ...s, services: s.services.map((l, j) => (j === i ? { ...l, modifiers: (line.modifiers ?? []).filter((m) => m !== "KX") } : l)) };
        // Except KX with GA, which oppose each other (NGS: never together): that error is KX's doing by design.
        const errors = (x: Session) =>
          new Set(checkModifiers(x).filter((f) => f.severity === "error" && !f.message.includes("KX and GA")).map((f) => JSON.stringify([f.rule, f.path])));
        const before = errors(without);
        for (const e of errors(withKx)) expect(before.has(e)).toBe(true);
      }),
    );
  });

  it("before 2018 (hard-cap era) no KX-threshold or targeted-review finding fires", () => {
    fc.assert(
      fc.property(sessionArb(), (s) => {
        const rules = checkModifiers({ ...s, dateOfService: "2017-06-01" }).map((f) => f.rule);
        for (const r of ["modifier/kx-required", "modifier/kx-below-threshold", "modifier/targeted-review"]) expect(rules).not.toContain(r);
      }),
    );
  });

  it("before 2020 no CQ/CO is ever required", () => {
    fc.assert(
      fc.property(sessionArb(), (s) => {
        expect(checkModifiers({ ...s, dateOfService: "2019-12-31" }).map((f) => f.rule)).not.toContain("modifier/assistant-modifier-missing");
      }),
    );
  });

  it("never mutates its input", () => {
    fc.assert(
      fc.property(sessionArb(), (s) => {
        const copy = structuredClone(s);
        checkModifiers(deepFreeze(s));
        expect(s).toEqual(copy);
      }),
    );
  });

  it("outside Medicare only modifier/unknown, modifier/too-many, modifier/not-in-effect, GA with GZ (modifier/opposing-modifiers) and another discipline's GP/GO/GN (a warning) fire", () => {
    fc.assert(
      fc.property(sessionArb(), fc.constantFrom("medicaid", "commercial", "other"), (s, program) => {
        const fs = checkModifiers({ ...s, payer: { program } });
        for (const f of fs) {
          expect(["modifier/unknown", "modifier/too-many", "modifier/opposing-modifiers", "modifier/not-in-effect", "modifier/therapy-modifier-mismatch"]).toContain(f.rule);
          if (f.rule === "modifier/opposing-modifiers") expect(f.message).toContain("GA and GZ");
          if (f.rule === "modifier/therapy-modifier-mismatch") expect(f.severity).toBe("warning");
        }
      }),
    );
  });

  it("every finding has a modifier/ id, a source, and a line finding names its line's code", () => {
    fc.assert(
      fc.property(sessionArb(), (s) => {
        for (const f of checkModifiers(s)) {
          expect(f.rule.startsWith("modifier/")).toBe(true);
          expect(f.source.title.length).toBeGreaterThan(0);
          if (f.path?.[0] === "services" && typeof f.path[1] === "number") expect(f.codes).toEqual([s.services[f.path[1] as number]!.code.toUpperCase()]);
        }
      }),
    );
  });
});
