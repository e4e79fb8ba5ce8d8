export * from "./session.js";
export type { DeepReadonly } from "./deep-readonly.js";
export * from "./finding.js";
export * from "./source.js";
export * from "./parse-session.js";
export { isIsoDate, clockMinutes } from "./dates.js";
export { SOURCES } from "./sources.js";
export * from "./payer-profile.js";
