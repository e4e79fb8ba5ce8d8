import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateSession, validateSessions, type Report } from "../../src/validate.js";
import { SESSION_CHECKS } from "../../src/validate/checks.js";
import { sortFindings } from "../../src/validate/sort-findings.js";
import { checkUnits } from "../../src/units/check-units.js";
import { validateWithChecks } from "../../src/validate/run-checks.js";
import type { Finding } from "../../src/model/finding.js";
import { expectJsonSafe } from "../fuzz/json-safe.js";
import { CLEAN_VISIT, UNKNOWN_CODE_VISIT, clone, deepFreeze } from "./fixtures.js";
import pkg from "../../package.json" with { type: "json" };

function rules(report: Report): string[] {
  return report.findings.map((f) => f.rule);
}

function expectConsistent(report: Report): void {
  expect(report.valid).toBe(!report.findings.some((f) => f.severity === "error"));
  // JSON writes -0 (which fc.jsonValue() can put in a numeric field) as 0; expectJsonSafe allows
  // for that one difference. Comparing with `report` itself failed when it drew one (fast-check took
  // 6,461 runs to draw it once; this property makes 300 a suite run, so about 1 suite run in 20).
  expectJsonSafe(report);
  expect(structuredClone(report)).toEqual(report);
}

describe("validateSession: a clean visit", () => {
  it("a clean, documented Medicare visit gives no error and no warning", () => {
    const report = validateSession(deepFreeze(clone(CLEAN_VISIT)));
    expect(report.valid).toBe(true);
    expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(report.session?.services.map((l) => l.code)).toEqual(["97530", "97110"]);
    expect(report.meta).toEqual({ libraryVersion: pkg.version, ncciDataVersion: expect.stringContaining("ccipra-v301r0 (2024 Q2)"), unitMethod: "cms" });
    expectConsistent(report);
  });

  it("the unit method follows the payer: commercial is per code, an override wins", () => {
    const commercial = { ...clone(CLEAN_VISIT), payer: { program: "commercial" } };
    expect(validateSession(commercial).meta.unitMethod).toBe("ama");
    expect(validateSession(CLEAN_VISIT, { payer: { unitMethod: "ama" } }).meta.unitMethod).toBe("ama");
  });

  it("units shows the payer's calculation: 25 + 13 = 38 timed minutes allow 3 units (CMS §20.2)", () => {
    const units = validateSession(CLEAN_VISIT).units;
    expect(units?.totalUnits).toBe(3);
    expect(units?.lines.map((l) => [l.code, l.units])).toEqual([["97530", 2], ["97110", 1]]);
    expect(validateSession(CLEAN_VISIT, { payer: { unitMethod: "ama" } }).units?.method).toBe("ama");
  });
});

