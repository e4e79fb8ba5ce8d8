import { describe, expect, it } from "vitest";
import { checkModifiers } from "../../src/modifiers/check-modifiers.js";
import type { ServiceLine, Session } from "../../src/model/session.js";
import { deepFreeze, session } from "./helpers.js";

const rules = (s: Session, rule?: string) =>
  checkModifiers(s)
    .filter((f) => rule === undefined || f.rule === rule)
    .map((f) => `${f.rule}:${f.severity}@${String(f.path?.[1])}`);

describe("modifier/therapy-modifier-missing and -mismatch (CR 10176; Pub. 100-04 ch. 5 §20.1)", () => {
  it.each<[string, ServiceLine, "PT" | "OT" | "SLP", string[]]>([
    ["always-therapy 97110 without GP", { code: "97110", modifiers: [] }, "PT", ["modifier/therapy-modifier-missing:error@0"]],
    ["97110 with GO on a PT plan", { code: "97110", modifiers: ["GO"] }, "PT", ["modifier/therapy-modifier-mismatch:error@0"]],
    ["97530 with GO on an OT plan", { code: "97530", modifiers: ["GO"] }, "OT", []],
    ["92507 with GN on an SLP plan", { code: "92507", modifiers: ["GN"] }, "SLP", []],
    ["92507 with GP on an SLP plan", { code: "92507", modifiers: ["GP"] }, "SLP", ["modifier/therapy-modifier-mismatch:error@0"]],
    ["PT evaluation 97161 with GP", { code: "97161", modifiers: ["GP"] }, "PT", []],
    ["PT evaluation 97161 with GO", { code: "97161", modifiers: ["GO"] }, "PT", ["modifier/therapy-modifier-mismatch:error@0"]],
    ["PT evaluation 97162 billed under an OT plan", { code: "97162", modifiers: ["GO"] }, "OT", ["modifier/therapy-modifier-mismatch:error@0"]],
    ["OT evaluation 97165 without a modifier", { code: "97165" }, "OT", ["modifier/therapy-modifier-missing:error@0"]],
    ["OT re-evaluation 97168 with GO", { code: "97168", modifiers: ["GO"] }, "OT", []],
    ["sometimes-therapy 97129 without GO: warning", { code: "97129" }, "OT", ["modifier/therapy-modifier-missing:warning@0"]],
    ["sometimes-therapy 97129 with GN on an SLP plan", { code: "97129", modifiers: ["GN"] }, "SLP", []],
    ["a code the catalog does not know: no discipline finding", { code: "99213" }, "PT", []],
  ])("%s", (_name, line, discipline, expected) => {
    expect(rules(session([line], { discipline })).filter((r) => r.startsWith("modifier/therapy"))).toEqual(expected);
  });

  it("names the code and the modifier it wants in the message", () => {
    const [f] = checkModifiers(session([{ code: "97110" }]));
    expect(f?.message).toContain("97110");
    expect(f?.fix).toContain("GP");
    expect(f?.path).toEqual(["services", 0, "modifiers"]);
    expect(f?.codes).toEqual(["97110"]);
  });
});

describe("modifier/multiple-therapy-modifiers (CR 10176, domain §13.6)", () => {
  it("flags two of GP/GO/GN on one line", () => {
    expect(rules(session([{ code: "97110", modifiers: ["GP", "GO"] }]))).toEqual(["modifier/multiple-therapy-modifiers:error@0"]);
  });
  it("flags two wrong ones as both multiple and mismatched", () => {
    expect(rules(session([{ code: "97110", modifiers: ["GO", "GN"] }]))).toEqual([
      "modifier/multiple-therapy-modifiers:error@0",
      "modifier/therapy-modifier-mismatch:error@0",
    ]);
  });
  it("lets one pass", () => {
    expect(rules(session([{ code: "97110", modifiers: ["GP"] }]))).toEqual([]);
  });
});

