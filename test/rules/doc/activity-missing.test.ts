import { expect } from "vitest";
import { ruleTable, session, line, withLine } from "../helpers.js";

ruleTable("doc/activity-missing", "error", {
  flags: [
    ["no activity at all (Pub. 100-02 §220.3 E: each intervention identified)", withLine("97530", undefined), undefined, (f) => {
      expect(f[0]!.path).toEqual(["services", 0, "activity"]);
      expect(f[0]!.codes).toEqual(["97530"]);
    }],
    ["whitespace only", withLine("97110", "   \n\t ")],
    ["unknown code with no text", withLine("20560", "")],
    ["second of two lines", session({ services: [line("97110", "SLR 3x10"), line("97140")] }), undefined, (f) => expect(f[0]!.path).toEqual(["services", 1, "activity"])],
  ],
  passes: [
    ["short but present", withLine("97110", "SLR 3x10")],
    ["therapist shorthand", withLine("97530", "STS x10 from 18\" chair w/ min A, VCs for nose over toes")],
    ["no lines", session({ services: [] })],
    // MBPM ch. 15 §220.3 C: an evaluation is documented in its evaluation report, which the visit does not carry.
    ["an evaluation with no text", withLine("97162", undefined)],
    ["an SLP evaluation with blank text", withLine("92523", " ", {}, { provider: { discipline: "SLP" } })],
    ["a re-evaluation with no text beside a described treatment line", session({ services: [line("97164"), line("97110", "SLR 3x10")] })],
  ],
});
