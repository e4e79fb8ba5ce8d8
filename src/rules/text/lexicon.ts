/**
 * The words and phrases the documentation rules look for, by category. Each entry is written
 * the way therapists write it and is tokenised with the same {@link tokenize} as the notes,
 * so `sit-to-stand`, `sit<>stand` and `sit to stand` are one phrase.
 *
 * Sources for the vocabulary: CPT section guidance as restated by CMS and payers (97530
 * "dynamic activities to improve functional performance" vs 97110 exercise for strength,
 * endurance, range of motion and flexibility); Medicare Benefit Policy Manual ch. 15 §220.2
 * and §220.3 (skilled services, treatment notes); MAC TPE findings on 97530 (Noridian JF,
 * FCSO); OptimisPT and pt-management articles on documenting 97530 (see each rule's docs page).
 */
import { tokenize } from "./tokenize.js";

/**
 * The categories a text is scanned for.
 *
 * @example
 * ```ts
 * const c: TermCategory = "functional";
 * ```
 */
export type TermCategory =
  | "functional"
  | "exercise"
  | "neuro"
  | "gait"
  | "manual"
  | "modality"
  | "cognitive"
  | "speech"
  | "selfcare"
  | "assist"
  | "skilled"
  | "response"
  | "nonbillable"
  | "ambulation"
  | "swallowing"
  | "language";

/**
 * Every category, in a fixed order.
 *
 * @example
 * ```ts
 * TERM_CATEGORIES.includes("skilled"); //=> true
 * ```
 */
export const TERM_CATEGORIES = [
  "functional",
  "exercise",
  "neuro",
  "gait",
  "manual",
  "modality",
  "cognitive",
  "speech",
  "selfcare",
  "assist",
  "skilled",
  "response",
  "nonbillable",
  "ambulation",
  "swallowing",
  "language",
] as const satisfies readonly TermCategory[];

/**
 * Categories that name what was done (used to tell a specific activity from a vague one).
 *
 * @example
 * ```ts
 * (SPECIFIC_CATEGORIES as readonly TermCategory[]).includes("response"); //=> false
 * ```
 */
export const SPECIFIC_CATEGORIES = [
  "functional",
  "exercise",
  "neuro",
  "gait",
  "manual",
  "modality",
  "cognitive",
  "speech",
  "selfcare",
  "assist",
] as const satisfies readonly TermCategory[];

/**
 * Categories as bits, the form `hasTermOf` takes them in: bit `1 << c` for `TERM_CATEGORIES[c]`.
 *
 * @param categories - the categories
 * @returns their bits, or-ed together
 * @example
 * ```ts
 * termBits(["exercise"]); //=> 2
 * ```
 * @internal
 */
export function termBits(categories: readonly TermCategory[]): number {
  let bits = 0;
  for (const category of categories) bits |= 1 << TERM_CATEGORIES.indexOf(category);
  return bits;
}

/**
 * The phrase lists, as written by therapists (tokenised when the lookup table is built).
 *
 * @example
 * ```ts
 * TERMS.functional.includes("sit-to-stand"); //=> true
 * ```
 */