describe("validateSession: bad input becomes input/ findings, never a throw", () => {
  const cyclic: Record<string, unknown> = { dateOfService: "2025-03-14" };
  cyclic.self = cyclic;
  cyclic.note = cyclic;
  cyclic.services = [cyclic];
  const big = { ...clone(CLEAN_VISIT), padding: "x".repeat(10 * 1024 * 1024) };
  const manyLines = { ...clone(CLEAN_VISIT), services: Array.from({ length: 20_000 }, () => ({ code: "97110", minutes: 8 })) };
  const throwingGetter = Object.defineProperty({ ...clone(CLEAN_VISIT) }, "services", { get() { throw new Error("boom"); }, enumerable: true });
  const hostileProxy = new Proxy({}, { get() { throw new RangeError("no"); }, has() { throw new Error("no"); }, ownKeys() { throw new Error("no"); }, getOwnPropertyDescriptor() { throw new Error("no"); } });
  const protoKeys = JSON.parse('{"__proto__": {"polluted": true}, "dateOfService": "2025-03-14", "payer": {"program": "medicare", "__proto__": {"x": 1}}, "provider": {"discipline": "PT"}, "services": [{"code": "97110", "__proto__": {"minutes": 99}}]}');

  it.each<[string, unknown, string[]]>([
    ["null", null, ["input/required-field"]],
    ["undefined", undefined, ["input/required-field"]],
    ["a string", "97110 x2", ["input/required-field"]],
    ["a number", 42, ["input/required-field"]],
    ["a function", () => CLEAN_VISIT, ["input/required-field"]],
    ["an array", [CLEAN_VISIT], ["input/required-field"]],
    ["an empty object", {}, ["input/required-field", "input/required-field", "input/required-field", "input/required-field"]],
    // UNREAD-OBJECT (nineteenth round): its note and its one line are the session itself, which holds
    // none of a note's or a line's fields; each is named so.
    // ONE-OBJECT (twenty-first round): its line (itself) holds none of a line's fields, so services[0].code's error is that finding's.
    ["a cyclic object", cyclic, ["input/required-field", "input/required-field", "input/misspelled-field", "input/misspelled-field"]],
    ["a getter that throws", throwingGetter, ["input/unreadable"]],
    ["a hostile Proxy", hostileProxy, ["input/unreadable"]],
  ])("%s", (_name, input, expected) => {
    const report = validateSession(input);
    expect(report.valid).toBe(false);
    expect(report.session).toBeNull();
    expect(rules(report)).toEqual(expected);
    for (const f of report.findings) expect(Array.isArray(f.path)).toBe(true);
    expectConsistent(report);
  });

  it("names the path of each missing required field", () => {
    const report = validateSession({ dateOfService: "2025-02-30", payer: {}, provider: { discipline: "PT" }, services: [{ minutes: 10 }] });
    expect(report.findings.map((f) => f.path)).toEqual([["dateOfService"], ["payer", "program"], ["services", 0, "code"]]);
  });

  it("__proto__ keys pollute nothing and are dropped", () => {
    const report = validateSession(protoKeys);
    expect(report.session).not.toBeNull();
    expect(rules(report).some((r) => r.startsWith("input/"))).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(report.session?.services[0]).toEqual({ code: "97110" });
    expect(Object.getPrototypeOf(report.session)).toBe(Object.prototype);
  });

  it("a 10 MB object is read (unknown fields dropped)", () => {
    const report = validateSession(big);
    expect(report.valid).toBe(true);
    expect(JSON.stringify(report).length).toBeLessThan(10_000);
  });

  it("a session with 20,000 lines is checked", () => {
    expect(validateSession(manyLines).session?.services).toHaveLength(20_000);
  });

  it("a malformed optional field is a warning: the field is ignored and the checks still run", () => {
    const input = deepFreeze({ ...clone(CLEAN_VISIT), totalTimedMinutes: "36", services: [{ code: "97110", minutes: -5, modifiers: ["GP", "TOOLONG"] }, { code: "97999" }] });
    const report = validateSession(input);
    expect(report.findings.filter((f) => /^(input|catalog)\//.test(f.rule)).map((f) => [f.rule, f.path])).toEqual([
      ["input/ignored-field", ["services", 0, "minutes"]],
      ["input/ignored-field", ["services", 0, "modifiers", 1]],
      ["catalog/unknown-code", ["services", 1, "code"]],
      ["input/ignored-field", ["totalTimedMinutes"]],
    ]);
    expect(report.findings.find((f) => f.path?.[0] === "totalTimedMinutes")?.message).toContain("must be a number");
    // the checks still ran on what was left: the line lost its minutes
    expect(report.findings.some((f) => f.rule === "units/missing-minutes" && f.path?.[1] === 0)).toBe(true);
    // only the bad modifier was dropped: the line keeps GP
    expect(report.session?.services[0]).toEqual({ code: "97110", modifiers: ["GP"] });
    expect(report.session?.totalTimedMinutes).toBeUndefined();
  });

  it.each([
    [["GP", "G P"], ["GP"], ["services[0].modifiers[1] must be a 2-character modifier"]],
    [["GP", 59], ["GP"], ["services[0].modifiers[1] must be a string"]],
    [["GP", "GPX"], ["GP"], ["services[0].modifiers[1] must be a 2-character modifier"]],
    [["G P", "GP", null, "59"], ["GP", "59"], ["services[0].modifiers[0] must be a 2-character modifier", "services[0].modifiers[2] must be a string"]],
  ])("one bad modifier in %j is ignored alone: the line keeps %j, so no false 'no GP' alarm", (modifiers, kept, said) => {
    const report = validateSession({ ...clone(CLEAN_VISIT), services: [{ ...clone(CLEAN_VISIT).services[0]!, modifiers }] });
    expect(report.session?.services[0]?.modifiers).toEqual(kept);
    const ignored = report.findings.filter((f) => f.rule === "input/ignored-field");
    expect(ignored.map((f) => f.message)).toEqual(said.map((m) => `${m}; ${m.split(" ")[0]} was ignored, so the checks ran without it.`));
    expect(rules(report)).not.toContain("modifier/therapy-modifier-missing");
  });

  it("a bad goal id is ignored alone too: the line keeps its other goal ids", () => {
    const report = validateSession({ ...clone(CLEAN_VISIT), services: [{ ...clone(CLEAN_VISIT).services[0]!, goalIds: [7, "G2"] }] });
    expect(report.session?.services[0]?.goalIds).toEqual(["G2"]);
    expect(report.findings.filter((f) => f.rule === "input/ignored-field").map((f) => f.path)).toEqual([["services", 0, "goalIds", 0]]);
  });

  // Found by fuzzing lists with bad items (fuzz2, seventh round): one bad goal dropped the plan's
  // whole goals list, and doc/goal-link-missing then said "The plan of care lists no goals".
  it.each<[string, unknown[], unknown[], string[]]>([
    ["a goal whose id is a number", [{ id: "G1" }, { id: 5 }], [{ id: "G1" }], ["planOfCare.goals[1].id must be a string; planOfCare.goals[1] was ignored, so the checks ran without it."]],
    ["null and a goal whose text is a number", [null, { id: "G1" }, { id: "G2", text: 5 }], [{ id: "G1" }], [
      "planOfCare.goals[0] must be an object; planOfCare.goals[0] was ignored, so the checks ran without it.",
      "planOfCare.goals[2].text must be a string; planOfCare.goals[2] was ignored, so the checks ran without it.",
    ]],
  ])("a bad goal is ignored alone (%s): the plan keeps its other goals, so the goal links are still checked", (_name, goals, kept, said) => {
    const visit = clone(CLEAN_VISIT);
    const report = validateSession({ ...visit, services: [{ ...visit.services[0]!, goalIds: ["G1"] }], planOfCare: { ...visit.planOfCare, goals } });
    expect(report.session?.planOfCare?.goals).toEqual(kept);
    expect(report.findings.filter((f) => f.rule === "input/ignored-field").map((f) => f.message)).toEqual(said);
    expect(rules(report)).not.toContain("doc/goal-link-missing");
  });

  // Eighth round: a list of more than four modifiers was dropped whole (input/ignored-field), so
  // the line was told it had no GP and modifier/too-many could never fire through validateSession.
  it.each([
    [["GP", "59", "KX", "XU", "CQ"], "97530 carries 5 modifiers (GP, 59, KX, XU, CQ); a claim line has room for four."],
    [["GP", "59", "KX", "XU", "CQ", "76", "77", "XS", "XE", "GP"], "97530 carries 10 modifiers (GP, 59, KX, XU, CQ, 76, 77, XS and 2 more); a claim line has room for four."],
  ])("a line of more than four modifiers %j is read whole: modifier/too-many says so, and nothing says 'no GP'", (modifiers, said) => {
    const visit = clone(CLEAN_VISIT);
    const report = validateSession(deepFreeze({ ...visit, services: [{ ...visit.services[0]!, modifiers }] }));
    expect(report.session?.services[0]?.modifiers).toEqual(modifiers);
    expect(report.findings.filter((f) => f.rule.startsWith("input/"))).toEqual([]);
    expect(report.findings.filter((f) => f.rule === "modifier/too-many").map((f) => [f.message, f.severity, f.path])).toEqual([[said, "error", ["services", 0, "modifiers"]]]);
    expect(rules(report)).not.toContain("modifier/therapy-modifier-missing");
  });

  // Eighth round: modifiers sent as one text were ignored (the line was told it had no GP).
  it.each([
    ["GP,59", ["GP", "59"], "the modifiers GP, 59"],
    ["GP 59", ["GP", "59"], "the modifiers GP, 59"],
    ["GP;KX", ["GP", "KX"], "the modifiers GP, KX"],
    [" gp , 59 ", ["gp", "59"], "the modifiers gp, 59"],
    ["GP", ["GP"], "the modifier GP"],
  ])("modifiers sent as the one text %j are read as %j, with one warning that says so", (modifiers, parts, readAs) => {
    const visit = clone(CLEAN_VISIT);
    const report = validateSession(deepFreeze({ ...visit, services: [{ ...visit.services[0]!, modifiers }] }));
    expect(report.session?.services[0]?.modifiers).toEqual(parts);
    expect(report.findings.filter((f) => f.rule.startsWith("input/")).map((f) => [f.rule, f.severity, f.message, f.path, f.fix])).toEqual([[
      "input/read-as-list", "warning", `services[0].modifiers is one text, not a list; it was read as ${readAs}.`, ["services", 0, "modifiers"],
      `Send services[0].modifiers as a list: ${JSON.stringify(parts)}.`,
    ]]);
    expect(rules(report)).not.toContain("modifier/therapy-modifier-missing");
  });

  // Eighth round (payer): on a visit rejected for a missing required field, the same text was
  // "services[0].modifiers would be ignored" (input/ignored-field), not what it would be read as.
  it.each([
    ["GP,59", "the modifiers GP, 59"],
    ["GP", "the modifier GP"],
  ])("on a visit rejected for a required field, the modifiers text %j is told as what it would be read as", (modifiers, readAs) => {
    const visit = clone(CLEAN_VISIT);
    const report = validateSession({ ...visit, provider: {}, services: [{ ...visit.services[0]!, modifiers }] });
    expect(report.session).toBeNull();
    expect(report.findings.filter((f) => f.path?.[0] === "services").map((f) => [f.rule, f.severity, f.message])).toEqual([
      ["input/read-as-list", "warning", `services[0].modifiers is one text, not a list; it would be read as ${readAs}.`],
    ]);
    expect(rules(report)).toEqual(["input/required-field", "input/read-as-list"]);
  });

  it("on a rejected visit, a modifiers text that cannot be read as a list is still 'would be ignored'", () => {
    const visit = clone(CLEAN_VISIT);
    const report = validateSession({ ...visit, provider: {}, services: [{ ...visit.services[0]!, modifiers: "GP,5" }] });
    expect(report.findings.filter((f) => f.path?.[0] === "services").map((f) => f.message)).toEqual(["services[0].modifiers must be an array; services[0].modifiers would be ignored."]);
  });

  it.each(["GP,5", "", "GP,PT!,XXX"])("a modifiers text whose parts are not all 2-character modifiers (%j) is still ignored, as before", (modifiers) => {
    const visit = clone(CLEAN_VISIT);
    const report = validateSession({ ...visit, services: [{ ...visit.services[0]!, modifiers }] });
    expect(report.findings.filter((f) => f.rule.startsWith("input/")).map((f) => f.message)).toEqual(["services[0].modifiers must be an array; services[0].modifiers was ignored, so the checks ran without it."]);
  });

  // Eleventh round: "GP59" is still ignored, and the warning says it reads as GP and 59 joined.
  it("a modifiers text that is known modifiers joined (\"GP59\") is still ignored, and the warning says what it reads as", () => {
    const visit = clone(CLEAN_VISIT);
    const report = validateSession({ ...visit, services: [{ ...visit.services[0]!, modifiers: "GP59" }] });
    expect(report.findings.filter((f) => f.rule.startsWith("input/")).map((f) => f.message)).toEqual(["services[0].modifiers must be an array (it reads as GP and 59 joined); services[0].modifiers was ignored, so the checks ran without it."]);
  });

  // Eighth round: unknown is not absent. A line some of whose modifiers could not be read may
  // carry the modifier a check looks for: no finding says it lacks one (the warning names what was
  // not read); a line whose modifiers were all read is checked as before.
  it.each<[string, unknown]>([["GP,5"], ["GP59"], [["G P", "59"]], [[5]], ["GPKXCQ"]].map(([m]) => [JSON.stringify(m), m]))(
    "modifiers %s, not all readable: nothing says the line lacks GP, CQ, KX or the 59 of its pair edit; the line beside it still is checked",
    (_name, modifiers) => {
      const visit = {
        dateOfService: "2025-03-14", payer: { program: "medicare" }, provider: { discipline: "PT", credential: "PTA" }, therapyYearToDate: { ptSlp: 5000 },
        services: [{ code: "97150", minutes: 30, units: 1 }, { code: "97530", minutes: 30, units: 2, modifiers }],
      };
      const report = validateSession(deepFreeze(visit));
      const missing = ["modifier/therapy-modifier-missing", "modifier/assistant-modifier-missing", "modifier/kx-required", "ncci/ptp-modifier-required"];
      const on = (line: number) => report.findings.filter((f) => missing.includes(f.rule) && f.path?.[1] === line).map((f) => f.rule).sort();
      expect(on(1)).toEqual([]);
      expect(on(0)).toEqual(["modifier/assistant-modifier-missing", "modifier/kx-required", "modifier/therapy-modifier-missing"]);
      expect(report.findings.filter((f) => f.rule === "input/ignored-field").length).toBeGreaterThan(0);
      // The same line with no modifiers at all is told what it lacks.
      const none = validateSession({ ...visit, services: [visit.services[0], { code: "97530", minutes: 30, units: 2 }] });
      expect(none.findings.filter((f) => missing.includes(f.rule) && f.path?.[1] === 1).map((f) => f.rule).sort()).toEqual([...missing].sort());
    },
  );

  it("-1e308 minutes: one warning that says what is wrong (not also 'must be a whole number')", () => {
    const visit = clone(CLEAN_VISIT);
    const report = validateSession({ ...visit, services: [{ ...visit.services[0]!, minutes: -1e308 }] });
    expect(report.findings.filter((f) => f.rule.startsWith("input/")).map((f) => f.message)).toEqual([
      "services[0].minutes must not be negative; services[0].minutes was ignored, so the checks ran without it.",
    ]);
  });

  it("with a required field missing, optional-field problems are listed too", () => {
    const report = validateSession({ ...clone(CLEAN_VISIT), dateOfService: undefined, totalTimedMinutes: -1 });
    expect(report.findings.map((f) => [f.severity, f.rule])).toEqual([["error", "input/required-field"], ["warning", "input/ignored-field"]]);
  });
});

