import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "../../src/rules/registry.js";

const ROOT = join(import.meta.dirname, "..", "..");
const DOCS = join(ROOT, "docs", "rules");

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? pages(path) : name.endsWith(".md") ? [path] : [];
  });
}

describe("docs/rules", () => {
  it.each(Object.values(RULES).map((r) => [r.meta.id, r] as const))("%s has a page naming its id, severity and source, with failing and passing examples", (_id, rule) => {
    const path = join(ROOT, rule.meta.docs);
    expect(existsSync(path), `${rule.meta.docs} is missing`).toBe(true);
    const text = readFileSync(path, "utf8");
    expect(text).toContain(`# \`${rule.meta.id}\``);
    expect(text).toContain(`Default severity | \`${rule.meta.defaultSeverity}\``);
    expect(text).toContain(rule.meta.source.title);
    if (rule.meta.source.section !== undefined) expect(text).toContain(rule.meta.source.section);
    for (const heading of ["## What it flags", "## Why", "## Fails", "## Passes"]) expect(text).toContain(heading);
  });

  it("every page belongs to a rule", () => {
    const ids = new Set(Object.keys(RULES));
    const orphans = pages(DOCS)
      .map((p) => relative(DOCS, p).replace(/\\/g, "/"))
      .filter((p) => p !== "README.md")
      .filter((p) => !ids.has(p.slice(0, -".md".length)));
    expect(orphans).toEqual([]);
  });

  it("README.md lists every rule with its default severity", () => {
    const readme = readFileSync(join(DOCS, "README.md"), "utf8");
    for (const rule of Object.values(RULES)) {
      expect(readme).toContain(`| [\`${rule.meta.id}\`](${rule.meta.id}.md) | \`${rule.meta.defaultSeverity}\` |`);
    }
  });
});

describe("the RULES TSDoc table (what typedoc shows)", () => {
  it("lists every rule with its default severity", () => {
    const source = readFileSync(join(ROOT, "src", "rules", "registry.ts"), "utf8");
    for (const rule of Object.values(RULES)) {
      expect(source).toContain(` * | \`${rule.meta.id}\` | ${rule.meta.defaultSeverity} |`);
    }
  });
});