export const TERMS = {
  /** Dynamic functional tasks: the substance of 97530. */
  functional: [
    "lift", "lifts", "lifting", "lifted", "carry", "carries", "carrying", "carried", "lift and carry",
    // A sport's own movements, practised to return to it.
    "golf", "golf swing", "chipping", "putting", "tennis", "pickleball", "throwing", "sport specific", "return to sport",
    "agility", "cutting", "decel", "deceleration", "shuffle", "shuffling",
    "return to run", "return to running", "running", "jog", "jogging",
    "reach", "reaches", "reaching", "reached", "overhead reach", "forward reach",
    "transfer", "transfers", "transferring", "transferred", "xfer", "xfers", "toilet transfer", "tub transfer",
    "car transfer", "floor transfer", "stand pivot", "spt", "squat pivot", "slide board",
    "bed mobility", "rolling", "supine to sit", "sit to supine", "supine sit", "sit supine", "scooting", "bridging to scoot",
    "sit to stand", "sit-to-stand", "sit<>stand", "sit stand", "stand to sit", "sts",
    "bend", "bending", "bent to", "squat to retrieve", "squatting to retrieve", "squat to pick up", "retrieve", "retrieving",
    "retrieved", "pick up", "picking up", "floor to waist", "floor to shelf", "waist to shelf",
    "push", "pushing", "pull", "pulling", "push/pull", "sled push", "cart",
    "stair negotiation", "stairs with", "curb", "curbs", "stair", "stairs", "stair climbing", "community stairs",
    "adl", "adls", "iadl", "iadls", "adl simulation", "simulated", "simulation", "work simulation", "work sim",
    "work hardening", "job simulation", "floor recovery", "floor to stand", "getting up from floor", "fall recovery",
    "obstacle course", "functional mobility", "functional task", "functional tasks", "dynamic",
    "laundry", "grocery", "groceries", "shopping", "gardening", "kitchen", "household", "vacuum", "vacuuming", "sweeping",
    "box", "boxes", "crate", "basket", "tray", "bag", "bags", "laundry basket", "tote", "w/c mobility", "wheelchair mobility",
    // Constraint-induced therapy's shaping tasks, practised with the affected hand ("flipping cards x20, stacking 10 cones, wiping
    // table in 6 directions"): sixteenth round (gaps16).
    "wiping table", "table wiping", "stacking cones", "stacking cups", "flipping cards", "shaping task", "shaping tasks",
  ],
  /** Plain strengthening, stretching and range of motion: the substance of 97110. */
  exercise: [
    "sets", "set of", "reps", "rep", "repetitions", "theraband", "thera-band", "tband", "t-band", "band", "bands",
    "resistance band", "red band", "green band", "blue band", "yellow band", "black band", "weights", "wts", "cuff weight",
    "dumbbell", "dumbbells", "db", "lbs", "lb", "kg",
    "slr", "slrs", "straight leg raise", "straight leg raises", "bridge", "bridges", "bridging", "clamshell", "clamshells",
    "clams", "quad set", "quad sets", "qs", "glute sets", "heel slides", "heel slide", "ankle pumps", "saq", "laq",
    "short arc quad", "long arc quad", "hamstring curls", "hs curls", "heel raises", "toe raises", "calf raises",
    "marches", "marching", "hip abduction", "hip abd", "sidelying", "side lying", "prone", "isometrics", "isometric",
    "stretch", "stretches", "stretching", "stretched", "rom", "prom", "arom", "aarom", "range of motion",
    "strengthen", "strengthening", "strength", "endurance", "flexibility", "resistive", "resisted",
    "leg press", "rows", "row", "bicep curls", "biceps curls", "tricep", "triceps", "shoulder flexion", "shoulder abduction",
    "scapular retraction", "wall slides", "wall push ups", "pulleys", "pulley", "putty", "theraputty", "hand gripper",
    "dowel", "cane exercises", "wand", "ube", "nustep", "recumbent bike", "stationary bike", "bike", "treadmill",
    "step ups", "step-ups", "step up", "squats", "mini squats", "wall squats", "lunges", "planks", "hep",
    "trunk rotation", "trunk rotations", "trunk extension", "trunk flexion",
    // Exercises named after a push or a pull (eighteenth round, gaps18): "push" and "pull" in them are no functional task.
    "push ups", "pushups", "push up plus", "wall push up", "pull aparts", "pull downs", "pulldowns", "lat pull down", "lat pull downs",
    "lat pulldown", "lat pulldowns", "pull throughs", "chin ups",
  ],
  /** Balance, coordination, posture, proprioception: 97112; vestibular maneuvers (95992). */
  neuro: [
    "neuro re ed", "neuro re-ed", "neuro reed", "neuromuscular re ed", "neuromuscular reeducation", "neuromuscular re-education",
    "nmr", "nmre", "balance", "proprioception", "proprioceptive", "coordination", "posture", "postural", "kinesthetic",
    "weight shift", "weight shifting", "weight shifts", "single leg stance", "sls", "tandem", "romberg", "foam", "airex",
    "perturbation", "perturbations", "vestibular", "gaze stabilization", "vor", "pnf", "ndt", "motor control", "bosu",
    "epley", "semont", "canalith repositioning", "crp", "brandt daroff",
  ],
  /** Walking and stairs: 97116. */
  gait: [
    "gait", "gait training", "ambulation", "ambulated", "ambulate", "ambulating", "amb", "rw", "fww", "spc", "qc", "walker",
    "rolling walker", "cane", "crutches", "stairs", "steps", "step over step", "step to", "curbs", "ft", "feet",
  ],
  /** Hands-on techniques: 97140 and 97124; taping and strapping (29xxx). */
  manual: [
    "manual therapy", "mobilization", "mobilizations", "mobs", "mob", "joint mobs", "joint mobilization", "stm", "soft tissue",
    "myofascial", "mfr", "iastm", "mld", "manual lymphatic drainage", "manual traction", "trigger point", "tpr", "glides",
    "pa glides", "massage", "effleurage", "petrissage", "tapotement", "manipulation", "grade i", "grade ii", "grade iii",
    "grade iv", "grade 1", "grade 2", "grade 3", "grade 4", "gr i", "gr ii", "gr iii", "gr iv", "scar massage", "retrograde massage", "friction massage", "cross friction", "transverse friction", "desensitization",
    "tape", "taped", "taping", "kinesiotape", "kinesiotaping", "kinesio tape", "kinesio taping", "kt tape", "strapping", "strapped",
    // Multilayer compression bandaging (29581) is wrapped by hand, as MLD is done by hand.
    "bandaging", "multilayer", "multi-layer",
    // Mulligan's glides with movement and a suboccipital release ("C1-2 SNAGs rotation x6").
    "snag", "snags", "mwm", "suboccipital release",
    // Selective debridement (97597/97598) is done by the clinician's hand and instrument: Noridian JE, "Wound Care & Debridement -
    // Provided by Therapist" (only skilled debridement is billed; MBPM ch. 15 §220, §230). A dressing change is not (twenty-first
    // round, gaps21: "selective debridement of necrotic tissue with scalpel" was read as no skill).
    "debridement", "debrided", "debride", "debriding",
  ],
  /** Modalities: 97010–97036, G0283; compression wraps and splints (29xxx). */
  modality: [
    "e stim", "e-stim", "estim", "ultrasound", "ionto", "iontophoresis", "tens", "nmes", "ifc", "hot pack", "hot packs",
    "moist heat", "mhp", "cold pack", "cold packs", "ice", "cryotherapy", "paraffin", "traction", "whirlpool", "diathermy",
    "contrast bath", "contrast baths", "infrared", "vaso", "vasopneumatic", "game ready", "fluidotherapy", "laser",
    "compression", "compression wrap", "multilayer", "multi-layer", "unna boot", "splint", "splinting",
  ],
  /** Cognitive-function intervention: 97129/97130. */
  cognitive: [
    "attention", "sustained attention", "divided attention", "alternating attention", "memory", "recall", "delayed recall",
    "short term memory", "working memory", "problem solving", "sequencing", "executive function", "executive functioning",
    "orientation", "safety awareness", "reasoning", "organization", "planning", "calendar", "medication management",
    "money management", "memory book", "memory notebook", "insight", "judgment", "mental flexibility", "cognitive",
    "cognition", "initiation", "categorization", "deductive", "visual scanning", "scanning",
  ],
  /** Speech, language, voice and swallowing: 92507, 92526; swallowing studies and devices (92597–92616). */
  speech: [
    "articulation", "dysarthria", "aphasia", "apraxia", "naming", "confrontation naming", "word finding", "word retrieval",
    "fluency", "stuttering", "voice", "loudness", "lsvt", "phonation", "resonance", "intelligibility", "comprehension",
    "auditory comprehension", "expression", "expressive", "receptive", "sentence", "sentences", "phrase level",
    "word level", "syllable", "syllables", "conversation", "conversational", "aac", "breath support", "diaphragmatic",
    "swallow", "swallowing", "dysphagia", "oral motor", "bolus", "pharyngeal", "chin tuck", "effortful swallow",
    "mendelsohn", "masako", "shaker", "thin liquids", "nectar", "puree", "trials",
    "mbs", "mbss", "vfss", "fees", "barium", "fluoroscopy", "endoscopy", "voice prosthesis", "tep", "sgd",
  ],
  /** Self-care and home management: 97535. */
  selfcare: [
    "dressing", "ub dressing", "lb dressing", "grooming", "bathing", "toileting", "toilet", "feeding", "self feeding",
    "hygiene", "adaptive equipment", "ae", "reacher", "sock aid", "long handled sponge", "lh sponge", "shower", "tub",
    "tub bench", "shower chair", "meal prep", "meal preparation", "cooking", "home management", "energy conservation",
    "joint protection", "donning", "doffing", "buttons", "buttoning", "zipper", "shoes", "socks",
    "medication", "pill organizer", "hip kit", "dressing stick", "bed making", "cleaning",
  ],
  /** Assistance levels. */
  assist: [
    "min a", "mod a", "max a", "min assist", "mod assist", "max assist", "minimal assistance", "moderate assistance",
    "maximal assistance", "cga", "contact guard", "contact guard assist", "sba", "stand by assist", "standby assist",
    "supervision", "sup", "mod i", "modified independent", "indep", "independent", "dep", "dependent", "total a",
    "set up a", "setup a",
  ],
  /** Signs that a therapist's skill was needed (Pub. 100-02 ch. 15 §220.2, §220.3 E). */
  skilled: [
    "cue", "cues", "cued", "cueing", "cuing", "vc", "vcs", "tc", "tcs", "verbal cues", "tactile cues", "visual cues",
    "facilitation", "facilitate", "facilitated", "facilitating", "assess", "assessed", "assessing", "reassess", "reassessed",
    "progress", "progressed", "progression", "progressing", "modify", "modified", "modification", "modifications",
    "safety", "monitor", "monitored", "monitoring", "instruct", "instructed", "instruction", "instructions", "educate",
    "educated", "education", "pt ed", "pt educated", "manual guidance", "guidance", "guarding", "guarded", "cga",
    "contact guard", "grade", "graded", "grading", "upgraded", "downgraded", "adjusted", "adapted", "adapt", "demo",
    "demonstration", "feedback", "corrected", "correction", "corrections", "hand over hand", "handling", "ndt", "pnf",
    "biofeedback", "semg", "emg", "analysis", "analyzed", "caregiver training", "trained", "compensatory", "strategy", "strategies",
    "prompt", "prompts", "prompting", "prompted", "modeling", "modelling", "modeled", "modelled", "precautions",
    "spotting", "titrated", "individualized", "clinical reasoning", "for safety", "educ", "redirection", "redirected",
    "redirect", "recommend", "recommended", "taught", "teach", "teaching",
    // "Ed on HEP", "caregiver ed on transfers": "ed" alone also ends "neuro re-ed", so only with "on".
    "ed on",
    // A parent or caregiver coached ("parent coached on neutral language").
    "coach", "coached", "coaching",
    // Therapist-applied aquatic methods and resistance given by hand ("Bad Ragaz ring method", "Halliwick").
    "bad ragaz", "halliwick", "manual resistance",
    // The skin checked before and after a modality is the clinician monitoring for an adverse reaction ("US 1 MHz …; skin checked").
    "skin checked", "skin check", "skin checks", "skin inspected", "skin inspection",
    // Assistance faded as the patient succeeds is the clinician grading the task ("hand-held assist faded to none");
    // "faded" alone is not ("bruising has faded").
    "assist faded", "assistance faded", "support faded", "fading assist", "fading assistance", "fading support",
    // Exertion dosed by the patient's rating ("RPE kept 11-13"): the clinician monitors it.
    "rpe",
    // A standardized test or measurement is the clinician's assessment (a performance test, 97750).
    "test", "tests", "tested", "testing", "measured", "measurement", "measurements", "goniometry", "dynamometer",
    "trails a", "trails b", "trail making",
    // A standardized measure scored ("MSQ scored", "DHI 46", "Berg 44/56", "MoCA 24/30"; VOMS, the screen after concussion).
    "scored", "msq", "dhi", "dgi", "fga", "berg", "moca", "voms",
    // An orthosis made or remade to fit ("relined thumb post", "fabricated resting orthosis").
    "fabricated", "fabrication", "relined", "remolded",
    // An orthosis's edges padded against pressure, as relined ("splint applied, wrist neutral, edges padded").
    "edges padded", "padded edges", "padding added",
    // A positional test and a repositioning maneuver for BPPV are the clinician's hands and judgement.
    "dix hallpike", "epley", "semont", "canalith repositioning",
    // Treatment set by an instrumental swallow study (FEES, VFSS/MBSS): the clinician's judgement.
    "fees", "vfss", "mbss",
    // Speech strategies the clinician trains.
    "pacing board", "over articulation", "overarticulation",
    // An anchor for visual neglect, a compensatory strategy trained ("red anchor line at L margin").
    "anchor line", "anchoring",
    // A load set from a measured maximum ("EMST150 set at 75% of MEP", "BFR cuff at 80% of LOP", "leg press at 60% of 1RM"):
    // the clinician doses from a measurement.
    "% of mep", "% of mip", "% of 1rm", "% of mvc", "% of mvic", "% of lop", "% of aop", "% of hrr", "% of hrmax", "% of max hr",
    // An orthosis's tension graded by steps ("JAS elbow orthosis, tension increased 1 step"); not "tension increased" alone, a
    // symptom ("Neck tension increased after work").
    "tension increased 1 step", "tension increased 2 steps", "tension increased one step", "tension increased 1 notch",
    "tension increased 2 notches", "tension decreased 1 step", "tension decreased 1 notch",
    // A model given ("3 after a model", "imitated 5 words w/ model"; not "new car model"), partner-assisted scanning (AAC),
    // symptoms checked during exertion after a concussion.
    "after a model", "after model", "w model", "with model", "with a model", "w a model", "model given", "model provided",
    "partner assisted scanning", "symptom check", "symptom checks", "symptoms checked",
    // A model named by its kind ("accuracy 18/20 w/ visual model", "verbal model provided"): the clinician's modelling (twentieth
    // round, gaps20; "w/ visual model" was read as no skill).
    "visual model", "verbal model", "auditory model", "visual models", "verbal models",
    // Spanish, as written in bilingual clinics (an accent splits a word: "señales" is read as "se ales",
    // "instrucción" as "instrucci"): cues, modelling, instruction, education, supervision, progression.
    "se ales", "modelado", "modelando", "instrucci", "instrucciones", "educaci", "supervisi", "progresar", "progres",
    // "Educada en técnica", "educado en precauciones" (sixteenth round, gaps16).
    "educada", "educado", "educadas", "educados",
  ],
  /** How the patient responded (Pub. 100-02 ch. 15 §220.3 E, treatment note). */
  response: [
    "tolerated", "tolerate", "tolerates", "tolerance", "tol", "responded", "response", "responding", "reported", "reports",
    "report", "states", "stated", "stating", "c o", "complained", "complains", "complaints", "pain", "fatigue", "fatigued",
    "sob", "dyspnea", "dizziness", "dizzy", "improved", "improvement", "improving", "improves", "able to", "unable",
    "demonstrated", "demonstrates", "demonstrating", "difficulty", "no increase", "decreased", "increased", "accuracy",
    "acc", "%", "rpe", "hr", "spo2", "bp", "vitals", "vss", "progressing", "plateau", "regressed", "better", "worse",
    "soreness", "sore", "denies", "denied", "nprs", "vas", "agitated", "engaged", "participated", "motivated",
    "verbalized understanding", "verbalizes understanding", "teach back", "adverse reaction", "carryover", "accurate",
    "accurately", "s s of aspiration", "signs of aspiration", "symptom", "symptoms", "sx", "resolved", "opportunities",
    "benefited", "benefitted", "helped",
    // What the patient recalled, and their orientation ("Recalled room # at 8 min", "Oriented x3 w/ board").
    "recalled", "oriented",
    // A gait or a scar compared with before ("Step length more equal after adjustment", "less antalgic", "Scar mobile in all directions").
    "more equal", "more symmetric", "more symmetrical", "less antalgic", "more mobile", "less adhered", "scar mobile",
    // Equal as a result ("Step length equal by lap 4", "step lengths were equal"), not the target cued ("VC for equal step
    // length"): sixteenth round (gaps16).
    "equal by", "was equal", "were equal", "now equal", "became equal",
    // What a parent or caregiver saw between visits, reported ("Child used calming corner 3x this wk per mom").
    "per mom", "per dad", "per parent", "per parents", "per caregiver", "per family",
    // Leaks are a pelvic health patient's symptom, as pain is ("No leaks w/ 25# lifts").
    "leak", "leaks", "leaked", "leakage",
    // A distress rating in exposure work ("SUDS 6 -> 3"), as a pain rating.
    "suds",
    // A cough is a dysphagia patient's sign, as aspiration is ("No coughing w/ 8 sips").
    "cough", "coughs", "coughed", "coughing",
    // A comparison ("8 min vs 3 min last wk"), what the patient said back, the skin after a splint or modality,
    // a performance held ("held SLS 8 sec", "maintained topic for 3 turns", "on task 6 min"), counted
    // ("6 spontaneous requests", "modeled correctly", "2 errors").
    "vs", "versus", "verbalized", "verbalizes", "redness", "held", "maintained", "maintains", "on task", "off task",
    "correctly", "incorrectly", "spontaneous", "spontaneously", "errors", "achieved", "nystagmus", "lob", "loss of balance",
    // A change measured against an earlier visit ("circumference down 0.8 cm from last visit", "4 touches last wk",
    // "hopped 5x vs 2x at eval", "tasted it for the first time").
    "last visit", "last session", "last wk", "last week", "last time", "at eval", "first time",
    // Reduced symptoms, a range of motion or a length measured ("PROM flex 115 -> 120 deg", "opening 38 mm"),
    // a result against its norm ("0.62 s, norm < 0.70").
    "reduced", "deg", "degrees", "mm", "cm", "norm", "norms",
    // An outcome measured or an error caught ("gait speed 0.8 m/s", "1 error in 28 slots, self-corrected").
    "gait speed", "error", "self corrected", "self correct", "self corrects",
    // How much cueing the patient needed is performance, as an assistance level is ("completed call w/ 2 prompts").
    "min cues", "mod cues", "max cues", "minimal cues", "moderate cues", "maximal cues", "min prompts", "mod prompts",
    "max prompts", "1 cue", "2 cues", "3 cues", "1 prompt", "2 prompts", "3 prompts",
    // A muscle test, goals met, a return demonstration ("MMT hip abd 4-/5", "pt return-demo'd").
    "mmt", "manual muscle test", "goals met", "goal met", "met goal", "met goals", "return demo", "return demonstrated",
    "return demonstration", "returned demo",
    // Spanish, as written in bilingual clinics (an accent splits a word: "toleró" is read as "toler").
    "dolor", "mejor", "peor", "cansado", "cansada", "mareo", "mareado", "mareada", "refiere", "toler",
    // Seventeenth round (gaps17): a task done without help or a symptom, as "able to" ("Able w/o UE on last 3 reps",
    // "Completed w/o UE push on last set"; "completed" alone is none), balance lost more than once ("2 losses of balance"),
    // and low back pain written short ("no LBP"; not "LBP" alone, a diagnosis: "core stab for LBP").
    "able w/o", "able without", "completed w/o", "completed without", "losses of balance", "no lbp", "less lbp",
    // Eighteenth round (gaps18): the patient demonstrated it, a return demonstration ("pt demo'd w/ correction"; "demo" alone is the
    // therapist's, a skilled term).
    "demo d", "demoed",
  ],
  /** Time that is not treatment time (Pub. 100-04 ch. 5 §20.2; Pub. 100-02 ch. 15 §220.3 E). */
  nonbillable: [
    "set up", "setup", "set-up", "equipment set up", "equipment setup", "equipment prep", "equipment preparation",
    "preparing equipment", "prep of equipment", "documentation", "documenting", "charting", "paperwork", "note writing",
    "rest break", "rest breaks", "seated rest", "standing rest", "rest period", "rest periods", "rested", "waiting",
    "waited", "min wait", "mins wait", "minute wait", "minutes wait", "unattended", "left unattended", "another pt", "another patient", "charted", "chart review",
    "bathroom break", "bathroom breaks", "restroom break", "restroom breaks", "toileting break", "water break", "water breaks",
    "personal phone call", "personal call",
    // The patient away from treatment in the session's minutes ("pt in restroom 5 min", "Pt on phone w/ insurance 5 min"); not "in restroom"
    // or "phone call" alone, which also place toileting training and name a cognitive or IADL task.
    "pt in restroom", "pt in the restroom", "patient in restroom", "went to restroom", "went to the restroom",
    "pt on phone", "pt on the phone", "took phone call", "took a phone call",
    // A snack or meal break ("Snack break 10 min, then swing ...").
    "snack break", "snack breaks", "lunch break", "meal break",
    // A break named by the position it is taken in ("2 standing breaks to check HR").
    "seated break", "seated breaks", "sitting break", "sitting breaks", "standing break", "standing breaks",
    // Calling the physician's office during the session ("called MD office re: BP").
    "called md", "called physician", "called doctor", "called dr", "called pcp", "phoned md",
    // "wait time" and "wait" count only before minutes or hours ("wait time 10 min for transport", "wait 5 min for ride"): in SLP and
    // pediatric notes a wait time in seconds is the pause given for a response, a strategy ("wait time 5 sec, then semantic cue").
    "wait", "wait time",
    // Paperwork sent ("completed employer form and faxed during session"): faxing is never treatment. (Not "fax" alone: see MAY_BE_NONBILLABLE.)
    "faxed", "faxing",
    // Bandages washed for the next session ("rolled/washed bandages 8 min"); not when taught ("educated pt on washing bandages").
    "washed bandages", "washing bandages",
    // Twenty-first round (speed21): the same care named by the bandage first ("bandage roll-up/wash 8 min", "bandages rolled and
    // washed"); not "bandage rolls", the rolls applied ("4 short-stretch bandage rolls"), nor taught ("educated on bandage washing").
    "bandage roll up", "bandages roll up", "bandages rolled", "bandage wash", "bandages wash", "bandage washing", "bandages washed",
    // The patient voiding in the session's minutes ("pt voided mid-session 5 min"); not "voided 8x/day", a bladder diary's result.
    "voided mid session", "voided during session", "voided during tx", "voided during treatment",
    // Changing for the pool ("Changed into swimsuit and showered 10 min"); not "changed" or "showered" alone (position changed, shower transfers).
    "changed into swimsuit", "changing into swimsuit", "changed into swim suit", "changing into swim suit", "changed into bathing suit",
    "changing into bathing suit",
    // Dry needling is its own service, never manual therapy minutes ("Dry needling R UT x4 sites 10 min, then STM"): 20560/20561,
    // non-covered on the Medicare fee schedule but as acupuncture for chronic low back pain (NCD 30.3.3: physicians, PAs, NPs/CNSs,
    // or supervised auxiliary personnel with an acupuncture degree and license; not a PT as such).
    "dry needling", "dry needled", "dry needle",
    // "DN" for dry needling, only before a side or "to" and a side ("DN R UT x3 sites", "DN to L glute med"): alone it is as
    // often "down" in a flowsheet ("HR dn to 90", "weaned dn to 1L"). Sixteenth round (gaps16).
    "dn",
    // Rest between sets inside the minutes ("rest between sets until symptoms returned to baseline"); not a work:rest dose in
    // seconds ("30 sec rest between sets") nor rest taught, as for the other rest phrases.
    "rest between sets", "rests between sets",
    // An oxygen tank changed in the session ("O2 tank changed 4 min"): equipment, as set-up is.
    "tank changed", "changed tank", "changed o2 tank", "changed oxygen tank", "changing o2 tank", "changing oxygen tank",
    // A letter for school written in the minutes ("wrote school accommodations letter 10 min"): documentation. Not "wrote letter"
    // nor "letter writing", which are handwriting tasks ("wrote letter b x10").
    "accommodations letter", "accommodation letter", "school letter",
  ],
  // Nineteenth round (rules19): three categories read by one rule each, kept out of SPECIFIC_CATEGORIES so that no other rule's
  // reading changes. A phrase may be in several categories ("swallow" is `speech` and `swallowing`).
  /**
   * Walking and stair work beyond `gait`'s words (doc/97116-reads-as-exercise reads both): CPT 97116 is training in walking,
   * stair climbing included; MAC LCDs deny it when the goal is strength or endurance alone.
   */
  ambulation: [
    "walk", "walks", "walked", "walking", "ambulates", "ambulatory", "stair", "curb", "ramp", "ramps", "heel strike", "toe off",
    "step length", "stride", "cadence", "swing phase", "stance phase", "foot clearance", "reciprocal", "reciprocally", "step through",
    "swing through", "hallway", "uneven", "treadmill", "bwstt", "litegait", "assistive device", "side stepping", "sidestepping",
    "lateral stepping", "stepping over",
    // fuzz19 (STEP-WORDS): walking tests, stair climbing as one word, "ambul." cut short, and walkers and canes by their
    // abbreviations, which the rule's docs say clear a line as a device does.
    "6mwt", "10mwt", "2mwt", "walk test", "stairclimbing", "ambul", "4ww", "rollator", "lbqc", "sbqc", "hemiwalker",
  ],
  /**
   * Swallowing and feeding treatment: 92526 (not 92507); NCD 170.3. Not the verb "swallow" alone, which voice and orofacial
   * myofunctional work use too ("swallow or sip instead of throat clearing", "taught new swallow pattern"): realistic-notes corpus.
   */
  swallowing: [
    "swallowing", "swallow tx", "swallow exercises", "swallow exs", "swallow strategies", "swallow precautions", "swallow trials",
    "dry swallow", "dry swallows", "hard swallow", "hard swallows", "double swallow", "effortful swallow", "effortful swallows", "dysphagia", "bolus", "pharyngeal",
    "oropharyngeal", "esophageal", "chin tuck", "chin tucks", "chin down", "head turn", "mendelsohn", "masako", "shaker",
    "supraglottic", "thin liquid", "thin liquids", "thin liq", "nectar", "honey thick", "thickened liquids", "mildly thick", "moderately thick",
    "extremely thick", "puree", "pureed", "mechanical soft", "mech soft", "minced and moist", "solids", "iddsi", "po trials",
    "po intake", "oral intake", "ice chips", "ice chip", "cup sips", "straw sips", "vitalstim", "laryngeal elevation", "hyolaryngeal",
    "tongue base", "base of tongue", "pocketing", "residue", "aspiration", "penetration", "mastication", "chewing", "feeding",
    "free water protocol", "frazier", "liquid wash", "diet texture", "diet upgrade", "cup drinking", "straw drinking", "iopi",
  ],
  /** Speech, language, voice, fluency and cognitive-communication work: 92507 (swallowing is `swallowing`'s). */
  language: [
    "articulation", "dysarthria", "aphasia", "apraxia", "naming", "word finding", "word retrieval", "fluency", "stuttering",
    "cluttering", "voice", "loudness", "lsvt", "phonation", "resonance", "intelligibility", "comprehension", "expression", "expressive",
    "receptive", "sentence", "sentences", "phrase level", "word level", "syllable", "syllables", "conversation", "conversational", "aac",
    "breath support", "language", "communication", "phonological", "phoneme", "phonemes", "minimal pairs", "vocabulary", "sfa",
    "semantic feature", "picture description", "narrative", "story retell", "following directions", "wh questions", "pragmatics",
    "pragmatic", "turn taking", "pitch", "vocal hygiene", "vocal function", "vfe", "easy onset", "light contact", "speech sound",
    "speech sounds", "utterance", "utterances", "mlu", "auditory processing", "aural rehab", "cognitive communication",
    "cognitive linguistic", "cog ling", "memory", "attention", "problem solving", "executive function", "reasoning", "orientation",
    "sequencing",
    // Articulation drills ("CVC word drills", "/s/ blends at phrase level": the bench's 92507 wordings).
    "cvc", "cvcv", "word drills", "blends",
    // fuzz19 (SPEECH-WORD): speech work named as such ("Dysphagia tx, speech tx"; not "speech clear", a status), voice and
    // naming disorders by name, alaryngeal speech, literacy and cognitive tasks: the warning said "no speech … work" beside them.
    "speech tx", "speech therapy", "speech treatment", "speech drills", "speech tasks", "speech exercises", "spch tx", "anomia",
    "dysphonia", "voicing", "electrolarynx", "alaryngeal", "literacy", "oral reading", "cognitive tasks", "cognition tasks",
  ],
} as const satisfies Record<TermCategory, readonly string[]>;

