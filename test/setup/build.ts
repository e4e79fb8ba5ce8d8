/**
 * vitest global setup: the CLI and example tests run the built package (dist/). Build it when
 * dist is missing or older than a source file (`npm test` builds first through `pretest`, so
 * this only runs for `npx vitest run` after an edit).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

export default function setup(): void {
  const built = ["dist/cli.js", "dist/index.js", "dist/fhir.js"];
  const oldest = built.every((f) => existsSync(f)) ? Math.min(...built.map((f) => statSync(f).mtimeMs)) : 0;
  const sources = Math.max(newest("src"), statSync("package.json").mtimeMs, statSync("tsup.config.ts").mtimeMs);
  if (oldest > sources) return;
  execFileSync("npm", ["run", "build", "--silent"], { stdio: "inherit" });
}
