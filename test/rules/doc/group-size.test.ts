import { ruleTable, withLine } from "../helpers.js";

ruleTable("doc/group-size", "error", {
  flags: [
    ["97150 for one patient (Pub. 100-02 ch. 15 §230: two or more)", withLine("97150", "Group ther ex", { contact: "group", groupSize: 1 })],
    ["92508 for one patient", withLine("92508", "Group conversation", { groupSize: 1 }, { provider: { discipline: "SLP" } })],
    ["97150 with no group size: info, not a warning", withLine("97150", "Group ther ex", { contact: "group" }), "info"],
  ],
  passes: [
    ["two patients", withLine("97150", "Group balance", { contact: "group", groupSize: 2 })],
    ["four patients", withLine("97150", "Group balance", { contact: "group", groupSize: 4 })],
    ["one-on-one codes are not read", withLine("97110", "SLR 3x10", { groupSize: 1 })],
  ],
});
