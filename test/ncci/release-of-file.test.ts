import { describe, expect, it } from "vitest";
import { ncciReleaseOf } from "../../src/ncci/index.js";

const Q3 = { quarter: "2026 Q3", from: "2026-07-01", through: "2026-09-30", program: "medicare" };

describe("ncciReleaseOf: the release a CMS file's name says", () => {
  it("PTP: version NNN = (year − 1994) × 10 + quarter − 1, the four parts together", () => {
    const four = ["f1", "f2", "f3", "f4"].map((p) => `downloads/ccipra-v322r0-${p}.TXT`);
    expect(ncciReleaseOf(four)).toEqual({ name: "ccipra-v322r0", ...Q3 });
    expect(ncciReleaseOf("ccipra-v301r0-f2.TXT")).toMatchObject({ quarter: "2024 Q2", from: "2024-04-01", through: "2024-06-30" });
    expect(ncciReleaseOf("CCIPRA_V323R0_F1.txt")).toMatchObject({ name: "ccipra-v323r0-f1 only", quarter: "2026 Q4", through: "2026-12-31" });
    expect(ncciReleaseOf("ccipra-v330r0-f3.TXT")?.quarter).toBe("2027 Q1");
  });

  it("PTP parts missing: the name says which were loaded, so no report claims the whole release", () => {
    expect(ncciReleaseOf("ccipra-v322r0-f1.TXT")).toEqual({ name: "ccipra-v322r0-f1 only", ...Q3 });
    expect(ncciReleaseOf(["ccipra-v322r0-f3.TXT", "ccipra-v322r0-f1.TXT", "ccipra-v322r0-f1.TXT"])?.name).toBe("ccipra-v322r0-f1+f3 only");
  });

  it("MUE: in force from the date in the name to its quarter's end", () => {
    expect(ncciReleaseOf("MCR_MUE_PractitionerServices_Eff_07-01-2026.csv")).toEqual({ name: "MCR_MUE_PractitionerServices_Eff_07-01-2026", ...Q3 });
    expect(ncciReleaseOf("C:\\claims\\MCR_MUE_OutpatientHospitalServices_Eff_10-01-2026 (1).csv")).toMatchObject({ quarter: "2026 Q4", from: "2026-10-01", through: "2026-12-31" });
  });

  it("undefined for a name that says no release, or names of different releases", () => {
    for (const name of ["ptp.txt", "", "ccipra-v325r0-f1.TXT", "MCR_MUE_PractitionerServices_Eff_02-30-2026.csv", "mue-excel.csv"]) expect(ncciReleaseOf(name)).toBeUndefined();
    expect(ncciReleaseOf(["ccipra-v322r0-f1.TXT", "ccipra-v321r0-f2.TXT"])).toBeUndefined();
    expect(ncciReleaseOf(["ccipra-v322r0-f1.TXT", "notes.txt"])).toBeUndefined();
    expect(ncciReleaseOf([])).toBeUndefined();
  });

  it("a text far longer than a file name is read by its last 255 characters (its patterns scanned 60,000 characters of 'MUE' in seconds)", () => {
    expect(ncciReleaseOf("MUE".repeat(200_000))).toBeUndefined();
    expect(ncciReleaseOf(`${"x/".repeat(100_000)}MCR_MUE_PractitionerServices_Eff_07-01-2026.csv`)?.quarter).toBe("2026 Q3");
  });
});
