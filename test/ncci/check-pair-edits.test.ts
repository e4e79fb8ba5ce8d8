import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/model/finding.js";
import type { ServiceLine, Session } from "../../src/model/session.js";
import { checkPairEdits } from "../../src/ncci/check-pair-edits.js";
import { PTP_CORE_ROWS } from "../../src/ncci/ptp-data.js";
import { ptpRowAppliesOn } from "../../src/ncci/ptp.js";
import { createNcciTables } from "../../src/ncci/tables.js";

function session(dateOfService: string, services: ServiceLine[], program: Session["payer"]["program"] = "medicare"): Session {
  return { dateOfService, payer: { program }, provider: { discipline: "PT" }, services };
}
const rules = (fs: Finding[]) => fs.map((f) => f.rule);

describe("checkPairEdits: real rows (ccipra-v301r0, 2024 Q2)", () => {
  it("97150 over 97530 needs a modifier on 97530 (one finding on the column-2 line)", () => {
    const fs = checkPairEdits(session("2024-05-01", [{ code: "97150", units: 1 }, { code: "97530", units: 2 }]));
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({
      rule: "ncci/ptp-modifier-required",
      severity: "error",
      path: ["services", 1],
      codes: ["97150", "97530"],
      source: { version: "ccipra-v301r0 (2024 Q2)" },
    });
    expect(fs[0]?.message).toContain("Mutually exclusive procedures");
    expect(fs[0]?.message).toContain("effective date unknown");
  });

  it("a 59 on the column-1 line (97150) does not help, and the message says so", () => {
    const fs = checkPairEdits(session("2024-05-01", [{ code: "97150", modifiers: ["GP", "59"] }, { code: "97530", modifiers: ["GP"] }]));
    expect(rules(fs)).toEqual(["ncci/ptp-modifier-required"]);
    expect(fs[0]?.message).toContain("column-1 line (97150) does not bypass");
  });

  it("97530 with XU and separate time blocks passes; overlapping blocks are an error", () => {
    const separate = session("2024-05-01", [
      { code: "97150", start: "09:00", end: "09:30", modifiers: ["GP"] },
      { code: "97530", start: "09:30", end: "10:00", modifiers: ["GP", "XU"] },
    ]);
    expect(checkPairEdits(separate)).toEqual([]);
    const overlapping = session("2024-05-01", [
      { code: "97150", start: "09:00", end: "09:30" },
      { code: "97530", start: "09:20", end: "09:50", modifiers: ["59"] },
    ]);
    expect(checkPairEdits(overlapping)).toEqual([expect.objectContaining({ rule: "ncci/ptp-bypass-overlapping-time", severity: "error", path: ["services", 1] })]);
  });

  it("a bypass between timed codes without start/end times is a warning asking for them", () => {
    const fs = checkPairEdits(session("2024-05-01", [{ code: "97150" }, { code: "97530", modifiers: ["59"] }]));
    expect(fs).toEqual([expect.objectContaining({ rule: "ncci/ptp-bypass-needs-times", severity: "warning" })]);
  });

  // Eleventh round (helper mismatch): one 59 line bypassing two edits without times got the
  // same warning twice; one per line, naming both column-1 codes, is enough.
  it("97140 with 59 beside 97760 and 97763, no times: one needs-times warning on the 97140 line, naming both edits", () => {
    const fs = checkPairEdits(session("2024-05-01", [{ code: "97760", units: 1 }, { code: "97763", units: 1 }, { code: "97140", units: 1, modifiers: ["GP", "59"] }]));
    const times = fs.filter((f) => f.rule === "ncci/ptp-bypass-needs-times");
    expect(times).toHaveLength(1);
    expect(times[0]).toMatchObject({ path: ["services", 2], codes: ["97760", "97763", "97140"] });
    expect(times[0]?.message).toMatch(/^97140 carries 59 to bypass the edits with 97760 \(.+\) and 97763 \(.+\), but the lines have no start and end times/);
    expect(times[0]?.fix).toBe("Record start and end times for 97760, 97763 and 97140 showing the blocks do not overlap.");
  });

  it("97140 with 97530: an edit for a 2019 date of service, none for 2024", () => {
    const lines: ServiceLine[] = [{ code: "97530", units: 2 }, { code: "97140", units: 1 }];
    expect(checkPairEdits(session("2019-06-03", lines))).toEqual([
      expect.objectContaining({ rule: "ncci/ptp-modifier-required", path: ["services", 0], codes: ["97140", "97530"] }),
    ]);
    expect(checkPairEdits(session("2019-12-31", lines))).toHaveLength(1);
    expect(checkPairEdits(session("2020-01-01", lines))).toEqual([]);
    expect(checkPairEdits(session("2024-05-01", lines))).toEqual([]);
  });

  it("an X modifier before 2015-01-01 (CR 8863) does not bypass 97140/97530, and the message says 59 did then", () => {
    const lines = (bypass: string[]): ServiceLine[] => [
      { code: "97140", units: 1, modifiers: ["GP"], start: "09:00", end: "09:15" },
      { code: "97530", units: 1, modifiers: ["GP", ...bypass], start: "09:15", end: "09:30" },
    ];
    const [f, ...rest] = checkPairEdits(session("2014-12-31", lines(["xs"])));
    expect(rest).toEqual([]);
    expect(f?.rule).toBe("ncci/ptp-modifier-required");
    expect(f?.message.endsWith(". The XS on 97530 does not bypass it: the X modifiers apply from 2015-01-01; before then 59 did.")).toBe(true);
    expect(checkPairEdits(session("2015-01-01", lines(["XS"])))).toEqual([]);
    // 59 after an early X on the line still bypasses; the pair of them is modifier/59-with-x-modifier's business.
    expect(rules(checkPairEdits(session("2014-12-31", lines(["XU", "59"]))))).toEqual(["modifier/59-with-x-modifier"]);
    const [none] = checkPairEdits(session("2014-12-31", lines([])));
    expect(none?.message).not.toContain("X modifiers apply");
    // Before 2015 the message and the fix name 59 only; from 2015 the X modifiers too.
    expect(none?.message).toContain("denied unless its line carries 59 (modifier indicator 1;");
    expect(none?.fix).toBe("If 97530 was a distinct service (for timed codes, a separate time block), add 59 to the 97530 line; otherwise do not bill it.");
    expect(checkPairEdits(session("2019-06-03", lines([])))[0]?.message).toContain("carries 59, XE, XS, XP or XU (modifier");
  });

  it("97161 with 97750 cannot be bypassed: indicator 0 is an error whatever the modifiers", () => {
    const fs = checkPairEdits(session("2024-05-01", [{ code: "97161" }, { code: "97750", modifiers: ["GP", "59"] }]));
    expect(fs).toEqual([expect.objectContaining({ rule: "ncci/ptp-not-bypassable", severity: "error", path: ["services", 1], codes: ["97161", "97750"] })]);
    expect(fs[0]?.message).toContain("The 59 on 97750 does not change that");
  });

  it("the January-2020 evaluation edits never fire (97530 or 97150 with 97161–97167)", () => {
    for (const ev of ["97161", "97162", "97163", "97165", "97166", "97167"]) {
      for (const d of ["2020-01-01", "2020-01-15", "2024-05-01"]) {
        expect(checkPairEdits(session(d, [{ code: ev }, { code: "97530" }, { code: "97150" }])).filter((f) => f.codes?.includes(ev))).toEqual([]);
      }
    }
  });

  it("97530/97535: rows deleted 2019-12-31 and 2021-12-31 → an edit through 2021-12-31, none from 2022-01-01 (§13.2)", () => {
    const lines: ServiceLine[] = [{ code: "97535" }, { code: "97530" }];
    expect(rules(checkPairEdits(session("2021-12-31", lines)))).toEqual(["ncci/ptp-modifier-required"]);
    expect(checkPairEdits(session("2022-01-01", lines))).toEqual([]);
  });

  it("known limit of the bundled copy (§13.1): 97150/97110, deleted 2019-12-31 and active again later, fires in the 2020 gap, marked 'effective date unknown'", () => {
    const fs = checkPairEdits(session("2020-06-01", [{ code: "97150" }, { code: "97110" }]));
    expect(rules(fs)).toEqual(["ncci/ptp-modifier-required"]);
    expect(fs[0]?.message).toContain("effective date unknown");
  });

  it("the same code on two lines is not a pair edit", () => {
    expect(checkPairEdits(session("2024-05-01", [{ code: "97530" }, { code: "97530" }]))).toEqual([]);
  });

  it("after the bundled release's quarter (2024-06-30): one info naming the release", () => {
    const s = (d: string) => session(d, [{ code: "97150" }, { code: "97530" }, { code: "97110" }]);
    expect(rules(checkPairEdits(s("2024-06-30")))).not.toContain("ncci/release-older-than-service");
    const fs = checkPairEdits(s("2024-07-01")).filter((f) => f.rule === "ncci/release-older-than-service");
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: "info" });
    expect(fs[0]?.message).toContain("ccipra-v301r0 (2024 Q2)");
    // QUARTER: the fix names the quarter in force and its CMS files, and the CLI's way, not only the API's.
    expect(fs[0]?.fix).toBe("Load the four NCCI PTP files of 2024 Q3 (ccipra-v302r0-f1.TXT to -f4.TXT) with parseNcciPtpFile, or --ncci-ptp in the CLI.");
    expect(checkPairEdits(s("2026-12-31")).find((f) => f.rule === "ncci/release-older-than-service")?.fix).toContain("2026 Q4 (ccipra-v323r0-f1.TXT");
  });

  it("59 together with an X modifier on one line is an error", () => {
    const fs = checkPairEdits(session("2024-05-01", [{ code: "97150" }, { code: "97530", start: "09:00", end: "09:30", modifiers: ["59", "XU"] }]));
    expect(rules(fs)).toContain("modifier/59-with-x-modifier");
    expect(fs.find((f) => f.rule === "modifier/59-with-x-modifier")).toMatchObject({ severity: "error", path: ["services", 1, "modifiers"], codes: ["97530"] });
  });

  it("59 or X on a line no edit binds is info (overuse draws audits)", () => {
    const fs = checkPairEdits(session("2024-05-01", [{ code: "97110", modifiers: ["GP", "59"] }, { code: "97140", modifiers: ["XS"] }]));
    expect(fs.map((f) => [f.rule, f.severity, f.path])).toEqual([
      ["modifier/ncci-modifier-without-edit", "info", ["services", 0, "modifiers"]],
      ["modifier/ncci-modifier-without-edit", "info", ["services", 1, "modifiers"]],
    ]);
    // RELEASE-NAMED: it rests on the PTP release, which it names (one loaded in part says so).
    expect(fs[0]?.message).toBe("97110 carries 59, but no pair edit of release ccipra-v301r0 (2024 Q2) in force on 2024-05-01 binds it to another code on this date: an unneeded 59/X modifier draws audits.");
  });

  it("ptpEdits off in the payer profile skips the NCCI edits", () => {
    expect(checkPairEdits(session("2024-05-01", [{ code: "97150" }, { code: "97530" }]), { payer: { ptpEdits: false } })).toEqual([]);
  });

  it("Medicaid and commercial sessions get the NCCI edits too (a Medicaid one told they are Medicare's: test/ncci/medicaid.test.ts)", () => {
    for (const p of ["medicaid", "commercial", "other"] as const) {
      expect(rules(checkPairEdits(session("2024-05-01", [{ code: "97150" }, { code: "97530" }], p)))).toEqual([
        ...(p === "medicaid" ? ["ncci/medicare-edits-for-medicaid"] : []),
        "ncci/ptp-modifier-required",
      ]);
    }
  });

  it("payer overlay: a commercial plan that never pays 97530 with 97140, even with 59, names the payer", () => {
    const s: Session = { ...session("2024-05-01", [{ code: "97140" }, { code: "97530", modifiers: ["59"] }], "commercial"), payer: { program: "commercial", name: "Acme Health" } };
    const payer = { pairOverlays: [{ column1: "97140", column2: "97530", modifierIndicator: 0 as const, rationale: "Plan policy: not paid together on one day" }] };
    const fs = checkPairEdits(s, { payer });
    expect(fs).toEqual([expect.objectContaining({ rule: "ncci/payer-pair-edit", severity: "error", path: ["services", 1], codes: ["97140", "97530"] })]);
    expect(fs[0]?.message).toContain("Acme Health");
    expect(checkPairEdits(s, { payer: { pairOverlays: [{ ...payer.pairOverlays[0]!, to: "2024-04-30" }] } })).toEqual([
      expect.objectContaining({ rule: "modifier/ncci-modifier-without-edit" }),
    ]);
  });

  // Twelfth round (commercial biller): a plan's list that restates an NCCI edit in force (97150 over
  // 97110), or lists one rule twice, gave two errors on one line for one denial, each with its fix.
  it("a pair rule that restates an NCCI edit in force, or an earlier rule, gives one finding on the line, not two", () => {
    const s: Session = { ...session("2024-05-01", [{ code: "97150" }, { code: "97110", minutes: 10 }], "commercial"), payer: { program: "commercial", name: "Acme Health" } };
    const same = { column1: "97150", column2: "97110", modifierIndicator: 1 as const, rationale: "Plan policy" };
    expect(rules(checkPairEdits(s, { payer: { pairOverlays: [same] } }))).toEqual(["ncci/ptp-modifier-required"]);
    const t: Session = { ...session("2024-05-01", [{ code: "97140" }, { code: "97530" }], "commercial"), payer: { program: "commercial", name: "Acme Health" } };
    const rule2 = { column1: "97140", column2: "97530", modifierIndicator: 1 as const, rationale: "Plan policy" };
    expect(rules(checkPairEdits(t, { payer: { pairOverlays: [rule2, { ...rule2, rationale: "again" }] } }))).toEqual(["ncci/payer-pair-edit"]);
    // A stricter plan rule (no modifier helps) decides: its finding, not NCCI's "add 59".
    const fs = checkPairEdits(s, { payer: { pairOverlays: [{ ...same, modifierIndicator: 0 }] } });
    expect(fs.map((f) => [f.rule, f.path])).toEqual([["ncci/payer-pair-edit", ["services", 1]]]);
    expect(fs[0]?.message).toContain("no modifier bypasses");
  });

  // Twelfth round (commercial biller): one call's rules applied to every visit checked with it, so a
  // day's batch with Acme Health's rule flagged the Medicare visit as breaking a "Medicare pair rule".
  it("a pair rule with a plan applies only to that plan's visits, so one call can carry every plan's rules", () => {
    const lines: ServiceLine[] = [{ code: "97140", minutes: 15 }, { code: "97530", minutes: 15 }];
    const acme: Session = { ...session("2025-06-10", lines, "commercial"), payer: { program: "commercial", name: "Acme Health" } };
    const beta: Session = { ...session("2025-06-10", lines, "commercial"), payer: { program: "commercial", name: "Beta Care" } };
    const medicare = session("2025-06-10", lines.map((l) => ({ ...l, modifiers: ["GP"] })));
    const payer = { pairOverlays: [{ column1: "97140", column2: "97530", modifierIndicator: 0 as const, rationale: "Plan policy", plan: "Acme Health" }] };
    const pairRules = (s: Session) => checkPairEdits(s, { payer }).filter((f) => f.rule.startsWith("ncci/payer")).map((f) => f.message.match(/; (.*) pair rule/)?.[1] ?? f.rule);
    expect([acme, beta, medicare].map(pairRules)).toEqual([["Acme Health"], [], []]);
    // The plan as another system writes it (case, spaces around) is the same plan, not a rule missed in silence.
    expect(pairRules({ ...acme, payer: { program: "commercial", name: "ACME HEALTH " } })).toEqual(["ACME HEALTH "]);
    // A plan that is not a name is said to be skipped.
    expect(checkPairEdits(acme, { payer: { pairOverlays: [{ ...payer.pairOverlays[0], plan: 42 }] as never } }).map((f) => f.message)).toContainEqual(
      "Acme Health pair rule 1 (pairOverlays[0]) was skipped, so it was not checked: plan must be the plan's name.",
    );
  });

  // Eighth round: a pair rule that could not be used was skipped in silence (a from of 20240101
  // compares false with every date of service, so the rule never applied and nothing said so).
  const rule = { column1: "97140", column2: "97530", modifierIndicator: 0, rationale: "Plan policy" };
  const NOT_A_RULE = "it needs column1 and column2 (codes), modifierIndicator 0 or 1 and a rationale";
  it.each<[string, unknown, string]>([
    ["a from that is a number", { ...rule, from: 20240101 }, "from must be a real date written YYYY-MM-DD"],
    // Thirteenth round: the library skips what the CLI's --pair-overlays refuses (a misspelt field's meaning would be lost in silence).
    ["a misspelt field ('form' for 'from')", { ...rule, form: "2024-01-01" }, 'unknown field "form" (a pair rule has column1, column2, modifierIndicator, rationale, from, to, plan)'],
    ["a blank plan", { ...rule, plan: "  " }, `"plan" is blank, so the rule applies to no visit (name the plan as the visits' payer.name says it, or leave plan out)`],
    ["a to written with slashes", { ...rule, to: "2024/12/31" }, "to must be a real date written YYYY-MM-DD"],
    ["a from that is not on the calendar", { ...rule, from: "2024-02-30" }, "from must be a real date written YYYY-MM-DD"],
    ["a to of null", { ...rule, to: null }, "to must be a real date written YYYY-MM-DD"],
    ["a from after its to", { ...rule, from: "2024-06-01", to: "2024-01-01" }, "from is after to, so no date is in it"],
    ["one code in both columns", { ...rule, column2: "97140" }, "column1 and column2 are the same code"],
    ["codes as numbers", { ...rule, column1: 97140 }, NOT_A_RULE],
    ["an indicator of \"0\"", { ...rule, modifierIndicator: "0" }, NOT_A_RULE],
    ["no rationale", { ...rule, rationale: undefined }, NOT_A_RULE],
    ["null", null, NOT_A_RULE],
  ])("a pair rule with %s is skipped and said to be skipped, once, naming the rule and why", (_name, overlay, why) => {
    const s: Session = { ...session("2024-05-01", [{ code: "97140" }, { code: "97530" }], "commercial"), payer: { program: "commercial", name: "Acme Health" } };
    const fs = checkPairEdits(s, { payer: { pairOverlays: [rule, overlay] as never } });
    expect(fs.map((f) => [f.rule, f.severity, f.message])).toEqual([
      ["ncci/payer-pair-edit-skipped", "warning", `Acme Health pair rule 2 (pairOverlays[1]) was skipped, so it was not checked: ${why}.`],
      ["ncci/payer-pair-edit", "error", expect.stringContaining("Acme Health pair rule")],
    ]);
  });

  it.each<[unknown]>([["97140/97530"], [{}], [7]])("a pairOverlays that is not a list (%j) is said to be skipped", (pairOverlays) => {
    const fs = checkPairEdits(session("2024-05-01", [{ code: "97140" }, { code: "97530" }], "commercial"), { payer: { pairOverlays } as never });
    expect(fs.map((f) => f.message)).toEqual(["pairOverlays was skipped, so it was not checked: it is not a list."]);
  });

  it("tables with no PTP rows (an MUE table loaded alone) give one warning that no pair was checked, not nothing", () => {
    const ncci = createNcciTables({ mue: [], release: { mue: { name: "MCR_MUE_PractitionerServices_Eff_07-01-2026" } } });
    const fs = checkPairEdits(session("2026-08-01", [{ code: "97150" }, { code: "97530" }, { code: "97530" }]), { ncci });
    expect(fs).toEqual([expect.objectContaining({ rule: "ncci/no-ptp-edits", severity: "warning" })]);
    expect(fs[0]?.message).toBe("The NCCI tables given hold no PTP edits, so no pair of codes on this visit was checked.");
    // One code (twice) is no pair: nothing to say.
    expect(checkPairEdits(session("2026-08-01", [{ code: "97530" }, { code: "97530" }]), { ncci })).toEqual([]);
    expect(checkPairEdits(session("2026-08-01", [{ code: "97150" }, { code: "97530" }]), { ncci, payer: { ptpEdits: false } })).toEqual([]);
  });

  it("a user's newer tables replace the bundled ones (and their release is named)", () => {
    const ncci = createNcciTables({
      ptp: [{ column1: "97110", column2: "97112", effective: "2026-07-01", modifierIndicator: 1, rationale: "Mutually exclusive procedures" }],
      release: { ptp: { name: "ccipra-v322r0", quarter: "2026 Q3", from: "2026-07-01", through: "2026-09-30" } },
    });
    const fs = checkPairEdits(session("2026-08-01", [{ code: "97112" }, { code: "97110" }]), { ncci });
    expect(fs).toEqual([expect.objectContaining({ rule: "ncci/ptp-modifier-required", path: ["services", 0], source: expect.objectContaining({ version: "ccipra-v322r0 (2026 Q3)" }) })]);
    expect(fs[0]?.message).not.toContain("effective date unknown");
    expect(checkPairEdits(session("2026-06-30", [{ code: "97112" }, { code: "97110" }]), { ncci })).toEqual([]);
  });

  it("never mutates its input", () => {
    const s = session("2024-05-01", [{ code: "97150", modifiers: ["59"] }, { code: "97530" }]);
    const copy = structuredClone(s);
    checkPairEdits(s);
    expect(s).toEqual(copy);
  });
});

