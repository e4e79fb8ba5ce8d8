// READS-AS20: a rule added in the twentieth round (rules20), after the copy was frozen; it has no older
// implementation, so the copy runs the live rule.
export * from "../../../../../src/rules/doc/cloned-activity.js";
