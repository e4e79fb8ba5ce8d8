/**
 * A return-to-work program's day book (thirteenth round): 24 visits of an outpatient work
 * hardening / work conditioning program, billed to workers' compensation (program "other"),
 * commercial plans, and the same clinic's Medicare and Medicaid patients. Work hardening is
 * billed by the hour (97545 the first two hours, 97546 each further hour), beside functional
 * capacity testing (97750, 15-minute units), 97110, 97530, 97537 and the PT and OT evaluations.
 * No patient identifiers; each visit's `units` are what the front desk billed.
 */
type Program = "other" | "commercial" | "medicare" | "medicaid";
const visit = (id: string, program: Program, services: unknown[], extra: Record<string, unknown> = {}) => ({
  id,
  dateOfService: "2025-06-10",
  payer: { program, ...(program === "other" ? { name: "State workers' comp" } : {}), ...(extra.payer as object | undefined) },
  provider: { discipline: "PT", credential: "PT", ...(extra.provider as object | undefined) },
  services,
  ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== "payer" && k !== "provider")),
});
const OT = { provider: { discipline: "OT", credential: "OT" } };

export const RETURN_TO_WORK_VISITS = [
  // A three-hour program day: the first two hours and one further hour.
  visit("h01", "other", [{ code: "97545", minutes: 120, units: 1 }, { code: "97546", minutes: 60, units: 1 }]),
  // All three hours written on 97545; no 97546 line.
  visit("h02", "other", [{ code: "97545", minutes: 180, units: 1 }]),
  // Three and a half hours billed as four: the last hour is 30 minutes.
  visit("h03", "other", [{ code: "97545", minutes: 120, units: 1 }, { code: "97546", minutes: 90, units: 2 }]),
  // Three hours billed as five.
  visit("h04", "other", [{ code: "97545", minutes: 120, units: 1 }, { code: "97546", minutes: 60, units: 3 }]),
  // The further hour alone.
  visit("h05", "other", [{ code: "97546", minutes: 60, units: 1 }]),
  // Four hours billed as 97545 × 2 (should be 97545 × 1 and 97546 × 2).
  visit("h06", "other", [{ code: "97545", minutes: 240, units: 2 }]),
  // A two-hour functional capacity evaluation in 15-minute units.
  visit("h07", "other", [{ code: "97750", minutes: 120, units: 8 }]),
  // A longer one: over Medicare's MUE of 8 (a workers' comp plan may allow it).
  visit("h08", "other", [{ code: "97750", minutes: 150, units: 10 }]),
  // Evaluation and capacity testing on one day.
  visit("h09", "other", [{ code: "97163", minutes: 45, units: 1 }, { code: "97750", minutes: 60, units: 4 }]),
  // Program hours and exercise outside them, with clock times that do not overlap.
  visit("h10", "other", [
    { code: "97545", minutes: 120, units: 1, start: "08:00", end: "10:00" },
    { code: "97546", minutes: 60, units: 1, start: "10:00", end: "11:00" },
    { code: "97110", minutes: 30, units: 2, start: "11:15", end: "11:45" },
  ]),
  // Manual therapy on a program day (NCCI: 97545 with 97140, modifier indicator 0).
  visit("h11", "other", [{ code: "97545", minutes: 120, units: 1 }, { code: "97140", minutes: 15, units: 1 }]),
  // A PT re-evaluation on a program day (NCCI: 97545 with 97164, indicator 1).
  visit("h12", "other", [{ code: "97545", minutes: 120, units: 1 }, { code: "97164", minutes: 30, units: 1 }]),
  // An OT re-evaluation on a program day (NCCI: 97545 with 97168, indicator 1), OT's program.
  visit("h13", "other", [{ code: "97545", minutes: 120, units: 1 }, { code: "97168", minutes: 30, units: 1 }], OT),
  // Commercial plan, per-code units.
  visit("h14", "commercial", [{ code: "97110", minutes: 30, units: 2 }, { code: "97530", minutes: 30, units: 2 }, { code: "97537", minutes: 15, units: 1 }]),
  // Commercial: 38 minutes of work reintegration billed as 2 (the midpoint rule gives 3).
  visit("h15", "commercial", [{ code: "97537", minutes: 38, units: 2 }]),
  // Medicare patient in the program (GP): hour codes on a Medicare claim.
  visit("h16", "medicare", [{ code: "97545", minutes: 120, units: 1, modifiers: ["GP"] }, { code: "97546", minutes: 60, units: 1, modifiers: ["GP"] }]),
  // Medicaid OT visit in 15-minute units (total time).
  visit("h17", "medicaid", [{ code: "97530", minutes: 45, units: 3, modifiers: ["GO"] }, { code: "97535", minutes: 15, units: 1, modifiers: ["GO"] }], OT),
  // Medicare evaluation with capacity testing.
  visit("h18", "medicare", [{ code: "97161", minutes: 30, units: 1, modifiers: ["GP"] }, { code: "97750", minutes: 30, units: 2, modifiers: ["GP"] }]),
  // 97110 billed inside the program hours: the same minutes twice.
  visit("h19", "other", [
    { code: "97545", minutes: 120, units: 1, start: "08:00", end: "10:00" },
    { code: "97546", minutes: 60, units: 1, start: "10:00", end: "11:00" },
    { code: "97110", minutes: 30, units: 2, start: "10:15", end: "10:45" },
  ]),
  // A short program day: 90 minutes billed as the first two hours.
  visit("h20", "other", [{ code: "97545", minutes: 90, units: 1 }]),
  // The further hour with no minutes written.
  visit("h21", "other", [{ code: "97545", minutes: 120, units: 1 }, { code: "97546", units: 1 }]),
  // Minutes without units.
  visit("h22", "other", [{ code: "97545", minutes: 120 }, { code: "97546", minutes: 60 }]),
  // OT evaluation and capacity testing.
  visit("h23", "other", [{ code: "97166", minutes: 45, units: 1 }, { code: "97750", minutes: 60, units: 4 }], OT),
  // Commercial: a program day and work reintegration after it.
  visit("h24", "commercial", [{ code: "97545", minutes: 120, units: 1 }, { code: "97546", minutes: 60, units: 1 }, { code: "97537", minutes: 30, units: 2 }]),
];
