import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CODE_ROWS } from "../../src/catalog/codes.js";
import { getCode } from "../../src/catalog/catalog.js";
import { disciplineOfCredential } from "../../src/model/credential-discipline.js";
import { payerProfileOf } from "../../src/model/payer-profile-of.js";
import type { Discipline, Session } from "../../src/model/session.js";
import { checkModifiers } from "../../src/modifiers/check-modifiers.js";
import { MODIFIER_SOURCES } from "../../src/modifiers/sources.js";
import { isReportForSure } from "../../src/report/fast-report.js";
import { parseReport, parseReportBySchema, ReportInputError } from "../../src/report/parse-report.js";
import { ReportSchema } from "../../src/report/report-schema.js";
import { validateSession } from "../../src/validate.js";
import {
  extremeSessionArb, FUZZ_RUNS, hostileSession, hostileSpecArb, nearSessionArb, pathsOf, ruleOptionsArb, sloppyOptionsArb, sloppySessionArb, validSessionArb,
} from "./arbitraries.js";

/**
 * The seventeenth round's new code, fuzzed (fuzz17). (1) parseReport's fast path
 * (src/report/fast-report.ts) against the schema-only path, on JavaScript values a JSON.parse never
 * makes but an integrator may pass: class instances, null-prototype objects, getters (counting,
 * changing), Proxies, frozen and sealed values, lists with holes or extra properties, -0, 1e308,
 * numbers past 2^53, toJSON, Symbol keys, JSON.parse's own `__proto__` keys. (2) mods17's SLP-only
 * warning (src/modifiers/discipline-rules.ts) over random visits: plan x credential x program x
 * date x catalog codes x modifiers in any case. Runs per property: max(FUZZ_RUNS, 100).
 */
const params = { numRuns: Math.max(FUZZ_RUNS, 100) };

/** What a parse gives: the value itself (by identity), its issues, or the error it threw. */
type Outcome = { ok: true } | { issues: unknown } | { threw: string };

