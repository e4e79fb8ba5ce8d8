// READS-AS19: a rule added in the nineteenth round (rules19), after the copy was frozen; it has no older
// implementation, so the copy runs the live rule.
export * from "../../../../../src/rules/doc/97116-reads-as-exercise.js";
