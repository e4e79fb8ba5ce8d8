/**
 * The CLI checks the sessions it reads in batches (validateSessions, eighteenth round): every
 * report it prints must still be the one validateSession gives that session alone, in the order
 * read, with its input position, across batch edges and chunk edges, beside lines that are not
 * JSON, one-line arrays and FHIR Claims.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateSessions } from "../../bench/generate.mjs";
import { sessionsFromFhirClaim } from "../../src/adapters/fhir.js";
import { validateSession, type Report } from "../../src/validate.js";
import { run } from "./run-cli.js";

const SESSIONS: unknown[] = generateSessions(260, 7);
const CLAIM = {
  resourceType: "Claim",
  id: "c1",
  item: [
    { sequence: 1, productOrService: { coding: [{ code: "97110" }] }, servicedDate: "2025-03-14", quantity: { value: 2 }, modifier: [{ coding: [{ code: "GP" }] }] },
    { sequence: 2, productOrService: { coding: [{ code: "97530" }] }, servicedDate: "2025-03-17", quantity: { value: 1 }, modifier: [{ coding: [{ code: "GP" }] }] },
  ],
};

describe("validate in batches prints each session's own report, in order", () => {
  it("260 NDJSON sessions with a bad line, a one-line array and a FHIR Claim among them (a batch is 100)", async () => {
    const lines: string[] = [];
    const expected: { report: Report; input: Record<string, number> }[] = [];
    SESSIONS.forEach((s, k) => {
      if (k === 99) lines.push("{ not json");
      if (k === 150) {
        const list = [SESSIONS[3], { nope: true }, SESSIONS[4]];
        lines.push(JSON.stringify(list));
        list.forEach((item, i) => expected.push({ report: validateSession(item), input: { line: lines.length, item: i + 1 } }));
      }
      if (k === 200) {
        lines.push(JSON.stringify(CLAIM));
        for (const session of sessionsFromFhirClaim(CLAIM)) expected.push({ report: validateSession(session), input: { line: lines.length } });
      }
      lines.push(JSON.stringify(s));
      expected.push({ report: validateSession(s), input: { line: lines.length } });
    });
    const dir = mkdtempSync(join(tmpdir(), "tc-batch-"));
    const file = join(dir, "visits.ndjson");
    writeFileSync(file, lines.join("\n") + "\n");
    const r = await run(["validate", file, "--format", "ndjson"]);
    const printed = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Report & { input: Record<string, number> });
    expect(printed).toHaveLength(expected.length);
    printed.forEach((p, k) => {
      const { input, ...report } = p;
      expect({ k, input }).toStrictEqual({ k, input: expected[k]!.input });
      expect(report).toStrictEqual(JSON.parse(JSON.stringify(expected[k]!.report)));
    });
    expect(r.stderr).toContain("line 100: not valid JSON");
  });
});
