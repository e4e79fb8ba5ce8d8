/**
 * The code catalog: every code the library's rules touch, described in our own words.
 *
 * Sources (see each row): Medicare Claims Processing Manual ch. 5 §20.2 (timed vs untimed),
 * NCCI Policy Manual ch. XI §H (who bills what), CR 10176 (discipline-specific modifiers),
 * CMS CY 2017 PFS final rule (evaluation codes), ASHA/AOTA notices (cognitive codes, and the SLP
 * evaluation codes 92521–92524, in use since 2014-01-01).
 * Table as of 2026-11; dates are dates of service, inclusive.
 * CPT codes are the AMA's; no CPT descriptor text is reproduced here.
 */
import { SOURCES } from "../model/sources.js";
import type { CodeRow } from "./types.js";

const T = SOURCES.cpm5_20_2;
const XI = SOURCES.ncciManualXI;
const LIST = SOURCES.therapyCodeList;
const EVAL = SOURCES.evalCodes2017;
const COG = SOURCES.cognitiveCodes;
const CR10176 = SOURCES.cpm5_10_4;
const SLP_EVAL = SOURCES.slpEvalCodes2014;

const ROWS = [
  // ── Speech-language pathology ────────────────────────────────────────────────────────
  { code: "92507", title: "Speech/language treatment, individual", summary: "Individual treatment of speech, language, voice, communication or auditory-processing disorders. Billed once per day whatever the time.", timed: false, contact: "one-on-one", disciplines: ["SLP"], alwaysTherapy: true, effective: {}, related: ["92508", "92526", "97129", "97130"], sources: [T, XI] },
  { code: "92508", title: "Speech/language treatment, group", summary: "The group form of 92507, for two or more patients. Untimed.", timed: false, contact: "group", disciplines: ["SLP"], alwaysTherapy: true, effective: {}, related: ["92507"], sources: [T, XI] },
  { code: "92521", title: "Fluency evaluation", summary: "SLP evaluation of speech fluency (stuttering, cluttering). Untimed; GN only.", timed: false, contact: "evaluation", disciplines: ["SLP"], alwaysTherapy: true, effective: { from: "2014-01-01" }, sources: [SLP_EVAL, CR10176] },
  { code: "92522", title: "Speech sound production evaluation", summary: "SLP evaluation of articulation, phonology or motor speech. Untimed; GN only.", timed: false, contact: "evaluation", disciplines: ["SLP"], alwaysTherapy: true, effective: { from: "2014-01-01" }, sources: [SLP_EVAL, CR10176] },
  { code: "92523", title: "Speech sound and language evaluation", summary: "SLP evaluation of speech sound production together with language comprehension and expression. Untimed; GN only.", timed: false, contact: "evaluation", disciplines: ["SLP"], alwaysTherapy: true, effective: { from: "2014-01-01" }, sources: [SLP_EVAL, CR10176] },
  { code: "92524", title: "Voice and resonance analysis", summary: "SLP behavioral and qualitative analysis of voice and resonance. Untimed; GN only.", timed: false, contact: "evaluation", disciplines: ["SLP"], alwaysTherapy: true, effective: { from: "2014-01-01" }, sources: [SLP_EVAL, CR10176] },
  { code: "92526", title: "Swallowing/feeding treatment", summary: "Treatment of swallowing dysfunction or oral function for feeding. Untimed.", timed: false, contact: "one-on-one", disciplines: ["SLP", "OT"], alwaysTherapy: true, effective: {}, related: ["92507"], notes: "OTs may treat feeding under state scope; Medicare lists it as always therapy.", sources: [T, XI] },

  // ── Evaluations before 2017 (untimed, deleted) ────────────────────────────────────────────────────────────
  { code: "97001", title: "PT evaluation (deleted)", summary: "The single PT evaluation code used before 2017.", timed: false, contact: "evaluation", disciplines: ["PT"], alwaysTherapy: true, effective: { to: "2016-12-31" }, replacedBy: [{ codes: ["97161", "97162", "97163"], from: "2017-01-01", note: "PT evaluations by complexity (low, moderate, high)." }], sources: [EVAL] },
  { code: "97002", title: "PT re-evaluation (deleted)", summary: "The PT re-evaluation code used before 2017.", timed: false, contact: "evaluation", disciplines: ["PT"], alwaysTherapy: true, effective: { to: "2016-12-31" }, replacedBy: [{ codes: ["97164"], from: "2017-01-01", note: "PT re-evaluation." }], sources: [EVAL] },
  { code: "97003", title: "OT evaluation (deleted)", summary: "The single OT evaluation code used before 2017.", timed: false, contact: "evaluation", disciplines: ["OT"], alwaysTherapy: true, effective: { to: "2016-12-31" }, replacedBy: [{ codes: ["97165", "97166", "97167"], from: "2017-01-01", note: "OT evaluations by complexity (low, moderate, high)." }], sources: [EVAL] },
  { code: "97004", title: "OT re-evaluation (deleted)", summary: "The OT re-evaluation code used before 2017.", timed: false, contact: "evaluation", disciplines: ["OT"], alwaysTherapy: true, effective: { to: "2016-12-31" }, replacedBy: [{ codes: ["97168"], from: "2017-01-01", note: "OT re-evaluation." }], sources: [EVAL] },

  // ── Supervised modalities (untimed, one unit a day) ──────────────────────────────────
  { code: "97010", title: "Hot or cold packs", summary: "Application of heat or cold packs. Supervised, untimed; Medicare bundles it into other services (status B).", timed: false, contact: "supervised", disciplines: ["PT", "OT"], alwaysTherapy: true, effective: {}, sources: [T, LIST] },
  { code: "97012", title: "Mechanical traction", summary: "Traction applied by a device. Supervised, untimed.", timed: false, contact: "supervised", disciplines: ["PT", "OT"], alwaysTherapy: true, effective: {}, sources: [T, LIST] },
  { code: "97014", title: "Electrical stimulation, unattended", summary: "Electrical stimulation the clinician sets up without staying in constant attendance. Untimed; Medicare pays G0283 instead.", timed: false, contact: "supervised", disciplines: ["PT", "OT"], alwaysTherapy: true, effective: {}, related: ["G0283"], notes: "Medicare does not pay 97014; bill G0283 for Medicare patients.", sources: [T, LIST] },
  { code: "97016", title: "Vasopneumatic device", summary: "Intermittent compression by a pneumatic device. Supervised, untimed.", timed: false, contact: "supervised", disciplines: ["PT", "OT"], alwaysTherapy: true, effective: {}, sources: [T, LIST] },
  { code: "97018", title: "Paraffin bath", summary: "Paraffin wax treatment. Supervised, untimed.", timed: false, contact: "supervised", disciplines: ["PT", "OT"], alwaysTherapy: true, effective: {}, sources: [T, LIST] },
  { code: "97022", title: "Whirlpool", summary: "Whirlpool treatment. Supervised, untimed.", timed: false, contact: "supervised", disciplines: ["PT", "OT"], alwaysTherapy: true, effective: {}, sources: [T, LIST] },
  { code: "97024", title: "Diathermy", summary: "Deep heating by diathermy. Supervised, untimed.", timed: false, contact: "supervised", disciplines: ["PT", "OT"], alwaysTherapy: true, effective: {}, sources: [T, LIST] },
  { code: "97026", title: "Infrared", summary: "Infrared heat. Supervised, untimed.", timed: false, contact: "supervised", disciplines: ["PT", "OT"], alwaysTherapy: true, effective: {}, sources: [T, LIST] },
  { code: "97028", title: "Ultraviolet", summary: "Ultraviolet light treatment. Supervised, untimed.", timed: false, contact: "supervised", disciplines: ["PT", "OT"], alwaysTherapy: true, effective: {}, sources: [T, LIST] },

  // ── Constant-attendance modalities (timed) ───────────────────────────────────────────
  { code: "97032", title: "Electrical stimulation, attended", summary: "Electrical stimulation with the clinician in constant attendance. Timed in 15-minute units.", timed: true, contact: "one-on-one", disciplines: ["PT", "OT"], alwaysTherapy: true, effective: {}, notes: "Constant attendance rather than strict one-on-one; its minutes join the timed pool.", sources: [T, LIST] },
  { code: "97033", title: "Iontophoresis", summary: "Delivery of medication through the skin by electric current, clinician in constant attendance. Timed.", timed: true, contact: "one-on-one", disciplines: ["PT", "OT"], alwaysTherapy: true, effective: {}, sources: [T, LIST] },
  { code: "97034", title: "Contrast baths", summary: "Alternating hot and cold baths with the clinician in constant attendance. Timed.", timed: true, contact: "one-on-one", disciplines: ["PT", "OT"], alwaysTherapy: true, effective: {}, sources: [T, LIST] },
  { code: "97035", title: "Ultrasound", summary: "Therapeutic ultrasound with the clinician in constant attendance. Timed; CMS's §20.2 Example 4 uses it.", timed: true, contact: "one-on-one", disciplines: ["PT", "OT"], alwaysTherapy: true, effective: {}, sources: [T, LIST] },
  { code: "97036", title: "Hubbard tank", summary: "Full-body water immersion treatment with constant attendance. Timed.", timed: true, contact: "one-on-one", disciplines: ["PT", "OT"], alwaysTherapy: true, effective: {}, sources: [T, LIST] },

  // ── Therapeutic procedures (timed, one-on-one) ───────────────────────────────────────
  { code: "97110", title: "Therapeutic exercise", summary: "Exercise aimed at strength, endurance, range of motion or flexibility, one-on-one. Timed.", timed: true, contact: "one-on-one", disciplines: ["PT", "OT"], alwaysTherapy: true, effective: {}, related: ["97530", "97150"], notes: "SLPs do not bill it (NCCI manual ch. XI §H).", sources: [T, XI, LIST] },
  { code: "97112", title: "Neuromuscular re-education", summary: "Retraining of balance, coordination, posture, body awareness and proprioception, one-on-one. Timed.", timed: true, contact: "one-on-one", disciplines: ["PT", "OT"], alwaysTherapy: true, effective: {}, notes: "SLPs do not bill it (NCCI manual ch. XI §H).", sources: [T, XI, LIST] },
  { code: "97113", title: "Aquatic therapeutic exercise", summary: "Therapeutic exercise performed in water, one-on-one. Timed.", timed: true, contact: "one-on-one", disciplines: ["PT", "OT"], alwaysTherapy: true, effective: {}, related: ["97110"], sources: [T, LIST] },
  { code: "97116", title: "Gait training", summary: "Training in walking, including stairs, one-on-one. Timed.", timed: true, contact: "one-on-one", disciplines: ["PT", "OT"], alwaysTherapy: true, effective: {}, notes: "Mostly PT; OTs bill it where their state scope allows.", sources: [T, LIST] },
  { code: "97124", title: "Massage", summary: "Therapeutic massage (effleurage, petrissage, tapotement), one-on-one. Timed.", timed: true, contact: "one-on-one", disciplines: ["PT", "OT"], alwaysTherapy: true, effective: {}, related: ["97140"], sources: [T, LIST] },
  { code: "97127", title: "Cognitive intervention, untimed (deleted)", summary: "CPT's 2018–2019 untimed cognitive code. Medicare never recognised it and paid G0515 instead.", timed: false, contact: "one-on-one", disciplines: ["OT", "SLP"], alwaysTherapy: false, effective: { from: "2018-01-01", to: "2019-12-31" }, replacedBy: [{ codes: ["97129", "97130"], from: "2020-01-01", note: "Timed cognitive-function intervention: 97129 for the first 15 minutes, 97130 for each further 15." }], notes: "Not payable by Medicare in any year; G0515 was Medicare's code.", sources: [COG] },
  { code: "97129", title: "Cognitive-function intervention, first 15 minutes", summary: "Direct treatment of cognitive function (attention, memory, reasoning, executive function, problem solving). Timed; once per day, for the first unit.", timed: true, contact: "one-on-one", disciplines: ["OT", "SLP"], alwaysTherapy: false, effective: { from: "2020-01-01" }, related: ["97130", "97532", "G0515"], maxUnitsPerDay: 1, notes: "Whether CMS lists it as always or sometimes therapy was not confirmed (psychologists bill it too); treated as sometimes therapy.", sources: [COG, T] },
  { code: "97130", title: "Cognitive-function intervention, each further 15 minutes", summary: "Add-on to 97129 for each additional 15 minutes of the same service on the same day. Timed.", timed: true, contact: "one-on-one", disciplines: ["OT", "SLP"], alwaysTherapy: false, effective: { from: "2020-01-01" }, related: ["97129"], addOnTo: "97129", notes: "Billed only with 97129 on the same day.", sources: [COG, T] },
  { code: "97140", title: "Manual therapy", summary: "Hands-on techniques such as joint mobilisation or manipulation, manual lymphatic drainage or manual traction, one or more regions, one-on-one. Timed.", timed: true, contact: "one-on-one", disciplines: ["PT", "OT"], alwaysTherapy: true, effective: {}, related: ["97530", "97124"], notes: "Timed (some web pages wrongly call it per-session). Medicare's 97140/97530 NCCI edit ended 2019-12-31; some commercial plans still deny the pair.", sources: [T, LIST] },
  { code: "97150", title: "Group therapeutic procedures", summary: "Therapeutic procedures for two or more patients at once; the clinician stays in constant attendance but not one-on-one. Untimed: one unit per patient per session.", timed: false, contact: "group", disciplines: ["PT", "OT"], alwaysTherapy: true, effective: {}, related: ["97110", "97530"], notes: "Some web pages claim 23 minutes supports two units: it does not (untimed). SLP group is 92508.", sources: [T, XI, SOURCES.mbpm15_230] },

  // ── Evaluations 2017+ ────────────────────────────────────────────────────────────────
  { code: "97161", title: "PT evaluation, low complexity", summary: "Initial physical therapy evaluation of low complexity. Untimed; GP only.", timed: false, contact: "evaluation", disciplines: ["PT"], alwaysTherapy: true, effective: { from: "2017-01-01" }, related: ["97001"], sources: [EVAL, CR10176] },
  { code: "97162", title: "PT evaluation, moderate complexity", summary: "Initial physical therapy evaluation of moderate complexity. Untimed; GP only.", timed: false, contact: "evaluation", disciplines: ["PT"], alwaysTherapy: true, effective: { from: "2017-01-01" }, related: ["97001"], sources: [EVAL, CR10176] },
  { code: "97163", title: "PT evaluation, high complexity", summary: "Initial physical therapy evaluation of high complexity. Untimed; GP only.", timed: false, contact: "evaluation", disciplines: ["PT"], alwaysTherapy: true, effective: { from: "2017-01-01" }, related: ["97001"], sources: [EVAL, CR10176] },
  { code: "97164", title: "PT re-evaluation", summary: "Physical therapy re-evaluation of an established plan of care. Untimed; GP only.", timed: false, contact: "evaluation", disciplines: ["PT"], alwaysTherapy: true, effective: { from: "2017-01-01" }, related: ["97002"], sources: [EVAL, CR10176] },
  { code: "97165", title: "OT evaluation, low complexity", summary: "Initial occupational therapy evaluation of low complexity. Untimed; GO only.", timed: false, contact: "evaluation", disciplines: ["OT"], alwaysTherapy: true, effective: { from: "2017-01-01" }, related: ["97003"], sources: [EVAL, CR10176] },
  { code: "97166", title: "OT evaluation, moderate complexity", summary: "Initial occupational therapy evaluation of moderate complexity. Untimed; GO only.", timed: false, contact: "evaluation", disciplines: ["OT"], alwaysTherapy: true, effective: { from: "2017-01-01" }, related: ["97003"], sources: [EVAL, CR10176] },
  { code: "97167", title: "OT evaluation, high complexity", summary: "Initial occupational therapy evaluation of high complexity. Untimed; GO only.", timed: false, contact: "evaluation", disciplines: ["OT"], alwaysTherapy: true, effective: { from: "2017-01-01" }, related: ["97003"], sources: [EVAL, CR10176] },
  { code: "97168", title: "OT re-evaluation", summary: "Occupational therapy re-evaluation of an established plan of care. Untimed; GO only.", timed: false, contact: "evaluation", disciplines: ["OT"], alwaysTherapy: true, effective: { from: "2017-01-01" }, related: ["97004"], sources: [EVAL, CR10176] },

  // ── Functional training (timed, one-on-one) ──────────────────────────────────────────
  { code: "97530", title: "Therapeutic activities", summary: "Dynamic, functional activities (lifting, carrying, reaching, transfers, bending, pushing or pulling) that improve functional performance, one-on-one. Timed.", timed: true, contact: "one-on-one", disciplines: ["PT", "OT"], alwaysTherapy: true, effective: {}, related: ["97110", "97140", "97150"], notes: "SLPs do not bill it to Medicare (NCCI manual ch. XI §H).", sources: [T, XI, LIST] },
  { code: "97532", title: "Cognitive skills development (deleted)", summary: "The 15-minute cognitive-skills code used until the end of 2017, billed by PT, OT and SLP.", timed: true, contact: "one-on-one", disciplines: ["PT", "OT", "SLP"], alwaysTherapy: true, effective: { to: "2017-12-31" }, replacedBy: [{ codes: ["G0515"], from: "2018-01-01", to: "2019-12-31", note: "Medicare's 15-minute cognitive code for 2018–2019 (CPT's 97127 was not recognised by Medicare)." }, { codes: ["97129", "97130"], from: "2020-01-01", note: "Timed cognitive-function intervention: 97129 for the first 15 minutes, 97130 for each further 15." }], related: ["97127", "G0515", "97129", "97130"], sources: [COG] },
  { code: "97535", title: "Self-care and home-management training", summary: "Training in daily-living tasks, meal preparation, safety and the use of adaptive equipment, one-on-one. Timed.", timed: true, contact: "one-on-one", disciplines: ["PT", "OT"], alwaysTherapy: true, effective: {}, notes: "Not therapeutic exercise, whatever some web pages say.", sources: [T, LIST] },
  { code: "97537", title: "Community and work reintegration training", summary: "Training for shopping, transport, money management or work tasks, one-on-one. Timed.", timed: true, contact: "one-on-one", disciplines: ["PT", "OT"], alwaysTherapy: true, effective: {}, notes: "Priced on the PFS (not confirmed from a CMS source); purely vocational training is not covered.", sources: [T, LIST] },
  { code: "97542", title: "Wheelchair management training", summary: "Assessment, fitting and training in wheelchair use and propulsion, one-on-one. Timed.", timed: true, contact: "one-on-one", disciplines: ["PT", "OT"], alwaysTherapy: true, effective: {}, sources: [T, LIST] },
  { code: "97750", title: "Physical performance test", summary: "Physical performance testing or measurement with a written report, one-on-one. Timed; not a stand-in for an evaluation.", timed: true, contact: "one-on-one", disciplines: ["PT", "OT"], alwaysTherapy: true, effective: {}, sources: [T, LIST] },
  { code: "97760", title: "Orthotic management and training, first encounter", summary: "Fitting of and training with an orthosis at the first encounter, one-on-one. Timed.", timed: true, contact: "one-on-one", disciplines: ["PT", "OT"], alwaysTherapy: true, effective: {}, related: ["97763"], sources: [T, LIST] },
  { code: "97762", title: "Orthotic/prosthetic checkout (deleted)", summary: "The checkout code for an established orthosis or prosthesis, used until the end of 2017.", timed: true, contact: "one-on-one", disciplines: ["PT", "OT"], alwaysTherapy: true, effective: { to: "2017-12-31" }, replacedBy: [{ codes: ["97763"], from: "2018-01-01", note: "Orthotic/prosthetic management at a subsequent encounter." }], notes: "Deletion date from the domain reference (§11); confidence low.", sources: [T] },
  { code: "97763", title: "Orthotic/prosthetic management, later encounters", summary: "Management of and training with an orthosis or prosthesis at a subsequent encounter, one-on-one. Timed.", timed: true, contact: "one-on-one", disciplines: ["PT", "OT"], alwaysTherapy: true, effective: { from: "2018-01-01" }, related: ["97760"], sources: [T, LIST] },

  // ── HCPCS ────────────────────────────────────────────────────────────────────────────
  { code: "G0283", title: "Electrical stimulation, unattended (Medicare)", summary: "Medicare's code for unattended electrical stimulation other than wound care. Supervised, untimed.", timed: false, contact: "supervised", disciplines: ["PT", "OT"], alwaysTherapy: true, effective: {}, related: ["97014"], sources: [T, LIST] },
  { code: "G0515", title: "Cognitive skills development (Medicare, 2018–2019)", summary: "Medicare's 15-minute cognitive code used in place of 97532 in 2018 and 2019. Timed.", timed: true, contact: "one-on-one", disciplines: ["OT", "SLP", "PT"], alwaysTherapy: false, effective: { from: "2018-01-01", to: "2019-12-31" }, replacedBy: [{ codes: ["97129", "97130"], from: "2020-01-01", note: "Timed cognitive-function intervention: 97129 for the first 15 minutes, 97130 for each further 15." }], related: ["97532", "97129"], sources: [COG] },
] as const satisfies readonly CodeRow[];

/**
 * The catalog table, sorted by code. Typed as plain rows so the published type files stay
 * small; the literal table above is still checked against {@link CodeRow}.
 *
 * @example
 * ```ts
 * CODE_ROWS.find((r) => r.code === "97150")?.timed; //=> false
 * ```
 */
export const CODE_ROWS: readonly CodeRow[] = ROWS;
