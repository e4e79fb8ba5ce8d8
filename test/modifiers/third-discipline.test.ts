import { describe, expect, it } from "vitest";
import { getCode } from "../../src/catalog/catalog.js";
import { checkModifiers } from "../../src/modifiers/check-modifiers.js";
import type { Discipline, Session } from "../../src/model/session.js";

// Fifteenth round (mend15): a clinician of another discipline's plan who bills a code of a THIRD
// discipline (a PTA on an OT plan billing the SLP code 92507, a PT on an OT plan billing the OT
// evaluation 97166 on an SLP plan) was told to bill it under their own plan ("with GP and CQ"),
// or to replace its GN with the visit's plan's modifier. The GP/GO/GN mark the plan of care under
// which the service is delivered, and they "do not allow a provider to deliver services that they
// are not qualified and recognized by Medicare to perform" (Pub. 100-04 ch. 5 §20.1/§10.x); a
// therapist treats only under their own discipline's plan (MBPM ch. 15 §220.1.2), an assistant
// furnishes only their own discipline's services (§230.1, §230.2, §230.4). So a fix names the
// plan and modifier of the discipline that furnishes the code: the clinician's own when the
// catalog lists it for the code, else the plan's when listed, else the code's own.
const MOD = { PT: "GP", OT: "GO", SLP: "GN" } as const;
const DISCIPLINES: Discipline[] = ["PT", "OT", "SLP"];
const CREDENTIALS = ["PT", "OT", "SLP", "PTA", "OTA"] as const;
// One treatment code of each catalog listing, and each discipline's evaluation.
const CODES = ["97110", "92507", "97129", "92526", "97161", "97165", "92521"] as const;

const visit = (discipline: Discipline, credential: string, code: string, mods: string[]): Session => ({
  dateOfService: "2024-05-02", payer: { program: "medicare" }, provider: { discipline, credential: credential as never },
  services: [{ code, minutes: 30, units: 1, modifiers: mods }],
});
const furnishing = (code: string, own: Discipline, plan: Discipline): Discipline => {
  const list = getCode(code, "2024-05-02")!.disciplines;
  return list.includes(own) ? own : list.includes(plan) ? plan : list[0]!;
};
const gModsIn = (text: string) => text.match(/\bG[PON]\b/g) ?? [];

const cases: [Discipline, string, string, string][] = [];
for (const plan of DISCIPLINES) for (const credential of CREDENTIALS) for (const code of CODES) for (const m of ["GP", "GO", "GN"]) {
  if (credential.slice(0, 2) === plan || (credential === "SLP" && plan === "SLP")) continue;
  cases.push([plan, credential, code, m]);
}

describe("a clinician on another discipline's plan: the fix names the plan of the discipline that furnishes the code", () => {
  it.each(cases)("%s plan, %s, %s with %s", (plan, credential, code, m) => {
    const own = credential.slice(0, credential.startsWith("SLP") ? 3 : 2) as Discipline;
    const want = MOD[furnishing(code, own, plan)];
    const findings = checkModifiers(visit(plan, credential, code, [m]));
    const provider = findings.find((f) => f.rule.endsWith("-discipline-mismatch"));
    expect(provider).toBeDefined();
    // "Do not bill" (an assistant's evaluation) names no modifier; every other provider fix names the one wanted.
    const named = gModsIn(provider!.fix ?? "");
    if (!(provider!.fix ?? "").startsWith("Do not bill")) expect(named).toEqual([want]);
    // No other finding tells the biller to put another G-modifier on the line.
    for (const f of findings) if (f.rule === "modifier/therapy-modifier-mismatch") {
      const replace = /with (G[PON])/.exec(f.fix ?? "");
      expect(replace?.[1]).toBe(want);
    }
  });

  it("the brief's cases, in full", () => {
    const fix = (plan: Discipline, credential: string, code: string, m: string) => checkModifiers(visit(plan, credential, code, [m])).map((f) => `${f.rule}: ${f.fix}`);
    expect(fix("OT", "PTA", "92507", "GN")).toEqual([
      "modifier/assistant-discipline-mismatch: Bill 92507, an SLP service, only for what an SLP furnished, under an SLP plan of care with GN: a PTA does not furnish it; or correct the provider's discipline or credential.",
    ]);
    // GO, the OT's own modifier, is left to the provider error (OWN-MODIFIER); GP, the plan's, names GN.
    expect(fix("PT", "OT", "92507", "GO")).toEqual([
      "modifier/therapist-discipline-mismatch: Bill 92507, an SLP service, only for what an SLP furnished, under an SLP plan of care with GN: an OT does not furnish it; or correct the provider's discipline or credential.",
    ]);
    // 92526 is listed for OTs too: an OT's swallowing treatment goes on an OT plan with GO.
    expect(fix("PT", "OT", "92526", "GP")).toEqual([
      "modifier/therapist-discipline-mismatch: Bill what the OT furnished under an OT plan of care of their own (their evaluation and certified plan), with GO; or correct the provider's discipline or credential.",
    ]);
    // A PT's OT evaluation on an SLP plan: not "Bill the SLP evaluation code instead".
    expect(fix("SLP", "PT", "97166", "GO")).toEqual([
      "modifier/therapist-discipline-mismatch: Bill 97166, an OT service, only for what an OT furnished, under an OT plan of care with GO: a PT does not furnish it; or correct the provider's discipline or credential.",
    ]);
  });
});

