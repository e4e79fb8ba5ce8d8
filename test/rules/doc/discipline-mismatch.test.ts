import { expect } from "vitest";
import { ruleTable, withLine } from "../helpers.js";

const slp = { provider: { discipline: "SLP" as const } };
const ot = { provider: { discipline: "OT" as const } };
const pt = { provider: { discipline: "PT" as const } };

ruleTable("doc/discipline-mismatch", "error", {
  flags: [
    ["SLP billing 97530 to Medicare (NCCI manual ch. XI §H)", withLine("97530", "Functional task", {}, slp), undefined, (f) => expect(f[0]!.fix).toContain("92507")],
    ["SLP billing 97150 to Medicare names 92508", withLine("97150", "Group", { groupSize: 3 }, slp), undefined, (f) => expect(f[0]!.fix).toContain("92508")],
    ["SLP billing 97110 to Medicare", withLine("97110", "Oral motor ex", {}, slp)],
    ["SLP billing 97112 to Medicare", withLine("97112", "Balance", {}, slp)],
    ["PT billing an OT evaluation (CR 10176: GO only)", withLine("97166", "Eval", {}, pt)],
    ["OT billing a PT evaluation, commercial payer", withLine("97162", "Eval", {}, { ...ot, payer: { program: "commercial" } })],
    ["PT billing an SLP evaluation", withLine("92523", "Eval", {}, pt)],
    ["PT billing SLP treatment: advice only", withLine("92507", "Tx", {}, pt), "info"],
    ["SLP billing 97530 to a commercial payer: advice only (the NCCI manual is Medicare policy)", withLine("97530", "Functional task", {}, { ...slp, payer: { program: "commercial" } }), "info"],
  ],
  passes: [
    ["SLP billing 97129 (CMS letter 31 Jan 2019: SLPs bill the cognitive code)", withLine("97129", "Attention", {}, slp)],
    ["SLP billing 92507", withLine("92507", "Naming", {}, slp)],
    ["OT billing 97116 (state scope varies)", withLine("97116", "Gait", {}, ot)],
    ["OT billing 92526 (feeding)", withLine("92526", "Feeding", {}, ot)],
    ["OT billing 97530", withLine("97530", "Transfers", {}, ot)],
    ["PT billing a PT evaluation", withLine("97161", "Eval", {}, pt)],
    ["unknown code", withLine("99999", "x", {}, slp)],
  ],
});
