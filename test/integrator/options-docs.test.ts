import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ENTRIES as ENTRY_FILES } from "../strict-consumer-options.js";

/**
 * An option whose effect the docs do not say is friction: every field of a public options type
 * (`…Options`, `…Filter`, `…Override`, `…Input`) carries a TSDoc comment, which typedoc and an
 * editor's hover show. (typedoc's own check covers declarations, not their fields.)
 */
const ENTRIES = Object.values(ENTRY_FILES);

describe("options types say what each field does", () => {
  it("every field of a public options type has a TSDoc comment", () => {
    const program = ts.createProgram(ENTRIES, { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, strict: true, noEmit: true });
    const checker = program.getTypeChecker();
    const seen = new Set<ts.Symbol>();
    const undocumented: string[] = [];
    for (const file of ENTRIES) {
      for (let symbol of checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(file) as ts.SourceFile) as ts.Symbol)) {
        if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
        if (seen.has(symbol) || !/(Options|Filter|Override|Input)$/.test(symbol.name) || !(symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias))) continue;
        seen.add(symbol);
        for (const p of checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(symbol))) {
          if (ts.displayPartsToString(p.getDocumentationComment(checker)).trim() === "") undocumented.push(`${symbol.name}.${p.name}`);
        }
      }
    }
    expect(seen.size).toBeGreaterThan(8);
    expect(undocumented).toEqual([]);
  });
});