// report15: a PT on an OT plan billing 92526 (listed for SLP and OT) with GN got "Replace GN with GO"
// beside the provider error: alone it read as telling a PT to bill under the OT plan. The fix now
// names who must have furnished the line for GO to be right, and the credential to correct.
const ARTICLE = { PT: "a PT", OT: "an OT", SLP: "an SLP" } as const;
const othersModifier = cases.filter(([plan, credential, code, m]) => {
  const own = credential.slice(0, credential.startsWith("SLP") ? 3 : 2) as Discipline;
  const want = MOD[furnishing(code, own, plan)];
  // Not an evaluation (left to the provider error), and not the plan's own modifier (no mismatch).
  return getCode(code, "2024-05-02")!.contact !== "evaluation" && want !== MOD[own] && m !== want && m !== MOD[own] && m !== MOD[plan];
});
describe("beside the provider error, a mismatch fix naming another discipline's modifier says who must have furnished the line", () => {
  it("the table holds the brief's case", () => {
    expect(othersModifier).toContainEqual(["OT", "PT", "92526", "GN"]);
    expect(othersModifier.length).toBeGreaterThan(5);
  });
  it.each(othersModifier)("%s plan, %s, %s with %s", (plan, credential, code, m) => {
    const own = credential.slice(0, credential.startsWith("SLP") ? 3 : 2) as Discipline;
    const furnisher = furnishing(code, own, plan);
    const findings = checkModifiers(visit(plan, credential, code, [m]));
    expect(findings.map((f) => f.rule)).toContain(own === credential || credential === "SLP" ? "modifier/therapist-discipline-mismatch" : "modifier/assistant-discipline-mismatch");
    const f = findings.find((x) => x.rule === "modifier/therapy-modifier-mismatch");
    expect(f?.fix).toBe(`If ${ARTICLE[furnisher]} furnished ${code}, replace ${m} with ${MOD[furnisher]} and correct the provider's credential.`);
  });
});

describe("the plan's own clinician billing another discipline's code with that discipline's modifier", () => {
  it.each<[Discipline, string | undefined, string, string]>([["PT", "PTA", "92507", "GN"], ["PT", undefined, "92507", "GN"], ["OT", "OT", "92508", "GN"]])(
    "%s plan, %s, %s with %s: the fix names the code's plan first", (plan, credential, code, m) => {
      const s = visit(plan, credential ?? "PT", code, [m]);
      const f = checkModifiers(credential === undefined ? { ...s, provider: { discipline: plan } } : s).find((x) => x.rule === "modifier/therapy-modifier-mismatch");
      expect(f?.fix).toBe(`${code} is an SLP service: bill it under an SLP plan of care, with GN, for what an SLP furnished; replace GN with ${MOD[plan]} only if it was furnished under this ${plan} plan within the clinician's scope.`);
    });
  // SLP-ONLY (seventeenth round): this kept "Replace GO with GP", which billed an SLP service under the
  // PT plan; the fix names the SLP plan and GN first, GP only within scope (test/modifiers/slp-only.test.ts).
  it("a modifier of no discipline listed for an SLP-only code: the SLP plan first, not a plain replace", () => {
    const f = checkModifiers(visit("PT", "PT", "92507", ["GO"])).find((x) => x.rule === "modifier/therapy-modifier-mismatch");
    expect(f?.fix).toBe("92507 is an SLP service, which GO does not mark: if an SLP furnished it, bill it under an SLP plan of care with GN; use GP (this PT plan) only if the clinician may furnish it under state scope and the MAC's policy.");
  });
  it("a code of several disciplines: the fix names the discipline its modifier marks", () => {
    const f = checkModifiers(visit("SLP", "SLP", "97112", ["GO"])).find((x) => x.rule === "modifier/therapy-modifier-mismatch");
    expect(f?.fix).toBe("97112 is an OT service: bill it under an OT plan of care, with GO, for what an OT furnished; replace GO with GN only if it was furnished under this SLP plan within the clinician's scope.");
    const g = checkModifiers(visit("PT", "PT", "97129", ["GN"])).find((x) => x.rule === "modifier/therapy-modifier-mismatch");
    expect(g?.fix).toBe("97129 is an SLP service: bill it under an SLP plan of care, with GN, for what an SLP furnished; replace GN with GP only if it was furnished under this PT plan within the clinician's scope.");
  });
});
