/**
 * The code catalog: every code the library's rules touch, described in our own words.
 *
 * Sources (see each row): Medicare Claims Processing Manual ch. 5 §20.2 (timed vs untimed),
 * NCCI Policy Manual ch. XI §H (who bills what), CR 10176 (discipline-specific modifiers),
 * CMS CY 2017 PFS final rule (evaluation codes), ASHA/AOTA notices (cognitive codes, and the SLP
 * evaluation codes 92521–92524, in use since 2014-01-01); ASHA's Medicare coding rules for SLP
 * services (which SLP codes are timed), First Coast's LCD L28992 coding guidelines (95992) and
 * NCD 270.1 (G0281, G0329) for the rows added 2026-11. `timed` means 15-minute units under the
 * 8-minute rule. The codes billed per hour, with add-ons per further 30 or 15 minutes (92605/92618,
 * 92607/92608, 92626/92627, 96105, 96125; added 2026-11, twenty-first round) are in, untimed in
 * that sense, with their period in `unitMinutes`; sources: ASHA's Medicare coding rules for SLP
 * services ("designation of time": a period counts once more than half of it is spent), the MAC
 * article A52866 and the therapy code list. The
 * work hardening codes 97545/97546 (added 2026-11, thirteenth round) are in, untimed in that
 * sense, with their unit in `unitMinutes` (an hour code's unit is not 15 minutes). The wound-care
 * codes therapists bill (97597/97598, 97602, 97605–97608, 97610; added 2026-11, twentieth round)
 * are untimed too: per session or per day, and 97598's units count wound area (each further
 * 20 sq cm); sources: the MAC article A53046 (CMS coverage database) and the therapy code list.
 * Table as of 2026-11; dates are dates of service, inclusive.
 * CPT codes are the AMA's; no CPT descriptor text is reproduced here.
 */
import { SOURCES } from "../model/sources.js";
import type { CodeContact, CodeRow, Replacement } from "./types.js";

/** The first letter of a row's kind field: how the code is delivered. */
const CONTACTS = { o: "one-on-one", g: "group", s: "supervised", e: "evaluation" } as const satisfies Record<string, CodeContact>;

/**
 * One row of the table as text, its fields split at `|` (none holds one), in this order:
 * code | title | summary | kind | disciplines | effective | related | maxUnitsPerDay | unitMinutes | addOnTo | medicareCode | notes | sources.
 * - kind: the contact's letter (`o` one-on-one, `g` group, `s` supervised, `e` evaluation), then `T` when
 *   timed, then `A` when always therapy ("oTA": a timed one-on-one code on the always-therapy list);
 * - disciplines, related and sources: names split at spaces (sources: the names in `codeRows` below);
 * - effective: `from~to`, either side empty when open ("2018-01-01~", "~2016-12-31"); empty for `{}`;
 * - an empty field is a key the row leaves out. replacedBy is in `REPLACED_BY`, by code.
 * Written as text (one string a row, split once at import) rather than object literals: 685 B less
 * in the main entry, minified and gzipped (twenty-fourth round, branch `size24`); the rows are the
 * same objects, keys in the same order (test/package/size24-same-reports.test.ts compares them with
 * the base build's).
 */
type RowText = `${string}|${string}|${string}|${keyof typeof CONTACTS}${"" | "T"}${"" | "A"}|${string}|${string}|${string}|${string}|${string}|${string}|${string}|${string}|${string}`;

/**
 * The rows, made in a function: esbuild keeps any read like `SOURCES.cpm5_20_2` at a module's top
 * level (a getter could run), which kept this whole table in every browser bundle that reached
 * the catalog's chunk, `{ findPtpEdit }` among them (test/package/browser-bundle.test.ts). Called
 * once, below, marked pure.
 */
