import { existsSync, readdirSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { configDefaults, defineConfig } from "vitest/config";

/**
 * What a test file may do to the process it runs in that another file would see: load classic zod
 * (it installs its English as zod's global locale when it loads), set zod's global config, set an
 * environment variable (TZ), replace a global, or use vitest's module mocks, stubs and fake timers.
 */
const TOUCHES_THE_PROCESS = [
  /\bfrom\s*["']zod(?:\/v4(?:\/classic)?)?["']/,
  /\bimport\s*\{[^}]*\bconfig\b[^}]*\}\s*from\s*["']zod/,
  /\bprocess\.env\.\w+\s*=(?!=)|\bdelete\s+process\.env\b/,
  /\bglobalThis\.\w+\s*=(?!=)/,
  /\bvi\.(?:mock|doMock|stubGlobal|stubEnv|useFakeTimers)\b/,
];
const RELATIVE_IMPORT = /\bfrom\s*["'](\.{1,2}\/[^"']+)["']|\bimport\s*\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

/** Whether a test file, or a test helper it imports (test/ only: src touches nothing, see test/purity.test.ts), does one of those. */
function touchesTheProcess(file: string, seen = new Map<string, boolean>()): boolean {
  const known = seen.get(file);
  if (known !== undefined) return known;
  seen.set(file, false);
  const text = readFileSync(file, "utf8");
  let touches = TOUCHES_THE_PROCESS.some((re) => re.test(text));
  for (const m of text.matchAll(RELATIVE_IMPORT)) {
    if (touches) break;
    const target = resolve(dirname(file), (m[1] ?? m[2])!).replace(/\.js$/, ".ts");
    if (target.startsWith(resolve("test")) && existsSync(target)) touches = touchesTheProcess(target, seen);
  }
  seen.set(file, touches);
  return touches;
}

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? testFiles(path) : e.name.endsWith(".test.ts") ? [path] : [];
  });
}

/**
 * Most test files share their worker's module cache (isolate: false): importing the library and its
 * helpers again for each of 200-odd files took more time than the tests themselves. The files that
 * touch the process (above) each still get a process of their own, as every file did before.
 */
const seen = new Map<string, boolean>();
const OWN_PROCESS = testFiles("test").filter((f) => touchesTheProcess(resolve(f), seen)).map((f) => relative(".", f).split("\\").join("/"));

export default defineConfig({
  test: {
    testTimeout: 60_000,
    // A hook had vitest's 10 s: test/package/browser-bundle.test.ts's beforeAll (npm pack and an install)
    // passed that on a loaded machine, and its 36 tests were skipped. A hook now has what a test has.
    hookTimeout: 60_000,
    globalSetup: ["test/setup/build.ts"],
    // vitest's default on a 2-core machine is one worker (cores - 1): the second core sat idle while
    // the tests waited on each other. The workers are child processes; the parent mostly waits.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Under CI a JSON report is written too, so .ci/run can print a plain "N passed, N failed".
    reporters: process.env.CI ? ["default", ["json", { outputFile: ".vitest/results.json" }]] : ["default"],
    projects: [
      // (include is set per project: a project's arrays are added to the root's, not put in their place.)
      // One group after the other (groupOrder): a shared worker is kept only while the next file in
      // the queue is a shared one too, so mixing the two would start new workers all along.
      { extends: true, test: { name: "shared", include: ["test/**/*.test.ts"], exclude: [...configDefaults.exclude, ...OWN_PROCESS], isolate: false, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: "own-process", include: OWN_PROCESS.length > 0 ? OWN_PROCESS : ["no-such-file"], isolate: true, sequence: { groupOrder: 1 } } },
    ],
  },
});
