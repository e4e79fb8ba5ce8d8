import { describe, expect, it } from "vitest";
import * as main from "../src/index.js";
import * as ncci from "../src/ncci/index.js";

// The main entry lists the NCCI names one by one (src/index.ts) so that it can leave the CMS
// file parsers and ncciReleaseOf (which names their files' release) to `therapy-claims/ncci`
// (docs/design-notes.md, "Main entry size"). These tests
// keep that list in step with src/ncci/index.ts.
const NCCI_ONLY = ["ncciReleaseOf", "parseMueFile", "parseNcciPtpFile"];

describe("the main entry's NCCI names", () => {
  it("every runtime export of therapy-claims/ncci except the CMS file parsers is the same value from the main entry", () => {
    for (const [name, value] of Object.entries(ncci)) {
      if (NCCI_ONLY.includes(name)) continue;
      expect(main[name as keyof typeof main], name).toBe(value);
    }
  });

  it("the CMS file parsers are in therapy-claims/ncci, not in the main entry", () => {
    for (const name of NCCI_ONLY) {
      expect(typeof ncci[name as keyof typeof ncci], name).toBe("function");
      expect(name in main, name).toBe(false);
    }
  });
});