const CODES = ["97530", "97110", "97112", "97140", "97150", "97116", "97750", "97161", "97164", "97535", "97542", "92507", "97129", "97010"];
const MODS = ["GP", "59", "XU", "XE", "KX"];
const lineArb: fc.Arbitrary<ServiceLine> = fc.record(
  {
    code: fc.constantFrom(...CODES),
    units: fc.integer({ min: 1, max: 4 }),
    modifiers: fc.uniqueArray(fc.constantFrom(...MODS), { maxLength: 3 }),
    start: fc.constantFrom("09:00", "09:15", "09:30"),
    end: fc.constantFrom("09:45", "10:00"),
  },
  { requiredKeys: ["code"] },
);
const dateArb = fc.constantFrom("2016-05-02", "2019-06-03", "2019-12-31", "2020-01-01", "2020-10-01", "2021-12-31", "2022-01-01", "2024-05-01", "2025-03-03");
const sessionArb = fc.record({ d: dateArb, lines: fc.array(lineArb, { minLength: 0, maxLength: 5 }) }).map(({ d, lines }) => session(d, lines));

/** Findings with each line index mapped through `map` (new index → original index), sorted for comparison. */
function normalise(fs: Finding[], map: (i: number) => number): string[] {
  return fs.map((f) => JSON.stringify({ ...f, path: f.path?.map((p, k) => (k === 1 && typeof p === "number" ? map(p) : p)) })).sort();
}

