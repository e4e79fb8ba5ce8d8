import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sessionsFromFhirClaim, type FhirClaimOptions } from "../../src/adapters/fhir.js";
import { validateSession } from "../../src/validate.js";
import { deepFreeze } from "../modifiers/helpers.js";

// Seventeenth round (fhir17), PER-VISIT: the options' note, its totals (totalTimedMinutes,
// totalTreatmentMinutes) and the year-to-date therapy dollars were copied into every session a
// Claim of several visits made. The note and its totals describe one visit: the claim's last date
// (as the plan of care's per-visit fields, LAST-VISIT). The year-to-date dollars are "before the
// claim": right for the first visit of each KX bucket only. The other sessions get none, and
// validateSession says what it lacks instead of checking them against another visit's facts.
const CPT = "http://www.ama-assn.org/go/cpt";
const MEDICARE = { payer: { program: "medicare" as const } };
const OPTIONS = { ...MEDICARE, provider: { discipline: "PT" as const } };
const item = (date: unknown, mod = "GP", code = "97110", units = 1) => ({
  productOrService: { coding: [{ system: CPT, code }] }, modifier: mod.split(",").map((m) => ({ coding: [{ code: m }] })), quantity: { value: units },
  ...(typeof date === "string" ? { servicedDate: date } : { servicedPeriod: date }),
});
const claimOf = (...items: unknown[]) => ({ resourceType: "Claim", id: "c", item: items });
const NOTE = { subjective: "Knee pain 3/10 after the visit on the 17th.", plan: "Continue POC" };
const YTD = { ptSlp: 2300, ot: 150 };
const PICKED = ["note", "totalTimedMinutes", "totalTreatmentMinutes", "therapyYearToDate"] as const;
const picked = (s: Record<string, unknown>) => Object.fromEntries(PICKED.filter((f) => f in s).map((f) => [f, s[f]]));
const ALL = { note: NOTE, totalTimedMinutes: 38, totalTreatmentMinutes: 45, therapyYearToDate: YTD };
const LAST = { note: NOTE, totalTimedMinutes: 38, totalTreatmentMinutes: 45 };
const rulesOf = (s: unknown, prefix: string) => validateSession(s).findings.filter((f) => f.rule.startsWith(prefix)).map((f) => `${f.rule} ${f.severity}`);

