import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { NCCI_INPUT_FILES, renderNcciModules } from "../../scripts/generate-ncci.mjs";

const root = join(import.meta.dirname, "..", "..");

describe("generated NCCI data modules", () => {
  it("re-running the generator over data/ncci gives exactly the committed modules", () => {
    const inputs = Object.fromEntries(NCCI_INPUT_FILES.map((f) => [f, readFileSync(join(root, "data/ncci", f), "utf8")]));
    const out = renderNcciModules(inputs);
    expect(Object.keys(out).sort()).toEqual(["src/ncci/mue-data.ts", "src/ncci/ptp-data-extended.ts", "src/ncci/ptp-data.ts"]);
    for (const [path, text] of Object.entries(out)) {
      expect(readFileSync(join(root, path), "utf8"), path).toBe(text);
    }
  });
});
