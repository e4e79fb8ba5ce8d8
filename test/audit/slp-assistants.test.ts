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

// Eleventh round (assist): a visit whose rendering provider is an SLP assistant. On b16d763 the
// session schema had no credential for one: `credential: "SLPA"` was an input error and the visit
// went unchecked, and `other` (which may be a clinical fellow, a qualified SLP under §230.3 B) is
// no evidence. Now `SLPA` is a credential: every line of a Medicare SLP visit an SLPA furnished is
// a modifier/slp-assistant error (§230.3 C), with no KX demand and no re-evaluation advice on it
// (nothing of it can be billed), and the progress-report warning says the SLPA cannot write it.
describe("a Medicare SLP visit an SLP assistant furnished (provider credential SLPA; MBPM ch. 15 §230.3 C)", () => {
  const slpa = (extra: Partial<Session> = {}): Session => ({
    dateOfService: "2025-06-19", payer: { program: "medicare" }, provider: { discipline: "SLP", credential: "SLPA" },
    services: [{ code: "92523", minutes: 60, units: 1, modifiers: ["GN"], allowedAmount: 200 }, { code: "92507", minutes: 30, units: 1, modifiers: ["GN"], allowedAmount: 90 }],
    ...extra,
  });

  it("every line is a modifier/slp-assistant error that says the SLPA furnished it and not to bill it; sent as JSON too", () => {
    const found = validateSession(JSON.parse(JSON.stringify(slpa()))).findings;
    expect(found.filter((f) => f.rule.startsWith("input/"))).toEqual([]);
    const f = found.filter((x) => x.rule === "modifier/slp-assistant");
    expect(f.map((x) => x.codes)).toEqual([["92523"], ["92507"]]);
    expect(f[1]).toMatchObject({
      severity: "error",
      message: "92507 was furnished by a speech-language pathology assistant (SLPA), the rendering provider, but Medicare does not recognise speech-language pathology assistants: their services are unskilled and denied if billed as therapy, and no modifier (CQ and CO are for PTAs and OTAs) makes them billable.",
      fix: "Do not bill 92507 to Medicare as therapy: only what a speech-language pathologist furnished can be billed.",
    });
  });

  it("above the KX threshold on a progress-report day: no KX demand and no re-evaluation advice on the lines; the report warning names the SLPA", () => {
    const s = slpa({ therapyYearToDate: { ptSlp: 2500 }, planOfCare: { startOfCare: "2025-04-01", certifiedOn: "2025-04-02", certifiedThrough: "2025-06-29", treatmentDaysSinceProgressReport: 10 } });
    const found = validateSession(s).findings.filter((f) => f.rule.startsWith("modifier/") || f.rule.startsWith("poc/"));
    expect(found.map((f) => `${f.rule} ${f.severity}${f.codes ? ` ${f.codes.join(",")}` : ""}`)).toEqual([
      "modifier/slp-assistant error 92523",
      "modifier/slp-assistant error 92507",
      "poc/progress-report-due warning",
    ]);
    expect(found[2]!.message).toContain("This visit was furnished by an assistant (SLPA), who cannot write it.");
  });

  it("controls: the SLP's own visit (and one by 'other', who may be a clinical fellow) gets no slp-assistant error; the KX demand and the advice stay", () => {
    for (const credential of ["SLP", "other"] as const) {
      const s = slpa({ provider: { discipline: "SLP", credential }, therapyYearToDate: { ptSlp: 2500 }, planOfCare: { startOfCare: "2025-04-01", certifiedOn: "2025-04-02", certifiedThrough: "2025-06-29", treatmentDaysSinceProgressReport: 10 } });
      const rules = validateSession(s).findings.filter((f) => f.rule.startsWith("modifier/") || f.rule.startsWith("poc/")).map((f) => `${f.rule} ${f.severity}`);
      expect(rules).toEqual(["modifier/kx-required error", "modifier/kx-required error", "poc/progress-report-due warning", "poc/progress-report-due info"]);
    }
  });
});

