import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * The library is pure: no I/O outside the CLI, no clock reads, no randomness, no logging, no
 * eval (design.md "What it is for"; style.md habit 1). This test scans the source text of
 * `src/` (without `src/cli.ts`, the one file allowed I/O) for the constructs that break it and
 * names each offending file:line.
 */
const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../src");
const ALLOWED_IO = new Set(["cli.ts"]);

/** What is forbidden, and why, as a reader of a failure would want it explained. */
const FORBIDDEN: readonly { readonly what: string; readonly pattern: RegExp }[] = [
  { what: "file-system access (node:fs)", pattern: /["'](?:node:)?fs(?:\/promises)?["']/ },
  { what: "network access (fetch)", pattern: /\bfetch\s*\(/ },
  { what: "a clock read (Date.now)", pattern: /\bDate\.now\b/ },
  { what: "a clock read (new Date() without an argument)", pattern: /\bnew\s+Date\s*\(\s*\)/ },
  { what: "a clock read (Date() called as a function)", pattern: /(?<![\w.$]|new\s)Date\s*\(\s*\)/ },
  { what: "a clock read (performance.now)", pattern: /\bperformance\.now\b/ },
  { what: "randomness (Math.random)", pattern: /\bMath\.random\b/ },
  { what: "logging (console.*)", pattern: /\bconsole\s*\.\s*\w/ },
  { what: "eval", pattern: /(?<![\w.$])eval\s*\(/ },
  { what: "new Function (eval in disguise)", pattern: /\bnew\s+Function\s*\(/ },
  { what: "the process object (environment, exit, I/O)", pattern: /(?<![\w.$])process\.[A-Za-z_$]/ },
];

/**
 * The line with its comments blanked: whole-line comments (`//`, `/*`, ` *`) and a trailing
 * `// …` after code. TSDoc examples may show `console.log`; code may not. A `//` inside a string
 * counts as a comment only when a space precedes it (so "https://…" stays code).
 */
function codeOf(line: string, inBlock: boolean): { code: string; inBlock: boolean } {
  let text = line;
  let block = inBlock;
  if (block) {
    const end = text.indexOf("*/");
    if (end === -1) return { code: "", inBlock: true };
    text = " ".repeat(end + 2) + text.slice(end + 2);
    block = false;
  }
  const trimmed = text.trimStart();
  if (trimmed.startsWith("//") || trimmed === "*" || trimmed.startsWith("* ")) return { code: "", inBlock: false };
  if (trimmed.startsWith("/*")) {
    const close = text.indexOf("*/", text.indexOf("/*") + 2);
    if (close === -1) return { code: "", inBlock: true };
    text = text.slice(0, text.indexOf("/*")) + " ".repeat(close + 2 - text.indexOf("/*")) + text.slice(close + 2);
  }
  const trailing = text.search(/(?:^|\s)\/\//);
  if (trailing !== -1) text = text.slice(0, trailing);
  return { code: text, inBlock: block };
}

/** Every forbidden construct in a file's text, as `line: what (the line)`. */
export function impurities(text: string): { line: number; what: string; source: string }[] {
  const found: { line: number; what: string; source: string }[] = [];
  let inBlock = false;
  text.split("\n").forEach((raw, index) => {
    const { code, inBlock: next } = codeOf(raw, inBlock);
    inBlock = next;
    for (const rule of FORBIDDEN) {
      if (rule.pattern.test(code)) found.push({ line: index + 1, what: rule.what, source: raw.trim() });
    }
  });
  return found;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(?:ts|mts|cts|js|mjs)$/.test(name)) out.push(full);
  }
  return out;
}

describe("the source is pure: no I/O outside the CLI, no clock, no randomness, no logging, no eval", () => {
  it("no file in src/ (except src/cli.ts) uses fs, fetch, the clock, Math.random, console, eval, new Function or process", () => {
    const files = sourceFiles(SRC).filter((f) => !ALLOWED_IO.has(path.relative(SRC, f)));
    expect(files.length).toBeGreaterThan(0);
    const problems = files.flatMap((file) =>
      impurities(readFileSync(file, "utf8")).map((p) => `src/${path.relative(SRC, file)}:${p.line}: ${p.what}: ${p.source}`),
    );
    expect(problems).toEqual([]);
  });

  // The scanner itself must be able to fail: each forbidden construct is caught in code.
  it.each([
    ['import { readFileSync } from "node:fs";', "file-system access (node:fs)"],
    ["import fs from 'fs';", "file-system access (node:fs)"],
    ['import { readFile } from "fs/promises";', "file-system access (node:fs)"],
    ["const r = await fetch(url);", "network access (fetch)"],
    ["const t = Date.now();", "a clock read (Date.now)"],
    ["const today = new Date();", "a clock read (new Date() without an argument)"],
    ["const s = Date();", "a clock read (Date() called as a function)"],
    ["const t0 = performance.now();", "a clock read (performance.now)"],
    ["const r = Math.random();", "randomness (Math.random)"],
    ["console.log(session);", "logging (console.*)"],
    ["  console.warn('x'); // noisy", "logging (console.*)"],
    ["const v = eval(code);", "eval"],
    ['const f = new Function("a", "return a");', "new Function (eval in disguise)"],
    ["const home = process.env.HOME;", "the process object (environment, exit, I/O)"],
    ["if (x) process.exit(1);", "the process object (environment, exit, I/O)"],
    ['const u = "https://www.cms.gov"; console.log(u);', "logging (console.*)"],
    ["/* ok */ const t = Date.now();", "a clock read (Date.now)"],
  ])("the scanner flags %s", (code, what) => {
    expect(impurities(code).map((p) => p.what)).toContain(what);
  });

  it.each([
    ["a TSDoc example", " * console.log(parseSession(x)); //=> ..."],
    ["a line comment", "// never call Date.now() here"],
    ["a trailing comment", "const x = 1; // not Math.random()"],
    ["a dated Date", 'const d = new Date("2025-03-14");'],
    ["a word ending in eval", "const reeval = reEval(x);"],
    ["a message about the billing process", 'const m = "the process. Then";'],
    ["an identifier named fetchRows", "const rows = prefetchRows(x);"],
  ])("the scanner lets %s pass", (_name, code) => {
    expect(impurities(code)).toEqual([]);
  });

  it("the scanner skips block comments spanning lines", () => {
    expect(impurities("/**\n * Date.now()\n * console.log(x)\n */\nconst a = 1;")).toEqual([]);
  });
});
