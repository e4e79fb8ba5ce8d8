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
  // Built with the others since round 18 (it was on its own, to spare the main entry 11 B of
  // re-split chunks): parseReport reads the session with the main entry's schema and fast parse,
  // so a page importing both now loads them once (-2,517 B gzipped), for +8 B on the main entry.
  report: "src/report/index.ts",
};

export default defineConfig([
  {
    entry: ENTRIES,
    format: ["esm", "cjs"],
    dts: { entry: ENTRIES },
    // dist/cli.js is written by the build below, in parallel: never clean it here.
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
