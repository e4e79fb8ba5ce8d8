import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/**
 * A size the docs state is what a user weighs a subpath by: it must be near the size-limit budget
 * the build is held to (.size-limit.mjs, minified and gzipped), not below 80% of it nor above it.
 * docs/ncci.md said ./ncci was "about 18 kB" when its budget was 26.65 kB.
 */
const limits = ((await import(/* @vite-ignore */ `${process.cwd()}/.size-limit.mjs`)) as { default: { path: string; limit: string }[] }).default;
const limitOf = (path: string) => Number.parseFloat(limits.find((l) => l.path === path)?.limit ?? "NaN");

const CLAIMS: { file: string; pattern: RegExp; path: string }[] = [
  { file: "docs/ncci.md", pattern: /`therapy-claims\/ncci` subpath with the core table is about ([\d.]+) kB/, path: "dist/ncci.js" },
  { file: "docs/ncci.md", pattern: /`therapy-claims\/ncci\/extended` about ([\d.]+) kB/, path: "dist/ncci-extended.js" },
];

describe("sizes stated in the docs", () => {
  for (const { file, pattern, path } of CLAIMS) {
    it(`${file}: ${path} as stated is within 80-100% of its size-limit budget`, () => {
      const stated = Number.parseFloat(pattern.exec(readFileSync(file, "utf8"))?.[1] ?? "NaN");
      const limit = limitOf(path);
      expect(stated, `stated ${stated} kB, budget ${limit} kB`).toBeGreaterThanOrEqual(limit * 0.8);
      expect(stated, `stated ${stated} kB, budget ${limit} kB`).toBeLessThanOrEqual(Math.ceil(limit));
    });
  }
});