describe("modifier/assistant-modifier-missing (SSA §1834(v); CMS CQ/CO billing examples)", () => {
  const cmsExample: ServiceLine = { code: "97110", minutes: 15, units: 1, assistantMinutes: 10, modifiers: ["GP"] };

  it("CMS example: PTA 10 + PT 5 min of 97110 without CQ → error", () => {
    expect(rules(session([cmsExample]))).toEqual(["modifier/assistant-modifier-missing:error@0"]);
  });
  it("CMS example: PTA 10 + PT 5 min of 97110 with CQ and GP → passes", () => {
    expect(rules(session([{ ...cmsExample, modifiers: ["GP", "CQ"] }]))).toEqual([]);
  });
  it("two-unit exception: PTA 12 + PT 13 min of 97110 → asks for one unit with CQ and one without", () => {
    const [f] = checkModifiers(session([{ code: "97110", minutes: 25, units: 2, assistantMinutes: 12, modifiers: ["GP"] }]));
    expect(f?.rule).toBe("modifier/assistant-modifier-missing");
    expect(f?.message).toContain("1 of its 2 units must carry CQ");
    expect(f?.fix).toMatch(/1 unit of 97110 with CQ and GP on one line/);
  });
  it("split lines of the two-unit exception pass: 12 PTA minutes with CQ, 13 PT minutes without", () => {
    expect(rules(session([
      { code: "97110", minutes: 12, units: 1, assistantMinutes: 12, modifiers: ["GP", "CQ"] },
      { code: "97110", minutes: 13, units: 1, modifiers: ["GP"] },
    ]))).toEqual([]);
  });
  it("a PTA credential means the assistant furnished every line", () => {
    expect(rules(session([{ code: "97110", modifiers: ["GP"] }, { code: "97530", modifiers: ["GP", "CQ"] }], { credential: "PTA" }))).toEqual([
      "modifier/assistant-modifier-missing:error@0",
    ]);
  });
  it("an OTA on an OT plan needs CO, named in the message", () => {
    const [f] = checkModifiers(session([{ code: "97530", modifiers: ["GO"] }], { discipline: "OT", credential: "OTA" }));
    expect(f?.rule).toBe("modifier/assistant-modifier-missing");
    expect(f?.message).toContain("CO");
  });
  // Ninth round: it said nothing; Medicare does not recognise SLP assistants (MBPM ch. 15 §230.3 C).
  it("SLP has no assistant modifier: assistant minutes on an SLP line are modifier/slp-assistant, not a CQ/CO request", () => {
    expect(rules(session([{ code: "92507", minutes: 30, assistantMinutes: 30, modifiers: ["GN"] }], { discipline: "SLP" }))).toEqual(["modifier/slp-assistant:error@0"]);
  });
  it("assistant minutes without the line's minutes → info, no data", () => {
    expect(rules(session([{ code: "97110", assistantMinutes: 10, modifiers: ["GP"] }]))).toEqual(["modifier/assistant-no-data:info@0"]);
  });
  // Eighth round: a 0-minute line with assistant minutes was said to have "took all 0 as the assistant's".
  it.each([["97110", 1], ["97150", 1], ["97110", undefined]] as const)("assistant minutes on a %s line of 0 minutes (units %s) → one warning a biller can read: the CQ test had no time, so CQ is not known", (code, units) => {
    const findings = checkModifiers(session([{ code, minutes: 0, assistantMinutes: 10, modifiers: ["GP"], ...(units === undefined ? {} : { units }) }]));
    expect(findings.map((f) => [f.rule, f.severity, f.message])).toEqual([[
      "modifier/assistant-no-data", "warning",
      `${code} has 10 assistant minutes but a total of 0, so the 10% de minimis test for CQ had no time to apply to: whether the line needs CQ is not known.`,
    ]]);
  });

  it("assistant minutes above the line's minutes → a warning that says what was assumed, then the check on all minutes as the assistant's", () => {
    const findings = checkModifiers(session([{ code: "97110", minutes: 15, units: 1, assistantMinutes: 20, modifiers: ["GP"] }]));
    expect(findings.map((f) => `${f.rule}:${f.severity}`)).toEqual(["modifier/assistant-no-data:warning", "modifier/assistant-modifier-missing:error"]);
    expect(findings[0]?.message).toBe("97110 has 20 assistant minutes but a total of 15, so the 10% de minimis test for CQ took all 15 as the assistant's.");
    expect(findings[1]?.message).toContain("the assistant furnished 15 and the therapist 0 of 15 minutes");
  });
  it("assistant minutes above the line's minutes on a line that already has CQ → nothing assumed, no finding", () => {
    expect(rules(session([{ code: "97110", minutes: 15, units: 1, assistantMinutes: 20, modifiers: ["GP", "CQ"] }]))).toEqual([]);
  });
  it("within the de minimis → passes", () => {
    expect(rules(session([{ code: "97110", minutes: 20, units: 1, assistantMinutes: 2, modifiers: ["GP"] }]))).toEqual([]);
  });

  it.each([
    ["2019-12-31", []],
    ["2020-01-01", ["modifier/assistant-modifier-missing:error@0"]],
  ] as const)("date boundary: PTA credential on %s", (dateOfService, expected) => {
    expect(rules(session([{ code: "97110", modifiers: ["GP"] }], { credential: "PTA", dateOfService }))).toEqual(expected);
  });

  it("2021 uses the line rule, 2022 the per-unit rule: PTA 15 + PT 15 min", () => {
    const line: ServiceLine = { code: "97110", minutes: 30, units: 2, assistantMinutes: 15, modifiers: ["GP"] };
    expect(checkModifiers(session([line], { dateOfService: "2021-12-31" }))[0]?.message).toContain("the line must carry CQ");
    expect(checkModifiers(session([line], { dateOfService: "2022-01-01" }))[0]?.message).toContain("1 of its 2 units must carry CQ");
  });
});