/**
 * Matches every text in which `analyzeText` finds a `nonbillable` term, and some more: each
 * phrase of `TERMS.nonbillable` contains "set up" or "setup", "equipm…", "docum…",
 * "chart…", "paperw…", "writing", "seated rest" or "standing rest", "break…" (rest, bathroom,
 * restroom, toileting or water breaks), "rest period", "rested", "restroom", "personal…" (a personal call),
 * "called" (the physician), "phone…" (the physician phoned, the patient on the phone), "wait…", "unatt…", "another",
 * "changed/changing into" (for the pool), "washed/washing band…", "bandage(s) roll…/wash…", "faxed", "faxing", "voided", "dry needl…", "dn" and a side ("dn r", "dn to l", "dn b"), "rest(s) between", "changed/changing o2/oxygen/tank", "tank changed", "school letter" or "accommodation(s) letter". (One plain "break" costs
 * the regular expression less than a piece per kind of break: 98 against 106 ms of CPU on 78,000
 * bench texts, 94 before them. Faxing is not in the vocabulary: a piece that starts with a new
 * letter, "fax", cost the expression 11% on 80,000 bench texts, 114 against 97 ms, for a rare
 * case; "c(?:hart|alled)" and "p(?:ersonal|hone)" share their first letters. "restroom", and "phone" for "phoned",
 * start with letters already there and cost nothing measurable: 96.7 against 96.6 and 96.5 ms, median of 12 runs over
 * the 79,936 activity texts of generateSessions(20000, 1), fourteenth round, gaps14. Fifteenth round, gaps15: "fax" alone
 * cost 10% again, 124 against 113 ms, but "fax(?:ed|ing)", "voided", "hang(?:ed|ing)[\W_]+into" inside "c(…)" and
 * "wa(?:it|sh(?:ed|ing)[\W_]+band)" together cost nothing measurable, 155 against 155-166 ms, and "d(?:ocum|ry[\W_]+needl)" then
 * none either (110.4 against 111.2 ms), median of 31 runs interleaved on a
 * loaded machine: a piece of three letters shortens what the engine checks ahead at each token's start. So "fax" alone is no phrase.) Each piece starts
 * a token, so the expression asks for the start of the text or a character that is not an ASCII
 * letter or digit before it (with `i`, `[a-z]` is the ASCII letters alone): the pieces are then
 * tried only where a token can start, 93 against 107 ms on the same texts (fourteenth round). Sound because a token is ASCII letters and digits in
 * either case (U+212A, read as `k`, is in no piece, and U+0130 only ends a token, as `i`,
 * which no piece ends with) and any character but an ASCII letter or digit may stand between
 * two tokens (`[\W_]` with `i`: `\W` alone would leave out `_`). A regular expression runs
 * natively, several times faster a character than the scan, so `doc/non-billable-time` reads
 * most texts no further. Tested against `analyzeText` on every phrase with every separator,
 * and on random and generated text (test/rules/text/has-term-of.test.ts).
 *
 * @example
 * ```ts
 * MAY_BE_NONBILLABLE.test("Equipment set-up x5 min"); //=> true
 * MAY_BE_NONBILLABLE.test("SLR 3x10, bridges 2x15"); //=> false
 * ```
 */
