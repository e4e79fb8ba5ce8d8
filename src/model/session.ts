import * as z from "zod/mini";
import type { DeepReadonly } from "./deep-readonly.js";
import { clockMinutes, DATE_RULE, isIsoDate } from "./dates.js";

// Every schema here is built at load. `/* @__PURE__ */` on each call tells a bundler that building
// it changes nothing else, so an importer of `{ calculateUnits }` from the main entry gets no zod
// (test/package/browser-bundle.test.ts). Minifiers drop the comments: 0 bytes.
//
// zod/mini (sixteenth round): the functional API, `z.optional(x)` and `x.check(...)` for classic's
// `x.optional()` and `x.refine(...)`, so a bundler keeps only the zod these schemas use (about 6 kB
// gzipped where classic zod costs 27). The same zod core parses, so the data and the issues are the
// classic schema's (test/oracles/zod-mini.test.ts). zod/mini has no English by default ("Invalid
// input"): every message a user reads is given here or by parseSession's plainMessage.

/**
 * A date written `YYYY-MM-DD` that exists on the calendar.
 *
 * @example
 * ```ts
 * IsoDateSchema.safeParse("2025-02-30").success; //=> false
 * ```
 */
export const IsoDateSchema = /* @__PURE__ */ z
  .string()
  .check(/* @__PURE__ */ z.refine(isIsoDate, { message: DATE_RULE }));

const ClockTimeSchema = /* @__PURE__ */ z
  .string()
  .check(/* @__PURE__ */ z.refine((t: string) => clockMinutes(t) !== undefined, { message: "must be a 24-hour clock time HH:MM" }));

const minutes = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int({ message: "must be a whole number of minutes" }), /* @__PURE__ */ z.nonnegative({ message: "must not be negative" }));

/**
 * The payer programs the library has profiles for.
 *
 * @example
 * ```ts
 * ProgramSchema.parse("medicare"); //=> "medicare"
 * ```
 */
export const ProgramSchema = /* @__PURE__ */ z.enum(["medicare", "medicaid", "commercial", "other"]);

/**
 * Timed-unit methods: `cms` pools the day's timed minutes (Pub. 100-04 ch. 5 §20.2); `ama`
 * applies the CPT midpoint rule to each code on its own.
 *
 * @example
 * ```ts
 * UnitMethodSchema.parse("ama"); //=> "ama"
 * ```
 */
export const UnitMethodSchema = /* @__PURE__ */ z.enum(["cms", "ama"]);

/**
 * The therapy disciplines: whose plan of care the visit falls under.
 *
 * @example
 * ```ts
 * DisciplineSchema.parse("SLP"); //=> "SLP"
 * ```
 */
export const DisciplineSchema = /* @__PURE__ */ z.enum(["PT", "OT", "SLP"]);

/**
 * How a service was delivered. Medicare counts `concurrent` care as group.
 *
 * @example
 * ```ts
 * ContactSchema.parse("group"); //=> "group"
 * ```
 */
export const ContactSchema = /* @__PURE__ */ z.enum(["one-on-one", "group", "concurrent", "supervised"]);

/**
 * Who pays: the program decides the default unit method and which Medicare rules apply.
 *
 * @example
 * ```ts
 * PayerSchema.parse({ program: "commercial", unitMethod: "ama" });
 * ```
 */
export const PayerSchema = /* @__PURE__ */ z.object({
  program: ProgramSchema,
  /** Overrides the program's default unit method. */
  unitMethod: /* @__PURE__ */ z.optional(UnitMethodSchema),
  /** The plan's name, shown in findings from a payer overlay. */
  name: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
});

/**
 * The rendering provider: the discipline of the plan of care and the person's credential.
 *
 * @example
 * ```ts
 * ProviderSchema.parse({ discipline: "PT", credential: "PTA" });
 * ```
 */
export const ProviderSchema = /* @__PURE__ */ z.object({
  discipline: DisciplineSchema,
  /**
   * A PTA, OTA or SLPA (speech-language pathology assistant) credential means the assistant
   * furnished all of every line.
   */
  credential: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(["PT", "PTA", "OT", "OTA", "SLP", "SLPA", "other"])),
});

/**
 * One code billed on the date of service.
 *
 * @example
 * ```ts
 * ServiceLineSchema.parse({ code: "97110", minutes: 12, units: 1, modifiers: ["GP"] });
 * ```
 */
