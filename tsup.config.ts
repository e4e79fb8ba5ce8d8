import { defineConfig } from "tsup";

/**
 * One entry per public subpath (see package.json "exports"). Each builds to ESM (.js) and
 * CJS (.cjs) with matching .d.ts / .d.cts type files.
 */
export default defineConfig({
  entry: {
    index: "src/index.ts",
    catalog: "src/catalog/index.ts",
    units: "src/units/index.ts",
    ncci: "src/ncci/index.ts",
    "ncci-extended": "src/ncci/extended.ts",
    lint: "src/lint-entry.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: false,
  target: "es2022",
  platform: "neutral",
  splitting: true,
  treeshake: true,
  outExtension({ format }) {
    return { js: format === "cjs" ? ".cjs" : ".js" };
  },
});
