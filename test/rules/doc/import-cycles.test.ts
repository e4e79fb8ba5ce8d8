import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

// tidy24 (twenty-fourth round): the rule modules imported each other in a ring (activity-too-vague → skilled-need-missing →
// activity-too-vague, and → 97116-reads-as-exercise → activity-too-vague). A ring makes a module's constants depend on which
// module a bundler or test loads first; manualGiven (manual-given.ts) and withoutRefused (without-refused.ts) now live in
// modules of their own. This reads the value imports (not `import type`) of every module under src/ and finds any ring.

const SRC = join(__dirname, "../../../src");

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? modules(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
}

/** Each module's value imports and re-exports of other modules of src/ (relative specifiers). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of modules(SRC)) {
    const text = readFileSync(file, "utf8");
    const deps: string[] = [];
    for (const m of text.matchAll(/^(import|export)\s+(type\s)?[^;]*?from\s+"(\.[^"]+)"/gms)) {
      if (m[2] !== undefined) continue;
      deps.push(normalize(join(dirname(file), m[3]!.replace(/\.js$/, ".ts"))));
    }
    graph.set(normalize(file), deps);
  }
  return graph;
}

/** The rings of the graph, each as the modules' paths relative to src/. */
function rings(graph: Map<string, string[]>): string[] {
  const found = new Set<string>();
  const done = new Set<string>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    const at = stack.indexOf(file);
    if (at >= 0) {
      found.add([...stack.slice(at), file].map((f) => relative(SRC, f)).join(" → "));
      return;
    }
    if (done.has(file)) return;
    stack.push(file);
    for (const dep of graph.get(file) ?? []) visit(dep);
    stack.pop();
    done.add(file);
  };
  for (const file of graph.keys()) visit(file);
  return [...found];
}

describe("import rings (tidy24)", () => {
  it("the reader finds a ring it is given (counter-case: the check can fail)", () => {
    const a = join(SRC, "a.ts");
    const b = join(SRC, "b.ts");
    const c = join(SRC, "c.ts");
    expect(rings(new Map([[a, [b]], [b, [a]], [c, [a]]]))).toEqual(["a.ts → b.ts → a.ts"]);
    expect(rings(new Map([[a, [b]], [b, [c]], [c, []]]))).toEqual([]);
  });

  it("the rule modules read the shared helpers from modules of their own", () => {
    const graph = importGraph();
    const deps = (name: string) => (graph.get(join(SRC, "rules/doc", name)) ?? []).map((f) => relative(join(SRC, "rules/doc"), f));
    expect(deps("activity-too-vague.ts")).not.toContain("skilled-need-missing.ts");
    expect(deps("skilled-need-missing.ts")).not.toContain("activity-too-vague.ts");
    expect(deps("97116-reads-as-exercise.ts")).not.toContain("activity-too-vague.ts");
  });

  it("no module under src/ imports itself through others", () => {
    expect(rings(importGraph())).toEqual([]);
  });
});