describe("validateSession: checks run in isolation", () => {
  const throwing = { name: "exploding", run: () => { throw new TypeError("bad"); } };
  const notAList = { name: "sloppy", run: () => "oops" as unknown as Finding[] };
  const notFindings = { name: "odd", run: () => [{ rule: 1 }, () => 1] as unknown as Finding[] };

  it("a check that throws becomes internal/check-failed naming it; the other checks still run", () => {
    const report = validateWithChecks(UNKNOWN_CODE_VISIT, {}, [throwing, ...SESSION_CHECKS]);
    expect(report.valid).toBe(false);
    expect(rules(report)[0]).toBe("internal/check-failed");
    expect(rules(report).filter((r) => r === "internal/check-failed")).toHaveLength(1);
    expect(rules(report)).toContain("catalog/unknown-code");
    expect(report.findings[0]?.message).toContain("exploding");
    expectConsistent(report);
  });

  it("a check that returns garbage is reported, and the report still clones", () => {
    const report = validateWithChecks(CLEAN_VISIT, {}, [notAList, notFindings]);
    expect(rules(report)).toEqual(["internal/check-failed", "internal/check-failed", "internal/check-failed"]);
    expectConsistent(report);
  });
});

describe("validateSession: rule settings", () => {
  const unknownCode = clone(UNKNOWN_CODE_VISIT);

  it("a rule can be turned off or change severity", () => {
    expect(validateSession(unknownCode).valid).toBe(true);
    expect(rules(validateSession(unknownCode))).toContain("catalog/unknown-code");
    expect(rules(validateSession(unknownCode, { rules: { "catalog/unknown-code": "off" } }))).not.toContain("catalog/unknown-code");
    const raised = validateSession(unknownCode, { rules: { "catalog/unknown-code": "error" } });
    expect(raised.valid).toBe(false);
    expect(raised.findings.find((f) => f.rule === "catalog/unknown-code")?.severity).toBe("error");
  });

  it("documentation rules are configured by the linter through the same option", () => {
    const vague = { ...clone(CLEAN_VISIT), services: [CLEAN_VISIT.services[0], { ...CLEAN_VISIT.services[1], activity: "exercises" }] };
    expect(validateSession(vague).findings.find((f) => f.rule === "doc/activity-too-vague")?.severity).toBe("warning");
    expect(rules(validateSession(vague, { rules: { "doc/activity-too-vague": "off" } }))).not.toContain("doc/activity-too-vague");
    expect(validateSession(vague, { rules: { "doc/activity-too-vague": "error" } }).valid).toBe(false);
  });

  it("input/ rules cannot be turned off: they decide whether the input was usable", () => {
    expect(validateSession(null, { rules: { "input/required-field": "off" } }).valid).toBe(false);
  });

  it("a rules object with inherited keys changes nothing", () => {
    expect(rules(validateSession(unknownCode, { rules: Object.create({ "catalog/unknown-code": "off" }) as Record<string, "off"> }))).toContain("catalog/unknown-code");
  });
});