// SSA §1834(v) (CMS "Billing Examples Using CQ/CO Modifiers"): from 2022 a line with CQ/CO is paid at
// 85%; the modifier marks a service furnished in whole or in part (more than the 10% de minimis, CY 2020
// PFS final rule) by a PTA/OTA. A line whose data says the assistant furnished none of it, or no more
// than 10%, pays 15% less for nothing: a warning. No assistant minutes given: nothing is said.
describe("modifier/assistant-modifier-not-needed (SSA §1834(v); CY 2020 and CY 2022 PFS final rules; CMS CQ/CO billing examples)", () => {
  const notNeeded = (s: Session) => rules(s, "modifier/assistant-modifier-not-needed");
  it.each<[string, ServiceLine, "PT" | "OT", Session["provider"]["credential"], string, string[]]>([
    ["97110 with CQ and 0 assistant minutes", { code: "97110", minutes: 15, units: 1, assistantMinutes: 0, modifiers: ["GP", "CQ"] }, "PT", undefined, "2024-05-02", ["modifier/assistant-modifier-not-needed:warning@0"]],
    ["97530 with CO, 1 of 15 minutes by the OTA (within 10%)", { code: "97530", minutes: 15, units: 1, assistantMinutes: 1, modifiers: ["GO", "CO"] }, "OT", "OT", "2025-04-10", ["modifier/assistant-modifier-not-needed:warning@0"]],
    ["2021: 1 of 15 minutes, the line judged whole", { code: "97110", minutes: 15, units: 1, assistantMinutes: 1, modifiers: ["GP", "CQ"] }, "PT", undefined, "2021-03-01", ["modifier/assistant-modifier-not-needed:warning@0"]],
    ["untimed 97150 with CQ, 3 of 30 minutes", { code: "97150", minutes: 30, units: 1, assistantMinutes: 3, modifiers: ["GP", "CQ"] }, "PT", undefined, "2024-05-02", ["modifier/assistant-modifier-not-needed:warning@0"]],
    ["5 of 15 minutes by the PTA: CQ is needed", { code: "97110", minutes: 15, units: 1, assistantMinutes: 5, modifiers: ["GP", "CQ"] }, "PT", undefined, "2024-05-02", []],
    ["no assistant minutes given: nothing said", { code: "97110", minutes: 15, units: 1, modifiers: ["GP", "CQ"] }, "PT", "PT", "2024-05-02", []],
    ["the PTA's own visit: CQ is needed", { code: "97110", minutes: 15, units: 1, assistantMinutes: 0, modifiers: ["GP", "CQ"] }, "PT", "PTA", "2024-05-02", []],
    ["assistant minutes but no total: nothing said", { code: "97110", units: 1, assistantMinutes: 1, modifiers: ["GP", "CQ"] }, "PT", undefined, "2024-05-02", []],
    ["more assistant minutes than the total: nothing said", { code: "97110", minutes: 15, units: 1, assistantMinutes: 20, modifiers: ["GP", "CQ"] }, "PT", undefined, "2024-05-02", []],
    ["PTA 12 + PT 13 minutes, 2 units, CQ on both: one unit needs it", { code: "97110", minutes: 25, units: 2, assistantMinutes: 12, modifiers: ["GP", "CQ"] }, "PT", undefined, "2024-05-02", ["modifier/assistant-modifier-not-needed:warning@0"]],
    ["PTA 30 of 30 minutes, 2 units: both need CQ", { code: "97110", minutes: 30, units: 2, assistantMinutes: 30, modifiers: ["GP", "CQ"] }, "PT", undefined, "2024-05-02", []],
    ["2019, before CQ/CO were required: nothing said", { code: "97110", minutes: 15, units: 1, assistantMinutes: 0, modifiers: ["GP", "CQ"] }, "PT", undefined, "2019-06-01", []],
    ["an evaluation with CQ is the evaluation error's, not this warning", { code: "97161", minutes: 40, assistantMinutes: 0, modifiers: ["GP", "CQ"] }, "PT", undefined, "2024-05-02", []],
  ])("%s", (_name, line, discipline, credential, dateOfService, expected) => {
    expect(notNeeded(session([line], credential === undefined ? { discipline, dateOfService } : { discipline, credential, dateOfService }))).toEqual(expected);
  });

  it("says why and what the clinic loses, from 2022; before 2022 that the claim misreports", () => {
    const line: ServiceLine = { code: "97110", minutes: 15, units: 1, assistantMinutes: 1, modifiers: ["GP", "CQ"] };
    const [f, ...rest] = checkModifiers(session([line]));
    expect(rest).toEqual([]);
    expect(f?.message).toBe(
      "97110 carries CQ, but the assistant furnished 1 and the therapist 14 of 15 minutes (1 unit); leftover 15 minutes: the assistant's 1 do not exceed 10%, so the line needs no CQ; with it Medicare pays the line at 85%, so the clinic loses 15% of its payment.",
    );
    expect(f?.fix).toBe("Remove CQ, unless a physical therapist assistant (PTA) furnished more of the line than its assistant minutes say.");
    expect(f?.source.url).toContain("billing-examples-using-cq/co-modifiers");
    const [g] = checkModifiers(session([{ ...line, assistantMinutes: 0 }], { dateOfService: "2020-02-03" }));
    expect(g?.message).toBe(
      "97110 carries CQ, but it has no minutes furnished by a physical therapist assistant (PTA), so the line needs no CQ; before 2022 it costs nothing, but the claim says a physical therapist assistant (PTA) furnished the line in whole or in part.",
    );
  });

  it("CQ on every unit of a line where only some need it (CMS CY 2022 example: PTA 12 + PT 13 min of 97110): says how to split", () => {
    const [f] = checkModifiers(session([{ code: "97110", minutes: 25, units: 2, assistantMinutes: 12, modifiers: ["GP", "CQ"] }]));
    expect(f?.message).toBe(
      "97110 carries CQ, but the assistant furnished 12 and the therapist 13 of 25 minutes (2 units); two units remain and each furnished 9–14 minutes (12 and 13): one unit with the modifier, one without, so CQ belongs on only 1 of its 2 units; with it Medicare pays every unit at 85%, so the clinic loses 15% of the others' payment.",
    );
    expect(f?.fix).toBe("Bill 1 unit of 97110 with CQ and GP on one line and the other 1 with GP only on another.");
  });

  it("not for a commercial payer", () => {
    expect(notNeeded(session([{ code: "97110", minutes: 15, units: 1, assistantMinutes: 0, modifiers: ["GP", "CQ"] }], { program: "commercial" }))).toEqual([]);
  });
});

