/**
 * Audit (round 8): the catalog rows checked against the CMS rules they encode. All pass on main
 * at 316a7b0; they record what was checked, with the source, so the next audit need not redo it.
 *
 * Sources: Pub. 100-04 ch. 5 §20.2 (timed "each 15 minutes" codes vs untimed, service-based
 * codes: "For untimed codes, units are reported based on the number of times the procedure is
 * performed, as described in the HCPCS code definition (often once per day)", quoted by
 * chirocode https://www.chirocode.com/billing-units/ ; the unit chart and rules quoted at
 * https://www.chirocode.com/article.html?id=25388 ); CR 10176 (GP only 97161–97164, GO only
 * 97165–97168, GN only 92521–92524); CY 2017 PFS final rule (97001–97004 replaced by
 * 97161–97168 from 2017-01-01); ASHA/AOTA notices (97532 deleted 2018-01-01; 97127 and G0515
 * 2018–2019; 97129/97130 from 2020-01-01); ASHA (92521–92524 from 2014-01-01, fixed on main in
 * 4352b3a); domain reference §4, §11, §13.3.
 */
import { describe, expect, it } from "vitest";
import { getCode, listCodes } from "../../src/catalog/catalog.js";
import { CODE_ROWS } from "../../src/catalog/codes.js";
import { isTimedCode } from "../../src/units/timing.js";

describe("timed vs untimed (Pub. 100-04 ch. 5 §20.2)", () => {
  const timed = ["97032", "97033", "97034", "97035", "97036", "97110", "97112", "97113", "97116", "97124", "97129", "97130", "97140", "97530", "97532", "97535", "97537", "97542", "97750", "97760", "97762", "97763", "G0515", "97533", "97755", "97761"];
  const untimed = ["92507", "92508", "92521", "92522", "92523", "92524", "92526", "97001", "97002", "97003", "97004", "97010", "97012", "97014", "97016", "97018", "97022", "97024", "97026", "97028", "97127", "97150", "97161", "97162", "97163", "97164", "97165", "97166", "97167", "97168", "G0283",
    // Ninth round: the rows added for the codes clinics bill daily (sources in each row).
    "G0281", "G0329", "29125", "29130", "29240", "29260", "29280", "29530", "29540", "29580", "29581",
    "92520", "92597", "92606", "92609", "92610", "92611", "92612", "92616", "95992", "97039", "97139"];
  it.each(timed)("%s is a 15-minute timed code (catalog and ./units agree)", (code) => {
    expect(getCode(code)?.timed).toBe(true);
    expect(isTimedCode(code)).toBe(true);
  });
  it.each(untimed)("%s is untimed: one unit whatever the minutes (catalog and ./units agree)", (code) => {
    expect(getCode(code)?.timed).toBe(false);
    expect(isTimedCode(code)).toBe(false);
  });
  // Thirteenth round: work hardening, billed by the hour (the first two hours; each further hour):
  // not 15-minute codes, and not one unit whatever the minutes either (docs/units.md).
  const hourly = ["97545", "97546"];
  it.each(hourly)("%s is billed by the hour: not a 15-minute code (catalog and ./units agree)", (code) => {
    expect(getCode(code)?.timed).toBe(false);
    expect(getCode(code)?.unitMinutes).toBeGreaterThan(15);
    expect(isTimedCode(code)).toBe(false);
  });
  // Twentieth round: wound care therapists bill, per session or (97598) per further 20 sq cm of wound (the MAC article
  // A53046: "some codes are per session or per wound surface area"): not 15-minute codes, and no unit of time.
  const wound = ["97597", "97598", "97602", "97605", "97606", "97607", "97608", "97610"];
  it.each(wound)("%s is billed per session or by wound area: not a 15-minute code (catalog and ./units agree)", (code) => {
    expect(getCode(code)?.timed).toBe(false);
    expect(getCode(code)?.unitMinutes).toBeUndefined();
    expect(isTimedCode(code)).toBe(false);
  });
  // Twenty-first round: the SLP codes billed per hour or per further 30/15 minutes (ASHA's Medicare coding rules
  // for SLP services, "designation of time"): not 15-minute codes, and not one unit whatever the minutes.
  const period = ["92605", "92607", "92608", "92618", "92626", "92627", "96105", "96125"];
  it.each(period)("%s is billed per hour or per further 30/15 minutes: not a 15-minute code (catalog and ./units agree)", (code) => {
    expect(getCode(code)?.timed).toBe(false);
    expect([60, 30, 15]).toContain(getCode(code)?.unitMinutes);
    expect(isTimedCode(code)).toBe(false);
  });
  it("the five lists cover the whole catalog", () => {
    expect([...timed, ...untimed, ...hourly, ...wound, ...period].sort()).toEqual(CODE_ROWS.map((r) => r.code).sort());
  });
  it("supervised modalities are untimed and constant-attendance modalities timed (97010–97028 vs 97032–97036)", () => {
    for (const r of listCodes({ contact: "supervised" })) expect(r.timed).toBe(false);
    for (const c of ["97032", "97033", "97034", "97035", "97036"]) expect(getCode(c)?.contact).toBe("one-on-one");
  });
  it("97150 is group, untimed (one unit per patient per session), not one-on-one", () => {
    expect(getCode("97150")).toMatchObject({ timed: false, contact: "group" });
  });
});