describe("validateSession: options from JavaScript callers", () => {
  it("null or a string as options means no options", () => {
    expect(validateSession(CLEAN_VISIT, null as unknown as undefined).valid).toBe(true);
    expect(validateSession(CLEAN_VISIT, "ama" as unknown as undefined).meta.unitMethod).toBe("cms");
  });

  // Found by fuzzing options (fuzz2, seventh round): `{ rules: config.rules ?? null }` made the
  // whole visit input/unreadable ('reading it threw TypeError': Object.hasOwn(null, …)), though
  // lintDocumentation reads rules: null as no settings.
  it.each([CLEAN_VISIT, UNKNOWN_CODE_VISIT])("rules: null means no rule settings, the same report as no options (%#)", (visit) => {
    expect(validateSession(clone(visit), { rules: null } as unknown as Parameters<typeof validateSession>[1])).toEqual(validateSession(clone(visit)));
  });

  // Found by fuzzing options (fuzz2, seventh round): an ncci option that is not an NcciTables
  // made the whole visit input/unreadable ("The input could not be read"), though the input was
  // fine: the report's data version read tables.release outside the checks' guard.
  it.each<[string, unknown, string]>([["an empty object", {}, "an object"], ["a number", 5, "5"], ["a list", [], "a list"], ["a string", "2025Q1", '"2025Q1"']])(
    "ncci that is not a set of tables (%s): the visit is read, the option is named and the bundled tables are used",
    (_name, ncci, shownAs) => {
      const report = validateSession(clone(CLEAN_VISIT), { ncci } as unknown as Parameters<typeof validateSession>[1]);
      expect(report.session).not.toBeNull();
      // Ninth round: it used to be two internal/check-failed findings (blaming the library) and an "unnamed release".
      expect(report.findings.filter((f) => f.rule.startsWith("input/") || f.rule.startsWith("internal/")).map((f) => [f.rule, f.message])).toEqual([
        ["input/ignored-option", `The ncci option is ${shownAs}, not NCCI tables (from createNcciTables); the checks used the bundled tables (${report.meta.ncciDataVersion}) instead.`],
      ]);
      expect(report.meta.ncciDataVersion).toBe(validateSession(clone(CLEAN_VISIT)).meta.ncciDataVersion);
    },
  );

  // Found by fuzzing options (fuzz2, seventh round): the linter's share of the settings was
  // copied with out[id] = setting, so an own "__proto__" key (JSON.parse makes one) set the copy's
  // prototype, and its inherited keys switched built-in rules off.
  it("an own __proto__ key in rules (with an extra rule of that id) switches no other rule off", () => {
    const proto = { meta: { id: "__proto__", defaultSeverity: "warning", description: "A rule named __proto__.", source: { title: "House" }, docs: "" }, check: () => [] };
    const options = { extraRules: [proto], rules: JSON.parse('{"__proto__": {"doc/activity-too-vague": "off"}}') as Record<string, "off"> };
    const vague = { ...clone(CLEAN_VISIT), services: [CLEAN_VISIT.services[0], { ...CLEAN_VISIT.services[1], activity: "exercises" }] };
    expect(rules(validateSession(vague, options as unknown as Parameters<typeof validateSession>[1]))).toContain("doc/activity-too-vague");
  });

  // Eighth round: a getter that throws on options.payer or options.rules gave "The input could
  // not be read" (input/unreadable), which blames the visit, and no check ran.
  type Options = Parameters<typeof validateSession>[1];
  const throwing = (key: string, error: unknown = new TypeError("boom")): Options => Object.defineProperty({}, key, { enumerable: true, get: () => { throw error; } }) as Options;
  it.each([
    ["payer", throwing("payer")],
    ["rules", throwing("rules", new RangeError("boom"))],
    ["payer", { payer: throwing("kxThreshold") }],
    ["rules", { rules: new Proxy({}, { ownKeys: () => { throw new Error("boom"); } }) }],
    ["ncci", throwing("ncci")],
    ["extraRules", throwing("extraRules")],
    ["setting", throwing("setting")],
  ] as [string, Options][])("an options.%s that throws as it is read is one input/unreadable-option error naming it; the visit is read and every check runs without it", (key, options) => {
    const report = validateSession(clone(UNKNOWN_CODE_VISIT), options);
    expect(report.session).not.toBeNull();
    const about = report.findings.filter((f) => f.rule.startsWith("input/") || f.rule.startsWith("internal/"));
    expect(about).toHaveLength(1);
    expect(about[0]).toMatchObject({ rule: "input/unreadable-option", severity: "error" });
    expect(about[0]?.message).toMatch(new RegExp(`^The ${key} option could not be read \\(it threw \\w+\\), so the checks ran without it\\.$`));
    expect(report.valid).toBe(false);
    // Every other finding is the one given without options.
    expect(report.findings.filter((f) => f !== about[0])).toEqual(validateSession(clone(UNKNOWN_CODE_VISIT)).findings);
  });

  it("an options object whose every read throws: one error per option, the checks still run", () => {
    const report = validateSession(clone(CLEAN_VISIT), new Proxy({}, { get: () => { throw new Error("boom"); } }) as Options);
    expect(report.findings.filter((f) => f.rule === "input/unreadable-option").map((f) => f.message.split(" ")[1])).toEqual(["extraRules", "ncci", "payer", "rules", "setting"]);
    expect(report.findings.filter((f) => f.rule !== "input/unreadable-option")).toEqual(validateSession(clone(CLEAN_VISIT)).findings);
  });

  it("a payer option's getters are read once (the checks read a copy)", () => {
    let reads = 0;
    const payer = Object.defineProperty({}, "kxThreshold", { enumerable: true, get: () => (++reads, false) });
    validateSession(clone(CLEAN_VISIT), { payer });
    expect(reads).toBe(1);
  });

  it("a rules value that is not a severity is ignored", () => {
    const findings = validateSession(UNKNOWN_CODE_VISIT, { rules: { "catalog/unknown-code": "loud" as "off" } }).findings;
    expect(findings.find((f) => f.rule === "catalog/unknown-code")?.severity).toBe("warning");
  });

  // Eighth round (payer): a setting validateSession applies (every family but the linter's) that
  // it could not use was ignored in silence: "loud", 0, a setting for input/ or internal/, or a
  // rules option that is not an object. The linter's own (doc/, poc/, extra rules) stay lint/unknown-rule.
  it.each([
    [{ "catalog/unknown-code": "loud" }, ['The rules option sets "catalog/unknown-code" to "loud", not "off", "error", "warning" or "info"; the rule kept its own severity.']],
    [{ "units/exceeds-time": 0, "units/below-time": "off" }, ['The rules option sets "units/exceeds-time" to 0, not "off", "error", "warning" or "info"; the rule kept its own severity.']],
    [{ "input/required-field": "off", "internal/check-failed": "info" }, [
      'The rules option sets "input/required-field", but input/ and internal/ findings say whether the visit could be read and checked: no setting changes them (of input/, only read-as-credential, read-as-program and read-as-list).',
      'The rules option sets "internal/check-failed", but input/ and internal/ findings say whether the visit could be read and checked: no setting changes them (of input/, only read-as-credential, read-as-program and read-as-list).',
    ]],
    ["off", ['The rules option is "off", not an object; the checks ran without it.']],
    [["catalog/unknown-code"], ["The rules option is a list, not an object; the checks ran without it."]],
    [{ "doc/activity-missing": "loud", "catalog/unknown-code": null, "ncci/ptp-edit": undefined }, []],
  ])("rules %j: one input/ignored-option warning per setting validateSession cannot apply, the checks as without it", (rules, messages) => {
    const report = validateSession(UNKNOWN_CODE_VISIT, { rules: wrong(rules) });
    const notes = report.findings.filter((f) => f.rule === "input/ignored-option");
    expect(notes.map((f) => f.message)).toEqual(messages);
    expect(notes.every((f) => f.severity === "warning" && f.path === undefined && f.fix !== undefined)).toBe(true);
    const usable = typeof rules === "object" && !Array.isArray(rules) ? Object.fromEntries(Object.entries(rules).filter(([id, v]) => id.startsWith("doc/") || ["off", "error", "warning", "info"].includes(v as string))) : {};
    expect(report.findings.filter((f) => f.rule !== "input/ignored-option")).toEqual(validateSession(UNKNOWN_CODE_VISIT, { rules: wrong(usable) }).findings.filter((f) => f.rule !== "input/ignored-option"));
  });

  it("on a rejected visit, a rules setting that is not a severity would be ignored", () => {
    expect(validateSession(null, { rules: wrong({ "units/exceeds-time": "loud" }) }).findings.filter((f) => f.rule === "input/ignored-option").map((f) => f.message)).toEqual([
      'The rules option sets "units/exceeds-time" to "loud", not "off", "error", "warning" or "info"; it would be ignored.',
    ]);
  });

  // Found by fuzzing options (fuzz branch): a payer override spread as it came, so a key present
  // with the value undefined (`{ ptpEdits: config.ptpEdits }` with the setting unset) switched the
  // check off, and a unitMethod that is not "cms" or "ama" dropped every units/ finding. The
  // session is a PTA's Medicare visit on which every payer-profile switch has an error to report: the
  // 97150/97530 pair edit, the MUE of 97035, GP and CQ missing, KX past the threshold, and
  // units/exceeds-time under the CMS method.
  const GROUP_THEN_97530 = {
    dateOfService: "2024-05-01", payer: { program: "medicare" }, provider: { discipline: "PT", credential: "PTA" },
    services: [
      { code: "97150", minutes: 30, units: 1, modifiers: ["GP"], contact: "group", groupSize: 3 },
      { code: "97530", minutes: 30, units: 3, modifiers: ["GP"] },
      { code: "97035", minutes: 150, units: 10 },
    ],
    therapyYearToDate: { ptSlp: 5000 },
  };
  const wrong = <T>(value: unknown): T => value as T;
  it.each([
    ["ptpEdits: undefined", { ptpEdits: undefined }],
    ["mue: undefined", { mue: undefined }],
    ["disciplineModifiers: undefined", { disciplineModifiers: undefined }],
    ["assistantModifiers: undefined", { assistantModifiers: undefined }],
    ["kxThreshold: undefined", { kxThreshold: undefined }],
    ["every field undefined", { name: undefined, unitMethod: undefined, ptpEdits: undefined, mue: undefined, disciplineModifiers: undefined, assistantModifiers: undefined, kxThreshold: undefined, pairOverlays: undefined }],
    ["unitMethod: undefined", { unitMethod: undefined }],
    ["unitMethod: null", { unitMethod: null }],
    ["ptpEdits: null", { ptpEdits: null }],
    ["name: undefined", { name: undefined }],
    ["pairOverlays: undefined", { pairOverlays: undefined }],
    ["pairOverlays: null", { pairOverlays: null }],
  ])("a payer override with %s changes nothing: the checks run as without it", (_name, payer) => {
    const plain = validateSession(GROUP_THEN_97530);
    expect(rules(plain)).toEqual(expect.arrayContaining([
      "ncci/ptp-modifier-required", "mue/units-exceed", "modifier/therapy-modifier-missing",
      "modifier/assistant-modifier-missing", "modifier/kx-required", "units/exceeds-time",
    ]));
    const report = validateSession(GROUP_THEN_97530, { payer: wrong(payer) });
    expect(report.meta.unitMethod).toBe("cms");
    expect(report).toEqual(plain);
    expectConsistent(report);
  });

  // Eighth round (payer): a wrong-typed or out-of-range field was ignored in silence, so a biller
  // who asked for the AMA method got CMS without knowing. Now the checks still run as without it,
  // and one input/ignored-option warning names the field, what was given and what was used.
  it.each([
    ["unitMethod", "AMA", '"AMA", not "cms" or "ama"; the checks used "cms" instead'],
    ["unitMethod", "per-code", '"per-code", not "cms" or "ama"; the checks used "cms" instead'],
    ["ptpEdits", 0, "0, not true or false; the checks used true instead"],
    ["ptpEdits", "false", '"false", not true or false; the checks used true instead'],
    ["mue", 1, "1, not true or false; the checks used true instead"],
    ["disciplineModifiers", "no", '"no", not true or false; the checks used true instead'],
    ["assistantModifiers", [false], "a list, not true or false; the checks used true instead"],
    ["kxThreshold", { on: false }, "an object, not true or false; the checks used true instead"],
    ["name", 42, "42, not a text; the checks used \"Medicare\" instead"],
  ])("a payer override's %s of %j: the checks run as without it, and one input/ignored-option warning says so", (key, value, said) => {
    const plain = validateSession(GROUP_THEN_97530);
    const report = validateSession(GROUP_THEN_97530, { payer: wrong({ [key]: value }) });
    const notes = report.findings.filter((f) => f.rule === "input/ignored-option");
    expect(notes).toEqual([{
      rule: "input/ignored-option", severity: "warning", message: `The payer option's ${key} is ${said}.`,
      source: expect.objectContaining({ title: "therapy-claims" }), fix: expect.stringContaining(`Set payer.${key} to `),
    }]);
    expect(report.meta.unitMethod).toBe("cms");
    expect(report.findings.filter((f) => f.rule !== "input/ignored-option")).toEqual(plain.findings);
    expect(report.valid).toBe(plain.valid);
    expectConsistent(report);
  });

  it("the value used instead is the session's own: its payer.unitMethod and plan name", () => {
    const visit = { ...GROUP_THEN_97530, payer: { program: "medicare", unitMethod: "ama", name: "Acme" } };
    const messages = validateSession(visit, { payer: wrong({ unitMethod: "AMA", name: false }) }).findings.filter((f) => f.rule === "input/ignored-option").map((f) => f.message);
    expect(messages).toEqual(['The payer option\'s name is false, not a text; the checks used "Acme" instead.', 'The payer option\'s unitMethod is "AMA", not "cms" or "ama"; the checks used "ama" instead.']);
  });

  it.each([
    ["a text", "commercial", '"commercial"'],
    ["a number", 1, "1"],
    ["a list", [{ unitMethod: "ama" }], "a list"],
    ["a function", Object.assign(function AcmeHealth() { return false; }, { kxThreshold: false }), "a function"],
  ])("a payer option that is %s is one input/ignored-option warning, and the checks run without it", (_kind, payer, said) => {
    const plain = validateSession(GROUP_THEN_97530);
    const report = validateSession(GROUP_THEN_97530, { payer: wrong(payer) });
    expect(report.findings.filter((f) => f.rule === "input/ignored-option").map((f) => f.message)).toEqual([`The payer option is ${said}, not an object; the checks ran without it.`]);
    expect(report.findings.filter((f) => f.rule !== "input/ignored-option")).toEqual(plain.findings);
    // A function's own name was read as the plan's name (resolvePayerProfile took its "name").
    expect(JSON.stringify(report)).not.toContain("AcmeHealth");
  });

  it("a field a payer profile does not have is named (program belongs to the session), and the checks run without it", () => {
    const plain = validateSession(GROUP_THEN_97530);
    const report = validateSession(GROUP_THEN_97530, { payer: wrong({ program: "commercial", unitMethod: "ama" }) });
    const notes = report.findings.filter((f) => f.rule === "input/ignored-option");
    expect(notes.map((f) => f.message)).toEqual(['The payer option\'s "program" is not a payer profile field; the checks ran without it.']);
    expect(notes[0]?.fix).toContain("the program is the session's payer.program");
    expect(report.meta.unitMethod).toBe("ama");
    expect(validateSession(GROUP_THEN_97530, { payer: wrong({ ["x".repeat(40)]: 1 }) }).findings.find((f) => f.rule === "input/ignored-option")?.message).toBe('The payer option\'s "xxxxxxxxxxxx…" is not a payer profile field; the checks ran without it.');
    expect(plain.findings.some((f) => f.rule === "input/ignored-option")).toBe(false);
  });

  it("on a rejected visit, a payer option's unusable field is still named: it would be ignored", () => {
    const report = validateSession({ ...GROUP_THEN_97530, dateOfService: "2024-13-01" }, { payer: wrong({ unitMethod: "AMA", kx: true }) });
    expect(report.session).toBeNull();
    expect(report.findings.filter((f) => f.rule === "input/ignored-option").map((f) => f.message)).toEqual([
      'The payer option\'s "kx" is not a payer profile field; it would be ignored.',
      'The payer option\'s unitMethod is "AMA", not "cms" or "ama"; it would be ignored.',
    ]);
  });

  it("a payer override's inherited keys change nothing", () => {
    const inherited = Object.create({ ptpEdits: false, unitMethod: "ama" }) as { ptpEdits: boolean };
    expect(validateSession(GROUP_THEN_97530, { payer: inherited })).toEqual(validateSession(GROUP_THEN_97530));
  });
});