describe("modifier/assistant-evaluation (MBPM ch. 15 §230.1, §230.2)", () => {
  const both = (s: Session) => rules(s).filter((r) => r.startsWith("modifier/assistant"));
  it.each<[string, ServiceLine, "PT" | "OT", Session["provider"]["credential"], string, string[]]>([
    ["OTA renders the OT evaluation 97165 with GO+CO", { code: "97165", modifiers: ["GO", "CO"] }, "OT", "OTA", "2024-05-02", ["modifier/assistant-evaluation:error@0"]],
    ["OT re-evaluation 97168 with 5 of 30 minutes by an OTA (under the 10% rule for treatment, still an error)", { code: "97168", minutes: 30, assistantMinutes: 5, modifiers: ["GO"] }, "OT", undefined, "2024-05-02", ["modifier/assistant-evaluation:error@0"]],
    ["PT re-evaluation 97164 with CQ only, before CQ/CO were required (2019)", { code: "97164", modifiers: ["GP", "CQ"] }, "PT", undefined, "2019-06-01", ["modifier/assistant-evaluation:error@0"]],
    ["PTA on a 2018 evaluation: the rule is older than CQ", { code: "97161", modifiers: ["GP"] }, "PT", "PTA", "2018-06-01", ["modifier/assistant-evaluation:error@0"]],
    ["the therapist's own evaluation: nothing", { code: "97161", minutes: 40, assistantMinutes: 0, modifiers: ["GP"] }, "PT", "PT", "2024-05-02", []],
  ])("%s", (_name, line, discipline, credential, dateOfService, expected) => {
    expect(both(session([line], credential === undefined ? { discipline, dateOfService } : { discipline, credential, dateOfService }))).toEqual(expected);
  });

  it("names the code, the evaluation and the assistant's minutes, and asks for no CQ", () => {
    const [f, ...rest] = checkModifiers(session([{ code: "97161", minutes: 40, assistantMinutes: 1, modifiers: ["GP"] }]));
    expect(rest).toEqual([]);
    expect(f?.message).toBe(
      "97161 is an evaluation, which only the therapist may furnish, but it has 1 minute furnished by a physical therapist assistant (PTA): an assistant may not furnish an evaluation in whole or in part.",
    );
    expect(f?.source.section).toContain("§230.1");
  });
});

describe("a line modifier/assistant-evaluation says cannot be billed gets no KX demand (one error for one line)", () => {
  const ytd = { therapyYearToDate: { ot: 2500 } };
  it("an OTA's 97168 above the 2024 OT threshold: the evaluation error only; the OTA's 97140 still needs KX", () => {
    const s = session([{ code: "97168", minutes: 30, modifiers: ["GO", "CO"], allowedAmount: 60 }, { code: "97140", minutes: 15, units: 1, modifiers: ["GO", "CO"], allowedAmount: 30 }], { discipline: "OT", credential: "OTA", ...ytd });
    expect(rules(s)).toEqual(["modifier/assistant-evaluation:error@0", "modifier/kx-required:error@1"]);
  });
  it("the OT's own 97168 above the threshold still needs KX", () => {
    expect(rules(session([{ code: "97168", minutes: 30, modifiers: ["GO"], allowedAmount: 60 }], { discipline: "OT", credential: "OT", ...ytd }))).toEqual(["modifier/kx-required:error@0"]);
  });
});

