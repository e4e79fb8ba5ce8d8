import { describe, expect, it } from "vitest";
import { checkCatalog } from "../../src/catalog/check-catalog.js";
import type { Session } from "../../src/model/session.js";

const visit = (codes: string[]): Session => ({
  dateOfService: "2025-03-14", payer: { program: "medicare" }, provider: { discipline: "PT" },
  services: codes.map((code) => ({ code })),
});

describe("checkCatalog (catalog/unknown-code)", () => {
  it("flags a code the catalog does not know, at the line's code, as a warning", () => {
    expect(checkCatalog(visit(["97110", "97999"]))).toEqual([
      expect.objectContaining({ rule: "catalog/unknown-code", severity: "warning", path: ["services", 1, "code"], codes: ["97999"] }),
    ]);
    expect(checkCatalog(visit(["97999"]))[0]?.message).toContain("checked as a timed code");
  });

  it("passes known codes, in any case (lower-case HCPCS)", () => {
    expect(checkCatalog(visit(["97110", "97530", "97150", "g0283"]))).toEqual([]);
  });

  it("leaves deleted codes to the linter's doc/deleted-code (CR: 97532 deleted 2018-01-01)", () => {
    expect(checkCatalog(visit(["97532"]))).toEqual([]);
  });
});
