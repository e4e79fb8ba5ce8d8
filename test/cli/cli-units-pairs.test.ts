import { describe, expect, it } from "vitest";
import { run } from "./run-cli.js";

// CALC-SPLIT (twenty-second round, units22): `therapy-claims units` counted each line of a first period and its add-on
// alone ("92608: 2 units (60 min)" for 92607=40 92608=60), which validateSession then called units/exceeds-time. The
// calculator now adds the pair's minutes as the checks do, and with no 15-minute code (where no explanation is printed)
// the command prints the calculator's sentence for each code of a pair, so a biller sees why 60 minutes are 1 unit.
describe("therapy-claims units: a first period and its add-on", () => {
  it.each<[string[], string[]]>([
    [
      ["92607=40", "92608=60"],
      [
        "Units: no 15-minute codes (92607 billed by the hour, 92608 per 30 minutes, others per session)",
        "  92607: 1 unit (40 min)",
        "  92608: 1 unit (60 min)",
        "  - 92607 is billed by the hour: 1 unit (40 min + 92608's 60, not timed minutes)",
        "  - 92608 is billed per 30 minutes after 92607's first 60 minutes: 1 unit (60 min + 92607's 40, not timed minutes)",
      ],
    ],
    [
      ["97545=60", "97546=60"],
      [
        "Units: no 15-minute codes (97545/97546 billed by the hour, others per session)",
        "  97545: 1 unit (60 min)",
        "  97546: 0 units (60 min)",
        "  - 97545 is billed by the hour: 1 unit (60 min + 97546's 60, not timed minutes)",
        "  - 97546 is billed by the hour after 97545's first 120 minutes: 0 units (60 min + 97545's 60, not timed minutes)",
      ],
    ],
    // An add-on alone: its sentence says the first hour is its first code's (validate reports the missing 92626), and the
    // calculator counts 92626 for it (units23 ADD-ON-ALONE: 75 minutes are 92626's first hour and 15 more).
    [
      ["92627=75"],
      [
        "Units: no 15-minute codes (92627 billed per 15 minutes, others per session)",
        "  92627: 1 unit (75 min)",
        "  - 92627 is billed per 15 minutes after 92626's first 60 minutes: 1 unit (75 min, not timed minutes)",
        "  - 92626 is billed by the hour: 1 unit (0 min + 92627's 75, not timed minutes)",
        "  - bill 92627 × 1, 92626 × 1",
      ],
    ],
    // A first code alone, and a code billed per hour, print as before: no sentence.
    [["92607=45", "96125=91"], ["Units: no 15-minute codes (92607/96125 billed by the hour, others per session)", "  92607: 1 unit (45 min)", "  96125: 2 units (91 min)"]],
  ])("units %j", async (args, expected) => {
    const r = await run(["units", ...args]);
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split("\n")).toEqual(expected);
  });

  it("beside a 15-minute code, the explanation (printed in full) has the pair's sentences", async () => {
    const r = await run(["units", "92607=40", "92608=60", "97110=20"]);
    expect(r.stdout).toContain("  92608: 60 min -> 1 unit (per 30 minutes)\n");
    expect(r.stdout).toContain("  - 92608 is billed per 30 minutes after 92607's first 60 minutes: 1 unit (60 min + 92607's 40, not timed minutes)\n");
    expect(r.stdout).toContain("  - bill 92607 × 1, 92608 × 1, 97110 × 1\n");
  });
});
