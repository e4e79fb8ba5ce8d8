import { describe, expect, it } from "vitest";
import { validateSession } from "../../src/validate.js";

/*
 * Ninth round (direct): minutes that were given but could not be read ("15 min", -3, 1.5) are
 * dropped with an input/ignored-field warning; units/missing-minutes then said "97110 is a timed
 * code with no minutes" and "Record the direct one-on-one minutes", telling the biller the note
 * lacks minutes it has. It now says they could not be read, keeping its severity (the units still
 * cannot be counted).
 */

function visit(minutes: unknown, { line, ...extra }: Record<string, unknown> = {}): unknown {
  return {
    dateOfService: "2024-05-02", payer: { program: "medicare" }, provider: { discipline: "PT" }, ...extra,
    services: [{ code: "97110", minutes, units: 1, modifiers: ["GP"], ...(line as object) }, { code: "97140", minutes: 15, units: 1, modifiers: ["GP"] }],
  };
}

function finding(input: unknown, rule: string) {
  return validateSession(input).findings.find((f) => f.rule === rule);
}

describe("minutes given but unreadable are not 'no minutes'", () => {
  it.each<[string, unknown]>([["a text", "15 min"], ["a negative number", -3], ["a fraction", 1.5], ["a number too large", 1e308]])("%s: units/missing-minutes says they could not be read, and stays an error", (_name, minutes) => {
    const f = finding(visit(minutes), "units/missing-minutes");
    expect(f).toMatchObject({
      severity: "error",
      message: "97110's minutes could not be read (input/ignored-field), so its units cannot be checked.",
      fix: "Send the minutes of 97110 as a whole number, such as 15.",
      path: ["services", 0, "minutes"],
    });
    expect(finding(visit(minutes), "input/ignored-field")?.path).toEqual(["services", 0, "minutes"]);
  });

  it("with the note's total timed minutes it stays info, checked through the total", () => {
    expect(finding(visit("15 min", { totalTimedMinutes: 30 }), "units/missing-minutes")).toMatchObject({
      severity: "info",
      message: "97110's minutes could not be read (input/ignored-field), so its units cannot be checked one by one; the note's total timed minutes are checked instead.",
    });
  });

  it("modifier/assistant-no-data says the total minutes could not be read, not that there are none", () => {
    expect(finding(visit("15 min", { line: { assistantMinutes: 10 } }), "modifier/assistant-no-data")?.message).toBe(
      "97110 has 10 assistant minutes but total minutes that could not be read, so the 10% de minimis test for CQ cannot be applied.",
    );
  });

  it("minutes left out are still 'no minutes' (control), and other lines' findings are untouched", () => {
    const absent = finding(visit(undefined), "units/missing-minutes");
    expect(absent?.message).toBe("97110 is a timed code with no minutes, so its units cannot be checked.");
    expect(absent?.fix).toBe("Record the direct one-on-one minutes of 97110.");
    const other = visit(15) as { services: Record<string, unknown>[] };
    other.services[1]!.minutes = "x";
    const report = validateSession(other);
    expect(report.findings.filter((f) => f.rule === "units/missing-minutes").map((f) => f.path)).toEqual([["services", 1, "minutes"]]);
  });
});

describe("assistant minutes given but unreadable are not 'no assistant'", () => {
  const cq = (input: unknown) =>
    validateSession(input).findings.filter((f) => f.rule.startsWith("modifier/assistant")).map((f) => [f.rule, f.severity, f.path, f.message]);

  it.each<[string, unknown]>([["a text", "10 min"], ["a negative number", -5], ["a fraction", 2.5]])("%s on a Medicare PT line without CQ: assistant-no-data says CQ was not checked", (_name, assistantMinutes) => {
    expect(cq(visit(30, { line: { assistantMinutes } }))).toEqual([
      ["modifier/assistant-no-data", "info", ["services", 0, "assistantMinutes"], "97110's assistant minutes could not be read (input/ignored-field), so whether the line needs CQ was not checked."],
    ]);
  });

  it("an OT line asks about CO", () => {
    const input = visit(30, { line: { assistantMinutes: "10 min", modifiers: ["GO"] }, provider: { discipline: "OT" } });
    expect(cq(input).map((f) => f[3])).toEqual(["97110's assistant minutes could not be read (input/ignored-field), so whether the line needs CO was not checked."]);
  });

  it.each<[string, Record<string, unknown>]>([
    ["the line already carries CQ", { line: { assistantMinutes: "10 min", modifiers: ["GP", "CQ"] } }],
    ["a commercial payer without assistant rules", { line: { assistantMinutes: "10 min" }, payer: { program: "commercial" } }],
    ["a visit before 2020, when CQ/CO were not required", { line: { assistantMinutes: "10 min" }, dateOfService: "2019-06-03" }],
    ["an SLP visit (no SLP assistants: CQ/CO are PT/OT)", { line: { assistantMinutes: "10 min", code: "92507", modifiers: ["GN"] }, provider: { discipline: "SLP" } }],
    ["readable assistant minutes (the check judges them)", { line: { assistantMinutes: 1 } }],
  ])("nothing added when %s", (_name, extra) => {
    expect(cq(visit(30, extra)).filter((f) => String(f[3]).includes("could not be read"))).toEqual([]);
  });
});

