import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { RULES } from "../src/rules/registry.js";

/**
 * What installing therapy-claims does to a user's machine: nothing but unpacking two small
 * dependencies. No install scripts, no other runtime dependencies, tree-shakeable, and types
 * resolved first under every condition (TypeScript picks the first matching condition).
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  bundleDependencies?: unknown;
  bundledDependencies?: unknown;
  sideEffects?: unknown;
  exports?: Record<string, unknown>;
  typesVersions?: Record<string, Record<string, string[]>>;
};
const lock = JSON.parse(readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as {
  packages: Record<string, { dev?: boolean; hasInstallScript?: boolean; dependencies?: Record<string, string> }>;
};

const INSTALL_SCRIPTS = ["preinstall", "install", "postinstall", "prepare", "preprepare", "postprepare"];

/** Every condition object under an `exports` entry, with where it is, e.g. `./catalog > import`. */
function conditionObjects(value: unknown, where: string): { where: string; keys: string[] }[] {
  if (typeof value !== "object" || value === null) return [];
  const keys = Object.keys(value);
  return [
    { where, keys },
    ...keys.flatMap((k) => conditionObjects((value as Record<string, unknown>)[k], `${where} > ${k}`)),
  ];
}

describe("package.json: what an install runs and pulls in", () => {
  it("has no install scripts (preinstall, install, postinstall, prepare)", () => {
    const present = INSTALL_SCRIPTS.filter((s) => pkg.scripts?.[s] !== undefined);
    expect(present).toEqual([]);
  });

  it("has exactly zod as its runtime dependency, pinned, and no peer, optional or bundled ones (date-fns is a dev dependency: the tests check our day arithmetic against it)", () => {
    expect(Object.keys(pkg.dependencies ?? {}).sort()).toEqual(["zod"]);
    for (const version of Object.values(pkg.dependencies ?? {})) expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.peerDependencies).toBeUndefined();
    expect(pkg.optionalDependencies).toBeUndefined();
    expect(pkg.bundleDependencies ?? pkg.bundledDependencies).toBeUndefined();
  });

  it("the runtime dependencies in the lockfile have no install scripts and no dependencies of their own", () => {
    for (const name of Object.keys(pkg.dependencies ?? {})) {
      const entry = lock.packages[`node_modules/${name}`];
      expect(entry, name).toBeDefined();
      expect(entry?.dev ?? false, `${name} is a runtime dependency`).toBe(false);
      expect(entry?.hasInstallScript ?? false, `${name} runs an install script`).toBe(false);
      expect(Object.keys(entry?.dependencies ?? {}), `${name} pulls in more packages`).toEqual([]);
    }
  });

  it("declares sideEffects: false, so bundlers can drop what a user does not import", () => {
    expect(pkg.sideEffects).toBe(false);
  });

  it("lists types first in every exports condition object", () => {
    expect(pkg.exports).toBeDefined();
    const objects = Object.entries(pkg.exports ?? {}).flatMap(([subpath, value]) => conditionObjects(value, subpath));
    expect(objects.length).toBeGreaterThan(0);
    const wrong = objects.filter((o) => o.keys.includes("types") && o.keys[0] !== "types").map((o) => `${o.where}: ${o.keys.join(", ")}`);
    const leaves = objects.filter((o) => o.keys.includes("default") && !o.keys.includes("types")).map((o) => `${o.where}: no types`);
    expect([...wrong, ...leaves]).toEqual([]);
  });

  it("every exports subpath has import and require conditions with types and default", () => {
    const problems: string[] = [];
    for (const [subpath, value] of Object.entries(pkg.exports ?? {})) {
      if (subpath === "./package.json") continue;
      for (const condition of ["import", "require"]) {
        const leaf = (value as Record<string, Record<string, string> | undefined>)[condition];
        if (!leaf) problems.push(`${subpath}: no ${condition}`);
        else if (!leaf.types || !leaf.default) problems.push(`${subpath} > ${condition}: needs types and default`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("maps every exports subpath to its require types in typesVersions, for TypeScript's node10 resolution (module commonjs without moduleResolution), which reads no exports (attw: 'Resolution failed' for ./units and the rest, so npm run lint:package failed)", () => {
    const problems: string[] = [];
    for (const [subpath, value] of Object.entries(pkg.exports ?? {})) {
      if (subpath === "." || subpath === "./package.json") continue;
      const types = (value as { require?: { types?: string } }).require?.types;
      const mapped = pkg.typesVersions?.["*"]?.[subpath.slice(2)];
      if (mapped?.length !== 1 || mapped[0] !== types) problems.push(`${subpath}: typesVersions ${JSON.stringify(mapped)}, exports require types ${types}`);
    }
    expect(problems).toEqual([]);
    expect(Object.keys(pkg.typesVersions?.["*"] ?? {}).length, "no typesVersions entry without an exports subpath").toBe(Object.keys(pkg.exports ?? {}).length - 2);
  });
});

describe("what the tarball holds (twelfth round, integrator)", () => {
  // The files `npm pack` would ship, as an installed package has them.
  const shipped = new Set(
    (JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })) as { files: { path: string }[] }[])[0]?.files.map((f) => f.path),
  );

  it("each rule's docs page, which meta.docs names 'relative to the package root', is in the package", () => {
    expect(Object.values(RULES).map((r) => r.meta.docs).filter((p) => !shipped.has(p))).toEqual([]);
  });

  it("every relative link of README.md and the guides it links resolves to a file in the package (a user reads them in node_modules)", () => {
    const broken: string[] = [];
    for (const file of ["README.md", ...[...shipped].filter((p) => /^docs\/[^/]+\.md$/.test(p))]) {
      const dir = path.posix.dirname(file);
      for (const m of readFileSync(path.join(ROOT, file), "utf8").matchAll(/\]\(([^)#\s]+\.md)(?:#[^)]*)?\)/g)) {
        const target = path.posix.normalize(path.posix.join(dir, m[1] as string));
        if (!/^[a-z]+:/.test(m[1] as string) && !shipped.has(target)) broken.push(`${file} -> ${m[1]}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
