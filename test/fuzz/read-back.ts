import { expect } from "vitest";
import { parseReport } from "../../src/report/index.js";

/**
 * Expects a report, stored as JSON and read back with parseReport (therapy-claims/report), to be
 * accepted and returned as stored (thirteenth round: parseReport must accept every report
 * validateSession returns, for any input).
 *
 * @param report - a report from validateSession
 */
export function expectReadBack(report: unknown): void {
  const stored = JSON.stringify(report);
  expect(JSON.stringify(parseReport(JSON.parse(stored)))).toBe(stored);
}