export const ServiceLineSchema = /* @__PURE__ */ z.object({
  /** CPT or HCPCS code: five letters or digits. */
  code: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[0-9A-Za-z]{5}$/, { message: "must be a 5-character CPT or HCPCS code" })),
  /** Direct (one-on-one, constant-attendance) minutes of this service. */
  minutes: /* @__PURE__ */ z.optional(minutes),
  /** Clock time the service started, `HH:MM`. */
  start: /* @__PURE__ */ z.optional(ClockTimeSchema),
  /** Clock time the service ended, `HH:MM`. */
  end: /* @__PURE__ */ z.optional(ClockTimeSchema),
  /** Units billed. */
  units: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int({ message: "must be a whole number of units" }), /* @__PURE__ */ z.nonnegative({ message: "must not be negative" }))),
  /**
   * The line's modifiers, e.g. `["GP", "59"]`. A claim line has room for four; a longer list is
   * read whole, for `modifier/too-many` to report.
   */
  modifiers: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[0-9A-Za-z]{2}$/, { message: "must be a 2-character modifier" })))),
  contact: /* @__PURE__ */ z.optional(ContactSchema),
  /** Number of patients in the group (97150). */
  groupSize: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int({ message: "must be a whole number" }), /* @__PURE__ */ z.positive({ message: "must be at least 1" }))),
  /**
   * Minutes of this line an assistant (PTA/OTA) furnished without the therapist; minutes both gave
   * together are the therapist's (CY 2020 PFS final rule).
   */
  assistantMinutes: /* @__PURE__ */ z.optional(minutes),
  /**
   * Co-treatment: another clinician (of another discipline, or a second therapist or assistant)
   * treated the patient at the same time during this line's minutes. Medicare Part B pays those
   * minutes once, between the clinicians (`doc/co-treatment`).
   */
  coTreated: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** What was done, in the clinician's words. */
  activity: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  /** Plan-of-care goals this service works toward. */
  goalIds: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string())),
  /** Allowed amount in dollars (counts toward the KX threshold). */
  allowedAmount: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.nonnegative({ message: "must not be negative" }))),
});

/**
 * The daily note's narrative parts. Each is free text.
 *
 * @example
 * ```ts
 * NoteSchema.parse({ assessment: "Improved sit-to-stand with min A", plan: "Progress to stairs" });
 * ```
 */
export const NoteSchema = /* @__PURE__ */ z.object({
  subjective: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  objective: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  assessment: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  patientResponse: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  plan: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  /** The whole note as one text, for systems that do not split it. */
  text: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
});

/**
 * A plan-of-care goal.
 *
 * @example
 * ```ts
 * GoalSchema.parse({ id: "G2", text: "Lift 20 lb floor to waist" });
 * ```
 */
export const GoalSchema = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string(),
  text: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
});

/**
 * The facts of the plan of care the visit falls under (Pub. 100-02 ch. 15 §220.1).
 *
 * @example
 * ```ts
 * PlanOfCareSchema.parse({ startOfCare: "2025-02-10", certifiedThrough: "2025-05-10" });
 * ```
 */
export const PlanOfCareSchema = /* @__PURE__ */ z.object({
  /** First day of the episode (the evaluation or first treatment). */
  startOfCare: /* @__PURE__ */ z.optional(IsoDateSchema),
  /** Date the physician or NPP signed the certification. */
  certifiedOn: /* @__PURE__ */ z.optional(IsoDateSchema),
  /** Last day the certified plan covers. */
  certifiedThrough: /* @__PURE__ */ z.optional(IsoDateSchema),
  goals: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(GoalSchema)),
  /** Treatment days since the last progress report, this visit included. */
  treatmentDaysSinceProgressReport: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int({ message: "must be a whole number" }), /* @__PURE__ */ z.nonnegative({ message: "must not be negative" }))),
  /** A clinician's progress report is written at this visit (the therapist's, or the physician's or NPP's; never an assistant's). */
  progressReportAtThisVisit: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /**
   * This visit ends the episode (the patient is discharged): its discharge note, a clinician's
   * progress report up to discharge (MBPM ch. 15 §220.3 D), is then `progressReportAtThisVisit`.
   */
  dischargeAtThisVisit: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** A signed, dated referral or order is on file (2025 certification exception). */
  referralOnFile: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** Date the plan was sent to the referring practitioner (2025 certification exception). */
  planSentToReferrerOn: /* @__PURE__ */ z.optional(IsoDateSchema),
  /**
   * The reason a certification or recertification was signed late is documented (MBPM ch. 15
   * §220.1.3 D): the delayed certification is then accepted, and not reported on every visit.
   */
  delayReasonOnFile: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
});

/**
 * The patient's year-to-date allowed therapy dollars in each KX bucket, before this visit: the
 * calendar year's, from $0 on January 1st. Include the bucket's other visits already billed for
 * the same day (a PT and an SLP visit on one day: send the second with the first's allowed
 * amounts added to `ptSlp`); each session is checked alone. For a Medicare Advantage plan, the
 * plan's own count.
 *
 * @example
 * ```ts
 * TherapyYearToDateSchema.parse({ ptSlp: 1820.5, ot: 0 });
 * ```
 */
export const TherapyYearToDateSchema = /* @__PURE__ */ z.object({
  /** PT and SLP share one threshold. */
  ptSlp: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.nonnegative({ message: "must not be negative" }))),
  /** OT has its own. */
  ot: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.nonnegative({ message: "must not be negative" }))),
});

