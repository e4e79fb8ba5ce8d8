import ts from "typescript";

/**
 * The package's public entries and the source file each resolves to, in the order
 * test/docs-examples.test.ts looks a name up in (the main entry first).
 */
export const ENTRIES: Record<string, string> = {
  "therapy-claims": "src/index.ts",
  "therapy-claims/ncci": "src/ncci/index.ts",
  "therapy-claims/ncci/extended": "src/ncci-extended-entry.ts",
  "therapy-claims/units": "src/units/index.ts",
  "therapy-claims/lint": "src/lint-entry.ts",
  "therapy-claims/catalog": "src/catalog/index.ts",
  "therapy-claims/fhir": "src/adapters/fhir.ts",
  "therapy-claims/report": "src/report/index.ts",
};

/**
 * How a strict consumer compiles (test/integrator/strict-consumer.test.ts, and the doc examples
 * in test/docs-examples.test.ts): `strict` with `exactOptionalPropertyTypes` and
 * `noUncheckedIndexedAccess`, `therapy-claims[/x]` resolved to src.
 *
 * @param types - the `@types` packages the consumer has (none, or `node`)
 * @returns the compiler options
 */
export function strictConsumerOptions(types: string[]): ts.CompilerOptions {
  return {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2022.d.ts"],
    types,
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    noEmit: true,
    skipLibCheck: true,
    allowImportingTsExtensions: true,
    baseUrl: process.cwd(),
    paths: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, [`./${file}`]])),
  };
}
