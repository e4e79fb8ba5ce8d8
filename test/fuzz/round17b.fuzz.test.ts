import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { generateSessions } from "../../bench/generate.mjs";
import { sessionsFromFhirClaim, type FhirClaimOptions, type FhirSessionCandidate } from "../../src/adapters/fhir.js";
import { lintDocumentation } from "../../src/lint.js";
import { parseSession, type Session } from "../../src/model/index.js";
import { analyzeText, hasTermOf } from "../../src/rules/text/analyze-text.js";
import { FUNCTIONAL_LABELS, TERM_CATEGORIES, TERMS } from "../../src/rules/text/lexicon.js";
import { validateSession } from "../../src/validate.js";
import { deepFreeze } from "../modifiers/helpers.js";
import { line, session as sessionOf, withLine } from "../rules/helpers.js";
import { ALL, fullBits } from "../rules/text/full-bits.js";
import { FUZZ_RUNS, permuted } from "./arbitraries.js";
import { expectJsonSafe } from "./json-safe.js";

/**
 * The seventeenth round's other new code, fuzzed (fuzz17b). (1) fhir17's per-visit options
 * (src/adapters/fhir.ts `perVisit`, `visitOf`) over random Claims: 1-8 dates, repeated, written
 * every way (times, periods, bad dates, none), care teams of PT/OT/SLP and assistants, random
 * options. (2) speed17's memory in hasTermOf (`readingOf`, 8 slots) under interleaved questions
 * about more texts than it remembers, prefixes, equal strings that are different objects and long
 * texts; the linter's findings never depend on what it linted before. (3) gaps17's labels in
 * doc/97530-reads-as-exercise: line order, case and whitespace change nothing; a label beside a
 * real task never flags. Runs per property: max(FUZZ_RUNS, 100), fewer for the costly ones.
 */
const params = { numRuns: Math.max(FUZZ_RUNS, 100) };

// ---------------------------------------------------------------------------------------------
// 1. FHIR: the options that describe one visit, over random Claims.
// ---------------------------------------------------------------------------------------------

const CPT = "http://www.ama-assn.org/go/cpt";
const DAYS = ["2025-04-01", "2025-04-02", "2025-04-03", "2025-04-07", "2025-04-10", "2025-04-14", "2025-04-21", "2025-05-02"];

/** A date element of an item: servicedDate (as written, with a time, padded, or bad), servicedPeriod (one day, several, half), or none. */
const servicedArb: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...DAYS).map((d) => ({ servicedDate: d })) },
  { weight: 2, arbitrary: fc.constantFrom(...DAYS).map((d) => ({ servicedDate: `${d}T10:30:00Z` })) },
  { weight: 1, arbitrary: fc.constantFrom(...DAYS).map((d) => ({ servicedDate: ` ${d} ` })) },
  { weight: 2, arbitrary: fc.constantFrom(...DAYS).map((d) => ({ servicedPeriod: { start: d, end: `${d}T23:00:00Z` } })) },
  { weight: 1, arbitrary: fc.constantFrom(...DAYS).map((d) => ({ servicedPeriod: { start: d } })) },
  { weight: 1, arbitrary: fc.constantFrom({ servicedPeriod: { start: DAYS[0], end: DAYS[2] } }, { servicedDate: "2025-4-3" }, { servicedDate: "04/03/2025" }, { servicedDate: "" }, { servicedDate: 20250403 }, { servicedDate: null }, { servicedPeriod: "2025-04-03" }) },
  { weight: 1, arbitrary: fc.constant({}) },
);
const PLANS: readonly [string, string][] = [["GP", "97110"], ["GP", "97530"], ["GO", "97535"], ["GO", "97530"], ["GN", "92507"], ["", "97110"], ["", "97140"]];
const itemArb = fc.record({
  serviced: servicedArb,
  plan: fc.constantFrom(...PLANS),
  extra: fc.subarray(["KX", "59", "CQ", "CO"], { maxLength: 2 }),
  units: fc.integer({ min: 1, max: 4 }),
  team: fc.oneof({ weight: 3, arbitrary: fc.constant<number[]>([]) }, { weight: 2, arbitrary: fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 2 }) }),
}).map(({ serviced, plan: [mod, code], extra, units, team }) => ({
  productOrService: { coding: [{ system: CPT, code }] },
  modifier: [mod, ...extra].filter((m) => m !== "").map((m) => ({ coding: [{ code: m }] })),
  quantity: { value: units },
  ...(team.length > 0 ? { careTeamSequence: team } : {}),
  ...serviced,
}));
const CREDENTIALS = ["PT", "PTA", "OT", "COTA", "OTA", "CCC-SLP", "SLP", "DPT", "MD"];
const careTeamArb = fc.array(
  fc.record({ sequence: fc.integer({ min: 1, max: 4 }), qualification: fc.constantFrom(...CREDENTIALS).map((code) => ({ coding: [{ code }] })) }),
  { maxLength: 4 },
);
const claimArb = fc.record({
  items: fc.array(itemArb, { minLength: 1, maxLength: 10 }),
  careTeam: careTeamArb,
  billablePeriod: fc.option(fc.constantFrom(...DAYS).map((d) => ({ start: d, end: d })), { nil: undefined }),
}).map(({ items, careTeam, billablePeriod }) => ({ resourceType: "Claim", id: "c17", careTeam, item: items, ...(billablePeriod !== undefined ? { billablePeriod } : {}) }));

