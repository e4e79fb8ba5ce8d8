import { expect } from "vitest";
import { ruleTable, withLine } from "../helpers.js";

ruleTable("doc/97110-reads-as-functional", "info", {
  flags: [
    ["lifting and carrying billed as exercise", withLine("97110", "Lifting and carrying crate floor to waist"), undefined, (f) => expect(f[0]!.fix).toContain("97530")],
    ["transfers", withLine("97110", "Toilet transfers and tub transfer training w/ CGA")],
    ["work simulation", withLine("97110", "Work simulation: pushing cart, pulling")],
    ["lifting with a dose: reps and a weight name no exercise (realistic-notes corpus)", withLine("97110", "Floor to waist lifting of crate x10, carrying 15# 50 ft, pushing cart")],
    ["transfers '3 sets of 5 reps', 10 lbs", withLine("97110", "Car transfer 3 sets of 5 reps, lifting 10 lbs grocery bag")],
  ],
  passes: [
    ["exercise", withLine("97110", "SLR 3x10, bridges 2x15")],
    ["sit to stand with reps reads as exercise too", withLine("97110", "sit to stand 3x10 for quad strength")],
    ["a dose beside a named exercise: still exercise", withLine("97110", "Lifting 10# DB 3x10 for biceps strength")],
    ["squats and lunges with reps", withLine("97110", "Squats 3x10, lunges 2x10, carrying 5# wts")],
    ["97530 is not this rule's code", withLine("97530", "Lifting box floor to waist")],
  ],
});