describe("checkPairEdits: properties", () => {
  it("adding a valid bypass modifier to the column-2 line never adds a finding (nor an error)", () => {
    fc.assert(
      fc.property(sessionArb, fc.constantFrom("59", "XE", "XS", "XP", "XU"), (s, mod) => {
        const before = checkPairEdits(s);
        for (const f of before.filter((x) => x.rule === "ncci/ptp-modifier-required")) {
          const i = f.path?.[1] as number;
          const line = s.services[i]!;
          const mods = line.modifiers ?? [];
          if (mods.some((m) => ["59", "XE", "XS", "XP", "XU"].includes(m)) || mods.length >= 4) continue;
          const services = s.services.map((l, j) => (j === i ? { ...l, modifiers: [...mods, mod] } : l));
          const after = checkPairEdits({ ...s, services });
          expect(after.length).toBeLessThanOrEqual(before.length);
          expect(after.filter((x) => x.severity === "error").length).toBeLessThanOrEqual(before.filter((x) => x.severity === "error").length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("line order never changes the findings", () => {
    fc.assert(
      fc.property(sessionArb, fc.infiniteStream(fc.nat()), (s, seeds) => {
        const n = s.services.length;
        const order = [...Array(n).keys()].map((i) => ({ i, k: seeds.next().value as number })).sort((a, b) => a.k - b.k || a.i - b.i).map((x) => x.i);
        const shuffled = { ...s, services: order.map((i) => s.services[i]!) };
        expect(normalise(checkPairEdits(shuffled), (j) => order[j]!)).toEqual(normalise(checkPairEdits(s), (i) => i));
      }),
      { numRuns: 300 },
    );
  });

  it("a date after a row's deletion never fires it", () => {
    const deleted = PTP_CORE_ROWS.filter((r) => r.deletion !== undefined && r.modifierIndicator !== 9);
    fc.assert(
      fc.property(fc.constantFrom(...deleted), fc.integer({ min: 1, max: 4000 }), (row, days) => {
        const d = new Date(`${row.deletion}T00:00:00Z`);
        d.setUTCDate(d.getUTCDate() + days);
        const on = d.toISOString().slice(0, 10);
        expect(ptpRowAppliesOn(row, on)).toBe(false);
        const fs = checkPairEdits(session(on, [{ code: row.column1 }, { code: row.column2 }]));
        const stillInForce = PTP_CORE_ROWS.some(
          (r) => ((r.column1 === row.column1 && r.column2 === row.column2) || (r.column1 === row.column2 && r.column2 === row.column1)) && ptpRowAppliesOn(r, on),
        );
        if (!stillInForce) expect(fs.filter((f) => f.rule.startsWith("ncci/ptp-"))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
