/**
 * Audit (round 8): modifiers used before they existed. XE/XS/XP/XU did not exist before 2015-01-01.
 *
 * CMS CR 8863 (Transmittal 1422, MLN MM8863) created the four X{EPSU} modifiers as subsets of 59
 * for dates of service from 2015-01-01 ("implemented ... January 5, 2015, effective January 1,
 * 2015", http://lymphactivist.org/modifier_59.php quoting the CR; AAPC
 * https://www.aapc.com/blog/28014-cms-introduces-four-new-modifiers-in-lieu-of-modifier-59/ ).
 * src/modifiers/known-modifiers.ts already dates them `effective: { from: "2015-01-01" }`, but
 * nothing reads that date: on a 2014 visit an XU on the column-2 line bypasses the 97140/97530
 * edit exactly like 59, and checkModifiers says nothing about the modifier.
 *
 * Pinned as `it.fails` by the audit; fixed on branch mods: `modifier/not-in-effect`
 * (src/modifiers/hygiene-rules.ts) and X modifiers bypass an edit only from 2015-01-01 (src/ncci/check-pair-edits.ts).
 */
import { describe, expect, it } from "vitest";
import type { Session } from "../../src/model/session.js";
import { checkModifiers } from "../../src/modifiers/check-modifiers.js";
import { checkPairEdits } from "../../src/ncci/check-pair-edits.js";

/** 97140 + 97530, PT, Medicare: the bundled row 97140/97530 (ind 1) is in force through 2019-12-31. */
function visit(dateOfService: string, bypass: string): Session {
  return {
    dateOfService,
    payer: { program: "medicare" },
    provider: { discipline: "PT" },
    services: [
      { code: "97140", minutes: 15, units: 1, modifiers: ["GP"], start: "09:00", end: "09:15" },
      { code: "97530", minutes: 15, units: 1, modifiers: ["GP", bypass], start: "09:15", end: "09:30" },
    ],
  };
}
const rules = (s: Session) => checkPairEdits(s).map((f) => f.rule);

describe("X{EPSU} modifiers and the date of service (CR 8863, effective 2015-01-01)", () => {
  it("control: 59 bypasses the 97140/97530 edit in 2014 (separate time blocks)", () => {
    expect(rules(visit("2014-06-01", "59"))).toEqual([]);
  });

  it("control: XU bypasses it from 2015-01-01 on (first day)", () => {
    expect(rules(visit("2015-01-01", "XU"))).toEqual([]);
  });

  it("control: without any modifier the edit is reported in 2014", () => {
    expect(rules(visit("2014-06-01", "KX"))).toContain("ncci/ptp-modifier-required");
  });

  it("an XU on a 2014-12-31 visit does not bypass the edit (the modifier did not exist yet)", () => {
    expect(rules(visit("2014-12-31", "XU"))).toContain("ncci/ptp-modifier-required");
  });

  it("checkModifiers says XU is not valid before 2015-01-01 on a 2014 visit", () => {
    const fs = checkModifiers(visit("2014-12-31", "XU"));
    expect(fs.some((f) => (f.codes ?? []).includes("97530") && f.message.includes("XU") && f.message.includes("2015"))).toBe(true);
  });
});

describe("the same gap for the assistant modifiers (KNOWN_MODIFIERS dates CQ/CO from 2019-01-01)", () => {
  it("checkModifiers says CQ is not valid on a 2018-06-01 visit (the library's own table dates it from 2019-01-01: CY 2019 PFS final rule, 83 FR 59654-59660)", () => {
    const fs = checkModifiers({
      dateOfService: "2018-06-01",
      payer: { program: "medicare" },
      provider: { discipline: "PT" },
      services: [{ code: "97110", minutes: 15, units: 1, modifiers: ["GP", "CQ"] }],
    });
    expect(fs.some((f) => f.message.includes("CQ") && f.message.includes("2019"))).toBe(true);
  });
});
