import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** A consumer project with the package installed as `npm pack` ships it. */
export interface PackedConsumer {
  /** The consumer project's folder: `node_modules/therapy-claims` (the tarball) and `node_modules/zod`. */
  readonly dir: string;
  /** Removes the folder. */
  readonly remove: () => void;
}

/**
 * Packs the built package (`npm pack`, so only the files `files` ships; dist/ must be built, as
 * the suite's global setup does) and unpacks it into a new consumer project, beside the one
 * runtime dependency, zod, from this repository's node_modules. Call it once per test file.
 *
 * @returns the consumer project
 * @example
 * ```ts
 * const consumer = packedConsumer(); // ${tmp}/therapy-claims-consumer-XXXX
 * consumer.remove();
 * ```
 */
export function packedConsumer(): PackedConsumer {
  const dir = mkdtempSync(path.join(tmpdir(), "therapy-claims-consumer-"));
  const modules = path.join(dir, "node_modules");
  mkdirSync(path.join(modules, "therapy-claims"), { recursive: true });
  const out = execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", dir], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  const tarball = path.join(dir, (JSON.parse(out) as { filename: string }[])[0]?.filename ?? "");
  execFileSync("tar", ["xzf", tarball, "-C", path.join(modules, "therapy-claims"), "--strip-components=1"]);
  symlinkSync(realpathSync(path.join(ROOT, "node_modules/zod")), path.join(modules, "zod"), "dir");
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
