import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import vm from "node:vm";
import * as esbuild from "esbuild";
import { rollup } from "rollup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { THERAPY_CLAIM } from "../adapters/fhir-claim.js";
import { packedConsumer, ROOT, type PackedConsumer } from "./packed.js";

/**
 * A browser EHR's front end bundles the package as published (`npm pack`, resolved through
 * package.json `exports` like any dependency) with esbuild for the browser, minified, as Vite
 * and other esbuild-based tools do, and with Rollup, as Vite builds for production
 * (docs/browser.md). Sizes are not asserted here (size-limit does that); what is: nothing of
 * Node in a browser bundle (ESM or CommonJS build), a name imported from the main entry costs
 * what it costs from its subpath (no zod, no linter, no NCCI table or code catalog it does not
 * use), zod/mini with no locale but parseReport's English, the oldest browsers the docs name, and the bundle runs
 * where there is no Node, no eval (a strict CSP) or nothing newer than ES2022.
 */
let consumer: PackedConsumer;
beforeAll(() => {
  consumer = packedConsumer();
});
afterAll(() => consumer?.remove());

/** Node's globals, each replaced by a marker name wherever a bundle reads it as a global. */
const NODE_GLOBALS = ["process", "Buffer", "global", "__dirname", "__filename", "setImmediate", "require", "module", "exports"];
const MARK = "__NODE_GLOBAL__";
/** In a CommonJS file the bundler wraps, require, module and exports are its own, not Node's. */
const COMMONJS_GLOBALS = NODE_GLOBALS.filter((name) => !["require", "module", "exports"].includes(name));

interface Bundle {
  /** The minified bundle. */
  readonly code: string;
  /** The packages and files that put bytes into it. */
  readonly inputs: string[];
}

/** Bundles `source` (a consumer's module) for the browser, minified, from the consumer project. */
async function bundle(source: string, format: "esm" | "iife" = "esm", globals: readonly string[] = NODE_GLOBALS): Promise<Bundle> {
  const result = await esbuild.build({
    stdin: { contents: source, resolveDir: consumer.dir, loader: "js" },
    bundle: true,
    format,
    platform: "browser",
    target: "es2022",
    minify: true,
    write: false,
    metafile: true,
    logLevel: "silent",
    define: Object.fromEntries(globals.map((name) => [name, `${MARK}${name}`])),
  });
  const output = Object.values(result.metafile.outputs)[0];
  return {
    code: result.outputFiles[0]?.text ?? "",
    inputs: Object.entries(output?.inputs ?? {}).filter(([, v]) => v.bytesInOutput > 0).map(([file]) => file),
  };
}

/** The Node globals a bundle reads. */
function nodeGlobalsIn(code: string): string[] {
  return [...new Set([...code.matchAll(new RegExp(`${MARK}(\\w+)`, "g"))].map((m) => m[1] as string))];
}

/** Whether zod put any code into a bundle. */
function hasZod(b: Bundle): boolean {
  return b.inputs.some((file) => /(^|\/)node_modules\/zod\//.test(file) || file.includes("/zod/"));
}

const SUBPATHS = ["therapy-claims", "therapy-claims/catalog", "therapy-claims/units", "therapy-claims/ncci", "therapy-claims/ncci/extended", "therapy-claims/lint", "therapy-claims/fhir", "therapy-claims/report"];

describe("a browser bundle of each entry (esbuild, platform browser)", () => {
  it("the checks see a Node global and a node: import (so they can fail)", async () => {
    expect(nodeGlobalsIn((await bundle("export const f = () => process.env.X + typeof Buffer;")).code).sort()).toEqual(["Buffer", "process"]);
    await expect(bundle('import "node:fs";')).rejects.toThrow(/node:fs/);
  });

  it("the package's exports list every subpath bundled here", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { exports: Record<string, unknown> };
    expect(Object.keys(pkg.exports).filter((s) => s !== "./package.json").map((s) => (s === "." ? "therapy-claims" : `therapy-claims/${s.slice(2)}`)).sort()).toEqual([...SUBPATHS].sort());
  });

  it("everything builds for the oldest browsers docs/browser.md names (Chrome and Edge 93, Firefox 92, Safari 15.4) without a warning", async () => {
    const result = await esbuild.build({
      stdin: { contents: SUBPATHS.map((s, i) => `import * as m${i} from ${JSON.stringify(s)}; console.log(m${i});`).join("\n"), resolveDir: consumer.dir, loader: "js" },
      bundle: true, format: "esm", platform: "browser", target: ["chrome93", "edge93", "firefox92", "safari15.4"], minify: true, write: false, logLevel: "silent",
    });
    expect(result.warnings.map((w) => w.text)).toEqual([]);
  });

  it.for(SUBPATHS)("import * from %s, and require() of it (the CommonJS build): builds, reads no Node global and imports no node: module", async (subpath) => {
    for (const b of [await bundle(`import * as m from ${JSON.stringify(subpath)}; console.log(m);`), await bundle(`console.log(require(${JSON.stringify(subpath)}));`, "iife", COMMONJS_GLOBALS)]) {
      expect(nodeGlobalsIn(b.code)).toEqual([]);
      expect(b.inputs.filter((f) => f.startsWith("node:") || f.includes("(disabled)"))).toEqual([]);
    }
  });
});

