/**
 * Twentieth round (codes20): the wound-care codes therapists bill in hospital outpatient and home
 * settings. Each row's facts are written out here by hand from the sources named in the rows (the
 * MAC article A53046 in CMS's coverage database: therapists bill 97597, 97598 and 97602 under a
 * certified therapy plan of care with the therapy modifier, per session or per wound surface area;
 * CMS's therapy code list; Pub. 100-04 ch. 5 §20.2 for what "timed" means), so that a wrong row fails.
 *
 * On main (25ca290) none of these codes was known: a PT's 97597 × 1 beside 97110 for 10 minutes
 * (10 total timed minutes, Medicare) got units/exceeds-time ("billed for 2 units in all, but the
 * note's 10 total timed minutes allow 1. 97597 is not in the catalog and was counted as a timed
 * code"), catalog/unknown-code and units/missing-minutes on a correct claim.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatTextReport } from "../../src/cli/format-text.js";
import { getCode } from "../../src/catalog/catalog.js";
import { CODE_ROWS } from "../../src/catalog/codes.js";
import type { Session, ServiceLine } from "../../src/model/session.js";
import { calculateUnits } from "../../src/units/calculate-units.js";
import { checkUnits } from "../../src/units/check-units.js";
import { isTimedCode } from "../../src/units/timing.js";
import { validateSession } from "../../src/validate.js";
import { run } from "../cli/run-cli.js";

type Row = [code: string, addOnTo: string | undefined, maxUnitsPerDay: number | undefined, from: string | undefined];

const ROWS: Row[] = [
  ["97597", undefined, 1, "2005-01-01"],
  ["97598", "97597", undefined, "2005-01-01"],
  ["97602", undefined, 1, undefined],
  ["97605", undefined, 1, undefined],
  ["97606", undefined, 1, undefined],
  ["97607", undefined, 1, "2013-01-01"],
  ["97608", undefined, 1, "2013-01-01"],
  ["97610", undefined, 1, "2014-01-01"],
];
const WOUND = ROWS.map(([code]) => code);

const visit = (services: ServiceLine[], extra: Partial<Session> = {}): Session => ({
  dateOfService: "2025-03-14",
  payer: { program: "medicare" },
  provider: { discipline: "PT", credential: "PT" },
  services,
  ...extra,
});
const unitRules = (s: Session) => validateSession(s).findings.filter((f) => f.rule.startsWith("units/") || f.rule.startsWith("catalog/"));

describe("wound-care rows", () => {
  it.each(ROWS)("%s: untimed, PT and OT, sometimes therapy, add-on to %s, at most %s a day, from %s", (code, addOnTo, max, from) => {
    const info = getCode(code, "2025-03-14");
    expect(info).toMatchObject({ code, timed: false, contact: "one-on-one", disciplines: ["PT", "OT"], alwaysTherapy: false, active: true });
    expect(info?.addOnTo).toBe(addOnTo);
    expect(info?.maxUnitsPerDay).toBe(max);
    expect(info?.effective).toEqual(from === undefined ? {} : { from });
    expect(info?.unitMinutes).toBeUndefined();
    expect(isTimedCode(code)).toBe(false);
    // Every row says what could not be confirmed (sometimes therapy, start dates, MPFS status).
    expect(info?.notes).toMatch(/not confirmed/);
    expect(info?.sources.length).toBeGreaterThan(0);
  });

  it("97602's summary says Medicare bundles it (status B), and its note that the status is not confirmed from the MPFS file", () => {
    expect(getCode("97602")?.summary).toMatch(/Medicare bundles it \(status B\)/);
    expect(getCode("97602")?.notes).toMatch(/Status B: not confirmed/);
  });

  it("the debridement rows cite the MAC article (A53046) that says therapists bill them", () => {
    for (const code of ["97597", "97598", "97602"]) expect(getCode(code)?.sources.map((s) => s.url).join(" "), code).toContain("articleid=53046");
  });

  it("no row reproduces a CPT descriptor's wording (checked on two known phrases)", () => {
    for (const row of CODE_ROWS.filter((r) => WOUND.includes(r.code))) {
      expect(`${row.title} ${row.summary}`).not.toMatch(/removal of devitalized tissue|vacuum assisted drainage collection|non-contact, non-thermal/i);
    }
  });
});

describe("a therapist's wound-care visit (the lead's CLI case)", () => {
  const lead = visit([{ code: "97597", units: 1, modifiers: ["GP"] }, { code: "97110", minutes: 10, units: 1, modifiers: ["GP"] }], { totalTimedMinutes: 10 });

  it("97597 × 1 and 97110 for 10 minutes × 1: no units finding, no unknown code", () => {
    expect(unitRules(lead)).toEqual([]);
    expect(validateSession(lead).units?.explanation.at(-1)).toBe("bill 97597 × 1, 97110 × 1");
  });

  it("97597 × 1 with 97598 × 3 (80 sq cm) is fine, and the advice keeps 97598's 3 units", () => {
    const s = visit([{ code: "97597", units: 1 }, { code: "97598", units: 3 }, { code: "97110", minutes: 10, units: 1 }], { totalTimedMinutes: 10 });
    expect(unitRules(s)).toEqual([]);
    expect(validateSession(s).units?.explanation.at(-1)).toBe("bill 97597 × 1, 97598 × 3, 97110 × 1");
  });

  it("97598 alone is an add-on without its primary: units/97598-without-97597, at its code", () => {
    const found = unitRules(visit([{ code: "97598", units: 2 }, { code: "97110", minutes: 10, units: 1 }], { totalTimedMinutes: 10 }));
    expect(found.map((f) => [f.rule, f.severity, f.path, f.codes])).toEqual([["units/97598-without-97597", "error", ["services", 0, "code"], ["97598"]]]);
    expect(found[0]?.message).toBe("97598 is an add-on to 97597 (each further 20 sq cm of wound debrided in the session) but is billed without it.");
    expect(found[0]?.fix).toMatch(/^Bill the first 20 sq cm of selective debridement as 97597 × 1/);
    expect(found[0]?.source.url).toContain("articleid=53046");
  });

  it("97598 with 97597 at 0 units is still without it; 97598 at 0 units alone is not reported", () => {
    expect(unitRules(visit([{ code: "97597", units: 0 }, { code: "97598", units: 1 }])).map((f) => f.rule)).toEqual(["units/97598-without-97597"]);
    expect(unitRules(visit([{ code: "97598", units: 0 }]))).toEqual([]);
  });

  it("97597, 97602, the NPWT codes and 97610 are once per session: 2 units are units/untimed-over-one; 97598 × 5 is not", () => {
    for (const code of WOUND.filter((c) => c !== "97598")) {
      expect(unitRules(visit([{ code, units: 2 }])).map((f) => f.rule), code).toEqual(["units/untimed-over-one"]);
    }
    expect(unitRules(visit([{ code: "97597", units: 1 }, { code: "97598", units: 5 }]))).toEqual([]);
  });

  it("minutes on a wound-care line stay out of the timed total (a 30-minute debridement does not earn 97110 a unit)", () => {
    const r = calculateUnits([{ code: "97597", minutes: 30 }, { code: "97110", minutes: 5 }]);
    expect(r.totalTimedMinutes).toBe(5);
    expect(r.lines).toEqual([{ code: "97597", minutes: 30, units: 1, timed: false }, { code: "97110", minutes: 5, units: 0, timed: true }]);
  });

  it("the text report (what the CLI prints) shows 97598's billed units, billed by wound area", () => {
    const text = formatTextReport(validateSession(visit([{ code: "97597", units: 1 }, { code: "97598", units: 3 }, { code: "97110", minutes: 10, units: 1 }])), "Session 1");
    expect(text).toContain("97598 is billed by wound area: 3 units (0 min, not timed minutes)");
    expect(text).not.toMatch(/units\/|catalog\/unknown-code/);
  });

  it("the built CLI: no units warning on the lead's visit (exit 1 only for its missing activity texts)", async () => {
    const r = await run(["validate", "-", "--format", "ndjson"], JSON.stringify(lead));
    const rules = (JSON.parse(r.stdout) as { findings: { rule: string }[] }).findings.map((f) => f.rule);
    expect(rules.filter((rule) => rule.startsWith("units/") || rule.startsWith("catalog/"))).toEqual([]);
    expect(rules).toContain("doc/activity-missing");
  });
});

describe("97598's units count wound area in calculateUnits", () => {
  it.each<[string, ServiceLine[], number]>([
    ["the units billed", [{ code: "97598", units: 3 }], 3],
    ["its lines' units added", [{ code: "97598", units: 2 }, { code: "97110", minutes: 8 }, { code: "97598", units: 1 }], 3],
    ["a line whose units are not a number adds nothing", [{ code: "97598", units: Number.NaN }, { code: "97598", units: 2 }], 2],
    ["1 when no line states units", [{ code: "97598", minutes: 12 }], 1],
    ["1 when the units are not a count", [{ code: "97598", units: -2 }], 1],
    ["fractions rounded down", [{ code: "97598", units: 2.7 }], 2],
  ])("%s", (_name, lines, units) => {
    const r = calculateUnits(lines);
    expect(r.lines.find((l) => l.code === "97598")).toMatchObject({ units, timed: false });
    expect(r.explanation).toContain(`97598 is billed by wound area: ${units} unit${units === 1 ? "" : "s"} (${r.lines.find((l) => l.code === "97598")?.minutes} min, not timed minutes)`);
  });

  it("every other untimed code still gets 1 unit whatever it was billed with", () => {
    expect(calculateUnits([{ code: "97597", units: 3 }]).lines[0]?.units).toBe(1);
  });
});

describe("property: a wound-care line never changes the other lines' units", () => {
  const TIMED = CODE_ROWS.filter((r) => r.timed && r.effective.to === undefined).map((r) => r.code);
  const timedLine = fc.record({ code: fc.constantFrom(...TIMED), minutes: fc.integer({ min: 0, max: 90 }), units: fc.integer({ min: 0, max: 6 }) });
  const woundLine = fc.record({ code: fc.constantFrom(...WOUND), minutes: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }), units: fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined }) });

  it("calculateUnits, both methods: the timed lines, the total units and the timed minutes are the same", () => {
    fc.assert(
      fc.property(fc.array(timedLine, { maxLength: 6 }), woundLine, fc.nat(), fc.constantFrom("cms" as const, "ama" as const), (lines, wound, at, method) => {
        const withWound: ServiceLine[] = [...lines];
        withWound.splice(at % (lines.length + 1), 0, wound);
        const before = calculateUnits(lines, { method });
        const after = calculateUnits(withWound, { method });
        expect(after.lines.filter((l) => l.timed)).toEqual(before.lines.filter((l) => l.timed));
        expect([after.totalUnits, after.totalTimedMinutes]).toEqual([before.totalUnits, before.totalTimedMinutes]);
        expect(after.lines.filter((l) => !l.timed).map((l) => l.code)).toEqual([wound.code]);
      }),
      { numRuns: 300 },
    );
  });

  it("checkUnits: the findings about the other codes keep their rule, severity, place and message", () => {
    fc.assert(
      fc.property(fc.array(timedLine, { maxLength: 6 }), woundLine, fc.constantFrom("medicare" as const, "commercial" as const), (lines, wound, program) => {
        const base = visit(lines, { payer: { program } });
        const about = (s: Session) => checkUnits(s).filter((f) => !f.codes?.some((c) => WOUND.includes(c))).map((f) => [f.rule, f.severity, f.path, f.message]);
        expect(about({ ...base, services: [...lines, wound] })).toEqual(about(base));
      }),
      { numRuns: 300 },
    );
  });
});
