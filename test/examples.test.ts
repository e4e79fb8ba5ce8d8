import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";

const examples = readdirSync("examples").filter((f) => f.endsWith(".mjs")).sort();

describe("examples/ (run against the built package)", () => {
  it("there are the five the front-door issue asks for, plus the README's", () => {
    expect(examples).toEqual(expect.arrayContaining(["clean-medicare-visit.mjs", "three-classic-errors.mjs", "commercial-per-code.mjs", "fhir-claim.mjs", "cli-ndjson.mjs", "parse-session.mjs"]));
  });

  it.each(examples)("%s exits 0 and prints a report", (file) => {
    const r = spawnSync(process.execPath, [`examples/${file}`], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout.trim().length).toBeGreaterThan(20);
  });

  it("the clean visit prints no error and no warning; the CLI example shows exit status 1", () => {
    const clean = spawnSync(process.execPath, ["examples/clean-medicare-visit.mjs"], { encoding: "utf8" }).stdout;
    expect(clean).not.toMatch(/ERROR|WARNING/);
    expect(clean).toContain("Ready to bill.");
    expect(spawnSync(process.execPath, ["examples/cli-ndjson.mjs"], { encoding: "utf8" }).stdout).toContain("therapy-claims exited with 1");
  });
});