/** The options that describe one visit (note and totals) and the one that is "before the claim" (dollars). */
const NOTE_FIELDS = ["note", "totalTimedMinutes", "totalTreatmentMinutes"] as const;
const PICKED = [...NOTE_FIELDS, "therapyYearToDate"] as const;
const optionsArb: fc.Arbitrary<FhirClaimOptions> = fc.record(
  {
    payer: fc.constantFrom({ program: "medicare" as const }, { program: "commercial" as const }),
    provider: fc.constantFrom({}, { discipline: "PT" as const }, { discipline: "OT" as const }, { credential: "PTA" as const }),
    id: fc.constantFrom("enc-9", ""),
    note: fc.record({ subjective: fc.constantFrom("Knee pain 3/10.", "", "Pt reports less LBP."), plan: fc.constantFrom("Continue POC", "D/C next visit") }, { requiredKeys: [] }),
    totalTimedMinutes: fc.oneof(fc.integer({ min: 0, max: 120 }), fc.constant(Number.NaN)),
    totalTreatmentMinutes: fc.integer({ min: 0, max: 150 }),
    therapyYearToDate: fc.record({ ptSlp: fc.integer({ min: 0, max: 5000 }), ot: fc.integer({ min: 0, max: 5000 }) }, { requiredKeys: [] }),
    planOfCare: fc.constantFrom({ goals: [{ id: "G1" }] }, { goals: [{ id: "G1" }], dischargeAtThisVisit: true }),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<FhirClaimOptions>;

const bucketOf = (s: FhirSessionCandidate): string => (s.provider?.discipline === "OT" ? "ot" : "ptSlp");
const keyOf = (s: FhirSessionCandidate): string => `${s.dateOfService}|${s.provider?.discipline}`;
/** Which option fields each session (by date and discipline) got, as the given objects (by identity). */
function whoGetsWhat(sessions: readonly FhirSessionCandidate[]): Map<string, Record<string, unknown>> {
  return new Map(sessions.map((s) => [keyOf(s), Object.fromEntries(PICKED.filter((f) => f in s).map((f) => [f, (s as Record<string, unknown>)[f]]))]));
}


describe("FHIR per-visit options over random Claims (fhir17)", () => {
  it("never throws; the note and its totals reach at most one session (the same one), the dollars at most one per KX bucket, as the given objects", () => {
    fc.assert(fc.property(claimArb, optionsArb, (claim, given) => {
      const options = deepFreeze(structuredClone(given));
      const sessions = sessionsFromFhirClaim(claim, options);
      expect(sessions.reduce((n, s) => n + s.services.length, 0)).toBe(claim.item.length);
      const o = options as Record<string, unknown>;
      if (sessions.length === 1) {
        for (const f of PICKED) expect(sessions[0]![f as keyof FhirSessionCandidate]).toBe(o[f]);
        return;
      }
      const holders = new Set<number>();
      for (const f of NOTE_FIELDS) {
        const got = sessions.flatMap((s, k) => (f in s ? [k] : []));
        expect(got.length, f).toBeLessThanOrEqual(1);
        for (const k of got) {
          holders.add(k);
          expect((sessions[k] as Record<string, unknown>)[f]).toBe(o[f]);
        }
      }
      // Every note field that was given went to the same session, and it is the one latest date's.
      expect(holders.size).toBeLessThanOrEqual(1);
      for (const k of holders) {
        const date = sessions[k]!.dateOfService!;
        expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(sessions.filter((s) => s !== sessions[k]).every((s) => /^\d{4}-\d{2}-\d{2}$/.test(s.dateOfService ?? "") && s.dateOfService! < date)).toBe(true);
      }
      for (const bucket of ["ot", "ptSlp"]) {
        const got = sessions.filter((s) => bucketOf(s) === bucket && "therapyYearToDate" in s);
        expect(got.length, bucket).toBeLessThanOrEqual(1);
        for (const s of got) {
          expect(s.therapyYearToDate).toBe(o.therapyYearToDate);
          // Every other session that may be of the bucket (a session of no discipline may be of either) is later.
          const others = sessions.filter((t) => t !== s && (bucketOf(t) === bucket || t.provider?.discipline === undefined));
          expect(others.every((t) => /^\d{4}-\d{2}-\d{2}$/.test(t.dateOfService ?? "") && t.dateOfService! > s.dateOfService!)).toBe(true);
        }
      }
      expect(options).toEqual(given);
    }), params);
  });

  // Found by the property above: a session of no discipline (items without GP/GO/GN, a care team
  // without a credential) on an earlier date did not count as a possible first visit of the OT bucket,
  // so the OT visit after it got the dollars (too low a figure if that visit was an OT's), and it took
  // the PT/SLP bucket's from the PT visit after it as if known to be a PT's.
  const kxItem = (date: string, mod: string, code: string) => ({ productOrService: { coding: [{ system: CPT, code }] }, ...(mod === "" ? {} : { modifier: mod.split(",").map((m) => ({ coding: [{ code: m }] })) }), quantity: { value: 1 }, servicedDate: date });
  const YTD = { ptSlp: 2500, ot: 3000 };
  it.each<[string, unknown[], [string, string | undefined, boolean][]]>([
    ["no discipline on the 1st, OT on the 2nd, PT on the 3rd: neither later visit is known to be its bucket's first", [kxItem("2025-04-01", "KX", "97530"), kxItem("2025-04-03", "GP,KX", "97110"), kxItem("2025-04-02", "GO,KX", "97535")],
      [["2025-04-01", undefined, true], ["2025-04-03", "PT", false], ["2025-04-02", "OT", false]]],
    ["no discipline on the last date: the first OT and PT visits are still known", [kxItem("2025-04-01", "GO", "97535"), kxItem("2025-04-02", "GP", "97110"), kxItem("2025-04-03", "", "97530")],
      [["2025-04-01", "OT", true], ["2025-04-02", "PT", true], ["2025-04-03", undefined, false]]],
  ])("the dollars and a session of no discipline: %s", (_name, items, expected) => {
    const sessions = sessionsFromFhirClaim({ resourceType: "Claim", id: "c", item: items }, deepFreeze({ payer: { program: "medicare" as const }, therapyYearToDate: { ...YTD } }));
    expect(sessions.map((s) => [s.dateOfService, s.provider?.discipline, s.therapyYearToDate !== undefined])).toEqual(expected);
  });

  it("validateSession on every session never throws; its report is JSON and `valid` agrees with the findings", () => {
    fc.assert(fc.property(claimArb, optionsArb, (claim, given) => {
      for (const s of sessionsFromFhirClaim(claim, deepFreeze(structuredClone(given)))) {
        const report = validateSession(s);
        expectJsonSafe(report);
        expect(JSON.parse(JSON.stringify(report))).toEqual(report);
        expect(report.valid).toBe(!report.findings.some((f) => f.severity === "error"));
      }
    }), { numRuns: Math.max(FUZZ_RUNS, 60) });
  });

  it("the order of Claim.item (within a date and of the dates) never changes which session gets what", () => {
    fc.assert(fc.property(claimArb, optionsArb, fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 10 }), (claim, given, keys) => {
      const options = deepFreeze(structuredClone(given));
      const a = sessionsFromFhirClaim(claim, options);
      const b = sessionsFromFhirClaim({ ...claim, item: permuted(claim.item, keys) }, options);
      expect(b.map(keyOf).sort()).toEqual(a.map(keyOf).sort());
      // Two sessions of one date and discipline cannot be told apart by the key: skip (none seen so far).
      fc.pre(new Set(a.map(keyOf)).size === a.length);
      expect(whoGetsWhat(b)).toEqual(whoGetsWhat(a));
    }), params);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. hasTermOf's memory of the last 8 readings, and the linter's state.
// ---------------------------------------------------------------------------------------------


const LEXICON: readonly string[] = Object.values(TERMS).flat();
const NOISE = ["zzq", "pt", "not", "no", "denies", "without", "3x10", "x10", "5#", "rest", "the", "and", "foo"];
const wordsArb = fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...LEXICON) }, { weight: 2, arbitrary: fc.constantFrom(...NOISE) }), { maxLength: 30 })
  .chain((words) => fc.array(fc.constantFrom(" ", ", ", "\n", "/", "; ", "  "), { minLength: words.length, maxLength: words.length }).map((seps) => words.map((w, k) => w + seps[k]).join("")));

