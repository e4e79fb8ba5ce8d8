import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * zod runs once, at the boundary (design.md "Data flow"): the units calculator, the catalog and
 * the edit checks never import it, so that `therapy-claims/units` stays under 2 kB gzipped
 * (issue 7, size budgets; the size-limit entry for dist/units.js checks the built file).
 * This test follows the relative imports of each entry through src/ and fails if any file on the
 * way imports zod at run time. `import type` is erased by the compiler and does not count.
 * Entries whose folder has not landed yet are skipped.
 */
const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../src");

const ZOD_FREE_ENTRIES = ["catalog/index.ts", "units/index.ts", "ncci/index.ts", "modifiers/index.ts"];

const IMPORT = /^\s*(import|export)\s+(type\s+)?([^;]*?)\s*from\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["']/gm;

/** The run-time imports of a file: `[specifier]`, without `import type` / `export type`. */
export function runtimeImports(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    if (m[5] !== undefined) out.push(m[5]);
    else if (m[2] === undefined && m[4] !== undefined) out.push(m[4]);
  }
  return out;
}

function resolveTs(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base.replace(/\.js$/, ".ts"), `${base}.ts`, path.join(base, "index.ts"), base]) {
    if (existsSync(candidate) && candidate.endsWith(".ts")) return candidate;
  }
  return undefined;
}

/** Every chain of relative imports from `entry` that ends in a bare import of `pkg`. */
function chainsTo(entry: string, pkg: string): string[] {
  const seen = new Set<string>();
  const chains: string[] = [];
  const walk = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    const here = [...chain, path.relative(SRC, file)];
    for (const spec of runtimeImports(readFileSync(file, "utf8"))) {
      if (spec.startsWith(".")) {
        const next = resolveTs(file, spec);
        if (next) walk(next, here);
      } else if (spec === pkg || spec.startsWith(`${pkg}/`)) {
        chains.push(`${here.join(" -> ")} -> ${spec}`);
      }
    }
  };
  walk(entry, []);
  return chains;
}

describe("zod stays at the boundary: the calculator, catalog and checks never import it", () => {
  it.for(ZOD_FREE_ENTRIES)("src/%s does not reach zod through its run-time imports", (entry, { skip }) => {
    const file = path.join(SRC, entry);
    if (!existsSync(file)) skip(`src/${entry} not on this branch yet`);
    expect(chainsTo(file, "zod")).toEqual([]);
  });

  it("the model does import zod (so the walk can find it)", () => {
    expect(chainsTo(path.join(SRC, "model/index.ts"), "zod").length).toBeGreaterThan(0);
  });

  it.each([
    ['import { z } from "zod";', ["zod"]],
    ['import type { z } from "zod";', []],
    ['export type { Session } from "./session.js";', []],
    ['export * from "./model/index.js";', ["./model/index.js"]],
    ['import {\n  a,\n  b,\n} from "./x.js";', ["./x.js"]],
    ['import "./side-effect.js";', ["./side-effect.js"]],
  ])("reads the run-time imports of %s", (text, expected) => {
    expect(runtimeImports(text)).toEqual(expected);
  });
});
