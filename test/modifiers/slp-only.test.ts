import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CODE_ROWS as CODES } from "../../src/catalog/codes.js";
import { checkModifiers } from "../../src/modifiers/check-modifiers.js";
import { MODIFIER_SOURCES } from "../../src/modifiers/sources.js";
import type { Discipline, Session } from "../../src/model/session.js";
import { validateSession } from "../../src/validate.js";

// Seventeenth round (mods17), SLP-ONLY: 92507 (speech-language treatment, listed for SLPs alone) billed
// under a PT or OT plan by that plan's own clinician. Before: with GP on a PT plan nothing (or only
// "Add CQ" for a PTA), with GO on a PT plan "Replace GO with GP", with none "Add GP". CMS's claim edit
// does take 92507 with GP or GO (CR 10176 ties only the SLP evaluations to GN), but Part B pays
// speech-language pathology only when a qualified SLP furnishes it (42 CFR 410.62(a); MBPM ch. 15
// §230.3 A, B). No CMS text names 92507 as SLP-only and scope of practice is the state's, so the plan's
// own modifier is a warning, and every fix names the SLP plan and GN first.
type Cred = "PT" | "PTA" | "OT" | "OTA" | "SLP" | "SLPA" | undefined;
const visit = (discipline: Discipline, credential: Cred, code: string, modifiers: string[], program: "medicare" | "commercial" = "medicare"): Session => ({
  dateOfService: "2024-05-02", payer: { program }, provider: credential === undefined ? { discipline } : { discipline, credential },
  services: [{ code, minutes: 30, units: 1, modifiers }],
});
const rules = (s: Session) => checkModifiers(s).map((f) => `${f.rule}/${f.severity}`);
const therapyFix = (s: Session) => checkModifiers(s).find((f) => f.rule.startsWith("modifier/therapy-modifier"))?.fix ?? "";

const M = "modifier/therapy-modifier-mismatch";
const MISSING = "modifier/therapy-modifier-missing/error";
const SLP_FIRST = /^92507 is an SLP service: if an SLP furnished it, bill it under an SLP plan of care with GN; use G[PO] \(this (PT|OT) plan\) only if the clinician may furnish it under state scope and the MAC's policy\.$/;