/*
 * ONE-UNIT (twenty-first round): a line's units sent under a misspelled key (`unit`) or as a value
 * that could not be read ("2 units") gave the input/ finding and also units/missing-units ("has no
 * billed units"): the second only followed from the first, and was not true. One finding now,
 * the input/ one, saying the units were not checked and what the minutes earn; its fix what to bill.
 */
describe("units sent but not read: one finding (ONE-UNIT)", () => {
  const base = { dateOfService: "2025-03-14", payer: { program: "medicare" }, provider: { discipline: "PT", credential: "PT" }, totalTimedMinutes: 30 };
  // As JSON sends it: a field set to undefined is left out.
  const withLine = (line: Record<string, unknown>) => JSON.parse(JSON.stringify({ ...base, services: [{ code: "97110", minutes: 30, modifiers: ["GP"], activity: "SLR 3x10, bridges 3x10", ...line }] })) as { services: unknown[] };
  const unitFindings = (input: unknown) => validateSession(input).findings.filter((f) => f.rule.startsWith("input/") || f.rule === "units/missing-units").map((f) => ({ rule: f.rule, severity: f.severity, path: f.path, message: f.message, fix: f.fix }));

  it.each<[string, Record<string, unknown>, string, (string | number)[], string, string]>([
    ["`unit`", { unit: 2 }, "input/misspelled-field", ["services", 0, "unit"],
      "services[0].unit is not a field of the session model, so it was not read; it looks like units; 97110's units were not checked: its 30 minutes earn 2 units.",
      "Send it as services[0].units; bill 97110 × 2."],
    ["`UNITS`", { UNITS: 2 }, "input/misspelled-field", ["services", 0, "UNITS"],
      "services[0].UNITS is not a field of the session model, so it was not read; it looks like units; 97110's units were not checked: its 30 minutes earn 2 units.",
      "Send it as services[0].units; bill 97110 × 2."],
    ["units as text", { units: "2 units" }, "input/ignored-field", ["services", 0, "units"],
      "services[0].units must be a number, not text; services[0].units was ignored, so the checks ran without it; 97110's units were not checked: its 30 minutes earn 2 units.",
      "Correct services[0].units; bill 97110 × 2."],
    ["negative units", { units: -2 }, "input/ignored-field", ["services", 0, "units"],
      "",
      "Correct services[0].units; bill 97110 × 2."],
  ])("%s: the input/ finding alone, saying what the minutes earn", (_, line, rule, path, message, fix) => {
    const found = unitFindings(withLine(line));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule, severity: "warning", path, fix });
    if (message) expect(found[0]!.message).toBe(message);
    else expect(found[0]!.message).toContain("; 97110's units were not checked: its 30 minutes earn 2 units.");
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    // counter-cases: units left out are still missing (info); a `unit` beside units is an EHR's key; a typo of another field stays as it was
    ["no units at all", {}, ["units/missing-units"]],
    ["`unit` beside units", { units: 2, unit: "15 min" }, []],
    ["`minute` (minutes unread, so no units earned)", { minutes: undefined, minute: 30, units: 2 }, ["input/misspelled-field"]],
  ])("%s: as before", (_, line, rules) => {
    expect(unitFindings(withLine(line)).map((f) => f.rule)).toEqual(rules);
  });

  it("another line's missing units stay their own finding", () => {
    const input = { ...base, totalTimedMinutes: 45, services: [...withLine({ unit: 2 }).services, { code: "97140", minutes: 15, modifiers: ["GP"], activity: "STM to lumbar paraspinals" }] };
    const found = unitFindings(input);
    expect(found.map((f) => [f.rule, f.path])).toEqual([["input/misspelled-field", ["services", 0, "unit"]], ["units/missing-units", ["services", 1, "units"]]]);
  });
});

/*
 * The review of the twenty-second round (the lead): a period code whose minutes earn no unit gets a missing-units fix that
 * begins "Do not bill …" (edge22's first hour not reached, fuzz22's PER-HOUR-ZERO), not "State the units; …". ONE-UNIT cut
 * the first 17 characters of every such fix, so a `unit` typo on 96125 for 20 minutes read "Send it as services[0].units;
 *  for 20 minutes; check the minutes, …".
 */
describe("units sent but not read on a period code whose minutes earn no unit", () => {
  it.each([
    ["96125", "Send it as services[0].units, or do not bill 96125 for 20 minutes; check the minutes, or the payer's rule for a shorter evaluation."],
    ["92607", "Send it as services[0].units, or do not bill 92607 for 20 minutes; check the minutes, or the payer's rule for a shorter evaluation."],
  ])("%s for 20 minutes with `unit`: the merged fix keeps the whole advice", (code, fix) => {
    const input = { dateOfService: "2026-03-10", payer: { program: "medicare" }, provider: { discipline: "SLP" }, services: [{ code, minutes: 20, unit: 1, modifiers: ["GN"], activity: "Standardized testing administered and scored" }] };
    const found = validateSession(input).findings.filter((f) => f.rule === "input/misspelled-field");
    expect(found.map((f) => f.fix)).toEqual([fix]);
  });
});