function codeRows(): CodeRow[] {
  const S = {
    T: SOURCES.cpm5_20_2,
    XI: SOURCES.ncciManualXI,
    LIST: SOURCES.therapyCodeList,
    EVAL: SOURCES.evalCodes2017,
    COG: SOURCES.cognitiveCodes,
    CR10176: SOURCES.cpm5_10_4,
    SLP_EVAL: SOURCES.slpEvalCodes2014,
    ASHA: SOURCES.ashaSlpCoding,
    WOUND: SOURCES.woundCare,
    // The MAC billing article that lists the SLP codes, the hour codes among them (added 2026-11, twenty-first round).
    SLP_MAC: { title: "MAC article A52866: Billing and Coding: Speech-Language Pathology", url: "https://www.cms.gov/medicare-coverage-database/view/article.aspx?articleId=52866" },
    canalith95992: SOURCES.canalith95992,
    mbpm15_230: SOURCES.mbpm15_230,
    ncd270_1: SOURCES.ncd270_1,
    workHardening: SOURCES.workHardening,
  };
  // The deleted codes' successors, by code.
  const REPLACED_BY: Readonly<Record<string, readonly Replacement[]>> = {
  "97001": [{ codes: ["97161", "97162", "97163"], from: "2017-01-01", note: "PT evaluations by complexity (low, moderate, high)." }],
  "97002": [{ codes: ["97164"], from: "2017-01-01", note: "PT re-evaluation." }],
  "97003": [{ codes: ["97165", "97166", "97167"], from: "2017-01-01", note: "OT evaluations by complexity (low, moderate, high)." }],
  "97004": [{ codes: ["97168"], from: "2017-01-01", note: "OT re-evaluation." }],
  "97127": [{ codes: ["97129", "97130"], from: "2020-01-01", note: "Timed cognitive-function intervention: 97129 for the first 15 minutes, 97130 for each further 15." }],
  "97532": [{ codes: ["G0515"], from: "2018-01-01", to: "2019-12-31", note: "Medicare's 15-minute cognitive code for 2018–2019 (CPT's 97127 was not recognised by Medicare)." }, { codes: ["97129", "97130"], from: "2020-01-01", note: "Timed cognitive-function intervention: 97129 for the first 15 minutes, 97130 for each further 15." }],
  "97762": [{ codes: ["97763"], from: "2018-01-01", note: "Orthotic/prosthetic management at a subsequent encounter." }],
  "G0515": [{ codes: ["97129", "97130"], from: "2020-01-01", note: "Timed cognitive-function intervention: 97129 for the first 15 minutes, 97130 for each further 15." }],  };
  const ROWS = [
  // ── Strapping, splints and compression (untimed, "sometimes therapy") ─────────────────
  "29125|Forearm splint, static|A static forearm-and-hand splint applied. Untimed.|o|OT PT||97760||||||LIST T",
  "29130|Finger splint, static|A static finger splint applied. Untimed.|o|OT PT||97760||||||LIST T",
  "29240|Shoulder strapping|Shoulder taping. Untimed.|o|PT OT||||||||LIST T",
  "29260|Elbow or wrist strapping|Elbow or wrist taping. Untimed.|o|PT OT||||||||LIST T",
  "29280|Hand or finger strapping|Hand or finger taping. Untimed.|o|OT PT||||||||LIST T",
  "29530|Knee strapping|Knee taping. Untimed.|o|PT OT||||||||LIST T",
  "29540|Ankle or foot strapping|Ankle or foot taping. Untimed.|o|PT OT||||||||LIST T",
  "29580|Unna boot|A medicated compression wrap on the lower leg. Untimed.|o|PT OT||29581||||||LIST T",
  "29581|Multi-layer compression, lower leg|Multi-layer compression bandaging, foot to below the knee. Untimed.|o|PT OT|2010-01-01~|29580 97140|||||Start date not confirmed.|LIST T",

  // ── Speech-language pathology ────────────────────────────────────────────────────────
  "92507|Speech/language treatment, individual|Individual treatment of speech, language, voice, communication or auditory-processing disorders. Billed once per day whatever the time.|oA|SLP||92508 92526 97129 97130||||||T XI",
  "92508|Speech/language treatment, group|The group form of 92507, for two or more patients. Untimed.|gA|SLP||92507||||||T XI",
  "92520|Laryngeal function studies|Acoustic and aerodynamic voice testing. Untimed.|e|SLP|||1||||Sometimes therapy: not confirmed.|ASHA LIST",
  "92521|Fluency evaluation|SLP evaluation of speech fluency (stuttering, cluttering). Untimed; GN only.|eA|SLP|2014-01-01~|||||||SLP_EVAL CR10176",
  "92522|Speech sound production evaluation|SLP evaluation of articulation, phonology or motor speech. Untimed; GN only.|eA|SLP|2014-01-01~|||||||SLP_EVAL CR10176",
  "92523|Speech sound and language evaluation|SLP evaluation of speech sound production together with language comprehension and expression. Untimed; GN only.|eA|SLP|2014-01-01~|||||||SLP_EVAL CR10176",
  "92524|Voice and resonance analysis|SLP behavioral and qualitative analysis of voice and resonance. Untimed; GN only.|eA|SLP|2014-01-01~|||||||SLP_EVAL CR10176",
  "92526|Swallowing/feeding treatment|Treatment of swallowing dysfunction or oral function for feeding. Untimed.|oA|SLP OT||92507|||||OTs may treat feeding under state scope; Medicare lists it as always therapy.|T XI",

  "92597|Voice prosthesis evaluation|Evaluation for a voice prosthesis. Untimed.|eA|SLP|||1|||||ASHA LIST",
  "92605|Non-speech-generating AAC evaluation, first hour|The first hour of an evaluation for a communication aid that does not speak. Billed by the hour; once a day.|eA|SLP||92618 92607|1|60|||Medicare status (paid or not) and always therapy: not confirmed.|ASHA LIST",
  "92606|Non-speech-generating device treatment|Treatment with a communication device that does not speak. Untimed.|oA|SLP||92609|1||||Always therapy and Medicare payment: not confirmed.|ASHA LIST",
  "92607|Speech-generating device evaluation, first hour|The first hour of an evaluation for a speech-generating device. Billed by the hour; once a day; GN only.|eA|SLP||92608 92609|1|60||||ASHA SLP_MAC CR10176 LIST",
  "92608|Speech-generating device evaluation, each further 30 minutes|Add-on to 92607 for each further 30 minutes.|eA|SLP||92607||30|92607|||ASHA SLP_MAC LIST",
  "92609|Speech-generating device treatment|Treatment with a speech-generating device. Untimed.|oA|SLP||92507|1|||||ASHA LIST",
  "92610|Clinical swallowing evaluation|Bedside swallowing evaluation, no instruments. Untimed: once a day.|eA|SLP OT||92526 92611|1||||OTs bill it (GO) where state scope allows.|T ASHA LIST",
  "92611|Fluoroscopic swallowing study|Modified barium swallow study. Untimed.|e|SLP OT||92610|1||||Sometimes therapy, and OTs (state advanced practice): not confirmed.|ASHA LIST",
  "92612|Endoscopic swallowing study|Endoscopic swallowing study (FEES). Untimed.|e|SLP OT||92616|1||||Treated as sometimes therapy (physicians perform it too); not confirmed on CMS's list.|ASHA LIST",
  "92616|Endoscopic swallowing study with sensory testing|FEES with sensory testing. Untimed.|e|SLP OT||92612|1||||Treated as sometimes therapy (physicians perform it too); not confirmed on CMS's list.|ASHA LIST",
  "92618|Non-speech-generating AAC evaluation, each further 30 minutes|Add-on to 92605 for each further 30 minutes.|eA|SLP|2014-01-01~|92605||30|92605||Medicare status, start date and always therapy: not confirmed.|ASHA LIST",
  "92626|Auditory function evaluation for an implant, first hour|The first hour of an evaluation of hearing for an implanted device (candidacy or after surgery). Billed by the hour; once a day.|e|SLP||92627|1|60|||Audiologists bill it too. Sometimes therapy: not confirmed.|ASHA SLP_MAC LIST",
  "92627|Auditory function evaluation for an implant, each further 15 minutes|Add-on to 92626 for each further 15 minutes.|e|SLP||92626||15|92626||15 minutes in current CPT; an older ASHA page says 30: not confirmed.|ASHA SLP_MAC LIST",

  // ── Vestibular ───────────────────────────────────────────────────────────────────────
  "95992|Canalith repositioning|Maneuvers for positional vertigo (Epley). Untimed: once a day.|o|PT OT|2009-01-01~|97112|1||||Medicare paid therapists from 2011 (97112 before).|canalith95992 LIST",
  // ── Testing billed per hour (SLP, OT, PT) ────────────────────────────────────────────
  "96105|Aphasia assessment|Standardized assessment of aphasia, with interpretation and report. Billed per hour.|eA|SLP||96125||60|||Always therapy: not confirmed.|ASHA SLP_MAC LIST",
  "96125|Standardized cognitive performance testing|Standardized cognitive testing, with interpretation and report (their time counts). Billed per hour.|e|SLP OT PT||96105||60|||Psychologists bill it too (sometimes therapy). PT billing: not confirmed.|ASHA SLP_MAC LIST",
  // ── Evaluations before 2017 (untimed, deleted) ────────────────────────────────────────────────────────────
  "97001|PT evaluation (deleted)|The single PT evaluation code used before 2017.|eA|PT|~2016-12-31|||||||EVAL",
  "97002|PT re-evaluation (deleted)|The PT re-evaluation code used before 2017.|eA|PT|~2016-12-31|||||||EVAL",
  "97003|OT evaluation (deleted)|The single OT evaluation code used before 2017.|eA|OT|~2016-12-31|||||||EVAL",
  "97004|OT re-evaluation (deleted)|The OT re-evaluation code used before 2017.|eA|OT|~2016-12-31|||||||EVAL",

  // ── Supervised modalities (untimed, one unit a day) ──────────────────────────────────
  "97010|Hot or cold packs|Application of heat or cold packs. Supervised, untimed; Medicare bundles it into other services (status B).|sA|PT OT||||||||T LIST",
  "97012|Mechanical traction|Traction applied by a device. Supervised, untimed.|sA|PT OT||||||||T LIST",
  "97014|Electrical stimulation, unattended|Electrical stimulation the clinician sets up without staying in constant attendance. Untimed; Medicare pays G0283 instead.|sA|PT OT||G0283||||G0283|Medicare does not pay 97014 (PFS status I, from secondary sources; CMS's MUE for it is 0 by CMS policy); bill G0283 for Medicare patients.|T LIST",
  "97016|Vasopneumatic device|Intermittent compression by a pneumatic device. Supervised, untimed.|sA|PT OT||||||||T LIST",
  "97018|Paraffin bath|Paraffin wax treatment. Supervised, untimed.|sA|PT OT||||||||T LIST",
  "97022|Whirlpool|Whirlpool treatment. Supervised, untimed.|sA|PT OT||||||||T LIST",
  "97024|Diathermy|Deep heating by diathermy. Supervised, untimed.|sA|PT OT||||||||T LIST",
  "97026|Infrared|Infrared heat. Supervised, untimed.|sA|PT OT||||||||T LIST",
  "97028|Ultraviolet|Ultraviolet light treatment. Supervised, untimed.|sA|PT OT||||||||T LIST",

  // ── Constant-attendance modalities (timed) ───────────────────────────────────────────
  "97032|Electrical stimulation, attended|Electrical stimulation with the clinician in constant attendance. Timed in 15-minute units.|oTA|PT OT|||||||Constant attendance rather than strict one-on-one; its minutes join the timed pool.|T LIST",
  "97033|Iontophoresis|Delivery of medication through the skin by electric current, clinician in constant attendance. Timed.|oTA|PT OT||||||||T LIST",
  "97034|Contrast baths|Alternating hot and cold baths with the clinician in constant attendance. Timed.|oTA|PT OT||||||||T LIST",
  "97035|Ultrasound|Therapeutic ultrasound with the clinician in constant attendance. Timed; CMS's §20.2 Example 4 uses it.|oTA|PT OT||||||||T LIST",
  "97036|Hubbard tank|Full-body water immersion treatment with constant attendance. Timed.|oTA|PT OT||||||||T LIST",
  "97039|Unlisted modality|A modality no code describes.|oA|PT OT|||||||Unlisted: timing unconfirmed; MACs allow 1 unit a day.|LIST T",

  // ── Therapeutic procedures (timed, one-on-one) ───────────────────────────────────────
  "97110|Therapeutic exercise|Exercise aimed at strength, endurance, range of motion or flexibility, one-on-one. Timed.|oTA|PT OT||97530 97150|||||SLPs do not bill it (NCCI manual ch. XI §H).|T XI LIST",
  "97112|Neuromuscular re-education|Retraining of balance, coordination, posture, body awareness and proprioception, one-on-one. Timed.|oTA|PT OT|||||||SLPs do not bill it (NCCI manual ch. XI §H).|T XI LIST",
  "97113|Aquatic therapeutic exercise|Therapeutic exercise performed in water, one-on-one. Timed.|oTA|PT OT||97110||||||T LIST",
  "97116|Gait training|Training in walking, including stairs, one-on-one. Timed.|oTA|PT OT|||||||Mostly PT; OTs bill it where their state scope allows.|T LIST",
  "97124|Massage|Therapeutic massage (effleurage, petrissage, tapotement), one-on-one. Timed.|oTA|PT OT||97140||||||T LIST",
  "97127|Cognitive intervention, untimed (deleted)|CPT's 2018–2019 untimed cognitive code. Medicare never recognised it and paid G0515 instead.|o|OT SLP|2018-01-01~2019-12-31|||||G0515|Not payable by Medicare in any year; G0515 was Medicare's code.|COG",
  "97129|Cognitive-function intervention, first 15 minutes|Direct treatment of cognitive function (attention, memory, reasoning, executive function, problem solving). Timed; once per day, for the first unit.|oT|OT SLP|2020-01-01~|97130 97532 G0515|1||||Whether CMS lists it as always or sometimes therapy was not confirmed (psychologists bill it too); treated as sometimes therapy.|COG T",
  "97130|Cognitive-function intervention, each further 15 minutes|Add-on to 97129 for each additional 15 minutes of the same service on the same day. Timed.|oT|OT SLP|2020-01-01~|97129|||97129||Billed only with 97129 on the same day.|COG T",
  "97139|Unlisted therapeutic procedure|A procedure no code describes.|oA|PT OT|||||||Unlisted: timing unconfirmed; MACs allow 1 unit a day.|LIST T",
  "97140|Manual therapy|Hands-on techniques such as joint mobilisation or manipulation, manual lymphatic drainage or manual traction, one or more regions, one-on-one. Timed.|oTA|PT OT||97530 97124|||||Timed (some web pages wrongly call it per-session). Medicare's 97140/97530 NCCI edit ended 2019-12-31; some commercial plans still deny the pair.|T LIST",
  "97150|Group therapeutic procedures|Therapeutic procedures for two or more patients at once; the clinician stays in constant attendance but not one-on-one. Untimed: one unit per patient per session.|gA|PT OT||97110 97530|||||Some web pages claim 23 minutes supports two units: it does not (untimed). SLP group is 92508.|T XI mbpm15_230",

  // ── Evaluations 2017+ ────────────────────────────────────────────────────────────────
  "97161|PT evaluation, low complexity|Initial physical therapy evaluation of low complexity. Untimed; GP only.|eA|PT|2017-01-01~|97001||||||EVAL CR10176",
  "97162|PT evaluation, moderate complexity|Initial physical therapy evaluation of moderate complexity. Untimed; GP only.|eA|PT|2017-01-01~|97001||||||EVAL CR10176",
  "97163|PT evaluation, high complexity|Initial physical therapy evaluation of high complexity. Untimed; GP only.|eA|PT|2017-01-01~|97001||||||EVAL CR10176",
  "97164|PT re-evaluation|Physical therapy re-evaluation of an established plan of care. Untimed; GP only.|eA|PT|2017-01-01~|97002||||||EVAL CR10176",
  "97165|OT evaluation, low complexity|Initial occupational therapy evaluation of low complexity. Untimed; GO only.|eA|OT|2017-01-01~|97003||||||EVAL CR10176",
  "97166|OT evaluation, moderate complexity|Initial occupational therapy evaluation of moderate complexity. Untimed; GO only.|eA|OT|2017-01-01~|97003||||||EVAL CR10176",
  "97167|OT evaluation, high complexity|Initial occupational therapy evaluation of high complexity. Untimed; GO only.|eA|OT|2017-01-01~|97003||||||EVAL CR10176",
  "97168|OT re-evaluation|Occupational therapy re-evaluation of an established plan of care. Untimed; GO only.|eA|OT|2017-01-01~|97004||||||EVAL CR10176",

  // ── Functional training (timed, one-on-one) ──────────────────────────────────────────
  "97530|Therapeutic activities|Dynamic, functional activities (lifting, carrying, reaching, transfers, bending, pushing or pulling) that improve functional performance, one-on-one. Timed.|oTA|PT OT||97110 97140 97150|||||SLPs do not bill it to Medicare (NCCI manual ch. XI §H).|T XI LIST",
  "97532|Cognitive skills development (deleted)|The 15-minute cognitive-skills code used until the end of 2017, billed by PT, OT and SLP.|oTA|PT OT SLP|~2017-12-31|97127 G0515 97129 97130||||||COG",
  "97533|Sensory integration|Sensory processing treatment, one-on-one. Timed.|oTA|OT PT SLP|||||||ASHA lists it for SLPs.|T ASHA LIST",
  "97535|Self-care and home-management training|Training in daily-living tasks, meal preparation, safety and the use of adaptive equipment, one-on-one. Timed.|oTA|PT OT|||||||Not therapeutic exercise, whatever some web pages say.|T LIST",
  "97537|Community and work reintegration training|Training for shopping, transport, money management or work tasks, one-on-one. Timed.|oTA|PT OT|||||||Priced on the PFS (not confirmed from a CMS source); purely vocational training is not covered.|T LIST",
  "97542|Wheelchair management training|Assessment, fitting and training in wheelchair use and propulsion, one-on-one. Timed.|oTA|PT OT||||||||T LIST",
  "97545|Work hardening/conditioning, first two hours|The first two hours of a return-to-work program day. Billed by the hour: one unit a day.|oA|PT OT||97546|1|120|||No CMS rule on partial hours found. Medicare status (R per a secondary source), start date and always therapy: not confirmed.|workHardening LIST",
  "97546|Work hardening/conditioning, each further hour|Add-on to 97545 for each further hour of the same program day. Billed by the hour.|oA|PT OT||97545||60|97545||Billed only with 97545. Medicare status, start date and always therapy: not confirmed.|workHardening LIST",

  // ── Wound care ("sometimes therapy": per session or by wound area, never 15-minute units) ─────
  "97597|Selective debridement, first 20 sq cm|Selective removal of dead tissue from open wounds, up to 20 sq cm in all. Per session, untimed.|o|PT OT|2005-01-01~|97598|1||||Sometimes therapy per A53046; start date not confirmed.|WOUND LIST",
  "97598|Selective debridement, each further 20 sq cm|Add-on to 97597: a unit per further 20 sq cm of wound. Its units count area, not minutes.|o|PT OT|2005-01-01~|97597|||97597||An add-on since 2011, and start date: not confirmed.|WOUND LIST",
  "97602|Non-selective debridement|Non-selective removal of dead tissue (wet-to-moist dressings, enzymes). Per session, untimed; Medicare bundles it (status B).|o|PT OT|||1||||Status B: not confirmed from the MPFS file.|WOUND LIST",
  "97605|Wound vacuum (DME), up to 50 sq cm|Negative pressure wound therapy with durable equipment. Per session, untimed.|o|PT OT|||1||||Sometimes therapy and start date: not confirmed.|WOUND LIST",
  "97606|Wound vacuum (DME), over 50 sq cm|Negative pressure wound therapy with durable equipment. Per session, untimed.|o|PT OT|||1||||Sometimes therapy and start date: not confirmed.|WOUND LIST",
  "97607|Wound vacuum (disposable), up to 50 sq cm|Negative pressure wound therapy with a disposable device. Per session, untimed.|o|PT OT|2013-01-01~||1||||Sometimes therapy and start date: not confirmed.|WOUND LIST",
  "97608|Wound vacuum (disposable), over 50 sq cm|Negative pressure wound therapy with a disposable device. Per session, untimed.|o|PT OT|2013-01-01~||1||||Sometimes therapy and start date: not confirmed.|WOUND LIST",
  "97610|Low-frequency non-contact ultrasound, wounds|Non-thermal ultrasound mist to a wound. Once a day, untimed.|o|PT OT|2014-01-01~||1||||Sometimes therapy from 2014 (a secondary source): not confirmed.|LIST",

  "97750|Physical performance test|Physical performance testing or measurement with a written report, one-on-one. Timed; not a stand-in for an evaluation.|oTA|PT OT||||||||T LIST",
  "97755|Assistive technology assessment|Assistive technology assessment with a report, one-on-one. Timed.|oTA|PT OT||||||||T LIST",
  "97760|Orthotic management and training, first encounter|Fitting of and training with an orthosis at the first encounter, one-on-one. Timed.|oTA|PT OT||97763||||||T LIST",
  "97761|Prosthetic training, first encounter|Training with a limb prosthesis, one-on-one. Timed.|oTA|PT OT||97763||||||T LIST",
  "97762|Orthotic/prosthetic checkout (deleted)|The checkout code for an established orthosis or prosthesis, used until the end of 2017.|oTA|PT OT|~2017-12-31||||||Deletion date from the domain reference (§11); confidence low.|T",
  "97763|Orthotic/prosthetic management, later encounters|Management of and training with an orthosis or prosthesis at a subsequent encounter, one-on-one. Timed.|oTA|PT OT|2018-01-01~|97760||||||T LIST",

  // ── HCPCS ────────────────────────────────────────────────────────────────────────────
  "G0281|Electrical stimulation for wounds, unattended|Unattended e-stim of a chronic ulcer. Supervised, untimed.|sA|PT OT|2003-04-01~|G0283 G0329|||||Always therapy: not confirmed.|ncd270_1 LIST",
  "G0283|Electrical stimulation, unattended (Medicare)|Medicare's code for unattended electrical stimulation other than wound care. Supervised, untimed.|sA|PT OT||97014||||||T LIST",
  "G0329|Electromagnetic therapy for wounds|Electromagnetic therapy of a chronic ulcer. Supervised, untimed.|sA|PT OT||G0281|||||Start date and always therapy: not confirmed.|ncd270_1 LIST",
  "G0515|Cognitive skills development (Medicare, 2018–2019)|Medicare's 15-minute cognitive code used in place of 97532 in 2018 and 2019. Timed.|oT|OT SLP PT|2018-01-01~2019-12-31|97532 97129||||||COG",
  ] as const satisfies readonly RowText[];
  return ROWS.map((text) => {
    const [code, title, summary, kind, disciplines, effective, related, max, unitMinutes, addOnTo, medicareCode, notes, sources] = text.split("|") as string[] as [string, ...string[]];
    const [from, to] = effective!.split("~");
    // Keys in the order the rows were written in (and the base build's objects have).
    const row = {
      code,
      title: title!,
      summary: summary!,
      timed: kind!.includes("T"),
      contact: CONTACTS[kind![0] as keyof typeof CONTACTS],
      disciplines: disciplines!.split(" ") as CodeRow["disciplines"],
      alwaysTherapy: kind!.includes("A"),
      effective: from ? (to ? { from, to } : { from }) : to ? { to } : {},
    } as { -readonly [K in keyof CodeRow]: CodeRow[K] };
    if (REPLACED_BY[code]) row.replacedBy = REPLACED_BY[code];
    if (related) row.related = related.split(" ");
    if (max) row.maxUnitsPerDay = +max;
    if (addOnTo) row.addOnTo = addOnTo;
    if (unitMinutes) row.unitMinutes = +unitMinutes;
    if (medicareCode) row.medicareCode = medicareCode;
    if (notes) row.notes = notes;
    row.sources = sources!.split(" ").map((name) => S[name as keyof typeof S]);
    return row;
  });
}

/**
 * The catalog table, sorted by code. Typed as plain rows so the published type files stay
 * small; each row's text above is checked against `RowText`, and
 * test/package/size24-same-reports.test.ts compares the rows with the base build's.
 *
 * @example
 * ```ts
 * CODE_ROWS.find((r) => r.code === "97150")?.timed; //=> false
 * ```
 */
export const CODE_ROWS: readonly CodeRow[] = /* @__PURE__ */ codeRows();