// Eleventh round (helper mismatch): a PTA's credential on an OT plan (an OTA's on a PT plan, an
// SLPA's on a PT/OT plan) said nothing; an assistant furnishes services only of their own
// discipline, under a therapist of it (MBPM ch. 15 §230.1, §230.2; §230.3 C: no SLPA at all).
describe("modifier/assistant-discipline-mismatch (MBPM ch. 15 §230.1, §230.2, §230.3 C)", () => {
  const line: ServiceLine = { code: "97110", minutes: 30, units: 2 };
  it.each<["PT" | "OT" | "SLP", "GP" | "GO" | "GN", "PTA" | "OTA" | "SLPA"]>([
    ["OT", "GO", "PTA"], ["SLP", "GN", "PTA"], ["PT", "GP", "OTA"], ["SLP", "GN", "OTA"], ["PT", "GP", "SLPA"], ["OT", "GO", "SLPA"],
  ])("the %s plan (%s) with the credential %s → an error on every line, and no CQ/CO, KX or SLP-assistant finding", (discipline, gx, credential) => {
    const s = session([{ ...line, modifiers: [gx], allowedAmount: 60 }, { code: "97140", minutes: 15, units: 1, modifiers: [gx], allowedAmount: 30 }], { discipline, credential, therapyYearToDate: { ptSlp: 2500, ot: 2500 } });
    expect(rules(s)).toEqual(["modifier/assistant-discipline-mismatch:error@0", "modifier/assistant-discipline-mismatch:error@1"]);
    const [f] = checkModifiers(s);
    expect(f?.message).toContain(`97110 was furnished by ${credential === "PTA" ? "a physical therapist assistant (PTA)" : credential === "OTA" ? "an occupational therapy assistant (OTA)" : "a speech-language pathology assistant (SLPA)"}, the rendering provider, but this visit is under`);
    expect(f?.source.section).toContain("§230.1 and §230.2");
  });
  it.each<["PT" | "OT", "PTA" | "OTA" | "PT" | "OT" | "SLP" | "other"]>([["PT", "PTA"], ["OT", "OTA"], ["PT", "OT"], ["OT", "SLP"], ["PT", "other"]])(
    "the %s plan with %s (its own assistant, or a therapist: not this rule) → none", (discipline, credential) => {
      expect(rules(session([{ ...line, modifiers: [discipline === "PT" ? "GP" : "GO"] }], { discipline, credential }), "modifier/assistant-discipline-mismatch")).toEqual([]);
    });
  // Fourteenth round (leftovers): the fix said "Bill 97110 under the plan of care of the assistant's discipline", vaguer than
  // the therapist's (what to bill, under whose plan, with which modifier); MBPM ch. 15 §220.1.2, §230.1, §230.2, §230.4, §230.3 C.
  it("the fix names what to bill and under whose plan: the assistant's plan, its G-modifier and CQ/CO (from 2020), its therapist", () => {
    const fix = (over: Parameters<typeof session>[1], code = "97110") => checkModifiers(session([{ code, minutes: 30, units: 2, modifiers: ["GO"] }], over)).find((f) => f.rule === "modifier/assistant-discipline-mismatch")?.fix;
    expect(fix({ discipline: "OT", credential: "PTA" })).toBe("Bill what the PTA furnished under a PT plan of care (a PT's evaluation and certified plan), with GP and CQ, supervised by that PT; or correct the provider's discipline or credential.");
    expect(fix({ discipline: "SLP", credential: "OTA" })).toBe("Bill what the OTA furnished under an OT plan of care (an OT's evaluation and certified plan), with GO and CO, supervised by that OT; or correct the provider's discipline or credential.");
    expect(fix({ discipline: "OT", credential: "PTA", dateOfService: "2019-06-03" })).toBe("Bill what the PTA furnished under a PT plan of care (a PT's evaluation and certified plan), with GP, supervised by that PT; or correct the provider's discipline or credential.");
    expect(fix({ discipline: "OT", credential: "PTA" }, "97165")).toBe("Do not bill 97165: an assistant furnishes no evaluation, under any plan; or correct the provider's discipline or credential.");
    expect(fix({ discipline: "PT", credential: "SLPA" })).toBe("Do not bill 97110 to Medicare as therapy: Medicare recognises no speech-language pathology assistant, under any plan; or correct the provider's discipline or credential.");
    expect(checkModifiers(session([{ code: "97110", minutes: 30, units: 2, modifiers: ["GO"] }], { discipline: "OT", credential: "PTA" }))[0]?.source.section).toContain("§220.1.2");
  });
  it("Medicare only: a commercial payer's PTA on an OT plan → none", () => {
    expect(rules(session([{ ...line, modifiers: ["GO"] }], { discipline: "OT", credential: "PTA", program: "commercial" }))).toEqual([]);
  });
});

describe("modifier/assistant-modifier-mismatch (Pub. 100-04 ch. 5 §20.1)", () => {
  it.each<[string, ServiceLine, "PT" | "OT" | "SLP", string[]]>([
    ["CQ on an OT line", { code: "97530", modifiers: ["GO", "CQ"] }, "OT", ["modifier/assistant-modifier-mismatch:error@0"]],
    ["CO on a PT line", { code: "97530", modifiers: ["GP", "CO"] }, "PT", ["modifier/assistant-modifier-mismatch:error@0"]],
    ["CQ without GP", { code: "97530", modifiers: ["CQ"] }, "PT", ["modifier/assistant-modifier-mismatch:error@0"]],
    ["CO without GO", { code: "97530", modifiers: ["CO"] }, "OT", ["modifier/assistant-modifier-mismatch:error@0"]],
    ["CQ on an SLP line", { code: "92507", modifiers: ["GN", "CQ"] }, "SLP", ["modifier/assistant-modifier-mismatch:error@0"]],
    ["CQ with GP", { code: "97530", modifiers: ["GP", "CQ"] }, "PT", []],
    ["CO with GO", { code: "97530", modifiers: ["GO", "CO"] }, "OT", []],
  ])("%s", (_name, line, discipline, expected) => {
    expect(rules(session([line], { discipline }), "modifier/assistant-modifier-mismatch")).toEqual(expected);
  });
});

