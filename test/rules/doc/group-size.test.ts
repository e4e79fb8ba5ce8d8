import { expect, it } from "vitest";
import { findingsOf, ruleTable, withLine } from "../helpers.js";

const SLP = { provider: { discipline: "SLP" as const } };

ruleTable("doc/group-size", "error", {
  flags: [
    ["97150 for one patient (Pub. 100-02 ch. 15 §230: two or more)", withLine("97150", "Group ther ex", { contact: "group", groupSize: 1 }), undefined, (f) => {
      expect(f[0]!.fix).toBe("With one patient, bill the one-on-one code for the direct minutes instead.");
    }],
    ["92508 for one patient: the fix names 92507, which is billed once whatever the time", withLine("92508", "Group conversation", { groupSize: 1 }, SLP), undefined, (f) => {
      expect(f[0]!.fix).toBe("With one patient, bill 92507 (once, whatever the time) instead.");
    }],
    ["97150 with no group size: info, not a warning", withLine("97150", "Group ther ex", { contact: "group" }), "info"],
    ["97150 whose contact says one-on-one (one patient), group size 3 (cotreat-visits)", withLine("97150", "Group balance class", { contact: "one-on-one", groupSize: 3 }), undefined, (f) => {
      expect(f).toHaveLength(1);
      expect(f[0]!.path).toEqual(["services", 0, "contact"]);
      expect(f[0]!.message).toBe("97150 is for two or more patients treated at once, but its line says it was delivered one-on-one.");
      expect(f[0]!.fix).toBe("If two or more patients were treated at once, set the line's contact to group; if one, bill the one-on-one code for the direct minutes instead.");
    }],
    ["92508 one-on-one with no group size: the contact error, not also the no-data info", withLine("92508", "Requesting 8/10", { contact: "one-on-one" }, SLP), undefined, (f) => {
      expect(f.map((x) => x.path)).toEqual([["services", 0, "contact"]]);
      expect(f[0]!.fix).toContain("92507");
    }],
  ],
  passes: [
    ["two patients", withLine("97150", "Group balance", { contact: "group", groupSize: 2 })],
    ["four patients", withLine("97150", "Group balance", { contact: "group", groupSize: 4 })],
    ["concurrent care billed as 97150", withLine("97150", "Bike, leg press; therapist alternating with 1 other pt", { contact: "concurrent", groupSize: 2 })],
    ["one-on-one codes are not read", withLine("97110", "SLR 3x10", { groupSize: 1 })],
  ],
});

it("one patient said twice (groupSize 1 and contact one-on-one) is one finding, at the group size", () => {
  const both = findingsOf("doc/group-size", withLine("97150", "Group ther ex", { contact: "one-on-one", groupSize: 1 }));
  expect(both.map((f) => f.path)).toEqual([["services", 0, "groupSize"]]);
});