// [plan, rendering credential (undefined: the plan's own), code, modifiers, findings, the therapy finding's fix]
const TABLE: [Discipline, Cred, string, string[], string[], RegExp | undefined][] = [
  // 92507 under a PT plan
  ["PT", undefined, "92507", [], [MISSING], /^92507 is an SLP service: if an SLP furnished it, bill it under an SLP plan of care with GN; use GP \(this PT plan\) only if/],
  ["PT", undefined, "92507", ["GP"], [`${M}/warning`], SLP_FIRST],
  ["PT", "PT", "92507", ["GP"], [`${M}/warning`], SLP_FIRST],
  ["PT", "PT", "92507", ["GO"], [`${M}/error`], /^92507 is an SLP service, which GO does not mark: if an SLP furnished it, bill it under an SLP plan of care with GN; use GP \(this PT plan\) only if/],
  ["PT", "PT", "92507", ["GN"], [`${M}/error`], /^92507 is an SLP service: bill it under an SLP plan of care, with GN, for what an SLP furnished/],
  ["PT", "PTA", "92507", ["GP", "CQ"], [`${M}/warning`], SLP_FIRST],
  ["PT", "PTA", "92507", ["GP"], [`${M}/warning`, "modifier/assistant-modifier-missing/error"], SLP_FIRST],
  ["PT", "PTA", "92507", ["GO"], [`${M}/error`, "modifier/assistant-modifier-missing/error"], /which GO does not mark/],
  ["PT", "OT", "92507", ["GO"], ["modifier/therapist-discipline-mismatch/error"], undefined],
  ["PT", "SLP", "92507", ["GN"], ["modifier/therapist-discipline-mismatch/error"], undefined],
  ["PT", "OTA", "92507", ["GO", "CO"], ["modifier/assistant-modifier-mismatch/error", "modifier/assistant-discipline-mismatch/error"], undefined],
  // 92507 under an OT plan
  ["OT", undefined, "92507", [], [MISSING], /^92507 is an SLP service: if an SLP furnished it, bill it under an SLP plan of care with GN; use GO \(this OT plan\) only if/],
  ["OT", "OT", "92507", ["GO"], [`${M}/warning`], SLP_FIRST],
  ["OT", "OT", "92507", ["GP"], [`${M}/error`], /which GP does not mark: if an SLP furnished it, bill it under an SLP plan of care with GN; use GO \(this OT plan\)/],
  ["OT", "OT", "92507", ["GN"], [`${M}/error`], /^92507 is an SLP service: bill it under an SLP plan of care, with GN/],
  ["OT", "OTA", "92507", ["GO", "CO"], [`${M}/warning`], SLP_FIRST],
  ["OT", "PT", "92507", ["GP"], ["modifier/therapist-discipline-mismatch/error"], undefined],
  ["OT", "PTA", "92507", ["GN"], ["modifier/assistant-discipline-mismatch/error"], undefined],
  // 92507 under an SLP plan: its own plan
  ["SLP", undefined, "92507", ["GN"], [], undefined],
  ["SLP", "SLP", "92507", ["GN"], [], undefined],
  ["SLP", "SLP", "92507", [], [MISSING], /^Add GN \(the speech-language pathology plan of care\)\.$/],
  ["SLP", "SLP", "92507", ["GP"], [`${M}/error`], /^Replace GP with GN, or correct the provider's discipline\.$/],
  ["SLP", "SLPA", "92507", ["GN"], ["modifier/slp-assistant/error"], undefined],
  ["SLP", "PT", "92507", ["GP"], ["modifier/therapist-discipline-mismatch/error"], undefined],
  // A PT code (97110) under an SLP plan: the modifier rules name the code's plans; the NCCI manual's
  // "SLPs do not perform 97110" is doc/discipline-mismatch's (an error in validateSession, below).
  ["SLP", "SLP", "97110", ["GN"], [], undefined],
  ["SLP", "SLP", "97110", [], [MISSING], /^Add GN/],
  ["SLP", "SLP", "97110", ["GP"], [`${M}/error`], /^97110 is a PT service: bill it under a PT plan of care, with GP, for what a PT furnished; replace GP with GN only if/],
  // Before: "Replace GO with GN": GO marks an OT's service, which 97110 can be.
  ["SLP", "SLP", "97110", ["GO"], [`${M}/error`], /^97110 is an OT service: bill it under an OT plan of care, with GO, for what an OT furnished; replace GO with GN only if/],
  ["SLP", "PT", "97110", ["GP"], ["modifier/therapist-discipline-mismatch/error"], undefined],
  ["SLP", "PTA", "97110", ["GP", "CQ"], ["modifier/assistant-modifier-mismatch/error", "modifier/assistant-discipline-mismatch/error"], undefined],
  // ... and on its own plans, nothing.
  ["PT", "PT", "97110", ["GP"], [], undefined],
  ["PT", "PTA", "97110", ["GP", "CQ"], [], undefined],
  ["OT", "OT", "97110", ["GO"], [], undefined],
  ["PT", "PT", "97110", ["GO"], [`${M}/error`], /^Replace GO with GP, or correct the provider's discipline\.$/],
];

describe("92507 and a PT code under each plan, by each clinician and modifier (SLP-ONLY)", () => {
  it.each(TABLE)("%s plan, %s, %s %j", (plan, cred, code, mods, want, fix) => {
    const s = visit(plan, cred, code, mods);
    expect(rules(s)).toEqual(want);
    if (fix) expect(therapyFix(s)).toMatch(fix);
  });

  it("the warning says why, and cites 42 CFR 410.62 and CR 10176", () => {
    const [f] = checkModifiers(visit("PT", "PT", "92507", ["GP"]));
    expect(f!.message).toBe("92507 is a speech-language pathology service (the catalog lists SLPs only) billed with GP under a PT plan of care: the claim edit takes it (CR 10176 ties only the SLP evaluations to GN), but Medicare pays speech-language pathology only when a qualified SLP furnishes it, so it may be denied or recovered on review.");
    expect(f!.source).toEqual(MODIFIER_SOURCES.slpServices);
    expect(f!.source.title).toMatch(/42 CFR 410\.62\(a\).*§230\.3.*CR 10176/);
  });

  it("no fix on an SLP-only code tells the plan's clinician to just put the plan's modifier on it", () => {
    for (const plan of ["PT", "OT"] as const) for (const mods of [[], ["GP"], ["GO"], ["GN"]]) {
      const fix = therapyFix(visit(plan, undefined, "92507", mods));
      expect(fix).not.toMatch(/^(Replace|Add) G[PON]\b/);
    }
  });

  it("a payer that does not require GP/GO/GN gets no SLP-only warning", () => {
    expect(checkModifiers(visit("PT", "PT", "92507", ["GP"], "commercial"))).toEqual([]);
  });

  // Nineteenth round (ONE-PROBLEM, test/modifiers/one-problem.test.ts): the warning alone; doc/discipline-mismatch's
  // scope advice beside it said the same fact again (its "check your state's scope" is in the warning's fix).
  it("validateSession: the modifier warning alone, not doc/discipline-mismatch's scope advice too; an SLP's 97110 is that rule's error", () => {
    const pt = validateSession(visit("PT", "PT", "92507", ["GP"])).findings.filter((f) => f.rule.includes("discipline") || f.rule.startsWith("modifier/"));
    expect(pt.map((f) => `${f.rule}/${f.severity}`).sort()).toEqual([`${M}/warning`]);
    const slp = validateSession(visit("SLP", "SLP", "97110", ["GN"])).findings.filter((f) => f.rule.includes("discipline") || f.rule.startsWith("modifier/"));
    expect(slp.map((f) => `${f.rule}/${f.severity}`)).toEqual(["doc/discipline-mismatch/error"]);
  });
});

describe("property: every SLP-only treatment code of the catalog, under a PT or OT plan", () => {
  const slpOnly = CODES.filter((c) => c.disciplines.length === 1 && c.disciplines[0] === "SLP" && c.contact !== "evaluation").map((c) => c.code);

  it("the catalog has such codes, 92507 among them", () => {
    expect(slpOnly).toContain("92507");
  });

  it("with the plan's modifier alone: one warning of the discipline rules, citing 42 CFR 410.62; never an error of them", () => {
    fc.assert(fc.property(
      fc.constantFrom(...slpOnly), fc.constantFrom<Discipline>("PT", "OT"), fc.constantFrom<"own" | "therapist" | "assistant">("own", "therapist", "assistant"),
      (code, plan, who) => {
        const cred: Cred = who === "own" ? undefined : who === "therapist" ? plan : plan === "PT" ? "PTA" : "OTA";
        const mods = [plan === "PT" ? "GP" : "GO", ...(who === "assistant" ? [plan === "PT" ? "CQ" : "CO"] : [])];
        const found = checkModifiers(visit(plan, cred, code, mods)).filter((f) => f.rule.startsWith("modifier/therapy-modifier"));
        expect(found.map((f) => `${f.rule}/${f.severity}`)).toEqual([`${M}/warning`]);
        expect(found[0]!.source).toEqual(MODIFIER_SOURCES.slpServices);
      },
    ));
  });
});

// fuzz17: two or three of GP/GO/GN on an SLP-only code under a PT or OT plan (by its own clinician).
// Before: "Keep only GP (the physical therapy plan of care)" and "Replace GO, GN with GP", the advice
// SLP-ONLY replaced for one modifier; following it led to the SLP-only warning on the next run.
describe("several therapy modifiers on an SLP-only code (fuzz17)", () => {
  const KEEP_ONE = /^Keep only one: 92507 is an SLP service: if an SLP furnished it, bill it under an SLP plan of care with GN; use G[PO] \((this (PT|OT) plan)\) only if the clinician may furnish it under state scope and the MAC's policy\.$/;
  it.each<[Discipline, Cred, string[], string[]]>([
    ["PT", undefined, ["GP", "GN"], ["modifier/multiple-therapy-modifiers/error"]],
    ["PT", "PT", ["GN", "GP"], ["modifier/multiple-therapy-modifiers/error"]],
    ["PT", undefined, ["GO", "GN"], ["modifier/multiple-therapy-modifiers/error", `${M}/error`]],
    ["PT", "PTA", ["GP", "GO", "CQ"], ["modifier/multiple-therapy-modifiers/error"]],
    ["OT", "OT", ["GO", "GN"], ["modifier/multiple-therapy-modifiers/error"]],
    ["OT", undefined, ["GP", "GN"], ["modifier/multiple-therapy-modifiers/error", `${M}/error`]],
    ["OT", "OT", ["GP", "GO", "GN"], ["modifier/multiple-therapy-modifiers/error"]],
  ])("%s plan, %s, 92507 %j: the SLP plan first, not the plan's modifier alone", (plan, cred, mods, want) => {
    const found = checkModifiers(visit(plan, cred, "92507", mods));
    expect(found.map((f) => `${f.rule}/${f.severity}`)).toEqual(want);
    expect(found[0]!.fix).toMatch(KEEP_ONE);
    for (const f of found) expect(f.fix).not.toMatch(/^(Keep only|Add|Replace [^:]* with) G[PO]\b/);
    const mismatch = found.find((f) => f.rule === M);
    if (mismatch) expect(mismatch.fix).toMatch(/^92507 is an SLP service: if an SLP furnished it, bill it under an SLP plan of care with GN; use G[PO] \(this (PT|OT) plan\) only if/);
  });

  it("an SLP plan's 92507 with GN and GP still says keep GN (its own plan)", () => {
    expect(checkModifiers(visit("SLP", "SLP", "92507", ["GN", "GP"]))[0]!.fix).toBe("Keep only GN (the speech-language pathology plan of care); bill services of another plan on their own lines.");
  });
});
