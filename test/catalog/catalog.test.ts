import { describe, expect, it } from "vitest";
import { CODE_ROWS, getCode, isInEffect, listCodes } from "../../src/catalog/index.js";

/**
 * Expected facts, written out by hand from the domain reference (§1.2, §4, §11, §13.3) rather
 * than read from the table, so that a wrong row fails here.
 */
const TIMED = ["97032", "97033", "97034", "97035", "97036", "97110", "97112", "97113", "97116", "97124", "97129", "97130", "97140", "97530", "97532", "97535", "97537", "97542", "97750", "97760", "97762", "97763", "G0515",
  // round 9: timed 15-minute codes (ASHA SLP coding rules; CMS therapy code list)
  "97533", "97755", "97761"];
const UNTIMED = ["92507", "92508", "92521", "92522", "92523", "92524", "92526", "97001", "97002", "97003", "97004", "97010", "97012", "97014", "97016", "97018", "97022", "97024", "97026", "97028", "97127", "97150", "97161", "97162", "97163", "97164", "97165", "97166", "97167", "97168", "G0283",
  // round 9: untimed SLP evaluations and treatments (ASHA: SLP codes are untimed unless their
  // descriptor names a time), strapping/splints, canalith repositioning (per day), unlisted
  // codes, wound stimulation G-codes
  "29125", "29130", "29240", "29260", "29280", "29530", "29540", "29580", "29581",
  "92520", "92597", "92606", "92609", "92610", "92611", "92612", "92616", "95992", "97039", "97139", "G0281", "G0329",
  // round 13: work hardening/conditioning, billed by the hour (not 15-minute units)
  "97545", "97546",
  // round 20: wound care therapists bill (per session; 97598 per further 20 sq cm of wound)
  "97597", "97598", "97602", "97605", "97606", "97607", "97608", "97610",
  // round 21: SLP evaluations and tests billed per hour, with add-ons per further 30 or 15 minutes (ASHA)
  "92605", "92607", "92608", "92618", "92626", "92627", "96105", "96125"];

/** [code, a date it is valid, a date it is not valid (or null when still valid on every date)] */
const STATUS: [string, string, string | null][] = [
  ["97532", "2017-12-31", "2018-01-01"],
  ["92618", "2014-01-01", "2013-12-31"],
  ["G0515", "2018-01-01", "2020-01-01"],
  ["G0515", "2019-12-31", "2017-12-31"],
  ["97127", "2019-06-01", "2020-01-01"],
  ["97129", "2020-01-01", "2019-12-31"],
  ["97130", "2024-05-01", "2019-12-31"],
  ["97161", "2017-01-01", "2016-12-31"],
  ["97168", "2025-01-01", "2016-12-31"],
  ["97001", "2016-12-31", "2017-01-01"],
  ["97004", "2016-06-01", "2017-01-01"],
  ["97762", "2017-12-31", "2018-01-01"],
  ["97763", "2018-01-01", "2017-12-31"],
  ["92521", "2014-01-01", "2013-12-31"],
  ["92522", "2014-01-01", "2013-12-31"],
  ["92523", "2014-01-01", "2013-12-31"],
  ["92524", "2014-01-01", "2013-12-31"],
  ["97002", "2016-12-31", "2017-01-01"],
  ["97003", "2016-12-31", "2017-01-01"],
  ["97162", "2017-01-01", "2016-12-31"],
  ["97163", "2017-01-01", "2016-12-31"],
  ["97164", "2017-01-01", "2016-12-31"],
  ["97165", "2017-01-01", "2016-12-31"],
  ["97166", "2017-01-01", "2016-12-31"],
  ["97167", "2017-01-01", "2016-12-31"],
  ["95992", "2009-01-01", "2008-12-31"],
  ["29581", "2010-01-01", "2009-12-31"],
  ["G0281", "2003-04-01", "2003-03-31"],
  ["97597", "2005-01-01", "2004-12-31"],
  ["97598", "2005-01-01", "2004-12-31"],
  ["97607", "2013-01-01", "2012-12-31"],
  ["97608", "2013-01-01", "2012-12-31"],
  ["97610", "2014-01-01", "2013-12-31"],
];

const MISSION = ["97530", "97110", "97112", "97140", "97150", "97532", "97535", "97537", "97542"];
const NEIGHBOURS = ["97116", "97750", "97760", "97763", "97129", "97130", "97161", "97162", "97163", "97164", "97165", "97166", "97167", "97168", "92507", "92508", "92526", "G0283", "G0515", "97010", "97014", "97035"];

describe("catalog table", () => {
  it("covers the mission's codes and their neighbours", () => {
    for (const code of [...MISSION, ...NEIGHBOURS]) expect(getCode(code), code).toBeDefined();
  });

  it("every row is classified timed or untimed above, and agrees", () => {
    const rows = CODE_ROWS.map((r) => r.code).sort();
    expect([...TIMED, ...UNTIMED].sort()).toEqual(rows);
    for (const code of TIMED) expect(getCode(code)?.timed, code).toBe(true);
    for (const code of UNTIMED) expect(getCode(code)?.timed, code).toBe(false);
  });

  it("is sorted by code and has no duplicates", () => {
    const codes = CODE_ROWS.map((r) => r.code);
    expect(codes).toEqual([...new Set(codes)].sort());
  });

  it("every row has a title, our own summary, a discipline and at least one source", () => {
    for (const row of CODE_ROWS) {
      expect(row.title.length, row.code).toBeGreaterThan(3);
      expect(row.summary.length, row.code).toBeGreaterThan(20);
      expect(row.disciplines.length, row.code).toBeGreaterThan(0);
      expect(row.sources.length, row.code).toBeGreaterThan(0);
    }
  });

  it("every deleted code names a successor, and every successor is in the catalog", () => {
    for (const row of CODE_ROWS) {
      const info = getCode(row.code)!;
      if (info.effective.to !== undefined) expect(info.replacedBy.length, row.code).toBeGreaterThan(0);
      for (const r of info.replacedBy) for (const c of r.codes) expect(getCode(c), `${row.code} -> ${c}`).toBeDefined();
    }
  });

  it("every related code and add-on primary is in the catalog", () => {
    for (const row of CODE_ROWS) {
      const info = getCode(row.code)!;
      for (const c of info.related) expect(getCode(c), `${row.code} related ${c}`).toBeDefined();
      if (info.addOnTo) expect(getCode(info.addOnTo)).toBeDefined();
    }
  });
});