export const MAY_BE_NONBILLABLE =
  /(?:^|[^a-z\d])(?:s(?:et[\W_]*up|chool[\W_]+letter)|equipm|d(?:ocum|ry[\W_]+needl|n[\W_]+(?:to[\W_]+)?[rlb])|c(?:hart|alled|hang(?:ed|ing)[\W_]+(?:into|o2|oxygen|tank))|paperw|writing|(?:seated|standing)[\W_]+rest|rest(?:ed|room|s?[\W_]+(?:period|between))|b(?:reak|andages?[\W_]+(?:roll|wash))|p(?:ersonal|hone)|wa(?:it|sh(?:ed|ing)[\W_]+band)|unatt|a(?:nother|ccommodations?[\W_]+letter)|fax(?:ed|ing)|voided|tank[\W_]+changed)/i;

/**
 * Activity text that says the service was given in a group: "in group", "w/ group", "group
 * class", "group ther ex", "group of 4", "w/ 3 other pts", "class w/ 5 pts", "class of 6". Not "muscle group", "grouping", nor
 * "concurrent" (a co-treatment with another discipline is written so too), nor "group of 4 items" (words, pictures, cards… in a cognitive task). Linear: each run of
 * separators is read by the one word before it.
 *
 * @example
 * ```ts
 * GROUP_TEXT.test("Pt participated in group exercise class"); //=> true
 * GROUP_TEXT.test("stretching of hip muscle groups"); //=> false
 * ```
 */