/**
 * Importing one name from the main entry costs what importing it from its subpath costs: the
 * bundler drops the rest. dist/index.js holds the zod schemas, the options reader and the
 * report's helpers at its top level, one flat module, so each top-level statement must be
 * droppable on its own (`/* @__PURE__ *\/` where it calls something): before, a schema built at
 * load kept all of zod, the NCCI table and the catalog in `{ calculateUnits }` (517 kB minified
 * with esbuild, against 4.2 kB from therapy-claims/units).
 */
describe("tree-shaking the main entry", () => {
  const SAME_AS_SUBPATH: [name: string, subpath: string][] = [
    ["calculateUnits", "therapy-claims/units"],
    ["unitsForMinutes", "therapy-claims/units"],
    ["getCode", "therapy-claims/catalog"],
    ["findPtpEdit", "therapy-claims/ncci"],
    ["checkPairEdits", "therapy-claims/ncci"],
    ["lintDocumentation", "therapy-claims/lint"],
  ];

  it.for(SAME_AS_SUBPATH)('{ %s } from "therapy-claims" bundles to what it bundles to from %s (within 1%%), without zod', async ([name, subpath]) => {
    const main = await bundle(`import { ${name} } from "therapy-claims"; console.log(${name});`);
    const sub = await bundle(`import { ${name} } from ${JSON.stringify(subpath)}; console.log(${name});`);
    expect(hasZod(main), "zod in the bundle").toBe(false);
    // The same code; minified names may differ by a byte or two.
    expect(Math.abs(main.code.length - sub.code.length)).toBeLessThanOrEqual(sub.code.length / 100);
  });

  // The catalog's rows cited their sources through top-level reads (`const T = SOURCES.cpm5_20_2`),
  // which esbuild keeps, and with them the table: { findPtpEdit } 56,452 -> 32,337 B minified
  // (13,825 -> 9,143 B gzipped) once the rows are made in a function marked pure.
  it.for([
    ["findPtpEdit", "therapy-claims/ncci"],
    ["getModifier", "therapy-claims"],
    ["resolvePayerProfile", "therapy-claims"],
  ])("{ %s } from %s holds no row of the code catalog", async ([name, subpath]) => {
    const b = await bundle(`import { ${name} } from ${JSON.stringify(subpath)}; console.log(${name});`);
    expect(b.code).not.toContain("auditory-processing disorders");
  });

  // The same for the modifier tables (src/modifiers): KNOWN_MODIFIERS and KX_THRESHOLDS cite
  // sources through top-level reads (M.kx2018, SOURCES.cpm5_10_4), so every bundle that reached
  // their chunk kept both tables. Found by the helper `browser`, fixed by the lead (pure IIFEs).
  it.for([
    ["findPtpEdit", "therapy-claims/ncci"],
    ["resolvePayerProfile", "therapy-claims"],
    ["checkMue", "therapy-claims/ncci"],
  ])("{ %s } from %s holds no row of the modifier or KX tables", async ([name, subpath]) => {
    const b = await bundle(`import { ${name} } from ${JSON.stringify(subpath)}; console.log(${name});`);
    expect(b.code).not.toContain("Routes its dollars to the PT and SLP KX bucket");
    expect(b.code).not.toContain("Announced as the 2018 cap");
  });

  it("{ getModifier } and { kxThresholdFor } hold those tables (so the check above can see them)", async () => {
    expect((await bundle('import { getModifier } from "therapy-claims"; console.log(getModifier);')).code).toContain("Routes its dollars to the PT and SLP KX bucket");
    expect((await bundle('import { kxThresholdFor } from "therapy-claims"; console.log(kxThresholdFor);')).code).toContain("Announced as the 2018 cap");
  });

  it("{ getCode } holds the code catalog (so the check above can see it)", async () => {
    expect((await bundle('import { getCode } from "therapy-claims/catalog"; console.log(getCode);')).code).toContain("auditory-processing disorders");
  });

  it("validateSession does bring zod (so the check above can see it)", async () => {
    expect(hasZod(await bundle('import { validateSession } from "therapy-claims"; console.log(validateSession);'))).toBe(true);
  });

  // `import { z } from "zod"` reads zod's `z` namespace object, which holds every export, its 60
  // locales among them: esbuild kept all of zod (454,060 B minified, 93,009 B gzipped for a
  // five-field schema; `import * as z`: 90,456 / 26,355 B). validateSession's bundle went from
  // 651,458 / 154,407 B to 287,501 / 87,660 B.
  // Sixteenth round: the schemas are zod/mini's, which sets no locale: the main entry's names bring
  // none (every message parseSession gives is its own), and parseReport brings zod's English only,
  // which it passes with each parse (src/report/parse-report.ts).
  it.for([
    ["validateSession", "therapy-claims", []],
    ["parseSession", "therapy-claims", []],
    // Found by the helper `browser`, fixed by the lead (src/report/report-schema.ts): 94.6 -> 28.0 kB gzipped.
    ["parseReport", "therapy-claims/report", ["zod/v4/locales/en.js"]],
  ] as const)("{ %s } from %s brings no zod locale but %j (src imports zod/mini as a namespace)", async ([name, from, locales]) => {
    const b = await bundle(`import { ${name} } from "${from}"; console.log(${name});`);
    expect(hasZod(b)).toBe(true);
    expect(b.inputs.filter((f) => /\/zod\/.*\/locales\//.test(f)).map((f) => f.replace(/.*\/zod\//, "zod/"))).toEqual(locales);
    // zod/mini, not classic zod: classic's schemas file is not in the bundle.
    expect(b.inputs.filter((f) => /\/zod\/v4\/classic\//.test(f))).toEqual([]);
  });
});

/** The package, or zod, resolved as a bundler does: package.json `exports` (import), and `sideEffects`. */
function resolveInConsumer(specifier: string, importer: string | undefined): { id: string; moduleSideEffects: boolean } {
  if (specifier.startsWith(".")) {
    const id = path.resolve(path.dirname(importer ?? ""), specifier);
    // zod lists its side-effectful files (compile.js); ours are none.
    return { id, moduleSideEffects: /\/zod\/.*compile\.c?js$/.test(id) };
  }
  const [, name = "", sub = ""] = /^(@[^/]+\/[^/]+|[^/]+)(\/.*)?$/.exec(specifier) ?? [];
  const dir = path.join(consumer.dir, "node_modules", name);
  const pkg = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { exports: Record<string, unknown>; sideEffects?: unknown };
  let target: unknown = pkg.exports[`.${sub}`];
  while (typeof target === "object" && target !== null) target = (target as Record<string, unknown>)["import"] ?? (target as Record<string, unknown>)["default"];
  return { id: path.join(dir, String(target)), moduleSideEffects: pkg.sideEffects !== false };
}

/** Bundles `source` with Rollup (Vite's production bundler), unminified. */
async function rollupBundle(source: string): Promise<string> {
  const build = await rollup({
    input: "\0entry",
    onwarn: () => {},
    plugins: [{ name: "consumer", resolveId: (s, importer) => (s === "\0entry" ? s : resolveInConsumer(s, importer)), load: (id) => (id === "\0entry" ? source : null) }],
  });
  return (await build.generate({ format: "es" })).output[0].code;
}

describe("Rollup (Vite's production bundler)", () => {
  // The catalog's code map was built at load (new Map(CODE_ROWS.map(...))), so any import that
  // reached the catalog's chunk kept the whole code table: { findPtpEdit } 51,391 -> 24,757 B
  // minified (12,553 -> 7,054 B gzipped) with the map marked pure.
  it("{ findPtpEdit } from therapy-claims/ncci holds no row of the code catalog", async () => {
    const code = await rollupBundle('import { findPtpEdit } from "therapy-claims/ncci"; console.log(findPtpEdit);');
    expect(code).toContain("function findPtpEdit");
    expect(code).not.toContain("auditory-processing disorders");
    expect(await rollupBundle('import { getCode } from "therapy-claims/catalog"; console.log(getCode);')).toContain("auditory-processing disorders");
  });

  it("{ calculateUnits } from therapy-claims is what it is from therapy-claims/units", async () => {
    const main = await rollupBundle('import { calculateUnits } from "therapy-claims"; console.log(calculateUnits);');
    expect(main).toBe(await rollupBundle('import { calculateUnits } from "therapy-claims/units"; console.log(calculateUnits);'));
  });
});

const VISITS: unknown[] = [
  ...readFileSync(path.join(ROOT, "examples/sessions.ndjson"), "utf8").split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as unknown),
  {},
  { dateOfService: "2025-02-30", payer: { program: "medicare" }, provider: { discipline: "PT" }, services: [{ code: "97110", minutes: -3 }] },
];

/** Counts `new Function` and `Function()` in a vm context (zod's eval probe and its compiled parsers). */
const COUNT_FUNCTION = `globalThis.functionCalls = 0; const F = Function;
globalThis.Function = new Proxy(F, { construct: (t, a) => (functionCalls++, Reflect.construct(t, a)), apply: (t, self, a) => (functionCalls++, Reflect.apply(t, self, a)) });`;

/** Deletes the built-ins added after ES2022 (ES2023 to ES2025, and those Node has early). */
const AFTER_ES2022 = `
for (const proto of [Array.prototype, Object.getPrototypeOf(Int8Array.prototype)])
  for (const name of ["findLast", "findLastIndex", "toSorted", "toReversed", "toSpliced", "with"]) delete proto[name];
for (const name of ["union", "intersection", "difference", "symmetricDifference", "isSubsetOf", "isSupersetOf", "isDisjointFrom"]) delete Set.prototype[name];
for (const name of ["isWellFormed", "toWellFormed"]) delete String.prototype[name];
delete Object.groupBy; delete Map.groupBy; delete Promise.withResolvers; delete Array.fromAsync; delete RegExp.escape; delete globalThis.Iterator;
delete ArrayBuffer.prototype.transfer; delete ArrayBuffer.prototype.resize;`;

const INVALID_VISIT = '{ dateOfService: "2025-02-30", payer: { program: "medicare" }, provider: { discipline: "PT" }, services: [{ code: "97110", minutes: -3 }] }';

describe("in a browser-like runtime", () => {
  // A strict Content-Security-Policy (no 'unsafe-eval') is modelled by a context whose code
  // generation from strings is off: eval and new Function throw EvalError.
  // The oldest browsers docs/browser.md names (Chrome 93, Firefox 92, Safari 15.4) have ES2022's
  // built-ins and none added since: modelled by deleting the later ones.
  it.for([
    ["only the language's globals", true, false],
    ["only the language's globals and no eval, as under a CSP without 'unsafe-eval'", false, false],
    ["only ES2022's built-ins (findLast, toSorted, Object.groupBy, Set's union... deleted)", true, true],
  ] as const)("the browser bundle validates visits and a FHIR Claim in a context with %s (no process, no require, no Buffer), as the Node import does", async ([, strings, es2022]) => {
    const b = await bundle(
      [
        'import { validateSession, calculateUnits } from "therapy-claims";',
        'import { sessionsFromFhirClaim, toOperationOutcome } from "therapy-claims/fhir";',
        "globalThis.run = (input) => {",
        "  const { visits, claim } = JSON.parse(input);",
        "  const reports = visits.map((v) => validateSession(v));",
        '  const fhir = sessionsFromFhirClaim(claim, { payer: { program: "medicare" } }).map((s) => toOperationOutcome(validateSession(s), s));',
        '  return JSON.stringify({ reports, fhir, units: calculateUnits([{ code: "97110", minutes: 33 }, { code: "97140", minutes: 7 }]) });',
        "};",
      ].join("\n"),
      "iife",
    );
    const context = vm.createContext({ INPUT: JSON.stringify({ visits: VISITS, claim: THERAPY_CLAIM }) }, { codeGeneration: { strings } });
    expect(vm.runInContext("typeof process + typeof require + typeof Buffer + typeof structuredClone", context)).toBe("undefinedundefinedundefinedundefined");
    if (!strings) expect(() => vm.runInContext('new Function("")', context)).toThrow();
    if (es2022) {
      vm.runInContext(AFTER_ES2022, context);
      expect(vm.runInContext("typeof [].findLast + typeof [].toSorted + typeof Object.groupBy", context)).toBe("undefinedundefinedundefined");
    }
    const inBrowser = vm.runInContext(`${b.code}\nrun(INPUT);`, context) as string;

    const main = (await import(pathToFileURL(path.join(consumer.dir, "node_modules/therapy-claims/dist/index.js")).href)) as typeof import("../../src/index.js");
    const fhir = (await import(pathToFileURL(path.join(consumer.dir, "node_modules/therapy-claims/dist/fhir.js")).href)) as typeof import("../../src/adapters/fhir.js");
    const inNode = JSON.stringify({
      reports: VISITS.map((v) => main.validateSession(v)),
      fhir: fhir.sessionsFromFhirClaim(THERAPY_CLAIM, { payer: { program: "medicare" } }).map((s) => fhir.toOperationOutcome(main.validateSession(s), s)),
      units: main.calculateUnits([{ code: "97110", minutes: 33 }, { code: "97140", minutes: 7 }]),
    });
    expect(JSON.parse(inBrowser)).toEqual(JSON.parse(inNode));
    expect((JSON.parse(inBrowser) as { reports: { findings: unknown[] }[] }).reports.every((r) => r.findings.length > 0)).toBe(true);
  });

  // Classic zod's z.object probed `new Function("")` when the schema was built, so loading
  // validateSession did it once (a strict CSP reports that as a violation though zod caught the
  // error), and with eval allowed zod compiled its object parsers at the first invalid visit (4
  // more); docs/browser.md gave a recipe, zod's jitless set in a module imported first. zod/mini's
  // z.object (sixteenth round) has no compiled parser: nothing is compiled from strings, at load or
  // at any visit, and the recipe is not needed.
  it("loading validateSession, parseReport or calculateUnits compiles nothing from strings, at load or at an invalid visit or report (zod/mini compiles no parser)", async () => {
    const load = async (source: string, input: string) => {
      const context = vm.createContext({});
      vm.runInContext(COUNT_FUNCTION, context);
      vm.runInContext((await bundle(source, "iife")).code, context);
      const atLoad = vm.runInContext("functionCalls", context) as number;
      vm.runInContext(`try { validate(${input}) } catch {}`, context);
      return [atLoad, vm.runInContext("functionCalls", context) as number];
    };
    expect(await load('import { validateSession } from "therapy-claims"; globalThis.validate = validateSession;', INVALID_VISIT)).toEqual([0, 0]);
    expect(await load('import { parseSession } from "therapy-claims"; globalThis.validate = parseSession;', INVALID_VISIT)).toEqual([0, 0]);
    expect(await load('import { parseReport } from "therapy-claims/report"; globalThis.validate = parseReport;', "{ valid: 1, findings: [{}] }")).toEqual([0, 0]);
    expect(await load('import { calculateUnits } from "therapy-claims"; globalThis.validate = (v) => calculateUnits(v.services);', INVALID_VISIT)).toEqual([0, 0]);
    // The counter sees a compile (so the checks above can fail): classic zod, jitless off, compiles at the first invalid object.
    writeFileSync(path.join(consumer.dir, "zod-classic.js"), 'import * as z from "zod";\nconst s = z.object({ a: z.string() }); globalThis.validate = (v) => s.safeParse(v);\n');
    expect((await load('import "./zod-classic.js";', "{ a: 1 }"))[1]).toBeGreaterThan(0);
  });

  it("a report, a list of reports and an OperationOutcome survive structuredClone (postMessage from a Worker) unchanged", async () => {
    const main = (await import(pathToFileURL(path.join(consumer.dir, "node_modules/therapy-claims/dist/index.js")).href)) as typeof import("../../src/index.js");
    const fhir = (await import(pathToFileURL(path.join(consumer.dir, "node_modules/therapy-claims/dist/fhir.js")).href)) as typeof import("../../src/adapters/fhir.js");
    const reports = main.validateSessions(VISITS);
    const [session] = fhir.sessionsFromFhirClaim(THERAPY_CLAIM, { payer: { program: "medicare" } });
    const outcome = fhir.toOperationOutcome(main.validateSession(session), session);
    for (const value of [...reports, reports, outcome]) expect(structuredClone(value)).toStrictEqual(value);
  });
});
