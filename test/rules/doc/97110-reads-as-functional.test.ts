import { expect } from "vitest";
import { ruleTable, withLine } from "../helpers.js";

ruleTable("doc/97110-reads-as-functional", "info", {
  flags: [
    ["lifting and carrying billed as exercise", withLine("97110", "Lifting and carrying crate floor to waist"), undefined, (f) => expect(f[0]!.fix).toContain("97530")],
    ["transfers", withLine("97110", "Toilet transfers and tub transfer training w/ CGA")],
    ["work simulation", withLine("97110", "Work simulation: pushing cart, pulling")],
  ],
  passes: [
    ["exercise", withLine("97110", "SLR 3x10, bridges 2x15")],
    ["sit to stand with reps reads as exercise too", withLine("97110", "sit to stand 3x10 for quad strength")],
    ["97530 is not this rule's code", withLine("97530", "Lifting box floor to waist")],
  ],
});