export const GROUP_TEXT =
  /\b(?:in|with|w|during)[\W_]+(?:a[\W_]+)?group\b|\bgroup[\W_]+(?:class|session|setting|format|ex|exercise|exercises|ther|therex|tx|treatment|therapy|of[\W_]+\d(?![\d\W_]*(?:item|word|picture|card|object|letter|shape)s\b))|\b(?:\d+[\W_]+other|(?:w|with)[\W_]+\d+(?:[\W_]+other)?)[\W_]+(?:pts|patients|peers)\b|\bclass[\W_]+of[\W_]+\d/i;

/**
 * Matches every text {@link GROUP_TEXT} matches (each of its pieces holds "group", "pts",
 * "patients", "peers" or "class"), and every text that says "concurrent" (concurrent care with another
 * patient, read after it): literals only, so it rules most texts out several times faster than GROUP_TEXT
 * reads them (bench activity texts: 46 against 165-230 ms for 78,000 texts), in one pass for both.
 *
 * @example
 * ```ts
 * MAY_BE_GROUP.test("SLR 3x10"); //=> false
 * ```
 */
export const MAY_BE_GROUP = /group|pts|patients|peers|c(?:oncurrent|lass)/i;

/**
 * The taping and strapping words: code names alone ("Taping" on 29530, in {@link CODE_NAMES}), which
 * doc/activity-too-vague accepts with a body region ("Ankle taping", "Taped L knee").
 *
 * @example
 * ```ts
 * TAPING_TERMS.includes("taped"); //=> true
 * ```
 */