function outcomeOf(parse: (value: unknown) => unknown, value: unknown): Outcome {
  try {
    const out = parse(value);
    expect(out).toBe(value);
    return { ok: true };
  } catch (error) {
    if (error instanceof ReportInputError) return { issues: error.issues };
    return { threw: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/** parseReport and parseReportBySchema, each on a fresh value from `make` (a getter's count starts anew), agree; only ReportInputError is thrown. */
function expectAgreement(make: () => unknown): Outcome {
  const fast = outcomeOf(parseReport, make());
  const schema = outcomeOf(parseReportBySchema, make());
  expect(fast).toStrictEqual(schema);
  expect(fast).not.toHaveProperty("threw");
  return fast;
}

/** A report as stored: `JSON.parse` of its JSON. */
const stored = (input: unknown): Record<string, unknown> => JSON.parse(JSON.stringify(validateSession(input))) as Record<string, unknown>;

type Path = (string | number)[];

/** How a value at a path is made exotic. */
const STABLE_KINDS = ["nullProto", "classInstance", "proxy", "frozen", "sealed", "getters", "toJSON", "symbolKey", "extraProps", "hole", "arraySubclass", "inherited", "inheritedGetters"] as const;
/** Getters whose value changes between reads: parseReport reads a field once on its fast path and again on the schema's. */
const CHANGING_KINDS = ["gettersFirstDiffers", "gettersLaterDiffer"] as const;
const NUMBER_KINDS = [-0, 1e308, 2 ** 53, 2 ** 53 + 2, Number.MAX_VALUE, Number.MIN_VALUE, 1e-7] as const;
type Kind = (typeof STABLE_KINDS)[number] | (typeof CHANGING_KINDS)[number] | { number: number };

class Row {}
class List<T> extends Array<T> {}

/** A value read differently: the first read gives `first`, every later one `later`. */
function flipping(target: object, key: string, first: unknown, later: unknown): void {
  let reads = 0;
  Object.defineProperty(target, key, { get: () => (reads++ === 0 ? first : later), enumerable: true, configurable: true });
}

/** A changed value of the same field: what a flip gives a second read. */
function otherValue(v: unknown): unknown {
  if (typeof v === "boolean") return !v;
  if (typeof v === "number") return v + 1;
  if (typeof v === "string") return v === "error" ? "info" : v === "info" || v === "warning" ? "error" : `${v}x`;
  if (Array.isArray(v)) return v.slice(1);
  return null;
}

function exotic(value: unknown, kind: Kind): unknown {
  if (typeof kind === "object") return typeof value === "number" ? kind.number : value;
  if (typeof value !== "object" || value === null) return value;
  const isList = Array.isArray(value);
  // A frozen or sealed value (an earlier edit at the same path) takes no getter, key or hole.
  const changes = kind === "toJSON" || kind === "symbolKey" || kind === "extraProps" || kind === "hole" || kind.startsWith("getters");
  if (changes && Object.isSealed(value)) return value;
  switch (kind) {
    case "nullProto": return isList ? value : Object.assign(Object.create(null), value);
    case "classInstance": return isList ? value : Object.assign(new Row(), value);
    // Every field on the prototype, none its own (`in` and a read see them; Object.keys does not).
    case "inherited": return isList ? value : Object.create(value) as unknown;
    case "inheritedGetters": {
      if (isList) return value;
      const proto = {};
      for (const [key, v] of Object.entries(value)) Object.defineProperty(proto, key, { get: () => v, enumerable: true });
      return Object.create(proto) as unknown;
    }
    case "arraySubclass": return isList ? List.from(value as unknown[]) : value;
    case "proxy": return new Proxy(value, {});
    case "frozen": return Object.freeze(value);
    case "sealed": return Object.seal(value);
    case "toJSON": return Object.assign(value, { toJSON: () => "not me" }) as unknown;
    case "symbolKey": return Object.assign(value, { [Symbol("id")]: 7 }) as unknown;
    case "extraProps": return Object.assign(value, isList ? { extra: 1, "-1": "far", "1.5": "x" } : { extra: [1] }) as unknown;
    case "hole": {
      if (!isList || value.length === 0) return value;
      delete (value as unknown[])[value.length - 1];
      return value;
    }
    case "getters": {
      const counts: Record<string, number> = {};
      for (const key of Object.keys(value)) {
        const v = (value as Record<string, unknown>)[key];
        Object.defineProperty(value, key, { get: () => ((counts[key] = (counts[key] ?? 0) + 1), v), enumerable: true, configurable: true });
      }
      return value;
    }
    case "gettersFirstDiffers":
    case "gettersLaterDiffer":
      for (const key of Object.keys(value)) {
        const v = (value as Record<string, unknown>)[key];
        if (kind === "gettersFirstDiffers") flipping(value, key, otherValue(v), v);
        else flipping(value, key, v, otherValue(v));
      }
      return value;
  }
}

/** Applies the kinds at their paths, deepest first, to a fresh clone of `report`. */
function build(report: unknown, edits: readonly [Path, Kind][]): unknown {
  let root = structuredClone(report);
  const sorted = [...edits].sort((a, b) => b[0].length - a[0].length);
  for (const [path, kind] of sorted) {
    if (path.length === 0) {
      root = exotic(root, kind);
      continue;
    }
    let at: any = root;
    for (const part of path.slice(0, -1)) at = at?.[part];
    if (typeof at !== "object" || at === null) continue;
    const key = path[path.length - 1]!;
    const desc = Object.getOwnPropertyDescriptor(at, key);
    if (!desc || !("value" in desc) || !desc.writable) continue;
    at[key] = exotic(at[key], kind);
  }
  return root;
}

const numberKindArb = fc.constantFrom(...NUMBER_KINDS).map((number): Kind => ({ number }));
const stableKindArb: fc.Arbitrary<Kind> = fc.oneof(fc.constantFrom(...STABLE_KINDS), numberKindArb);
const changingKindArb: fc.Arbitrary<Kind> = fc.oneof(fc.constantFrom(...CHANGING_KINDS), stableKindArb);
const reportArb: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  { weight: 3, arbitrary: (validSessionArb as fc.Arbitrary<unknown>).map(stored) },
  { weight: 2, arbitrary: extremeSessionArb.map(stored) },
  // The report of a hostile session (a getter that throws, a revoked Proxy): made before fast-check clones it.
  { weight: 1, arbitrary: hostileSpecArb.map((spec) => stored(hostileSession(spec))) },
);
const editedArb = (kind: fc.Arbitrary<Kind>) =>
  reportArb.chain((r) => fc.tuple(fc.constant(r), fc.array(fc.tuple(fc.constantFrom<Path>([], ...pathsOf(r)), kind), { minLength: 1, maxLength: 4 })));

describe("(1) parseReport's fast path and the schema agree on values JSON.parse never makes", () => {
  it("stored reports of valid, extreme and hostile sessions with 1-4 exotic values at any paths", () => {
    const seen = { ok: 0, issues: 0 };
    fc.assert(fc.property(editedArb(stableKindArb), ([r, edits]) => {
      seen["ok" in expectAgreement(() => build(r, edits)) ? "ok" : "issues"]++;
    }), params);
    // Both outcomes are reached: most exotic values are still reports (a Proxy, a frozen list, -0).
    expect(seen.ok).toBeGreaterThan(params.numRuns / 4);
    expect(seen.issues).toBeGreaterThan(0);
  });

  it("200-line sessions' reports (valid lines repeated) with exotic values: agree, and the unchanged report takes the fast path", () => {
    const long = validSessionArb
      .filter((s) => s.services.length > 0)
      .map((s) => stored({ ...s, services: Array.from({ length: 200 }, (_, i) => s.services[i % s.services.length]) }));
    fc.assert(fc.property(long.chain((r) => fc.tuple(fc.constant(r), fc.array(fc.tuple(fc.constantFrom<Path>([], ...pathsOf(r)), stableKindArb), { minLength: 1, maxLength: 4 }))), ([r, edits]) => {
      expect(isReportForSure(r)).toBe(true);
      expectAgreement(() => build(r, edits));
    }), { numRuns: Math.max(Math.round(FUZZ_RUNS / 5), 20) });
  });

  it("the fast path vouches exactly when the schema accepts: an exotic value that is still a report keeps the speed-up (zod does not run)", () => {
    let fast = 0;
    fc.assert(fc.property(editedArb(stableKindArb), ([r, edits]) => {
      const value = build(r, edits);
      const sure = isReportForSure(value);
      expect(sure).toBe(ReportSchema.safeParse(value).success);
      if (sure) fast++;
    }), params);
    expect(fast).toBeGreaterThan(0);
  });

  it("reports validateSession makes with any options (extra rules' own findings and paths, rule settings, payer overrides), as stored: the fast path, itself", () => {
    const inputArb = fc.oneof(validSessionArb as fc.Arbitrary<unknown>, extremeSessionArb, nearSessionArb, sloppySessionArb);
    fc.assert(fc.property(inputArb, fc.oneof(ruleOptionsArb as fc.Arbitrary<unknown>, sloppyOptionsArb), (input, options) => {
      const r = JSON.parse(JSON.stringify(validateSession(input, options as never))) as unknown;
      expect(isReportForSure(r)).toBe(true);
      expect(parseReport(r)).toBe(r);
    }), params);
  });

  it("getters whose value changes between reads: parseReport returns the value itself or throws ReportInputError, nothing else", () => {
    fc.assert(fc.property(editedArb(changingKindArb), ([r, edits]) => {
      const value = build(r, edits);
      try {
        expect(parseReport(value)).toBe(value);
      } catch (error) {
        expect(error).toBeInstanceOf(ReportInputError);
      }
    }), params);
  });
});

/*
 * Pinned (fuzz17): a getter whose value changes between reads. The fast path reads a field, and
 * the cross-field check reads it again; when the fast path cannot vouch, the schema reads it a
 * third time; zod reads each field once into its copy. So parseReport and parseReportBySchema can
 * differ on such a value, each way. Left alone: a value that answers each read differently has no
 * one answer (whatever parseReport says, the caller's next read may contradict it), JSON.parse
 * never makes one, and reading once would mean copying the report, what the fast path exists to
 * avoid. This is by design, not a gap to close (so no it.fails): the tests below pin what each
 * path does with the exact input (parseReport vouches for true-then-false, the schema refuses it;
 * the other way round, the other way), so a change to either path shows here.
 */
describe("pinned: a field whose getter answers its first read differently from the later ones", () => {
  /** The report of a null session (valid: false, one error finding), its `valid` a getter giving `first`, then `later`. */
  const flipped = (first: boolean, later: boolean): Record<string, unknown> => {
    const r = stored(null);
    let reads = 0;
    Object.defineProperty(r, "valid", { get: () => (reads++ === 0 ? first : later), enumerable: true });
    return r;
  };

  it("valid reads true, then false: what each path gives", () => {
    const r = flipped(true, false);
    expect(parseReport(r)).toBe(r);
    expect(() => parseReportBySchema(flipped(true, false))).toThrow(/valid does not agree with the findings/);
  });

  it("valid reads false, then true: what each path gives", () => {
    const r = flipped(false, true);
    expect(() => parseReport(r)).toThrow(/valid does not agree with the findings/);
    expect(parseReportBySchema(flipped(false, true))).toBeDefined();
  });
});

/** JSON text with an own `"__proto__"` key (JSON.parse makes it an own property, zod's copy a prototype) put into one object. */
const PROTO_VALUES = ['{"valid":true}', '{"minutes":5}', '{"notCounted":[0]}', '{"path":["services",99]}', '{"severity":"error"}', "null", "[1]", '"x"'];
const WHERE = ["top", "meta", "session", "line", "units", "unitsLine", "finding", "source"] as const;

function withProtoKey(report: Record<string, unknown>, where: (typeof WHERE)[number], proto: string, drop: boolean): string {
  const r = structuredClone(report) as any;
  const target = where === "top" ? r : where === "meta" ? r.meta : where === "session" ? r.session : where === "line" ? r.session?.services?.[0]
    : where === "units" ? r.units : where === "unitsLine" ? r.units?.lines?.[0] : where === "finding" ? r.findings?.[0] : r.findings?.[0]?.source;
  if (typeof target !== "object" || target === null) return JSON.stringify(r);
  // Take away the field the prototype would give (a report that needs it is then damaged, unless the prototype is read).
  if (drop) for (const key of Object.keys(JSON.parse(proto) ?? {})) delete target[key];
  target.__marker__ = 1;
  return JSON.stringify(r).replace('"__marker__":1', `"__proto__":${proto}`);
}

describe("(1) JSON.parse's own __proto__ keys", () => {
  it("a __proto__ key in any object of a stored report, with or without the field it would give", () => {
    let ok = 0;
    fc.assert(fc.property(reportArb, fc.constantFrom(...WHERE), fc.constantFrom(...PROTO_VALUES), fc.boolean(), (r, where, proto, drop) => {
      const text = withProtoKey(r, where, proto, drop);
      if ("ok" in expectAgreement(() => JSON.parse(text))) ok++;
    }), params);
    expect(ok).toBeGreaterThan(0);
  });
});

// ── (2) The SLP-only warning (mods17) ───────────────────────────────────────────────────────

const SLP_ONLY = CODE_ROWS.filter((c) => c.disciplines.length === 1 && c.disciplines[0] === "SLP").map((c) => c.code);
const ALL_CODES = CODE_ROWS.map((c) => c.code);
const MODS = ["GP", "GO", "GN", "CQ", "CO", "59", "KX", "GA", "XE", "GY", "ZZ"];
type Cred = "PT" | "PTA" | "OT" | "OTA" | "SLP" | "SLPA" | "other" | undefined;

/** A modifier in upper, lower or mixed case. */
const anyCase = (m: string, how: number): string => (how === 0 ? m : how === 1 ? m.toLowerCase() : m[0]!.toLowerCase() + m.slice(1));
const lineArb = fc.record({
  code: fc.oneof(fc.constantFrom(...SLP_ONLY), fc.constantFrom(...ALL_CODES), fc.constantFrom("92507", "97110", "97530", "92526", "97129", "G0283")),
  modifiers: fc.array(fc.constantFrom(...MODS), { maxLength: 4 }),
  minutes: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
  units: fc.integer({ min: 0, max: 4 }),
  assistantMinutes: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
}, { requiredKeys: ["code", "modifiers", "units"] });
const visitArb: fc.Arbitrary<Session> = fc.record({
  dateOfService: fc.constantFrom("2019-06-01", "2020-03-02", "2022-03-01", "2024-05-02", "2025-07-01"),
  payer: fc.record({ program: fc.constantFrom("medicare", "medicare", "medicaid", "commercial", "other") }),
  provider: fc.tuple(fc.constantFrom<Discipline>("PT", "OT", "SLP"), fc.constantFrom<Cred>(undefined, "PT", "PTA", "OT", "OTA", "SLP", "SLPA", "other"))
    .map(([discipline, credential]) => (credential === undefined ? { discipline } : { discipline, credential })),
  services: fc.array(lineArb, { minLength: 1, maxLength: 6 }),
  therapyYearToDate: fc.option(fc.record({ ptSlp: fc.constantFrom(0, 2300, 2500), ot: fc.constantFrom(0, 2300, 2500) }), { nil: undefined }),
}, { requiredKeys: ["dateOfService", "payer", "provider", "services"] }) as fc.Arbitrary<Session>;

/** No override, or one that turns the Medicare modifier rules on or off for any program. */
const overrideArb = fc.option(fc.record({ disciplineModifiers: fc.boolean(), assistantModifiers: fc.boolean() }, { requiredKeys: [] }), { nil: undefined });

/** The modifier findings of each line (path ["services", i, ...]), without the index. */
function perLine(findings: readonly { path?: readonly (string | number)[] | undefined }[], n: number): string[][] {
  const out: string[][] = Array.from({ length: n }, () => []);
  for (const f of findings) {
    const i = f.path?.[1];
    if (f.path?.[0] === "services" && typeof i === "number") out[i]!.push(JSON.stringify({ ...f, path: f.path.slice(2) }));
  }
  return out;
}

const isSlpOnlyWarning = (f: { source: unknown; rule: string; severity: string }) =>
  f.source === MODIFIER_SOURCES.slpServices || (f.rule === "modifier/therapy-modifier-mismatch" && f.severity === "warning" && JSON.stringify(f.source) === JSON.stringify(MODIFIER_SOURCES.slpServices));

describe("(2) the SLP-only warning over random visits (plan x credential x program x codes x modifiers)", () => {
  it("a line's modifier findings do not depend on the order of the lines", () => {
    fc.assert(fc.property(visitArb.chain((s) => fc.tuple(fc.constant(s), fc.shuffledSubarray(s.services.map((_, i) => i), { minLength: s.services.length }))), ([s, order]) => {
      const before = perLine(checkModifiers(s), s.services.length);
      const after = perLine(checkModifiers({ ...s, services: order.map((i) => s.services[i]!) }), s.services.length);
      order.forEach((i, j) => expect(after[j]).toEqual(before[i]));
    }), params);
  });

  it("nor on the case of the modifiers", () => {
    fc.assert(fc.property(visitArb.chain((s) => fc.tuple(fc.constant(s), fc.array(fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 4, maxLength: 4 }), { minLength: s.services.length, maxLength: s.services.length }))), ([s, cases]) => {
      const cased = { ...s, services: s.services.map((l, i) => ({ ...l, modifiers: l.modifiers?.map((m, k) => anyCase(m, cases[i]![k]!)) })) };
      expect(checkModifiers(cased)).toEqual(checkModifiers(s));
    }), params);
  });

  it("at most one therapy-modifier finding (missing or mismatch) per line", () => {
    fc.assert(fc.property(visitArb, (s) => {
      for (const line of perLine(checkModifiers(s).filter((f) => f.rule.startsWith("modifier/therapy-modifier-")), s.services.length)) expect(line.length).toBeLessThanOrEqual(1);
    }), params);
  });

  it("the warning is on a line exactly when the rule says: GP/GO/GN required (Medicare, or a payer override), a PT or OT plan's own clinician, an SLP-only treatment code, the plan's modifier alone", () => {
    let warned = 0;
    // A sample of 100 visits reached no warning about one time in five (round17b saw it fail the full suite): up to 5 samples.
    for (let sample = 0; sample < 5 && warned === 0; sample++) fc.assert(fc.property(visitArb, overrideArb, (s, payer) => {
      const profile = payerProfileOf(s.payer, payer);
      const { discipline, credential } = s.provider;
      const own = disciplineOfCredential(credential);
      const by = profile.assistantModifiers && own !== discipline ? own : undefined;
      const wanted = { PT: "GP", OT: "GO", SLP: "GN" }[discipline];
      const got = perLine(checkModifiers(s, { payer }).filter(isSlpOnlyWarning), s.services.length).map((l) => l.length);
      s.services.forEach((line, i) => {
        const info = getCode(line.code, s.dateOfService);
        const therapy = [...new Set((line.modifiers ?? []).map((m) => m.toUpperCase()).filter((m) => m === "GP" || m === "GO" || m === "GN"))];
        const expected = profile.disciplineModifiers && discipline !== "SLP" && by === undefined && info !== undefined && info.contact !== "evaluation"
          && info.disciplines.length === 1 && info.disciplines[0] === "SLP" && therapy.length === 1 && therapy[0] === wanted;
        expect(got[i], `line ${i}: ${line.code} ${JSON.stringify(line.modifiers)}`).toBe(expected ? 1 : 0);
        if (expected) warned++;
      });
    }), params);
    expect(warned).toBeGreaterThan(0);
    // And the override's side, whether or not the sample reached it: a commercial payer that asks for GP/GO/GN gets the warning.
    const commercial: Session = { dateOfService: "2024-05-02", payer: { program: "commercial" }, provider: { discipline: "PT" }, services: [{ code: "92507", units: 1, modifiers: ["GP"] }] };
    expect(checkModifiers(commercial).filter(isSlpOnlyWarning)).toHaveLength(0);
    expect(checkModifiers(commercial, { payer: { disciplineModifiers: true } }).filter(isSlpOnlyWarning)).toHaveLength(1);
  });

  it("an SLP-only treatment code under a PT or OT plan (Medicare, the plan's own clinician), any modifiers: no fix says to keep, add or put the plan's GP or GO alone", () => {
    const codes = SLP_ONLY.filter((c) => CODE_ROWS.find((r) => r.code === c)!.contact !== "evaluation");
    fc.assert(fc.property(visitArb, fc.constantFrom(...codes), fc.array(fc.constantFrom("GP", "GO", "GN", "gp", "Go", "CQ", "CO", "59"), { maxLength: 4 }), fc.constantFrom<Discipline>("PT", "OT"), fc.boolean(), (s, code, modifiers, discipline, therapist) => {
      const visit = { ...s, payer: { program: "medicare" as const }, provider: therapist ? { discipline, credential: discipline } : { discipline }, services: [{ code, units: 1, minutes: 30, modifiers }, ...s.services] };
      for (const f of checkModifiers(visit).filter((x) => x.path?.[1] === 0 && /^modifier\/(multiple-therapy|therapy-modifier)/.test(x.rule))) {
        expect(f.fix).not.toMatch(/^(Keep only|Add|Replace [^:]* with) G[PO]\b/);
      }
    }), params);
  });

  it("an SLP plan's lines, and any visit of a payer that does not require GP/GO/GN, never get it (nor its SLP-first fix)", () => {
    fc.assert(fc.property(visitArb, fc.boolean(), (s, slp) => {
      const visit = slp ? { ...s, provider: { ...s.provider, discipline: "SLP" as const } } : { ...s, payer: { program: "commercial" as const } };
      for (const f of checkModifiers(visit)) {
        expect(isSlpOnlyWarning(f)).toBe(false);
        expect(f.fix ?? "").not.toMatch(/is an SLP service(, which G[PON] does not mark)?: if an SLP furnished it/);
      }
    }), params);
  });
});