describe("validateSessions", () => {
  it("returns the reports in input order", () => {
    expect(validateSessions([CLEAN_VISIT, null, UNKNOWN_CODE_VISIT]).map((r) => r.valid)).toEqual([true, false, true]);
  });

  it("accepts any iterable and never throws on something else", () => {
    expect(validateSessions(new Set([CLEAN_VISIT]))).toHaveLength(1);
    expect(validateSessions(42 as unknown as unknown[])).toHaveLength(1);
  });

  // Found by fuzzing hostile input (fuzz branch): the visits were all read before any was
  // checked, so an iterable that threw part way (a stream that broke) lost the visits read so far
  // and was itself checked as one visit: four "is required" errors instead of "could not be read".
  it.each([
    ["a generator that throws after two visits", function* () { yield CLEAN_VISIT; yield UNKNOWN_CODE_VISIT; throw new Error("stream broke"); }, [true, true]],
    ["an iterator whose first next() throws", () => ({ [Symbol.iterator]: () => ({ next: (): IteratorResult<unknown> => { throw new TypeError("x"); } }) }), []],
  ] as const)("%s: a report for each visit read, then one input/unreadable report", (_name, make, before) => {
    const reports = validateSessions(make() as Iterable<unknown>);
    expect(reports.map((r) => r.valid)).toEqual([...before, false]);
    expect(reports.at(-1)?.findings.map((f) => f.rule)).toEqual(["input/unreadable"]);
    reports.forEach((r) => expectConsistent(r));
  });

  it("a list with a getter that throws: the visits before it are checked, the bad one is input/unreadable, the rest go on", () => {
    const list: unknown[] = [CLEAN_VISIT, null, CLEAN_VISIT];
    Object.defineProperty(list, 1, { get() { throw new Error("getter"); } });
    const reports = validateSessions(list);
    expect(reports.map((r) => r.valid)).toEqual([true, false, true]);
    expect(reports[1]?.findings.map((f) => f.rule)).toEqual(["input/unreadable"]);
  });
});