describe("getCode", () => {
  it("97532 on a 2024 visit is deleted and names 97129/97130", () => {
    const info = getCode("97532", "2024-05-01")!;
    expect(info.active).toBe(false);
    const current = info.replacedBy.filter((r) => isInEffect(r, "2024-05-01"));
    expect(current.map((r) => r.codes)).toEqual([["97129", "97130"]]);
  });

  it("97532 in 2018–2019 points Medicare to G0515", () => {
    const info = getCode("97532", "2019-03-01")!;
    expect(info.replacedBy.filter((r) => isInEffect(r, "2019-03-01")).map((r) => r.codes)).toEqual([["G0515"]]);
  });

  it("97532 on a 2017 visit is active, timed, billed by PT, OT and SLP", () => {
    const info = getCode("97532", "2017-06-01")!;
    expect(info.active).toBe(true);
    expect(info.timed).toBe(true);
    expect([...info.disciplines].sort()).toEqual(["OT", "PT", "SLP"]);
  });

  it("every row with dates has a hand-written status case above", () => {
    const dated = CODE_ROWS.filter((r) => Object.keys(r.effective).length > 0).map((r) => r.code).sort();
    expect([...new Set(STATUS.map(([c]) => c))].sort()).toEqual(dated);
  });

  it.each(STATUS)("%s is valid on %s and not on %s", (code, valid, invalid) => {
    expect(getCode(code, valid)?.active).toBe(true);
    if (invalid !== null) expect(getCode(code, invalid)?.active).toBe(false);
  });

  it("without a date describes the latest known state, never today", () => {
    expect(getCode("97532")?.active).toBe(false);
    expect(getCode("97530")?.active).toBe(true);
    expect(getCode("97129")?.active).toBe(true);
  });

  it("codes without dates are valid on any date", () => {
    for (const code of MISSION.filter((c) => c !== "97532")) {
      expect(getCode(code, "1999-01-01")?.active, code).toBe(true);
      expect(getCode(code, "2030-12-31")?.active, code).toBe(true);
    }
  });

  it("97150 is group and untimed; evaluations are untimed evaluations", () => {
    expect(getCode("97150")).toMatchObject({ timed: false, contact: "group" });
    for (const c of ["97161", "97162", "97163", "97164", "97165", "97166", "97167", "97168"]) {
      expect(getCode(c), c).toMatchObject({ timed: false, contact: "evaluation" });
    }
  });

  it("PT evaluations are PT only, OT evaluations OT only; SLP does not bill 97530, 97150, 97110, 97112", () => {
    for (const c of ["97161", "97162", "97163", "97164"]) expect(getCode(c)?.disciplines).toEqual(["PT"]);
    for (const c of ["97165", "97166", "97167", "97168"]) expect(getCode(c)?.disciplines).toEqual(["OT"]);
    for (const c of ["97530", "97150", "97110", "97112"]) expect(getCode(c)?.disciplines).not.toContain("SLP");
  });

  it("97129 is once a day and 97130 is its add-on", () => {
    expect(getCode("97129")?.maxUnitsPerDay).toBe(1);
    expect(getCode("97130")?.addOnTo).toBe("97129");
  });

  it("is case-insensitive and returns undefined for unknown codes", () => {
    expect(getCode("g0283")?.code).toBe("G0283");
    expect(getCode("99999")).toBeUndefined();
    expect(getCode("")).toBeUndefined();
  });

  it("returns a frozen object: nobody can change the catalog through it", () => {
    const a = getCode("97110") as { title: string };
    expect(Object.isFrozen(a)).toBe(true);
    expect(() => { a.title = "changed"; }).toThrow(TypeError);
    expect(getCode("97110")?.title).toBe("Therapeutic exercise");
  });
});

describe("isInEffect", () => {
  it("is inclusive at both ends", () => {
    const r = { from: "2020-01-01", to: "2020-12-31" };
    expect([isInEffect(r, "2019-12-31"), isInEffect(r, "2020-01-01"), isInEffect(r, "2020-12-31"), isInEffect(r, "2021-01-01")]).toEqual([false, true, true, false]);
  });
});

describe("listCodes", () => {
  it("filters by contact, timing, discipline and date", () => {
    expect(listCodes({ contact: "group" }).map((c) => c.code)).toEqual(["92508", "97150"]);
    expect(listCodes({ timed: false, contact: "evaluation", activeOn: "2024-01-01" }).map((c) => c.code)).toEqual(
      ["92520", "92521", "92522", "92523", "92524", "92597", "92605", "92607", "92608", "92610", "92611", "92612", "92616", "92618", "92626", "92627", "96105", "96125", "97161", "97162", "97163", "97164", "97165", "97166", "97167", "97168"]);
    expect(listCodes({ discipline: "SLP", activeOn: "2024-01-01" }).map((c) => c.code)).toContain("97129");
    expect(listCodes({ discipline: "SLP", activeOn: "2024-01-01" }).map((c) => c.code)).not.toContain("97532");
    expect(listCodes().length).toBe(CODE_ROWS.length);
  });
});
