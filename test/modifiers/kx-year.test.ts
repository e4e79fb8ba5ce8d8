import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/model/finding.js";
import { validateSession } from "../../src/validate.js";
import { KX_YEAR, type YearVisit } from "./kx-year.fixture.js";

/** The findings a biller reads for KX, targeted review, the ABN modifiers and CQ/CO. */
const READ = /^modifier\/(kx-|targeted-review|opposing-modifiers|assistant-modifier)/;

const label = (f: Finding): string => `${f.rule}:${f.severity}@${f.path?.[0] === "services" ? String(f.path[1]) : "-"}`;
const read = (v: YearVisit, options?: Parameters<typeof validateSession>[1]): Finding[] => validateSession(v.session, options).findings.filter((f) => READ.test(f.rule));
const visit = (id: string): YearVisit => {
  const v = KX_YEAR.find((x) => x.id === id);
  if (v === undefined) throw new Error(id);
  return v;
};

describe("a Medicare beneficiary's therapy years, visit by visit (test/modifiers/kx-year.fixture.ts)", () => {
  it.each(KX_YEAR.map((v) => [v.id, v] as const))("%s", (_id, v) => {
    expect(read(v).map(label).sort()).toEqual([...v.expect].sort());
  });

  it("no finding repeats a patient identifier: the visits carry none, and no message quotes the visit's own reference", () => {
    for (const v of KX_YEAR) for (const f of read(v)) expect(f.message).not.toContain(v.session.id);
  });
});

describe("GA, GZ, GY: a line billed as not covered is not asked for KX (NGS: above the threshold and no longer necessary, no KX; ABN and GA)", () => {
  it.each(["GA", "GZ", "GY"])("97110 GP %s at 3,320 dollars year to date: no modifier/kx-required (the fix's own advice no longer gets an error)", (mod) => {
    const v = visit("2026-pt-abn-ga");
    const s = { ...v.session, services: [{ ...v.session.services[0]!, modifiers: ["GP", mod] }] };
    expect(validateSession(s).findings.map((f) => f.rule)).not.toContain("modifier/kx-required");
  });

  it("a GA line's dollars still count: the line after it, with neither, needs KX", () => {
    const v = visit("2026-pt-abn-ga");
    const s = { ...v.session, therapyYearToDate: { ptSlp: 2450 }, services: [{ code: "97110", minutes: 30, units: 2, modifiers: ["GP", "GA"], allowedAmount: 62 }, { code: "97140", minutes: 15, units: 1, modifiers: ["GP"], allowedAmount: 29 }] };
    expect(validateSession(s).findings.filter((f) => f.rule === "modifier/kx-required").map(label)).toEqual(["modifier/kx-required:error@1"]);
  });
});

describe("same-day PT and SLP (one shared bucket, two sessions)", () => {
  it("as sent (both from $2,380.40) the PT visit is clean: the library cannot see the SLP evaluation's $180", () => {
    expect(read(visit("2026-same-day-pt"))).toEqual([]);
  });
  it("sent as docs/modifiers.md says (the SLP claim billed first, its $180 added to the PT visit's year to date), the PT lines need KX", () => {
    const v = visit("2026-same-day-pt");
    const s = { ...v.session, therapyYearToDate: { ptSlp: 2380.4 + 180 } };
    expect(validateSession(s).findings.filter((f) => READ.test(f.rule)).map(label)).toEqual(["modifier/kx-required:error@0"]);
  });
});

describe("a year after the table's last row (2027)", () => {
  it("the first visit of January, no KX, bucket at $0: no finding (no KX could be needed below 2026's $2,480: the MEI update has only raised the amount)", () => {
    expect(read(visit("2027-pt-january"))).toEqual([]);
  });
  it("a visit ending above 2026's amount without KX still gets the info (the 2027 amount is not guessed)", () => {
    const v = visit("2027-pt-january");
    const s = { ...v.session, therapyYearToDate: { ptSlp: 2450 } };
    expect(read({ ...v, session: s }).map(label)).toEqual(["modifier/kx-no-data:info@-"]);
  });
  it("a line without its allowed amount keeps the info (the visit's end is not known)", () => {
    const v = visit("2027-pt-january");
    const s = { ...v.session, services: [{ code: "97110", minutes: 45, units: 3, modifiers: ["GP"] }] };
    expect(read({ ...v, session: s }).map(label)).toEqual(["modifier/kx-no-data:info@-"]);
  });
  it("the $3,000 targeted-review level is still checked in 2027 (BBA 2018 §50202: $3,000 through 2027)", () => {
    expect(read(visit("2027-pt-june")).map((f) => f.rule)).toContain("modifier/targeted-review");
  });
});

describe("a Medicare Advantage plan sent as program medicare", () => {
  const v = visit("2025-ma-2");
  it("gets original Medicare's KX rule, and the finding says it is original Medicare's and what to do for a plan", () => {
    const [f] = read(v);
    expect(f?.message).toContain("Original Medicare denies");
    expect(f?.fix).toContain("Medicare Advantage");
    expect(f?.fix).toContain("kxThreshold");
  });
  it.each(KX_YEAR.filter((x) => x.maPlanWithoutKx).map((x) => [x.id, x] as const))("%s with the payer option kxThreshold false (the plan has no KX rule): nothing is asked", (_id, x) => {
    expect(read(x)).not.toEqual([]);
    expect(read(x, { payer: { kxThreshold: false } })).toEqual([]);
  });
});

// KX-JANUARY (twenty-first round): "KX December totals in January". The threshold is the date of service's calendar year,
// and therapyYearToDate counts that year's allowed dollars only; an EHR whose running total was not started again on
// January 1 sends last year's, and a January visit is then asked for KX it does not need. The session gives no year
// with the dollars, so the library cannot tell; a January visit already at the threshold gets a fix that says to check.
describe("a January visit already at the KX threshold: the fix asks whether the dollars are last year's (KX-JANUARY)", () => {
  const base = {
    payer: { program: "medicare" }, provider: { discipline: "PT", credential: "PT" },
    services: [{ code: "97110", minutes: 30, units: 2, modifiers: ["GP"], allowedAmount: 62, activity: "SLR 3x10, bridges 3x10 for hip strength" }],
    totalTimedMinutes: 30,
  };
  const kxFix = (dateOfService: string, ptSlp: number) => validateSession({ ...base, dateOfService, therapyYearToDate: { ptSlp } }).findings.filter((f) => f.rule === "modifier/kx-required").map((f) => f.fix);
  const CHECK = "If $2,600 includes last year's dollars (therapyYearToDate counts from January 1), send this year's instead. Add KX if the service";

  it.each(["2026-01-02", "2026-01-31", "2025-01-15"])("%s with 2,600 dollars year to date: the fix says to check first", (date) => {
    const fixes = kxFix(date, 2600);
    expect(fixes).toHaveLength(1);
    expect(fixes[0]).toContain(CHECK);
  });

  it.each<[string, number, number]>([
    // counter-cases: later in the year; a January visit whose own line crosses the threshold (the dollars before it were below)
    ["2026-02-01", 2600, 1],
    ["2026-12-30", 2600, 1],
    ["2026-01-20", 2450, 1],
  ])("%s with %d year to date: the fix as before", (date, ytd, count) => {
    const fixes = kxFix(date, ytd);
    expect(fixes).toHaveLength(count);
    expect(fixes[0]).toMatch(/^Add KX if the service is medically necessary/);
  });
});