/** A pool of texts: random ones, their prefixes, long ones (past 4,096 and 16,384 characters: lists of their own). */
const poolArb = fc.tuple(fc.array(wordsArb, { minLength: 3, maxLength: 14 }), fc.array(fc.nat(), { minLength: 3, maxLength: 6 }), fc.boolean()).map(([texts, cuts, long]) => {
  const pool = [...texts];
  for (const [k, cut] of cuts.entries()) {
    const t = texts[k % texts.length]!;
    pool.push(t.slice(0, cut % (t.length + 1)));
  }
  // A text of no term, long: read whole by a question it fails.
  const filler = "zzq foo bar ".repeat(400);
  pool.push(filler + (texts[0] ?? ""), `${filler}${filler}`.slice(0, 4097));
  if (long) pool.push(filler.repeat(4) + (texts[1] ?? "lifting"), (filler.repeat(4) + (texts[1] ?? "")).slice(0, 17000));
  return pool;
});
/** The same characters as a different string object (built, not interned). */
const copyOf = (text: string): string => text.split("").join("");

describe("hasTermOf remembers the last 8 readings: every answer is a fresh analyzeText's (speed17)", () => {
  it("interleaved questions about more texts than it remembers, prefixes, copies and long texts", () => {
    fc.assert(fc.property(poolArb, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: ALL }), fc.boolean()), { minLength: 10, maxLength: 60 }), (pool, questions) => {
      const truth = pool.map(fullBits);
      for (const [n, wanted, copy] of questions) {
        const k = n % pool.length;
        const text = copy ? copyOf(pool[k]!) : pool[k]!;
        expect(hasTermOf(text, wanted), `${wanted} in #${k} ${JSON.stringify(text.slice(-80))}`).toBe((truth[k]! & wanted) !== 0);
      }
    }), { numRuns: Math.max(FUZZ_RUNS, 60) });
  });

  // Found by the property above: a text past 16,384 characters (lists of its own) asked while fewer
  // than 8 texts were remembered skipped a slot and left a hole in the list of readings, so every later
  // question (of any text, the linter's included) threw "Cannot read properties of undefined
  // (reading 'text')" until the turn came back to that slot. Only a fresh module has free slots.
  it.each([1, 3, 7])("a text past 16,384 characters asked after %i others, from a fresh module: every later answer is analyzeText's, none throws", async (before) => {
    vi.resetModules();
    const fresh = await import("../../src/rules/text/analyze-text.js");
    const texts = ["bridges 3x10", "lifting crate x5", "pt denies pain", "gait training w/ RW", "zzq", "SLR 3x10 for ADLs", "rest break 5 min"];
    for (const text of texts.slice(0, before)) fresh.hasTermOf(text, ALL);
    const long = `${"zzq foo bar ".repeat(1400)}transfers`;
    expect(long.length).toBeGreaterThan(16_384);
    expect(fresh.hasTermOf(long, ALL)).toBe(true);
    for (const text of [...texts, long, ...texts]) for (let bit = 1; bit <= ALL; bit <<= 1) expect(fresh.hasTermOf(text, bit), `${bit} in ${text.slice(-20)}`).toBe((fullBits(text) & bit) !== 0);
  });

  it("property: from a fresh module, any mix of short and long texts (past 16,384 characters) gets analyzeText's answers", async () => {
    const filler = "zzq foo bar ".repeat(1400);
    await fc.assert(fc.asyncProperty(fc.array(fc.tuple(wordsArb, fc.boolean(), fc.integer({ min: 1, max: ALL })), { minLength: 1, maxLength: 14 }), async (questions) => {
      vi.resetModules();
      const fresh = await import("../../src/rules/text/analyze-text.js");
      for (const [words, long, wanted] of questions) {
        const text = long ? filler + words : words;
        expect(fresh.hasTermOf(text, wanted)).toBe((fullBits(text) & wanted) !== 0);
      }
    }), { numRuns: Math.max(Math.floor(FUZZ_RUNS / 5), 20) });
  });

  it("asking one category at a time, each text in turn, then all of them again in another order", () => {
    fc.assert(fc.property(poolArb, fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 8 }), (pool, keys) => {
      const bits = [...Array(TERM_CATEGORIES.length + 3).keys()].map((c) => 1 << c);
      for (const bit of bits) for (const text of pool) expect(hasTermOf(text, bit)).toBe((fullBits(text) & bit) !== 0);
      for (const text of permuted(pool, keys)) for (const bit of permuted(bits, keys)) expect(hasTermOf(copyOf(text), bit)).toBe((fullBits(text) & bit) !== 0);
    }), { numRuns: Math.max(Math.floor(FUZZ_RUNS / 10), 10) });
  }, 30_000 + FUZZ_RUNS * 200);

  const BENCH: Session[] = generateSessions(80, 1717).map((s: unknown) => parseSession(JSON.parse(JSON.stringify(s))));
  const findingsOf = (s: Session): string => JSON.stringify(lintDocumentation(s));

  it("lintDocumentation of a session gives the same findings run first, after 50 other sessions, and twice in a row", () => {
    fc.assert(fc.property(fc.nat(BENCH.length - 1), fc.nat(BENCH.length - 1), (k, start) => {
      const session = BENCH[k]!;
      const first = findingsOf(session);
      for (let j = 0; j < 50; j++) lintDocumentation(BENCH[(start + j) % BENCH.length]!);
      expect(findingsOf(session)).toBe(first);
      expect(findingsOf(session)).toBe(first);
      // A copy of the session (its texts equal, other objects) too.
      expect(findingsOf(parseSession(JSON.parse(JSON.stringify(session))))).toBe(first);
    }), { numRuns: Math.max(Math.floor(FUZZ_RUNS / 5), 20) });
  });

  it("lintDocumentation of random sessions (texts shared between lines and note, prefixes, past 4,096 characters): the same findings first, after others, twice, and as a copy", () => {
    const codes = ["97110", "97530", "97112", "97140", "97535", "92507"];
    const longOf = (t: string) => `${"zzq foo bar ".repeat(350)}${t}`;
    const visitArb = fc.tuple(fc.array(fc.tuple(fc.constantFrom(...codes), wordsArb, fc.constantFrom("as is", "long", "prefix", "shared")), { minLength: 1, maxLength: 5 }), wordsArb, wordsArb)
      .map(([lines, subjective, assessment]) => sessionOf({
        services: lines.map(([code, text, how]) => line(code, how === "long" ? longOf(text) : how === "prefix" ? text.slice(0, text.length >> 1) : how === "shared" ? subjective : text)),
        note: { subjective, assessment, plan: subjective.slice(0, 20) },
      }));
    fc.assert(fc.property(visitArb, fc.array(visitArb, { minLength: 3, maxLength: 12 }), (visit, others) => {
      const first = findingsOf(visit);
      for (const other of others) lintDocumentation(other);
      expect(findingsOf(visit)).toBe(first);
      expect(findingsOf(visit)).toBe(first);
      expect(findingsOf(structuredClone(visit))).toBe(first);
    }), { numRuns: Math.max(Math.floor(FUZZ_RUNS / 2), 50) });
  });
});

