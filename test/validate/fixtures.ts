/** A clean Medicare PT visit, fully documented (the foundation issue's session). */
export const CLEAN_VISIT = {
  id: "enc-1001",
  dateOfService: "2025-03-14",
  payer: { program: "medicare" },
  provider: { discipline: "PT", credential: "PT" },
  services: [
    { code: "97530", minutes: 25, units: 2, modifiers: ["GP"], contact: "one-on-one", start: "09:00", end: "09:25",
      activity: "Floor-to-waist lifting of a 10 lb box x10 with cues for hip hinge", goalIds: ["G2"] },
    { code: "97110", minutes: 13, units: 1, modifiers: ["GP"], activity: "Seated knee extension 3x10 with 3 lb cuff weight", goalIds: ["G2"] },
  ],
  totalTimedMinutes: 38,
  totalTreatmentMinutes: 42,
  note: { assessment: "Lifting tolerance improved to 10 lb with good hip hinge", patientResponse: "No increase in pain", plan: "Progress to 15 lb lifts" },
  planOfCare: { startOfCare: "2025-02-10", certifiedOn: "2025-02-12", certifiedThrough: "2025-05-10",
    goals: [{ id: "G2", text: "Lift 20 lb floor to waist" }], treatmentDaysSinceProgressReport: 4 },
  therapyYearToDate: { ptSlp: 1820.5, ot: 0 },
} as const;

/** A deep copy that tests may change. */
export function clone<T>(value: T): T {
  return structuredClone(value) as T;
}

/** Freezes a value and everything inside it (inputs must never be mutated). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** The clean visit with one code the catalog does not know (97999): a warning, still valid. */
export const UNKNOWN_CODE_VISIT = {
  ...CLEAN_VISIT,
  id: "enc-1002",
  services: [CLEAN_VISIT.services[0], { ...CLEAN_VISIT.services[1], code: "97999" }],
} as const;