export const TAPING_TERMS: readonly string[] = ["tape", "taped", "taping", "strapping", "strapped"];

/**
 * Terms that only name a code's service ("neuro re-ed", "gait training", "manual therapy",
 * "dysphagia"…), written as {@link PHRASE_TABLE} keys: alone, they do not say what was done, so
 * `doc/activity-too-vague` does not count them as specific. Fewer than the 12 terms a text's
 * facts keep per category, so a full list always holds another term.
 *
 * @example
 * ```ts
 * CODE_NAMES.has("gait training"); //=> true
 * ```
 */
export const CODE_NAMES: ReadonlySet<string> = new Set([
  "neuro re ed", "neuro reed", "neuromuscular re ed", "neuromuscular reeducation", "neuromuscular re education", "nmr", "nmre",
  "gait", "gait training", "manual therapy", "functional task", "functional tasks", "dynamic", "home management", "cognitive",
  "cognition", "dysphagia", "swallowing", "aphasia", "dysarthria", "massage", "adl", "adls", "vestibular", "balance",
  "strength", "strengthening",
  // The patient's home program named without its exercises ("TE per HEP").
  "hep",
  // "Splint check" on an orthotic code names only its service. (Not "taping": "Ankle taping" on 29540 says the
  // region and the technique, which is enough there: test/catalog/new-codes.test.ts.)
  "splint",
  // "Debridement" alone on 97597 names the code's service (twenty-first round, gaps21); "debrided w/ curette, slough removed" says more.
  "debridement",
  // "Swallow tx per POC", as "swallowing".
  "swallow",
  // "Oral motor exs": a kind of exercise, not one.
  "oral motor",
  // "Fluency tx" on 92507, "AAC tx" on 92609, "LSVT LOUD per protocol": the service or the program named, not what was done.
  "fluency", "aac", "lsvt",
  // "Taping" on 29530 names the strapping codes' service; with a body region ("Ankle taping", "Taped L knee") it says enough,
  // which doc/activity-too-vague reads apart (TAPED_REGION there). Sixteenth round (gaps16).
  ...TAPING_TERMS,
]);