/**
 * zod schema of a {@link Session}. Only `dateOfService`, `payer.program`,
 * `provider.discipline` and each line's `code` are required. Cross-field checks (an end
 * before its start) are not in the schema: {@link parseSession} runs them beside it so they
 * are reported together with field errors.
 *
 * A zod/mini schema (since the sixteenth round; every schema of the package is): `.parse`,
 * `.safeParse` and `.shape` work as before, and it fits inside a classic `z.object({...})`, but it
 * has no chain methods (`.extend`, `.optional()`, `.refine`): use zod/mini's functions
 * (`z.extend(SessionSchema, {...})`, `z.optional(SessionSchema)`). An issue says the schema's own
 * words where it has them ("must not be negative"); otherwise zod's locale's, which zod/mini does
 * not set: "Invalid input" unless your app loads classic zod or calls `z.config(z.locales.en())`.
 * {@link parseSession} always gives the library's words.
 *
 * @example
 * ```ts
 * SessionSchema.safeParse({ dateOfService: "2025-03-14", payer: { program: "medicare" },
 *   provider: { discipline: "PT" }, services: [{ code: "97110" }] }).success; //=> true
 * ```
 */
export const SessionSchema = /* @__PURE__ */ z.object({
  /** Your own reference for the visit (a claim or encounter number); never a patient identifier. */
  id: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  dateOfService: IsoDateSchema,
  payer: PayerSchema,
  provider: ProviderSchema,
  services: /* @__PURE__ */ z.array(ServiceLineSchema),
  /** Total timed-code minutes as documented in the note. */
  totalTimedMinutes: /* @__PURE__ */ z.optional(minutes),
  /** Total treatment minutes (timed + untimed) as documented in the note. */
  totalTreatmentMinutes: /* @__PURE__ */ z.optional(minutes),
  note: /* @__PURE__ */ z.optional(NoteSchema),
  planOfCare: /* @__PURE__ */ z.optional(PlanOfCareSchema),
  therapyYearToDate: /* @__PURE__ */ z.optional(TherapyYearToDateSchema),
});

/**
 * One patient, one rendering provider, one date of service: the unit every check works on.
 *
 * @example
 * ```ts
 * const s: Session = {
 *   dateOfService: "2025-03-14", payer: { program: "medicare" }, provider: { discipline: "PT" },
 *   services: [{ code: "97110", minutes: 12, units: 1, modifiers: ["GP"] }],
 * };
 * ```
 */
export type Session = DeepReadonly<z.infer<typeof SessionSchema>>;
/**
 * One code billed on the date of service. See {@link ServiceLineSchema}.
 *
 * @example
 * ```ts
 * const line: ServiceLine = { code: "97530", minutes: 24, units: 2, modifiers: ["GP"] };
 * ```
 */
export type ServiceLine = DeepReadonly<z.infer<typeof ServiceLineSchema>>;
/**
 * The payer. See {@link PayerSchema}.
 *
 * @example
 * ```ts
 * const p: Payer = { program: "medicare" };
 * ```
 */
export type Payer = DeepReadonly<z.infer<typeof PayerSchema>>;
/**
 * The rendering provider. See {@link ProviderSchema}.
 *
 * @example
 * ```ts
 * const p: Provider = { discipline: "OT", credential: "OTA" };
 * ```
 */
export type Provider = DeepReadonly<z.infer<typeof ProviderSchema>>;
/**
 * Plan-of-care facts. See {@link PlanOfCareSchema}.
 *
 * @example
 * ```ts
 * const poc: PlanOfCare = { startOfCare: "2025-02-10", treatmentDaysSinceProgressReport: 4 };
 * ```
 */
export type PlanOfCare = DeepReadonly<z.infer<typeof PlanOfCareSchema>>;
/**
 * The daily note. See {@link NoteSchema}.
 *
 * @example
 * ```ts
 * const n: Note = { assessment: "Gait improved", plan: "Continue POC" };
 * ```
 */
export type Note = DeepReadonly<z.infer<typeof NoteSchema>>;
/**
 * A plan-of-care goal.
 *
 * @example
 * ```ts
 * const g: Goal = { id: "G1", text: "Walk 150 ft without device" };
 * ```
 */
export type Goal = DeepReadonly<z.infer<typeof GoalSchema>>;
/** @example `const p: Program = "medicaid";` */
export type Program = z.infer<typeof ProgramSchema>;
/** @example `const m: UnitMethod = "cms";` */
export type UnitMethod = z.infer<typeof UnitMethodSchema>;
/** @example `const d: Discipline = "OT";` */
export type Discipline = z.infer<typeof DisciplineSchema>;
/** @example `const c: Contact = "one-on-one";` */
export type Contact = z.infer<typeof ContactSchema>;
