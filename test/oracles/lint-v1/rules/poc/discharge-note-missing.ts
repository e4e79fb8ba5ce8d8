// DISCHARGE: a rule added in the sixteenth round (planOfCare.dischargeAtThisVisit), after the copy
// was frozen; it has no older implementation, so the copy runs the live rule.
export * from "../../../../../src/rules/poc/discharge-note-missing.js";
