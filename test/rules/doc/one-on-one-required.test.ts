import { expect } from "vitest";
import { ruleTable, withLine } from "../helpers.js";

ruleTable("doc/one-on-one-required", "error", {
  flags: [
    ["97530 delivered in a group (Pub. 100-02 ch. 15 §230)", withLine("97530", "Transfers", { contact: "group", groupSize: 3 }), undefined, (f) => {
      expect(f[0]!.fix).toContain("97150");
      expect(f[0]!.path).toEqual(["services", 0, "contact"]);
    }],
    ["97110 concurrent (Medicare counts concurrent as group)", withLine("97110", "SLR 3x10", { contact: "concurrent" })],
    ["97110 supervised", withLine("97110", "Bike 10 min", { contact: "supervised" }), undefined, (f) => expect(f[0]!.fix).toContain("direct one-on-one")],
    ["92507 in a group names 92508", withLine("92507", "Naming 80% acc", { contact: "group" }, { provider: { discipline: "SLP" } }), undefined, (f) => expect(f[0]!.fix).toContain("92508")],
    ["92526 given to several patients at once, without suggesting a PT/OT group code", withLine("92526", "Chin tuck x10, effortful swallow", { contact: "concurrent" }, { provider: { discipline: "SLP" } }), undefined, (f) => {
      expect(f[0]!.fix).not.toContain("97150");
      expect(f[0]!.fix).toContain("one patient at a time");
    }],
  ],
  passes: [
    ["one-on-one", withLine("97530", "Transfers w/ CGA", { contact: "one-on-one" })],
    ["no contact given: taken as billed", withLine("97530", "Transfers w/ CGA")],
    ["97150 in a group", withLine("97150", "Group balance class", { contact: "group", groupSize: 3 })],
    ["supervised modality", withLine("97010", "Hot pack L knee", { contact: "supervised" })],
    ["unknown code", withLine("99999", "x", { contact: "group" })],
    ["untimed individual SLP treatment marked supervised (92526: one unit whatever the time)", withLine("92526", "Pacing strategies at meals x5, no overt s/s aspiration", { contact: "supervised" }, { provider: { discipline: "SLP" } })],
  ],
});
