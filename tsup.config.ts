import { defineConfig } from "tsup";

/**
 * One entry per public subpath (see package.json "exports"). Each builds to ESM (.js) and
 * CJS (.cjs) with matching .d.ts / .d.cts type files.
 */
export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      catalog: "src/catalog/index.ts",
      units: "src/units/index.ts",
      ncci: "src/ncci/index.ts",
      "ncci-extended": "src/ncci/extended.ts",
      lint: "src/lint-entry.ts",
      fhir: "src/adapters/fhir.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    // dist/cli.js is written by the CLI build below, in parallel: never clean it here.
    clean: ["**/*", "!cli.js"],
    sourcemap: false,
    target: "es2022",
    platform: "neutral",
    splitting: true,
    treeshake: true,
    outExtension({ format }) {
      return { js: format === "cjs" ? ".cjs" : ".js" };
    },
  },
  {
    // The `therapy-claims` bin: ESM for Node, with its shebang; no types.
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    sourcemap: false,
    target: "node20",
    platform: "node",
    splitting: false,
    treeshake: true,
    banner: { js: "#!/usr/bin/env node" },
    outExtension() {
      return { js: ".js" };
    },
  },
]);