describe("KX threshold (BBA 2018 §50202; domain §13.5)", () => {
  const line = (allowedAmount: number, kx = false): ServiceLine => ({ code: "97110", modifiers: kx ? ["GP", "KX"] : ["GP"], allowedAmount });

  it("year to date at the 2024 threshold ($2,330): every line needs KX", () => {
    expect(rules(session([line(30), line(30)], { therapyYearToDate: { ptSlp: 2330 } }))).toEqual([
      "modifier/kx-required:error@0",
      "modifier/kx-required:error@1",
    ]);
  });
  it("crossing within the visit: the line that crosses and every later line need KX", () => {
    expect(rules(session([line(30), line(30), line(30)], { therapyYearToDate: { ptSlp: 2290 } }))).toEqual([
      "modifier/kx-required:error@1",
      "modifier/kx-required:error@2",
    ]);
  });
  it("crossing depends on line order by design: $10 then $50 flags one line, $50 then $10 flags two", () => {
    const ytd = { therapyYearToDate: { ptSlp: 2300 } };
    expect(rules(session([line(10), line(50)], ytd))).toEqual(["modifier/kx-required:error@1"]);
    expect(rules(session([line(50), line(10)], ytd))).toEqual(["modifier/kx-required:error@0", "modifier/kx-required:error@1"]);
  });
  // The Noridian JE threshold table stops at 2024 (read in the stored page, 2026-11-23): a 2025
  // finding citing it pointed an auditor at a page without $2,410. Each year cites its own row's source.
  // Twentieth round (input20): the amount is stated once, in the version (the source's section stated it too, so the
  // CLI printed "CY 2026 amount $2,480, CY 2026: $2,480"); what a biller needs: the amount, the year, the source.
  it.each([
    ["2025-06-02", "$2,410", "prombs.com", "CY 2025"],
    ["2026-03-02", "$2,480", "postacutetools.com", "CY 2026"],
    ["2019-03-04", "$2,040", "paproviders.org", "CY 2019"],
    ["2024-05-02", "$2,330", "noridianmedicare.com", "CR 13371 for 2024"],
  ])("a %s KX finding cites the text that states that year's amount (%s), and states the amount once", (dateOfService, amount, host, year) => {
    const [f] = checkModifiers(session([line(30)], { dateOfService, therapyYearToDate: { ptSlp: 3000 } })).filter((x) => x.rule === "modifier/kx-required");
    expect(f?.source.url).toContain(host);
    expect(f?.source.version).toMatch(new RegExp(`^CY ${dateOfService.slice(0, 4)}: \\${amount} \\(confidence (high|medium)\\)$`));
    expect(`${f?.source.title} ${f?.source.section}`).toContain(year);
    expect(`${f?.source.title} ${f?.source.section} ${f?.source.version}`.split(amount)).toHaveLength(2);
  });
  it("reaching the threshold exactly is not above it", () => {
    expect(rules(session([line(40)], { therapyYearToDate: { ptSlp: 2290 } }))).toEqual([]);
  });
  it("KX on the lines that need it passes", () => {
    expect(rules(session([line(30), line(30, true), line(30, true)], { therapyYearToDate: { ptSlp: 2290 } }))).toEqual([]);
  });
  it("KX while clearly below after the visit → warning; message names the dollars", () => {
    const findings = checkModifiers(session([line(30, true)], { therapyYearToDate: { ptSlp: 1000 } }));
    expect(findings.map((f) => `${f.rule}:${f.severity}`)).toEqual(["modifier/kx-below-threshold:warning"]);
    expect(findings[0]?.message).toContain("$1,030");
    expect(findings[0]?.message).toContain("$2,330");
  });
  it("PT and SLP share a bucket; OT has its own", () => {
    const ytd = { ptSlp: 2400, ot: 100 };
    expect(rules(session([{ code: "92507", modifiers: ["GN"], allowedAmount: 80 }], { discipline: "SLP", therapyYearToDate: ytd }))).toEqual(["modifier/kx-required:error@0"]);
    expect(rules(session([{ code: "97530", modifiers: ["GO"], allowedAmount: 80 }], { discipline: "OT", therapyYearToDate: ytd }))).toEqual([]);
  });
  it("year change: $2,350 is above the 2024 threshold and below the 2025 one", () => {
    const s = (dateOfService: string) => session([line(0)], { dateOfService, therapyYearToDate: { ptSlp: 2350 } });
    expect(rules(s("2024-12-31"))).toEqual(["modifier/kx-required:error@0"]);
    expect(rules(s("2025-01-01"))).toEqual([]);
  });
  it("no year-to-date amount: KX gets an info, no KX gets nothing", () => {
    expect(rules(session([line(30, true)]))).toEqual(["modifier/kx-no-data:info@ptSlp"]);
    expect(rules(session([line(30)]))).toEqual([]);
  });
  it("KX with a line lacking its allowed amount below the threshold → info, not a warning", () => {
    expect(rules(session([{ code: "97110", modifiers: ["GP", "KX"] }], { therapyYearToDate: { ptSlp: 1000 } }))).toEqual(["modifier/kx-no-data:info@undefined"]);
  });
  it("before 2018 (hard cap): no KX-threshold finding, an info instead", () => {
    expect(rules(session([line(30)], { dateOfService: "2017-12-31", therapyYearToDate: { ptSlp: 2500 } }))).toEqual(["modifier/kx-no-data:info@undefined"]);
  });
  it("after the table's last year: KX gets an info that the year's threshold is unknown", () => {
    const [f] = checkModifiers(session([line(30, true)], { dateOfService: "2027-03-01", therapyYearToDate: { ptSlp: 2500 } }));
    expect(f?.rule).toBe("modifier/kx-no-data");
    expect(f?.message).toContain("2027");
  });
  it("the $3,000 targeted-review level: one info per bucket, on the line that reaches it", () => {
    const findings = checkModifiers(session([line(30, true), line(30, true), line(30, true)], { therapyYearToDate: { ptSlp: 2950 } }));
    const review = findings.filter((f) => f.rule === "modifier/targeted-review");
    expect(review).toHaveLength(1);
    expect(review[0]?.severity).toBe("info");
    expect(review[0]?.path).toEqual(["services", 1, "allowedAmount"]);
    expect(review[0]?.fix).toContain("not a cap");
  });
});

