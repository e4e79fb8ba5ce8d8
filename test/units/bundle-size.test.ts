import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CODE_ROWS } from "../../src/catalog/codes.js";

const entry = fileURLToPath(new URL("../../src/units/index.ts", import.meta.url));

describe("the therapy-claims/units bundle", () => {
  it("stays under 2 kB minified and gzipped, with no zod and no catalog text", async () => {
    const out = await build({ entryPoints: [entry], write: false, bundle: true, minify: true, format: "esm", platform: "neutral", logLevel: "silent" });
    const code = out.outputFiles[0]?.text ?? "";
    const gzipped = gzipSync(code).length;
    console.log(`therapy-claims/units: ${code.length} B minified, ${gzipped} B gzipped`);
    expect(gzipped).toBeLessThan(2048);
    expect(code).not.toMatch(/zod/i);
    for (const row of CODE_ROWS) {
      expect(code).not.toContain(row.summary);
      expect(code).not.toContain(row.title);
    }
  });
});
