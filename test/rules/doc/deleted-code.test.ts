import { expect } from "vitest";
import { ruleTable, withLine } from "../helpers.js";

const on = (dateOfService: string) => ({ dateOfService, planOfCare: undefined as never });

ruleTable("doc/deleted-code", "error", {
  flags: [
    ["97532 on a 2024 date names 97129/97130 (ASHA/AOTA notices)", withLine("97532", "Memory strategies", {}, on("2024-05-01")), undefined, (f) => {
      expect(f[0]!.message).toContain("bill 97129 × 1 instead");
      expect(f[0]!.path).toEqual(["services", 0, "code"]);
    }],
    // Round 12 (helper codes): 97532 × 2 said "Bill 97129 or 97130"; 30 minutes are 97129 × 1 and 97130 × 1.
    ["97532 × 2 on a 2024 date: 97129 × 1 and 97130 × 1", withLine("97532", "Memory strategies", { minutes: 30, units: 2 }, on("2024-06-14")), undefined, (f) => {
      expect(f[0]!.fix).toBe("Bill 97129 × 1, 97130 × 1.");
      expect(f[0]!.message).toContain("bill 97129 × 1, 97130 × 1 instead");
    }],
    ["97532 × 4 on a 2024 date: 97129 × 1 and 97130 × 3", withLine("97532", "Memory strategies", { minutes: 60, units: 4 }, on("2024-06-14")), undefined, (f) => expect(f[0]!.fix).toBe("Bill 97129 × 1, 97130 × 3.")],
    ["97532 without units: both codes, as a list", withLine("97532", "Memory strategies", { units: undefined }, on("2024-06-14")), undefined, (f) => expect(f[0]!.fix).toBe("Bill 97129 or 97130.")],
    ["97532 × 2 in 2019: G0515 × 2 (Medicare's timed code then, not 97129/97130)", withLine("97532", "Memory strategies", { minutes: 30, units: 2 }, on("2019-06-14")), undefined, (f) => expect(f[0]!.fix).toBe("Bill G0515 × 2.")],
    ["97002 (untimed) in 2020: 97164 × 1", withLine("97002", "PT re-eval", { units: 2 }, on("2020-02-01")), undefined, (f) => expect(f[0]!.fix).toBe("Bill 97164 × 1.")],
    ["97532 in 2018 names G0515", withLine("97532", "Memory strategies", {}, on("2018-06-01")), undefined, (f) => expect(f[0]!.message).toContain("G0515")],
    ["97532 in 2019 names G0515", withLine("97532", "Memory strategies", {}, on("2019-12-31")), undefined, (f) => expect(f[0]!.message).not.toContain("97129")],
    ["97001 in 2017 names 97161–97163 (CY 2017 PFS), one to choose", withLine("97001", "PT eval", {}, on("2017-02-01")), undefined, (f) => expect(f[0]!.fix).toBe("Bill 97161 or 97162 or 97163.")],
    ["97003 names the OT evaluations", withLine("97003", "OT eval", {}, on("2020-02-01")), undefined, (f) => expect(f[0]!.message).toContain("97165")],
    ["97004 names 97168", withLine("97004", "OT re-eval", {}, on("2020-02-01")), undefined, (f) => expect(f[0]!.message).toContain("97168")],
    ["G0515 in 2021 names 97129/97130", withLine("G0515", "Cognitive tx", {}, on("2021-01-04")), undefined, (f) => expect(f[0]!.message).toContain("97129")],
    ["97129 before it existed", withLine("97129", "Attention tasks", {}, on("2019-06-01")), undefined, (f) => expect(f[0]!.message).toContain("2020-01-01")],
    ["92522 before the SLP evaluation codes existed (ASHA: from 2014-01-01)", withLine("92522", "Artic eval", {}, on("2013-12-31")), undefined, (f) => expect(f[0]!.message).toContain("2014-01-01")],
  ],
  passes: [
    ["97532 on its last day", withLine("97532", "Memory strategies", {}, on("2017-12-31"))],
    ["97129 in 2024", withLine("97129", "Attention tasks", {}, on("2024-05-01"))],
    // Reported by the lintx helper (eighth round): the catalog dated 92521–92524 from 2017, so a
    // 2015 visit got a false "not valid before 2017-01-01". ASHA: in use since 2014-01-01.
    ["92522 in 2015", withLine("92522", "Artic eval", {}, on("2015-06-01"))],
    ["92521 on its first day", withLine("92521", "Fluency eval", {}, on("2014-01-01"))],
    ["unknown code", withLine("99999", "x", {}, on("2024-05-01"))],
    ["lower-case code", withLine("g0515", "Cognitive tx", {}, on("2018-06-01"))],
  ],
});