describe("properties", () => {
  it("for any JSON value, validateSession returns a report, never throws, and valid agrees with the findings", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectConsistent(validateSession(value));
      }),
      { numRuns: 300 },
    );
  });

  it("a -0 in a numeric field (JSON.parse(\"-0\") gives one) keeps the report consistent", () => {
    // fast-check found this (seed 1397028046): the report echoes totalTimedMinutes -0, which JSON writes as 0.
    expectConsistent(validateSession({ ...clone(CLEAN_VISIT), totalTimedMinutes: JSON.parse("-0") as number }));
  });

  it("for any JSON value inside a session's fields, validateSession never throws", () => {
    const field = fc.constantFrom("dateOfService", "payer", "provider", "services", "note", "planOfCare", "therapyYearToDate", "totalTimedMinutes");
    fc.assert(
      fc.property(field, fc.jsonValue(), (key, value) => {
        expectConsistent(validateSession({ ...clone(CLEAN_VISIT), [key]: value }));
      }),
      { numRuns: 300 },
    );
  });

  const codes = fc.constantFrom("97110", "97112", "97116", "97140", "97150", "97530", "97161", "97035", "97010", "97999", "G0283", "92507", "97532");
  const line = fc.record(
    {
      code: codes,
      minutes: fc.integer({ min: 0, max: 90 }),
      units: fc.integer({ min: 0, max: 8 }),
      modifiers: fc.subarray(["GP", "GO", "59", "CQ", "KX"], { maxLength: 4 }),
      activity: fc.constantFrom("Therapeutic activities", "Sit-to-stand x10 from 18 in chair with min A", ""),
    },
    { requiredKeys: ["code"] },
  );
  const session = fc.record({
    dateOfService: fc.constantFrom("2019-06-01", "2024-05-01", "2025-03-14"),
    payer: fc.record({ program: fc.constantFrom("medicare", "medicaid", "commercial", "other") }),
    provider: fc.record({ discipline: fc.constantFrom("PT", "OT", "SLP") }),
    services: fc.array(line, { maxLength: 6 }),
  });

  /**
   * A finding with its line index replaced by that line's code, so reordering lines keeps it
   * equal. (By code, not by the whole line: a finding about a code billed on several lines —
   * units are summed per code — points at the code's first line, whichever that is.)
   */
  function lineIndependent(services: readonly unknown[], f: Finding): string {
    const line = f.path?.[0] === "services" && typeof f.path[1] === "number" ? (services[f.path[1]] as { code?: unknown } | undefined) : undefined;
    const path = line !== undefined && f.path !== undefined ? ["services", String(line.code), ...f.path.slice(2)] : f.path;
    return JSON.stringify({ ...f, path, message: f.message });
  }

  it("for any valid session, the units check inside validateSession (given the shared calculation) reports what checkUnits does alone", () => {
    fc.assert(
      fc.property(session, fc.constantFrom(undefined, "cms" as const, "ama" as const), (s, unitMethod) => {
        const options = unitMethod === undefined ? {} : { payer: { unitMethod } };
        const report = validateSession(s, options);
        expect(report.session).not.toBeNull();
        // "Bill the code once" on a code billed over an MUE of 0 (97010 on Medicare) is info that
        // names that MUE error (src/validate/one-fix.ts, round 12): the same finding, its fix the MUE's.
        const zero = new Set(report.findings.filter((f) => f.rule === "mue/units-exceed" && f.severity === "error" && / is 0 \(/.test(f.message)).map((f) => f.codes?.[0]));
        const deferred = (f: Finding) => /^units\/(untimed|97129)-over-one$/.test(f.rule) && zero.has(f.codes?.[0]);
        const alone = sortFindings(checkUnits(report.session!, options).map((f) => (deferred(f) ? { ...f, severity: "info" as const, message: "", fix: "" } : f)));
        const inside = sortFindings(report.findings.filter((f) => f.rule.startsWith("units/")).map((f) => (deferred(f) ? { ...f, message: "", fix: "" } : f)));
        // A count that took a code the catalog does not know as timed is said so, as a warning
        // (src/validate/unknown-code-units.ts): the same findings, hedged.
        if (report.findings.some((f) => f.rule === "catalog/unknown-code")) {
          const where = (f: Finding) => JSON.stringify([f.rule, f.path, f.codes]);
          expect(inside.map(where).sort()).toEqual(alone.map(where).sort());
        } else expect(inside).toEqual(alone);
      }),
      { numRuns: 200 },
    );
  });

  it("for any valid session, reordering its service lines does not change the set of findings", () => {
    fc.assert(
      fc.property(session, fc.func(fc.integer()), (s, key) => {
        const shuffled = [...s.services].map((l, i) => ({ l, k: key(i) })).sort((a, b) => a.k - b.k).map((x) => x.l);
        const a = validateSession(s);
        const b = validateSession({ ...s, services: shuffled });
        expect(a.session).not.toBeNull();
        expect(b.valid).toBe(a.valid);
        expect(b.findings.map((f) => lineIndependent(shuffled, f)).sort()).toEqual(a.findings.map((f) => lineIndependent(s.services, f)).sort());
      }),
      { numRuns: 200 },
    );
  });

  it("findings come out sorted however the checks return them, and validating twice gives the same report", () => {
    fc.assert(
      fc.property(session, (s) => {
        expect(validateSession(s)).toEqual(validateSession(s));
      }),
      { numRuns: 100 },
    );
  });
});