describe("modifier/unknown and modifier/too-many (every program)", () => {
  it.each(["medicare", "medicaid", "commercial", "other"] as const)("%s: unknown → warning, five modifiers → error", (program) => {
    expect(rules(session([{ code: "97110", modifiers: ["GP", "ZZ"] }], { program }), "modifier/unknown")).toEqual(["modifier/unknown:warning@0"]);
    expect(rules(session([{ code: "97110", modifiers: ["GP", "59", "KX", "GA", "76"] }], { program }), "modifier/too-many")).toEqual(["modifier/too-many:error@0"]);
  });
  it("four known modifiers pass", () => {
    expect(rules(session([{ code: "97110", modifiers: ["GP", "CQ", "59", "KX"] }], { credential: "PTA" }), "modifier/too-many")).toEqual([]);
  });
});

describe("modifier/opposing-modifiers (GA with GZ: CMS GA/GY/GZ instructions; KX with GA: NGS)", () => {
  const opposing = (modifiers: string[], program: "medicare" | "commercial" = "medicare") =>
    checkModifiers(session([{ code: "97110", modifiers }], { program })).filter((f) => f.rule === "modifier/opposing-modifiers");
  it.each<[string[], string[]]>([
    [["GP", "GA", "GZ"], ["GA and GZ"]],
    [["GP", "gz", "ga"], ["GA and GZ"]],
    [["GP", "KX", "GA"], ["KX and GA"]],
    [["GP", "GA", "GZ", "KX"], ["GA and GZ", "KX and GA", "KX and GZ"]],
    [["GP", "GA"], []],
    // Thirteenth round: KX with GZ or GY (CGS DME MAC 2018: KX when the criteria are met, GA/GY/GZ when not).
    [["GP", "KX", "GZ"], ["KX and GZ"]],
    [["GP", "gy", "kx"], ["KX and GY"]],
    [["GP", "GZ"], []],
    [["GP", "GY"], []],
    // GX (voluntary notice) with GA or GZ: CR 6563 returns the claim; with KX: KX attests what GX denies.
    [["GP", "GX", "GA"], ["GX and GA"]],
    [["GP", "GZ", "GX"], ["GX and GZ"]],
    [["GP", "KX", "GX"], ["KX and GX"]],
    [["GP", "GX", "GY"], []],
    [["GP", "GY", "GZ"], ["GY and GZ"]], // eleventh round: CMS 2002, as reported by Columbia (test/audit/abn-modifiers.test.ts)
  ])("%j → %j, each an error", (modifiers, pairs) => {
    const fs = opposing(modifiers);
    expect(fs.map((f) => /^97110 carries (\w\w and \w\w)/.exec(f.message)?.[1])).toEqual(pairs);
    expect(fs.every((f) => f.severity === "error" && f.path?.join() === "services,0,modifiers")).toBe(true);
  });
  it("GA with GZ for every program (they contradict each other whoever pays); KX with GA only with the KX rules", () => {
    expect(opposing(["GA", "GZ", "KX"], "commercial").map((f) => f.message.slice(0, 22))).toEqual(["97110 carries GA and G"]);
    expect(checkModifiers(session([{ code: "97110", modifiers: ["GP", "KX", "GA"] }]), { payer: { kxThreshold: false } }).map((f) => f.rule)).not.toContain("modifier/opposing-modifiers");
    expect(checkModifiers(session([{ code: "97110", modifiers: ["GP", "KX", "GZ", "GY"] }]), { payer: { kxThreshold: false } }).map((f) => f.message.slice(0, 22))).toEqual(["97110 carries GY and G"]);
  });
  it("KX with GZ or GY: the message says what each denies, and the source is CGS", () => {
    const [kxGz, kxGy] = opposing(["GP", "KX", "GZ", "GY"]).filter((f) => f.message.includes("KX and"));
    expect(kxGz?.message).toBe("97110 carries KX and GZ, which oppose each other: KX attests the service is medically necessary, GZ that it is expected to be denied as not necessary (no ABN).");
    expect(kxGz?.fix).toContain("remove KX");
    expect(kxGy?.message).toContain("GY that Medicare never covers it");
    expect(kxGy?.source.title).toContain("CGS");
  });
  it("GX with GA or GZ for every program, citing CR 6563", () => {
    const [gxGa] = opposing(["GX", "GA"], "commercial");
    expect(gxGa?.message).toBe("97110 carries GX and GA: GX says a voluntary notice was given for a service Medicare never covers, GA that it is covered but expected to be denied as not necessary; Medicare returns such a claim.");
    expect(gxGa?.fix).toBe("Keep GX (with GY) if Medicare never covers the service; else remove GX and keep GA.");
    expect(gxGa?.source.title).toContain("CR 6563");
  });
  it("cites the CMS instruction for GA+GZ and NGS for KX+GA", () => {
    const [gaGz, kxGa] = opposing(["GP", "GA", "GZ", "KX"]);
    expect(gaGz?.message).toContain("unprocessable");
    expect(gaGz?.source.section).toContain("GZ and GA");
    expect(kxGa?.source.title).toContain("NGS");
  });
});

