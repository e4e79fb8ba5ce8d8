// COTREAT: a rule added in the twelfth round, after the copy was frozen; it has no older
// implementation, so the copy runs the live rule.
export * from "../../../../../src/rules/doc/co-treatment.js";