/**
 * The `functional` terms that can name an aim or a heading rather than a task ("functional
 * mobility", "ADLs"), written as {@link PHRASE_TABLE} keys: "for ADLs" after band rows names no
 * task (`doc/97530-reads-as-exercise`, seventeenth round). Fewer than the 12 terms a text's facts
 * keep per category, so a full list always holds another term.
 *
 * @example
 * ```ts
 * FUNCTIONAL_LABELS.has("adls"); //=> true
 * ```
 */
export const FUNCTIONAL_LABELS: ReadonlySet<string> = new Set(["functional mobility", "adl", "adls", "iadl", "iadls"]);

/**
 * The `exercise` terms that give a dose (sets × reps, a weight, "reps", "lbs") rather than name
 * an exercise: a functional task is dosed too ("lifting crate x10", "carrying 15#"). Fewer than
 * the 12 terms a text's facts keep per category, so a full list always holds a named exercise
 * and the kept list answers as the whole text would ("weights", equipment, counts as named).
 *
 * @example
 * ```ts
 * EXERCISE_DOSES.has("sets x reps"); //=> true
 * ```
 */
export const EXERCISE_DOSES: ReadonlySet<string> = new Set([
  "sets x reps", "weight", "sets", "set of", "reps", "rep", "repetitions", "lbs", "lb", "kg", "wts",
]);

