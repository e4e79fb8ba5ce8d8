// ORACLE: src/modifiers/assistant-units.ts has not changed since the copy was frozen (889d287); the oracle uses it as it is.
export * from "../../../src/modifiers/assistant-units.js";
