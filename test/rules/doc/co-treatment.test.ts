import { expect, it } from "vitest";
import { parseSession } from "../../../src/model/parse-session.js";
import { fastParseSession } from "../../../src/model/fast-parse-session.js";
import { SessionInputError } from "../../../src/model/parse-session.js";
import { findingsOf, ruleTable, withLine } from "../helpers.js";

// CMS, Part B billing scenarios for PTs and OTs ("team therapy"): clinicians treating one patient
// at the same time cannot each bill for the same minutes; a PT and an OT co-treating 30 minutes
// may each bill one unit of 97530, or one of them both. Noridian JE, Rehabilitation delivery methods.
const COMMERCIAL = { payer: { program: "commercial" as const } };

ruleTable("doc/co-treatment", "info", {
  flags: [
    ["coTreated: true on a Medicare 97530 (CMS's own example)", withLine("97530", "Sit to stand x5 with OT, min A", { minutes: 30, units: 2, coTreated: true }), undefined, (f) => {
      expect(f).toHaveLength(1);
      expect(f[0]!.path).toEqual(["services", 0, "coTreated"]);
      expect(f[0]!.message).toBe("97530 was co-treated with another clinician: Medicare Part B pays co-treated time once, between the clinicians.");
      expect(f[0]!.fix).toBe("Bill this clinician's share (here 30 min) here and the rest on the other's claim, never the same minutes on both (30 co-treated minutes of 97530: a unit on each claim, or both on one).");
      expect(f[0]!.fix).not.toContain("Set the line's coTreated");
      expect(f[0]!.source.url).toContain("noridianmedicare.com");
    }],
    ["'Co-treat w/ OT' with no coTreated: advice to set it", withLine("97530", "Co-treat w/ OT: sit to stand x5, min A"), undefined, (f) => {
      expect(f[0]!.path).toEqual(["services", 0, "activity"]);
      expect(f[0]!.message).toContain("activity says it was co-treated");
      expect(f[0]!.fix).toContain("Set the line's coTreated");
    }],
    ["'Co-treatment with PT' (the clinic-day fixture's V12)", withLine("97530", "Co-treatment with PT: transfers bed to chair with sliding board x5")],
    ["'cotreat'", withLine("97530", "Cotreat with OT: reaching in standing")],
    ["'Co-tx w/ SLP'", withLine("92526", "Co-tx w/ SLP: lip closure on spoon 8/10", {}, { provider: { discipline: "OT" } })],
    ["'CO TX'", withLine("97112", "CO TX W/ OT: BALANCE IN STANDING")],
    ["a line without minutes", withLine("97530", "Transfers", { minutes: undefined, coTreated: true }), undefined, (f) => expect(f[0]!.fix).toContain("this clinician's share here and the rest")],
  ],
  passes: [
    ["no co-treatment", withLine("97530", "Sit to stand x5, stand pivot transfers, min A")],
    ["coTreated: false is trusted over the text", withLine("97530", "Co-treat planned w/ OT next visit; sit to stand x5", { coTreated: false })],
    ["a commercial plan (rules vary; not reported)", withLine("97530", "Co-treat w/ SLP", { coTreated: true }, COMMERCIAL)],
    ["Medicaid (state rules vary; not reported)", withLine("97530", "Co-treat w/ SLP", {}, { payer: { program: "medicaid" } })],
    ["'cotton', 'cot', 'coat'", withLine("97530", "Cotton ball pick-up, transfers to cot, donning coat")],
  ],
});

it("coTreated is a boolean in both the schema and the fast parse path", () => {
  const base = { dateOfService: "2025-03-14", payer: { program: "medicare" }, provider: { discipline: "PT" } };
  const ok = { ...base, services: [{ code: "97530", minutes: 30, units: 2, coTreated: true }] };
  expect(parseSession(ok).services[0]!.coTreated).toBe(true);
  expect(fastParseSession(ok)!.services[0]!.coTreated).toBe(true);
  const bad = { ...base, services: [{ code: "97530", coTreated: "yes" }] };
  expect(fastParseSession(bad)).toBeUndefined();
  expect(() => parseSession(bad)).toThrow(SessionInputError);
  try {
    parseSession(bad);
  } catch (e) {
    expect((e as SessionInputError).issues.map((i) => i.path)).toEqual([["services", 0, "coTreated"]]);
  }
});

it("the finding names no patient and echoes none of the note", () => {
  const s = withLine("97530", "Co-treat w/ OT for Mrs Smith: transfers", {});
  for (const f of findingsOf("doc/co-treatment", s)) expect(`${f.message} ${f.fix}`).not.toMatch(/Smith/);
});