/**
 * Words that say nothing about what was done: restating the code, filler, the patient.
 * An activity made only of these (and numbers) is too vague to support a code.
 *
 * @example
 * ```ts
 * VAGUE_WORDS.has("exercises"); //=> true
 * ```
 */
export const VAGUE_WORDS: ReadonlySet<string> = new Set([
  "therapy", "therapeutic", "session", "sessions", "exercise", "exercises", "ex", "therex", "ther", "te", "ta", "pt",
  "patient", "pts", "tolerated", "tolerate", "tol", "well", "good", "fair", "poor", "tx", "treatment", "treated",
  "performed", "perform", "performs", "worked", "work", "working", "on", "with", "w", "the", "a", "an", "and", "of", "to",
  "for", "in", "at", "as", "per", "poc", "plan", "continued", "continue", "cont", "done", "completed", "today", "activities",
  "activity", "act", "acts", "program", "see", "note", "notes", "various", "multiple", "misc", "etc", "same", "all", "was",
  "is", "were", "did", "had", "has", "be", "visit", "training", "skilled", "functional", "procedures", "procedure", "services",
  "service", "provided", "given", "issues", "without", "wo", "no", "any", "other", "c", "s", "flowsheet", "flow", "sheet",
  "ok", "okay", "fine", "then", "also", "time", "min", "mins", "minutes", "x", "#", "%", "re", "ed", "education", "tolerance",
  "routine", "usual", "standard", "daily", "again", "speech", "goal", "goals", "addressed", "address", "addressing",
  "ejercicios", "ejercicio", "terapia", "de", "en", "el", "la", "los", "las", "con", "del", "por", "para", "paciente",
  "revisado", "revisados", "tratamiento",
  // Template words: what the treatment is for, not what was done ("participated in therapeutic
  // activities to improve overall function, safety and independence with daily tasks as able").
  "participated", "participate", "participates", "participation", "improve", "improving", "overall", "function",
  "independence", "task", "tasks", "able", "general", "safely",
  // "Vestib rehab exs": no more than "therapy" and "exercises".
  "exs", "rehab",
  // "LSVT LOUD per protocol": as "per POC".
  "protocol", "protocols",
  // "Cog-ling tx w/ worksheets": the material, not the task.
  "worksheet", "worksheets",
  // The Spanish template "Actividades terapéuticas según plan" (an accent splits "terap uticas", "seg n").
  "actividades", "actividad", "terap", "utica", "uticas", "utico", "uticos", "seg",
]);

/** The longest phrase in {@link TERMS}, in tokens. */
let longest = 1;

const prefixes = new Set<string>();

function buildPhraseTable(): ReadonlyMap<string, readonly TermCategory[]> {
  const table = new Map<string, TermCategory[]>();
  for (const category of TERM_CATEGORIES) {
    for (const phrase of TERMS[category]) {
      const tokens = tokenize(phrase);
      if (tokens.length === 0) continue;
      longest = Math.max(longest, tokens.length);
      const key = tokens.join(" ");
      for (let n = 1; n < tokens.length; n++) prefixes.add(tokens.slice(0, n).join(" "));
      const list = table.get(key) ?? [];
      if (!list.includes(category)) list.push(category);
      table.set(key, list);
    }
  }
  return table;
}

/**
 * Every phrase of {@link TERMS}, tokenised and joined with single spaces, mapped to its
 * categories.
 *
 * @example
 * ```ts
 * PHRASE_TABLE.get("sit to stand"); //=> ["functional"]
 * ```
 */
export const PHRASE_TABLE: ReadonlyMap<string, readonly TermCategory[]> = buildPhraseTable();

/**
 * The number of tokens in the longest phrase of {@link PHRASE_TABLE}.
 *
 * @example
 * ```ts
 * LONGEST_PHRASE >= 3; //=> true
 * ```
 */
export const LONGEST_PHRASE: number = longest;

/**
 * Every proper prefix (in whole tokens) of a phrase in {@link PHRASE_TABLE}: a window that is
 * not a prefix cannot grow into a phrase, so the scan stops extending it.
 *
 * @example
 * ```ts
 * PHRASE_PREFIXES.has("sit to"); //=> true
 * ```
 */
export const PHRASE_PREFIXES: ReadonlySet<string> = prefixes;
