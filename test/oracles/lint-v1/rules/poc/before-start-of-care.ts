// BEFORE-START: a rule added in the seventh round, after the copy was frozen; it has no older
// implementation, so the copy runs the live rule and the agreement tests keep comparing every rule.
export * from "../../../../../src/rules/poc/before-start-of-care.js";
