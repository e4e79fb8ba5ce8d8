// ORACLE: src/units/chart.ts has not changed since the copy was frozen (889d287); the oracle uses it as it is.
export * from "../../../src/units/chart.js";
