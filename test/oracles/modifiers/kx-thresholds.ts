// ORACLE: src/modifiers/kx-thresholds.ts has not changed since the copy was frozen (889d287); the oracle uses it as it is.
export * from "../../../src/modifiers/kx-thresholds.js";
