// ORACLE: src/rules/text/tokenize.ts has not changed since the copy was frozen (889d287) except by SCORE (a `/` between two digits is a token); the oracle uses it as it is.
export * from "../../../../../src/rules/text/tokenize.js";
