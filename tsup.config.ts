import { defineConfig } from "tsup";

/**
 * One entry per public subpath (see package.json "exports"). Each builds to ESM (.js) and
 * CJS (.cjs) with matching .d.ts / .d.cts type files.
 */
const ENTRIES = {
  index: "src/index.ts",
  catalog: "src/catalog/index.ts",
  units: "src/units/index.ts",
  ncci: "src/ncci/index.ts",
  "ncci-extended": "src/ncci-extended-entry.ts",
  lint: "src/lint-entry.ts",
  fhir: "src/adapters/fhir.ts",
};

export default defineConfig([
  {
    entry: ENTRIES,
    format: ["esm", "cjs"],
    // The types of `therapy-claims/report` too: this build's type step deletes every .d.ts first.
    dts: { entry: { ...ENTRIES, report: "src/report/index.ts" } },
    // dist/cli.js, report.js and report.cjs are written by the builds below, in parallel: never clean them here.
    clean: ["**/*", "!cli.js", "!report.js", "!report.cjs"],
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
    // `therapy-claims/report` (reading stored reports back) on its own, without splitting: sharing
    // chunks with the entries above re-split them and grew the main entry (+11 B) for code it
    // does not run. The schemas it needs are copied into it; only its importers pay for them.
    // Its types are built with the entries above.
    entry: { report: "src/report/index.ts" },
    format: ["esm", "cjs"],
    dts: false,
    clean: false,
    sourcemap: false,
    target: "es2022",
    platform: "neutral",
    splitting: false,
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