describe("the options' note, totals and year-to-date dollars on a claim of several visits (PER-VISIT)", () => {
  it.each<[string, unknown[], Record<string, unknown>[]]>([
    ["two visits: the note and totals to the last, the dollars to the first", [item("2025-03-14"), item("2025-03-17")], [{ therapyYearToDate: YTD }, LAST]],
    ["three visits in any order: the last date and the first date win", [item("2025-03-21"), item("2025-03-14"), item("2025-03-17")], [LAST, { therapyYearToDate: YTD }, {}]],
    ["two items on each date: still one session each", [item("2025-03-17"), item("2025-03-14"), item("2025-03-17", "GP", "97112"), item("2025-03-14", "GP", "97140")], [LAST, { therapyYearToDate: YTD }]],
  ])("%s", (_name, items, expected) => {
    const sessions = sessionsFromFhirClaim(claimOf(...items), { ...OPTIONS, ...ALL });
    expect(sessions.map(picked)).toEqual(expected);
  });

  it("one note's 38 timed minutes are the last visit's: the first visit is not checked against them", () => {
    // The 14th: 97110 x 5 (its own minutes unknown); the 17th: 97110 x 3, 38 minutes in the note.
    const sessions = sessionsFromFhirClaim(claimOf(item("2025-03-14", "GP", "97110", 5), item("2025-03-17", "GP", "97110", 3)), { ...OPTIONS, totalTimedMinutes: 38 });
    // Before: the 14th got units/exceeds-time (5 units against 38 minutes that are the 17th's).
    expect(sessions.map((s) => rulesOf(s, "units/"))).toEqual([["units/missing-minutes error"], ["units/missing-minutes info"]]);
    expect(sessions.map((s) => s.totalTimedMinutes)).toEqual([undefined, 38]);
  });

  it("the year-to-date dollars are the first visit's: a later visit with KX says it lacks them (kx-no-data), not a figure that is too low", () => {
    const sessions = sessionsFromFhirClaim(claimOf(item("2025-03-14", "GP,KX"), item("2025-03-17", "GP,KX")), { ...OPTIONS, therapyYearToDate: { ptSlp: 2500 } });
    expect(sessions.map((s) => s.therapyYearToDate)).toEqual([{ ptSlp: 2500 }, undefined]);
    expect(sessions.map((s) => rulesOf(s, "modifier/kx"))).toEqual([[], ["modifier/kx-no-data info"]]);
  });

  it("the dollars go to each KX bucket's first visit: PT on the 14th, OT on the 17th (a PT visit on the 21st gets none)", () => {
    const sessions = sessionsFromFhirClaim(claimOf(item("2025-03-14"), item("2025-03-17", "GO", "97535"), item("2025-03-21")), { ...MEDICARE, ...ALL });
    expect(sessions.map((s) => [s.dateOfService, s.provider?.discipline, picked(s)])).toEqual([
      ["2025-03-14", "PT", { therapyYearToDate: YTD }],
      ["2025-03-17", "OT", { therapyYearToDate: YTD }],
      ["2025-03-21", "PT", LAST],
    ]);
  });

  it.each<[string, unknown[], Record<string, unknown>[]]>([
    ["a PT's and an OT's items on the last date (two notes): no note; the dollars as each bucket's first", [item("2025-03-14"), item("2025-03-17"), item("2025-03-17", "GO", "97530")], [{ therapyYearToDate: YTD }, {}, { therapyYearToDate: YTD }]],
    ["a PT's and an SLP's items on the first date (one bucket, which came first is not known): no dollars", [item("2025-03-14"), item("2025-03-14", "GN", "92507"), item("2025-03-17")], [{}, {}, LAST]],
    ["a date not written YYYY-MM-DD on the claim: which visit is first or last is not known", [item("2025-03-14"), item({ start: "2025-03-15", end: "2025-03-21" })], [{}, {}]],
    ["an item without a date", [item("2025-03-14"), { productOrService: { coding: [{ system: CPT, code: "97110" }] }, quantity: { value: 1 } }], [{}, {}]],
    ["one date, a PT's and an OT's session: no note (whose?); the dollars to both (two buckets)", [item("2025-03-14"), item("2025-03-14", "GO", "97530")], [{ therapyYearToDate: YTD }, { therapyYearToDate: YTD }]],
  ])("ambiguous: %s", (_name, items, expected) => {
    const sessions = sessionsFromFhirClaim(claimOf(...items), { ...MEDICARE, ...ALL });
    expect(sessions.map(picked)).toEqual(expected);
  });

  it("a claim of one visit keeps them as given, the same objects", () => {
    const [s, none] = sessionsFromFhirClaim(claimOf(item("2025-03-14"), item("2025-03-14", "GP", "97112")), { ...OPTIONS, ...ALL });
    expect(none).toBeUndefined();
    expect(s?.note).toBe(NOTE);
    expect(s?.therapyYearToDate).toBe(YTD);
    expect(picked(s!)).toEqual(ALL);
  });

  it("the options are not mutated (deep-frozen)", () => {
    const options = deepFreeze({ ...OPTIONS, ...structuredClone(ALL) });
    expect(sessionsFromFhirClaim(claimOf(item("2025-03-14"), item("2025-03-17")), options).map(picked)).toEqual([{ therapyYearToDate: YTD }, LAST]);
    expect(options).toEqual({ ...OPTIONS, ...ALL });
  });

  const day = fc.integer({ min: 1, max: 28 }).map((d) => `2025-04-${String(d).padStart(2, "0")}`);
  const fields = fc.record({ note: fc.anything(), totalTimedMinutes: fc.anything(), totalTreatmentMinutes: fc.anything(), therapyYearToDate: fc.anything() }, { requiredKeys: [] });

  it("property: of 2-6 dates in any order, the latest gets the note and totals, the earliest the dollars; the rest is unchanged", () => {
    fc.assert(fc.property(fc.uniqueArray(day, { minLength: 2, maxLength: 6 }), fields, (dates, given) => {
      const claim = claimOf(...dates.map((d) => item(d)));
      const sessions = sessionsFromFhirClaim(claim, { ...OPTIONS, ...given } as FhirClaimOptions);
      const without = sessionsFromFhirClaim(claim, OPTIONS);
      const [first, last] = [[...dates].sort()[0], [...dates].sort().at(-1)];
      expect(sessions.map((s) => s.dateOfService)).toEqual(dates);
      sessions.forEach((s, k) => {
        const mine = Object.fromEntries(Object.entries(given).filter(([f]) => (f === "therapyYearToDate" ? s.dateOfService === first : s.dateOfService === last)));
        // Nineteenth round (NOT-APPLIED): a session that did not get an option says so in notApplied (fhir-not-applied.test.ts).
        const { notApplied: _said, ...rest } = s;
        expect(rest).toStrictEqual({ ...without[k], ...mine });
      });
    }));
  });

  it("property: items of PT, OT and SLP on 2-6 dates, repeated or not: the note goes to the one latest session if there is one, the dollars to each bucket's one earliest", () => {
    const plan = fc.constantFrom<[string, string]>(["GP", "97110"], ["GO", "97535"], ["GN", "92507"]);
    fc.assert(fc.property(fc.array(fc.tuple(day, plan), { minLength: 2, maxLength: 6 }), (visits) => {
      const sessions = sessionsFromFhirClaim(claimOf(...visits.map(([d, [mod, code]]) => item(d, mod, code))), deepFreeze({ ...MEDICARE, ...structuredClone(ALL) }));
      const key = (s: { dateOfService?: string; provider?: { discipline?: string } }) => `${s.dateOfService}|${s.provider?.discipline}`;
      const only = (list: string[], pick: (a: string, b: string) => boolean) => {
        const best = list.reduce((a, b) => (pick(b, a) ? b : a));
        return list.filter((d) => d === best).length === 1 ? best : undefined;
      };
      const dates = sessions.map((s) => s.dateOfService!);
      const last = only(dates, (b, a) => b > a);
      const bucket = (s: (typeof sessions)[number]) => (s.provider?.discipline === "OT" ? "ot" : "ptSlp");
      const first = (s: (typeof sessions)[number]) => only(sessions.filter((t) => bucket(t) === bucket(s)).map((t) => t.dateOfService!), (b, a) => b < a);
      expect(new Set(sessions.map(key)).size).toBe(sessions.length);
      if (sessions.length === 1) return void expect(picked(sessions[0]!)).toEqual(ALL);
      for (const s of sessions) {
        expect(picked(s)).toEqual({ ...(s.dateOfService === last ? LAST : {}), ...(s.dateOfService === first(s) ? { therapyYearToDate: YTD } : {}) });
      }
    }));
  });

  it("property: a claim of one visit (1-4 items on one date) gets every option as given, as before this round", () => {
    fc.assert(fc.property(day, fc.integer({ min: 1, max: 4 }), fields, (date, n, given) => {
      const claim = claimOf(...Array.from({ length: n }, () => item(date)));
      const options = deepFreeze({ ...given, ...OPTIONS }) as FhirClaimOptions;
      const [s, ...others] = sessionsFromFhirClaim(claim, options);
      expect(others).toEqual([]);
      // Key for key and in order (JSON output), as the old copy of the options made it.
      expect(JSON.stringify(Object.keys(s!))).toBe(JSON.stringify(Object.keys({ ...given, ...sessionsFromFhirClaim(claim, OPTIONS)[0] })));
      for (const f of PICKED) expect(s![f]).toBe(given[f]);
    }));
  });
});