describe("modifier/not-in-effect (KNOWN_MODIFIERS dates: CR 8863 for XE/XS/XP/XU, CY 2019 PFS rule for CQ/CO)", () => {
  const dated = (dateOfService: string, modifiers: string[], program: "medicare" | "medicaid" = "medicare") =>
    rules(session([{ code: "97110", modifiers }], { dateOfService, program }), "modifier/not-in-effect");
  it.each<[string, string[], string[]]>([
    ["2014-12-31", ["GP", "XE"], ["modifier/not-in-effect:error@0"]],
    ["2015-01-01", ["GP", "XS"], []],
    ["2014-12-31", ["GP", "59"], []],
    ["2014-12-31", ["GP", "xp", "XP"], ["modifier/not-in-effect:error@0"]],
    ["2018-12-31", ["GP", "CQ"], ["modifier/not-in-effect:error@0"]],
    ["2019-01-01", ["GP", "CQ"], []],
    ["2018-06-01", ["GP", "KX", "GT"], []],
  ])("%s %j → %j", (on, modifiers, expected) => {
    expect(dated(on, modifiers)).toEqual(expected);
  });
  it("every program (the modifiers are national HCPCS modifiers)", () => {
    expect(dated("2014-06-01", ["XU"], "medicaid")).toEqual(["modifier/not-in-effect:error@0"]);
  });
  it("names the modifier, its first date and the visit's, cites the row's source, and says 59 did the job before 2015", () => {
    const [f] = checkModifiers(session([{ code: "97530", modifiers: ["GP", "XU"] }], { dateOfService: "2014-12-31" })).filter((x) => x.rule === "modifier/not-in-effect");
    expect(f?.message).toBe("97530 carries XU, which is valid only from 2015-01-01 (dates of service); this visit is on 2014-12-31.");
    expect(f?.fix).toBe("Remove XU; before 2015 a distinct service took 59.");
    expect(f?.source.section).toContain("CR 8863");
  });
});

describe("program gating (Medicare rules off for Medicaid and commercial)", () => {
  const s = (program: "medicaid" | "commercial") =>
    session(
      [{ code: "97110", minutes: 15, units: 1, assistantMinutes: 10, allowedAmount: 500 }, { code: "97161", modifiers: ["GO", "CQ"] }],
      { program, credential: "PTA", therapyYearToDate: { ptSlp: 5000 } },
    );
  it.each(["medicaid", "commercial"] as const)("%s: no GP, CQ or KX findings; only the GO on the PT visit's 97161 is a warning", (program) => {
    // Twelfth round: another discipline's GP/GO/GN is a warning for every payer (helper commercial's report: GO on a PT visit got nothing).
    expect(checkModifiers(s(program)).map((f) => `${f.rule}:${f.severity}:${f.codes?.join()}`)).toEqual(["modifier/therapy-modifier-mismatch:warning:97161"]);
  });
  it.each(["medicaid", "commercial", "other"] as const)("%s: GP on a PT line, or no therapy modifier, is fine", (program) => {
    expect(checkModifiers(session([{ code: "97110", modifiers: ["GP"] }, { code: "97140" }], { program }))).toEqual([]);
  });
  it("a payer override turns a Medicare rule family on or off", () => {
    expect(checkModifiers(s("commercial"), { payer: { disciplineModifiers: true } }).map((f) => f.rule)).toContain("modifier/therapy-modifier-missing");
    expect(checkModifiers(session([{ code: "97110" }]), { payer: { disciplineModifiers: false } })).toEqual([]);
  });
});

describe("inputs", () => {
  it("never mutates a deep-frozen session", () => {
    const s = deepFreeze(session([{ code: "97110", minutes: 25, units: 2, assistantMinutes: 12, modifiers: ["gp", "kx"], allowedAmount: 50 }], { therapyYearToDate: { ptSlp: 2300 } }));
    expect(() => checkModifiers(s)).not.toThrow();
  });
  it("reads modifiers in any case", () => {
    expect(rules(session([{ code: "97110", modifiers: ["gp"] }]))).toEqual([]);
  });
});