describe("effective dates (first and last date of service, inclusive)", () => {
  const table: [code: string, lastInactive: string | undefined, firstActive: string, lastActive: string | undefined, firstInactiveAfter: string | undefined][] = [
    ["97001", undefined, "2016-12-31", "2016-12-31", "2017-01-01"],
    ["97004", undefined, "2016-12-31", "2016-12-31", "2017-01-01"],
    ["97161", "2016-12-31", "2017-01-01", undefined, undefined],
    ["97168", "2016-12-31", "2017-01-01", undefined, undefined],
    ["97532", undefined, "2017-12-31", "2017-12-31", "2018-01-01"],
    ["97762", undefined, "2017-12-31", "2017-12-31", "2018-01-01"],
    ["97763", "2017-12-31", "2018-01-01", undefined, undefined],
    ["97127", "2017-12-31", "2018-01-01", "2019-12-31", "2020-01-01"],
    ["G0515", "2017-12-31", "2018-01-01", "2019-12-31", "2020-01-01"],
    ["97129", "2019-12-31", "2020-01-01", undefined, undefined],
    ["97130", "2019-12-31", "2020-01-01", undefined, undefined],
    ["92521", "2013-12-31", "2014-01-01", undefined, undefined],
    ["92524", "2013-12-31", "2014-01-01", undefined, undefined],
    ["92618", "2013-12-31", "2014-01-01", undefined, undefined],
  ];
  it.each(table)("%s: inactive %s, active %s … %s, inactive from %s", (code, before, first, last, after) => {
    if (before !== undefined) expect(getCode(code, before)?.active).toBe(false);
    expect(getCode(code, first)?.active).toBe(true);
    if (last !== undefined) expect(getCode(code, last)?.active).toBe(true);
    if (after !== undefined) expect(getCode(code, after)?.active).toBe(false);
  });
  it("97532's successors: G0515 for 2018–2019 (Medicare did not recognise 97127), then 97129/97130", () => {
    expect(getCode("97532")?.replacedBy).toEqual([
      expect.objectContaining({ codes: ["G0515"], from: "2018-01-01", to: "2019-12-31" }),
      expect.objectContaining({ codes: ["97129", "97130"], from: "2020-01-01" }),
    ]);
  });
  it("97130 is an add-on to 97129, and 97129 is billed once a day", () => {
    expect(getCode("97130")?.addOnTo).toBe("97129");
    expect(getCode("97129")?.maxUnitsPerDay).toBe(1);
  });
});

describe("disciplines (CR 10176; NCCI manual ch. XI §H)", () => {
  it.each([
    ["97161", ["PT"]], ["97162", ["PT"]], ["97163", ["PT"]], ["97164", ["PT"]],
    ["97165", ["OT"]], ["97166", ["OT"]], ["97167", ["OT"]], ["97168", ["OT"]],
    ["92521", ["SLP"]], ["92522", ["SLP"]], ["92523", ["SLP"]], ["92524", ["SLP"]],
    ["92507", ["SLP"]], ["92508", ["SLP"]],
  ] as const)("%s is billed by %j only", (code, disciplines) => {
    expect(getCode(code)?.disciplines).toEqual(disciplines);
  });
  it.each(["97110", "97112", "97150", "97530"])("%s is not an SLP code under Medicare (NCCI manual XI §H: SLPs do not perform it)", (code) => {
    expect(getCode(code)?.disciplines).not.toContain("SLP");
  });
  it("97129/97130 are OT and SLP codes (cognitive intervention)", () => {
    expect(getCode("97129")?.disciplines).toEqual(expect.arrayContaining(["OT", "SLP"]));
    expect(getCode("97130")?.disciplines).toEqual(expect.arrayContaining(["OT", "SLP"]));
  });
});
