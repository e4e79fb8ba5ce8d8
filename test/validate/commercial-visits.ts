/**
 * A commercial-plan clinic's day book: 34 visits billed to commercial plans and workers'
 * compensation (payer programs "commercial" and "other"), most counted per code (the CPT
 * midpoint rule), some by total time, some with a plan's pair rule (97140 with 97530). No patient
 * identifiers; each visit's `units` are what the front desk would bill under the plan's method.
 */
const base = (id: string, program: "commercial" | "other" | "medicare", services: unknown[], extra: Record<string, unknown> = {}) => ({
  id,
  dateOfService: "2025-06-10",
  payer: { program, ...(extra.payer as object | undefined) },
  provider: { discipline: "PT", credential: "PT", ...(extra.provider as object | undefined) },
  services,
  ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== "payer" && k !== "provider")),
});

/** The plan's pair rule Medicare dropped: 97530 is not paid with 97140 on one day. */
export const OVERLAY_97140_97530 = {
  column1: "97140", column2: "97530", modifierIndicator: 1, rationale: "Plan policy: therapeutic activities and manual therapy are not paid together on one day without a separate-session modifier",
  plan: "Acme Health",
} as const;

export const COMMERCIAL_VISITS = [
  // Per-code boundaries (ama): 7/8, 22/23, 37/38.
  base("c01", "commercial", [{ code: "97110", minutes: 8, units: 1 }, { code: "97140", minutes: 7, units: 0 }]),
  base("c02", "commercial", [{ code: "97110", minutes: 22, units: 1 }, { code: "97112", minutes: 23, units: 2 }]),
  base("c03", "commercial", [{ code: "97110", minutes: 37, units: 2 }, { code: "97530", minutes: 38, units: 3 }]),
  base("c04", "commercial", [{ code: "97110", minutes: 7, units: 0 }, { code: "97112", minutes: 7, units: 0 }, { code: "97140", minutes: 7, units: 0 }]),
  // Billed as Medicare would (total time) to a per-code plan: 97140 7 min gets a unit it should not.
  base("c05", "commercial", [{ code: "97110", minutes: 33, units: 2 }, { code: "97140", minutes: 7, units: 1 }]),
  // Four codes each at 8-13 min: ama gives 4 units where cms gives 3.
  base("c06", "commercial", [{ code: "97110", minutes: 18, units: 1 }, { code: "97140", minutes: 13, units: 1 }, { code: "97116", minutes: 10, units: 1 }, { code: "97035", minutes: 8, units: 1 }]),
  // Five timed codes.
  base("c07", "commercial", [{ code: "97110", minutes: 15, units: 1 }, { code: "97112", minutes: 12, units: 1 }, { code: "97140", minutes: 9, units: 1 }, { code: "97530", minutes: 8, units: 1 }, { code: "97535", minutes: 6, units: 0 }]),
  // Over-billed: 22 min billed as 2.
  base("c08", "commercial", [{ code: "97110", minutes: 22, units: 2 }]),
  // Under-billed: 23 min billed as 1.
  base("c09", "commercial", [{ code: "97110", minutes: 23, units: 1 }]),
  // Untimed with timed.
  base("c10", "commercial", [{ code: "97161", units: 1, minutes: 30 }, { code: "97110", minutes: 15, units: 1 }]),
  base("c11", "commercial", [{ code: "97150", units: 1, minutes: 30, contact: "group", groupSize: 4 }, { code: "97110", minutes: 10, units: 1 }]),
  base("c12", "commercial", [{ code: "97150", units: 2, minutes: 45, contact: "group", groupSize: 3 }]),
  base("c13", "commercial", [{ code: "97014", units: 1, minutes: 15 }, { code: "97140", minutes: 8, units: 1 }]),
  base("c14", "commercial", [{ code: "97163", units: 1, minutes: 60 }]),
  base("c15", "commercial", [{ code: "97164", units: 1, minutes: 20 }, { code: "97110", minutes: 8, units: 1 }, { code: "97140", minutes: 7, units: 0 }]),
  // Plans that count by total time (payer.unitMethod "cms").
  base("c16", "commercial", [{ code: "97110", minutes: 33, units: 2 }, { code: "97140", minutes: 7, units: 1 }], { payer: { unitMethod: "cms", name: "Total-time PPO" } }),
  base("c17", "commercial", [{ code: "97112", minutes: 7, units: 0 }, { code: "97110", minutes: 7, units: 1 }, { code: "97140", minutes: 7, units: 0 }], { payer: { unitMethod: "cms", name: "Total-time PPO" } }),
  base("c18", "commercial", [{ code: "97110", minutes: 8, units: 1 }, { code: "97140", minutes: 8, units: 1 }], { payer: { unitMethod: "cms", name: "Total-time PPO" } }),
  // The overlay plan: 97140 with 97530.
  base("c19", "commercial", [{ code: "97140", minutes: 15, units: 1 }, { code: "97530", minutes: 15, units: 1 }], { payer: { name: "Acme Health" } }),
  base("c20", "commercial", [{ code: "97140", minutes: 15, units: 1, start: "09:00", end: "09:15" }, { code: "97530", minutes: 15, units: 1, modifiers: ["59"], start: "09:15", end: "09:30" }], { payer: { name: "Acme Health" } }),
  base("c21", "commercial", [{ code: "97140", minutes: 15, units: 1 }, { code: "97530", minutes: 15, units: 1, modifiers: ["XU"] }], { payer: { name: "Acme Health" } }),
  // Discipline and assistant modifiers to a commercial plan.
  base("c22", "commercial", [{ code: "97110", minutes: 25, units: 2, modifiers: ["GP"] }, { code: "97140", minutes: 10, units: 1, modifiers: ["GP"] }]),
  base("c23", "commercial", [{ code: "97530", minutes: 30, units: 2, modifiers: ["GO", "CO"] }], { provider: { discipline: "OT", credential: "OTA" } }),
  base("c24", "commercial", [{ code: "97110", minutes: 30, units: 2, modifiers: ["GP", "CQ"] }], { provider: { discipline: "PT", credential: "PTA" } }),
  base("c25", "commercial", [{ code: "92507", minutes: 45, units: 1, modifiers: ["GN"] }], { provider: { discipline: "SLP", credential: "SLP" } }),
  base("c26", "commercial", [{ code: "97110", minutes: 20, units: 1, modifiers: ["GO"] }]),
  // Medicare secondary: the claim goes first to Medicare.
  base("c27", "medicare", [{ code: "97110", minutes: 33, units: 2, modifiers: ["GP"] }, { code: "97140", minutes: 7, units: 1, modifiers: ["GP"] }]),
  // Workers' comp (program "other").
  base("c28", "other", [{ code: "97110", minutes: 40, units: 3 }, { code: "97530", minutes: 20, units: 1 }, { code: "97140", minutes: 5, units: 0 }], { payer: { name: "State workers' comp" } }),
  base("c29", "other", [{ code: "97545", units: 1, minutes: 120 }, { code: "97546", units: 2, minutes: 120 }], { payer: { name: "State workers' comp" } }),
  base("c30", "other", [{ code: "97110", minutes: 52, units: 3 }, { code: "97112", minutes: 53, units: 4 }], { payer: { name: "State workers' comp" } }),
  base("c31", "other", [{ code: "97750", minutes: 45, units: 3 }, { code: "97110", minutes: 15, units: 1 }], { payer: { name: "State workers' comp" } }),
  // Units billed without minutes; minutes without units.
  base("c32", "commercial", [{ code: "97110", units: 2 }, { code: "97140", minutes: 12 }]),
  // Two lines of one code (split sessions in one day): per-code adds them.
  base("c33", "commercial", [{ code: "97110", minutes: 7, units: 0 }, { code: "97110", minutes: 7, units: 0 }]),
  base("c34", "commercial", [{ code: "97110", minutes: 10, units: 1 }, { code: "97110", minutes: 12, units: 1 }]),
  base("c35", "commercial", [{ code: "97035", minutes: 8, units: 1 }, { code: "97032", minutes: 7, units: 0 }, { code: "97010", units: 1 }]),
];
