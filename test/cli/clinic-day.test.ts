/**
 * A biller runs the CLI on a clinic's day (round 11, helper day): test/cli/fixtures/clinic-day.ndjson
 * is 46 made-up visits of a mixed outpatient clinic (PT, OT, SLP; Medicare with and without an
 * assistant, Medicaid, commercial; evaluations, re-evaluations, group 97150, co-treatment,
 * 97530/97140 and 97530/97150, KX over the threshold, untimed codes, 92507, 97129/97130, the
 * deleted 97532), written by clinic-day.gen.mjs. Each visit's errors and warnings are pinned:
 * one problem, one error. Before this round V04, V05, V11 and V18 had two errors for one fix (bill
 * 1 unit), V22 (GP59) did not say GP and 59 were joined, and V23 (GY with GZ) had no finding.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "./run-cli.js";
import { formatTextReport, MAX_SEEN } from "../../src/cli/format-text.js";
import { validateSession } from "../../src/validate.js";

const DAY = join(process.cwd(), "test", "cli", "fixtures", "clinic-day.ndjson");

/** Per visit, its findings that are not info, as "e:rule" (error) or "w:rule" (warning). */
const EXPECTED: Record<string, string[]> = {
  V01: [], V02: [], V03: [], V04: ["e:units/untimed-over-one"], V05: ["e:units/untimed-over-one"], V06: [], V07: [],
  V08: ["e:modifier/assistant-modifier-missing"], V09: [], V10: [], V11: ["e:units/untimed-over-one"], V12: [], V13: [], V14: [],
  V15: ["e:modifier/kx-required"], V16: ["e:doc/deleted-code"], V17: [], V18: ["e:units/97129-over-one"], V19: [], V20: [],
  V21: ["e:units/exceeds-time"], V22: ["w:input/ignored-field"], V23: ["e:modifier/opposing-modifiers"], V24: [],
  V25: ["e:mue/units-exceed"], V26: ["e:ncci/ptp-modifier-required"], V27: ["e:mue/units-exceed"],
  V28: ["e:modifier/therapy-modifier-mismatch"], V29: ["e:modifier/therapy-modifier-missing"], V30: [],
  V31: ["e:units/exceeds-time"], V32: [], V33: [], V34: [], V35: ["e:poc/certification-expired"], V36: ["w:poc/progress-report-due"],
  V37: ["e:modifier/assistant-modifier-missing"], V38: [], V39: [], V40: [], V41: [], V42: [], V43: ["e:ncci/ptp-modifier-required"],
  V44: [], V45: [], V46: ["e:units/97130-without-97129"],
};

interface Report { session: { id: string }; findings: { rule: string; severity: string; message: string; fix?: string }[] }

describe("therapy-claims validate on a clinic's day (46 visits)", () => {
  it("--format ndjson: each visit's errors and warnings, one error per problem", async () => {
    expect(readFileSync(DAY, "utf8").trim().split("\n")).toHaveLength(46);
    const r = await run(["validate", DAY, "--format", "ndjson"]);
    expect(r.status).toBe(1);
    const reports = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as Report);
    const got = Object.fromEntries(reports.map((rep) => [rep.session.id, rep.findings.filter((f) => f.severity !== "info").map((f) => `${f.severity[0]}:${f.rule}`)]));
    expect(got).toEqual(EXPECTED);
    const byId = new Map(reports.map((rep) => [rep.session.id, rep]));
    // The MUE of 92507 stays in the report, as info naming the units error.
    expect(byId.get("V05")?.findings.find((f) => f.rule === "mue/units-exceed")?.message).toContain("Billing 1 unit also clears the units error on 92507.");
    expect(byId.get("V22")?.findings[0]?.fix).toBe("Send GP, 59 as separate modifiers of the line's list.");
  });

  it("text: the day's summary line", async () => {
    const r = await run(["validate", DAY]);
    expect(r.stdout.trim().split("\n").at(-1)).toBe("46 sessions checked: 27 ready to bill, 19 with errors.");
  });

  it("--rule units/untimed-over-one=off: the MUE of 92507 is the error again (nothing lost)", async () => {
    const r = await run(["validate", DAY, "--format", "ndjson", "--rule", "units/untimed-over-one=off"]);
    const v05 = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as Report).find((rep) => rep.session.id === "V05");
    expect(v05?.findings.filter((f) => f.severity === "error").map((f) => f.rule)).toEqual(["mue/units-exceed"]);
  });

  it("text, the same day in 2025 (after the bundled releases): each release note is printed in full once, then named in one line", async () => {
    const day2025 = readFileSync(DAY, "utf8").replaceAll("2024-", "2025-");
    // One visit a day later: its notes (another date) are printed in full again.
    const later = day2025.split("\n")[0]!.replace('"dateOfService":"2025-06-14"', '"dateOfService":"2025-06-16"');
    const r = await run(["validate", "-"], `${day2025}${later}\n`);
    const full = (rule: string) => r.stdout.split("\n").filter((l) => l === `  INFO    ${rule}`).length;
    // The MUE note has three texts: the Medicare visits', the Medicaid visits' (it names Medicaid's
    // files; branch medicaid) and the later date's. The PTP note two: the day's Medicaid visits bill one code each.
    expect(full("mue/release-differs")).toBe(3);
    expect(full("ncci/release-older-than-service")).toBe(2);
    const named = (rule: string) => r.stdout.split("\n").filter((l) => l === `  INFO    ${rule}: as in Session 1 (line 1) above`).length;
    expect(named("mue/release-differs")).toBeGreaterThan(35);
    // A Medicaid visit's MUE note is named after the first Medicaid visit's.
    expect(r.stdout.split("\n").filter((l) => /^ {2}INFO {4}mue\/release-differs: as in Session (?!1 \()\d+ \(line \d+\) above$/.test(l)).length).toBeGreaterThan(0);
    expect(named("ncci/release-older-than-service")).toBeGreaterThan(15);
    expect(r.stdout.split("\n").at(-2)).toBe("47 sessions checked: 28 ready to bill, 19 with errors.");
  });

  it("formatTextReport keeps at most MAX_SEEN texts, whatever the number of visits", () => {
    const seen = new Map<string, string>();
    const base = JSON.parse(readFileSync(DAY, "utf8").split("\n")[0]!) as { dateOfService: string };
    for (let d = 1; d <= 60; d++) formatTextReport(validateSession({ ...base, dateOfService: `2026-01-${String((d % 28) + 1).padStart(2, "0")}`, id: `D${d}` }), `Session ${d}`, seen);
    expect(seen.size).toBe(MAX_SEEN);
  });
});
