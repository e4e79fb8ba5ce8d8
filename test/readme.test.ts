import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as lib from "../src/index.js";

/**
 * The README's tour must stay true. The first ```ts block is run against the library, and every
 * line of the form `expression; // value …` whose comment starts with a literal (a JSON value or
 * `undefined`) is checked: the expression must equal that value.
 */
const readme = readFileSync("README.md", "utf8");
const block = /```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";

/** The literal a comment starts with: the longest prefix (cut at ":" or end) that parses. */
function expectedValue(comment: string): { value: unknown } | undefined {
  const cuts = [comment.length, ...[...comment.matchAll(/:/g)].map((m) => m.index ?? 0)].sort((a, b) => b - a);
  for (const cut of cuts) {
    const text = comment.slice(0, cut).trim();
    if (text === "undefined") return { value: undefined };
    try {
      return { value: JSON.parse(text) };
    } catch {
      // not a literal at this cut
    }
  }
  return undefined;
}

describe("README tour", () => {
  it("runs, and every value it shows in a comment is what the library returns", () => {
    const checks: { line: string; expected: unknown }[] = [];
    const body = block
      .split("\n")
      .map((line) => {
        if (line.startsWith("import ")) return line.replace(/^import \{([^}]*)\} from "therapy-claims";$/, "const {$1} = lib;");
        const m = /^([^/].*?);\s*\/\/ (.*)$/.exec(line);
        const expected = m ? expectedValue(m[2] as string) : undefined;
        if (!m || expected === undefined || /^(const|let)\s/.test(m[1] as string)) return line;
        checks.push({ line: m[1] as string, expected: expected.value });
        return `__check(${checks.length - 1}, ${m[1]});`;
      })
      .join("\n");
    const got: unknown[] = [];
    new Function("lib", "__check", body)(lib, (i: number, value: unknown) => (got[i] = value));
    expect(checks.length).toBeGreaterThanOrEqual(8);
    checks.forEach((c, i) => expect(got[i], c.line).toEqual(c.expected));
  });

  it("typechecks as a user pastes it into a strict project (strict, exactOptionalPropertyTypes, noUncheckedIndexedAccess)", () => {
    const options: ts.CompilerOptions = {
      target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ["lib.es2022.d.ts"], types: [], strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true,
      noEmit: true, skipLibCheck: true, baseUrl: process.cwd(), paths: { "therapy-claims": ["./src/index.ts"] },
    };
    const name = join(process.cwd(), "__readme_tour.ts");
    const host = ts.createCompilerHost(options);
    const getSourceFile = host.getSourceFile.bind(host);
    const fileExists = host.fileExists.bind(host);
    host.getSourceFile = (f, language) => (f === name ? ts.createSourceFile(f, `${block}\nexport {};\n`, language) : getSourceFile(f, language));
    host.fileExists = (f) => f === name || fileExists(f);
    const program = ts.createProgram([name], options, host);
    const file = program.getSourceFile(name) as ts.SourceFile;
    const lines = block.split("\n");
    const problems = [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)].map(
      (d) => `${lines[file.getLineAndCharacterOfPosition(d.start ?? 0).line]?.trim()}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`,
    );
    expect(problems).toEqual([]);
  });
});

describe("README for a user who installs the package (twelfth round, integrator)", () => {
  it("says how to install it before anything else is run, and links the integration guide", () => {
    const firstCommand = /```sh\n([^\n]*)/.exec(readme)?.[1] ?? "";
    expect(firstCommand.trim()).toBe("npm install therapy-claims");
    expect(readme).toContain("](docs/integrating.md)");
  });

  it("every guide in docs/ is listed in docs/README.md", () => {
    const index = readFileSync("docs/README.md", "utf8");
    const pages = readdirSync("docs").filter((f) => f.endsWith(".md") && f !== "README.md");
    expect(pages.filter((p) => !index.includes(`](${p})`))).toEqual([]);
  });
});
