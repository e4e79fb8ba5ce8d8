import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packedConsumer, ROOT, type PackedConsumer } from "./packed.js";

/**
 * A TypeScript project that installs the package (as `npm pack` ships it) and compiles under
 * each module setting a browser or Node consumer uses, as strictly as such projects do:
 * `strict`, `exactOptionalPropertyTypes`, `noUncheckedIndexedAccess`, `skipLibCheck: false`, no
 * `@types/node` and no DOM lib (the typings must need neither). Every subpath resolves, the
 * README's tour and docs/browser.md's examples compile, and the package's own type files have
 * no error. zod's type files are not ours and are left out (they name `URL`, which a project
 * gets from its DOM or Node types: docs/browser.md).
 */
let consumer: PackedConsumer;
beforeAll(() => {
  consumer = packedConsumer();
  writeFileSync(path.join(consumer.dir, "package.json"), JSON.stringify({ name: "ehr-front-end", private: true }));
});
afterAll(() => consumer?.remove());

const SUBPATHS = ["therapy-claims", "therapy-claims/catalog", "therapy-claims/units", "therapy-claims/ncci", "therapy-claims/ncci/extended", "therapy-claims/lint", "therapy-claims/fhir", "therapy-claims/report"];

/** A file that imports every subpath, as a namespace and one name typed from each. */
const EVERY_SUBPATH = [
  ...SUBPATHS.map((s, i) => `import * as m${i} from ${JSON.stringify(s)};`),
  'import type { Report, Session, Finding, ValidateOptions } from "therapy-claims";',
  'import type { UnitResult } from "therapy-claims/units";',
  'import type { toOperationOutcome } from "therapy-claims/fhir";',
  "type OperationOutcomeLike = ReturnType<typeof toOperationOutcome>;",
  `export const all = [${SUBPATHS.map((_, i) => `m${i}`).join(", ")}] as const;`,
  "export type Used = [Report, Session, Finding, ValidateOptions, UnitResult, OperationOutcomeLike];",
].join("\n");

/** A consumer's file with a type error of its own. */
const CONTROL = 'import { calculateUnits } from "therapy-claims/units";\nexport const n: string = calculateUnits([]).totalUnits;\n';

/** The ```ts blocks of a markdown file. */
function tsBlocks(file: string): string[] {
  return [...readFileSync(path.join(ROOT, file), "utf8").matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((m) => m[1] as string);
}

interface Setting {
  /** The consumer files' extension: .mts is an ES module and .cts a CommonJS one under node16/nodenext. */
  readonly ext: ".ts" | ".mts" | ".cts";
  readonly options: ts.CompilerOptions;
  /** The type files the package's `exports` must resolve to under this setting. */
  readonly types: ".d.ts" | ".d.cts";
}

const SETTINGS: Record<string, Setting> = {
  "bundler": { ext: ".ts", options: { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler }, types: ".d.ts" },
  "node16, ES module": { ext: ".mts", options: { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16 }, types: ".d.ts" },
  "node16, CommonJS": { ext: ".cts", options: { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16 }, types: ".d.cts" },
  "nodenext, ES module": { ext: ".mts", options: { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext }, types: ".d.ts" },
  "nodenext, CommonJS": { ext: ".cts", options: { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext }, types: ".d.cts" },
};

const STRICT: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ["lib.es2022.d.ts"],
  types: [],
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  skipLibCheck: false,
  noEmit: true,
};

/** Lib files are parsed once for all settings. */
const parsed = new Map<string, ts.SourceFile | undefined>();

/** Compiles the consumer's files under one setting: the problems in them and in the package's type files, and the package's type files loaded. */
function compile(setting: Setting, files: Record<string, string>): { problems: string[]; loaded: string[] } {
  const names = Object.entries(files).map(([name, text]) => {
    const file = path.join(consumer.dir, `${name}${name.includes(".") ? "" : setting.ext}`);
    writeFileSync(file, text);
    return file;
  });
  const options = { ...STRICT, ...setting.options };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (f, language, ...rest) => {
    if (!f.includes("/lib.")) return read(f, language, ...rest);
    if (!parsed.has(f)) parsed.set(f, read(f, language, ...rest));
    return parsed.get(f);
  };
  const program = ts.createProgram(names, options, host);
  const ours = program.getSourceFiles().filter((f) => !program.isSourceFileDefaultLibrary(f) && !/\/node_modules\/zod\//.test(f.fileName) && !f.fileName.includes("/zod/"));
  const problems = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics(), ...ours.flatMap((f) => [...program.getSyntacticDiagnostics(f), ...program.getSemanticDiagnostics(f)])].map((d) => {
    const where = d.file ? `${path.relative(consumer.dir, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : "";
    return `${where} TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`;
  });
  const loaded = ours.map((f) => f.fileName).filter((f) => f.includes("/node_modules/therapy-claims/"));
  return { problems, loaded };
}

describe("a TypeScript consumer of the packed package (strict, exactOptionalPropertyTypes, skipLibCheck: false, no Node or DOM types)", () => {
  const tour = `${tsBlocks("README.md")[0] ?? ""}\nexport {};\n`;
  // A Worker example's structuredClone is a DOM (or Node) global: declared here, as the page's lib would.
  const browserDoc = `declare function structuredClone<T>(value: T): T;\n${tsBlocks("docs/browser.md").join("\n")}\nexport {};\n`;

  it("finds the README's tour and docs/browser.md's examples", () => {
    expect(tour).toContain('from "therapy-claims"');
    expect(browserDoc).toContain("validateSession(");
  });

  it.for(Object.keys(SETTINGS))("%s: every subpath and the README's tour compile, and the package's type files have no error", (name) => {
    const setting = SETTINGS[name] as Setting;
    const files: Record<string, string> = { "every-subpath": EVERY_SUBPATH, tour };
    // With the bundler setting, docs/browser.md's examples too, and a consumer's own type error
    // (so the check is seen to report one).
    if (name === "bundler") Object.assign(files, { "browser-doc": browserDoc, control: CONTROL });
    const { problems, loaded } = compile(setting, files);
    expect(problems.filter((p) => !p.startsWith("control.ts:2 TS2322 "))).toEqual([]);
    expect(problems.length, "the control's error").toBe(name === "bundler" ? 1 : 0);
    expect(loaded.length).toBeGreaterThan(SUBPATHS.length);
    expect(loaded.filter((f) => !f.endsWith(setting.types)).map((f) => path.basename(f))).toEqual([]);
  });
});