// ---------------------------------------------------------------------------------------------
// 3. doc/97530-reads-as-exercise and its labels.
// ---------------------------------------------------------------------------------------------

const RULE = "doc/97530-reads-as-exercise";
const LABELS = ["Functional mobility exercises:", "functional mobility ex", "Functional mobility ther ex", "for ADLs", "to improve functional mobility", "for IADLs", "improving ADLs", "Functional mobility"];
/** A label neither over exercises nor a purpose: the rule takes it as a functional term (not flagged). */
const BARE_LABEL = "Functional mobility";
const EXERCISES = ["bridges 3x10", "band rows 3x15", "SLR 2x10", "clamshells 3x12 red band", "heel raises 3x15", "hamstring stretch 3x30 sec"];
/** The rule's own task words: functional terms that are not labels, self-care, balance and gait terms (no phrase that ends in a label word). */
const TASKS = [...TERMS.functional.filter((t) => !FUNCTIONAL_LABELS.has(t)), ...TERMS.selfcare, ...TERMS.neuro, ...TERMS.gait];
const flagsOf = (activity: string): number => lintDocumentation(withLine("97530", activity)).filter((f) => f.rule === RULE).length;
const caseArb = fc.constantFrom((s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s.toLowerCase(), (s: string) => s.replace(/\b\w/g, (c) => c.toUpperCase()));
const spaceArb = fc.constantFrom("", " ", "  ", "\t", "\n", " \n ");
const linesArb = fc.array(fc.oneof(fc.constantFrom(...LABELS), fc.constantFrom(...EXERCISES)), { minLength: 1, maxLength: 5 });

describe("doc/97530-reads-as-exercise: labels (gaps17)", () => {
  it("the finding never depends on line order, case or surrounding whitespace", () => {
    fc.assert(fc.property(linesArb, fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 5 }), caseArb, spaceArb, spaceArb, (lines, keys, cased, before, after) => {
      const base = flagsOf(lines.join("\n"));
      expect(flagsOf(permuted(lines, keys).join("\n")), "order").toBe(base);
      expect(flagsOf(cased(lines.join("\n"))), "case").toBe(base);
      expect(flagsOf(before + lines.map((l) => before + l + after).join("\n") + after), "whitespace").toBe(base);
      // Inside a line too: tabs, no-break spaces, doubled spaces between its words.
      for (const gap of ["\t", "\u00a0", "  ", " \t "]) expect(flagsOf(lines.map((l) => l.replaceAll(" ", gap)).join("\n")), JSON.stringify(gap)).toBe(base);
      // Exercises and no task: flagged whatever labels as a heading or purpose; a bare "Functional mobility" is read as a task (by design: LABEL_USE).
      if (lines.some((l) => EXERCISES.includes(l)) && !lines.includes(BARE_LABEL)) expect(base).toBe(1);
    }), params);
  });

  // Found here: a purpose naming two labels ("for ADLs and IADLs", "for functional mobility and ADLs", "ADLs/IADLs") was read
  // as "for ADLs" and a second label, taken for a functional task: the line passed where "for ADLs" alone is flagged.
  it.each([
    "band rows 3x15 for ADLs and IADLs",
    "band rows 3x15 for ADLs/IADLs",
    "band rows 3x15 for functional mobility and ADLs",
    "bridges 3x10 for ADLs and functional mobility",
    "SLR 3x10, bridges 3x10 to improve ADLs & IADLs",
    "bridges 3x10 for ADLs, IADLs and functional mobility",
    "Functional mobility exercises: bridges 3x10 for ADLs or IADLs",
  ])("a purpose of two or more labels is still a purpose: %j is flagged", (activity) => {
    expect(flagsOf(activity)).toBe(1);
    expect(flagsOf(activity.toUpperCase())).toBe(1);
  });

  it.each([
    "band rows 3x15 for ADLs and transfers",
    "bridges 3x10 for ADLs and IADLs, lifting box x5",
    "band rows 3x15 for ADLs and car transfer",
    "bridges 3x10 for ADLs/IADLs; gait training 100 ft",
  ])("a purpose of labels and a task after it is not flagged: %j", (activity) => {
    expect(flagsOf(activity)).toBe(0);
  });

  it("property: a purpose of 1-4 labels joined by and/or/&/,// after exercises is flagged; with a task word anywhere, never", () => {
    const purpose = fc.tuple(fc.constantFrom("for", "to improve", "improving", "for improved"), fc.array(fc.constantFrom("ADLs", "IADLs", "ADL", "iadl", "functional mobility"), { minLength: 1, maxLength: 4 }), fc.array(fc.constantFrom(" and ", " or ", " & ", ", ", "/", " / ", ", and "), { minLength: 3, maxLength: 3 }))
      .map(([lead, labels, joins]) => `${lead} ${labels.map((l, k) => (k === 0 ? l : joins[k - 1] + l)).join("")}`);
    fc.assert(fc.property(fc.constantFrom(...EXERCISES), purpose, fc.constantFrom(...TASKS), caseArb, (exercise, why, task, cased) => {
      expect(flagsOf(cased(`${exercise} ${why}`)), `${exercise} ${why}`).toBe(1);
      expect(flagsOf(cased(`${exercise} ${why}, ${task}`))).toBe(0);
      expect(flagsOf(cased(`${task}; ${exercise} ${why}`))).toBe(0);
    }), params);
  });

  it("a label and a real task (the rule's own task words) never flags, in any order", () => {
    fc.assert(fc.property(linesArb, fc.constantFrom(...TASKS), fc.nat(5), caseArb, (lines, task, at, cased) => {
      const all = [...lines];
      all.splice(at % (all.length + 1), 0, task);
      expect(flagsOf(cased(all.join("\n"))), JSON.stringify(all)).toBe(0);
      expect(flagsOf(cased(all.join(", "))), JSON.stringify(all)).toBe(0);
    }), params);
  });
});
