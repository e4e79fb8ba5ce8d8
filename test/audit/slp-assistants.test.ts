/**
 * Ninth round (direct): assistant minutes on a speech-language pathology line.
 *
 * Medicare Benefit Policy Manual (Pub. 100-02) ch. 15 §230.3 C (page mirror
 * https://old.bansdoc.gov.bd/eBook/42/files/basic-html/page221.html , found with search): the
 * services of speech-language pathology assistants are not recognised for Medicare coverage;
 * even when licensed by the state, they are treated as unskilled and denied as not reasonable and
 * necessary if billed as therapy. CMS "Billing Examples Using CQ/CO Modifiers" (cms.gov): CQ marks
 * PTA services, CO OTA services; there is no SLP assistant modifier.
 *
 * On 4c1592d validateSession said nothing for a Medicare SLP line (92507, GN) with
 * assistantMinutes: 20, nor for an SLP evaluation (92523) with assistant minutes: the claim looked
 * clean. Now `modifier/slp-assistant` (error, any date) says what CMS says, and asks for no CQ/CO.
 */
import { describe, expect, it } from "vitest";
import type { Session } from "../../src/model/session.js";
import { checkModifiers, validateSession } from "../../src/index.js";
import { CHECK_RULE_IDS } from "../../src/validate/check-rule-ids.js";

function visit(line: Session["services"][number], extra: Partial<Session> = {}): Session {
  return { dateOfService: "2024-05-01", payer: { program: "medicare" }, provider: { discipline: "SLP" }, ...extra, services: [line] };
}
const rules = (s: Session) => validateSession(s).findings.filter((f) => f.path?.[0] === "services").map((f) => f.rule);

describe("Medicare recognises no speech-language pathology assistants (MBPM ch. 15 §230.3 C)", () => {
  it("92507 (GN) with 20 assistant minutes is a modifier/slp-assistant error that says what CMS says and asks for no CQ/CO", () => {
    const f = validateSession(visit({ code: "92507", minutes: 30, units: 1, assistantMinutes: 20, modifiers: ["GN"] })).findings.find((x) => x.rule === "modifier/slp-assistant");
    expect(f).toMatchObject({
      severity: "error",
      path: ["services", 0, "modifiers"],
      codes: ["92507"],
      message: "92507 has 20 minutes furnished by an assistant, but Medicare does not recognise speech-language pathology assistants: their services are unskilled and denied if billed as therapy, and no modifier (CQ and CO are for PTAs and OTAs) makes them billable.",
      fix: "Bill 92507 only for what the speech-language pathologist furnished, without CQ or CO.",
    });
    expect(f?.source.section).toContain("§230.3 C");
  });

  it("an SLP evaluation (92523) with assistant minutes gets it too, on any date", () => {
    expect(rules(visit({ code: "92523", minutes: 60, units: 1, assistantMinutes: 1, modifiers: ["GN"] }))).toContain("modifier/slp-assistant");
    expect(rules(visit({ code: "92507", minutes: 30, units: 1, assistantMinutes: 5, modifiers: ["GN"] }, { dateOfService: "2016-03-01" }))).toContain("modifier/slp-assistant");
  });

  it("controls: no assistant minutes (absent or 0), a PT line's assistant minutes (CQ), a payer without Medicare's assistant rules", () => {
    expect(rules(visit({ code: "92507", minutes: 30, units: 1, modifiers: ["GN"] }))).not.toContain("modifier/slp-assistant");
    expect(rules(visit({ code: "92507", minutes: 30, units: 1, assistantMinutes: 0, modifiers: ["GN"] }))).not.toContain("modifier/slp-assistant");
    expect(rules(visit({ code: "97110", minutes: 30, units: 2, assistantMinutes: 20, modifiers: ["GP"] }, { provider: { discipline: "PT" } }))).toContain("modifier/assistant-modifier-missing");
    expect(rules(visit({ code: "97110", minutes: 30, units: 2, assistantMinutes: 20, modifiers: ["GP"] }, { provider: { discipline: "PT" } }))).not.toContain("modifier/slp-assistant");
    expect(rules(visit({ code: "92507", minutes: 30, units: 1, assistantMinutes: 20, modifiers: ["GN"] }, { payer: { program: "commercial" } }))).not.toContain("modifier/slp-assistant");
    expect(checkModifiers(visit({ code: "92507", minutes: 30, units: 1, assistantMinutes: 20, modifiers: ["GN"] }), { payer: { assistantModifiers: false } })).toEqual([]);
  });

  it("is a rule id a rules setting can change", () => {
    expect(CHECK_RULE_IDS.has("modifier/slp-assistant")).toBe(true);
    expect(validateSession(visit({ code: "92507", minutes: 30, units: 1, assistantMinutes: 20, modifiers: ["GN"] }), { rules: { "modifier/slp-assistant": "off" } }).findings.map((f) => f.rule)).not.toContain("modifier/slp-assistant");
  });
});
