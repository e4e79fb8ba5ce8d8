/**
 * Daily notes written the way therapists write them (abbreviations, flowsheet fragments,
 * templated EHR text, typos, lists, Spanish in a bilingual clinic, all-caps), from every
 * discipline the catalog serves, each with the documentation rule ids it must raise: `[]` for
 * a note that is fine. Written for issue 7 (tenth round) to count the linter's false alarms
 * and misses; test/rules/realistic-notes.test.ts runs them. No patient identifiers; codes
 * are described in our own words, never in CPT descriptor text.
 */
import type { ServiceLine, Session } from "../../src/model/session.js";

/** A service line as a note's author fills it in: code, minutes, units, goals, what was done. */
export interface NoteLine {
  readonly code: string;
  readonly min: number;
  readonly units: number;
  readonly goals?: readonly string[];
  readonly activity: string;
  readonly contact?: ServiceLine["contact"];
  readonly groupSize?: number;
  /** Modifiers beside the discipline's (59 for an NCCI pair billed apart). */
  readonly extraModifiers?: readonly string[];
}

/** One realistic note: where it comes from, its lines and narrative, and the rule ids expected. */
export interface RealisticNote {
  readonly name: string;
  /** The documentation defect a reviewer would name, or undefined for a note that is fine. */
  readonly defect?: string;
  readonly discipline: "PT" | "OT" | "SLP";
  readonly credential?: "PT" | "PTA" | "OT" | "OTA" | "SLP";
  readonly lines: readonly NoteLine[];
  readonly note: NonNullable<Session["note"]>;
  /** Every `doc/` and `poc/` rule id lintDocumentation must raise (sorted, each once). */
  readonly expect: readonly string[];
  /** A false alarm or miss the linter still has: the note's test is expected to fail until it is fixed. */
  readonly knownGap?: string;
}

const MODIFIER = { PT: "GP", OT: "GO", SLP: "GN" } as const;

/**
 * The session of a realistic note: Medicare, a certified plan of care with goals G1–G3, the
 * discipline's modifier on every line, the documented timed total.
 */
export function sessionOf(n: RealisticNote): Session {
  const services: ServiceLine[] = n.lines.map((l) => ({
    code: l.code,
    minutes: l.min,
    units: l.units,
    modifiers: [...(n.credential === "PTA" ? ["GP", "CQ"] : n.credential === "OTA" ? ["GO", "CO"] : [MODIFIER[n.discipline]]), ...(l.extraModifiers ?? [])],
    goalIds: [...(l.goals ?? ["G1"])],
    activity: l.activity,
    ...(l.contact === undefined ? {} : { contact: l.contact }),
    ...(l.groupSize === undefined ? {} : { groupSize: l.groupSize }),
  }));
  return {
    id: `note-${n.name.slice(0, 40)}`,
    dateOfService: "2025-06-10",
    payer: { program: "medicare" },
    provider: { discipline: n.discipline, credential: n.credential ?? (n.discipline === "SLP" ? "SLP" : n.discipline) },
    services,
    note: n.note,
    planOfCare: {
      startOfCare: "2025-05-20",
      certifiedOn: "2025-05-22",
      certifiedThrough: "2025-08-17",
      goals: [
        { id: "G1", text: "Short-term goal" },
        { id: "G2", text: "Second goal" },
        { id: "G3", text: "Long-term goal" },
      ],
      treatmentDaysSinceProgressReport: 5,
    },
    therapyYearToDate: { ptSlp: 800, ot: 600 },
  };
}

const VAGUE = "doc/activity-too-vague";
const EX530 = "doc/97530-reads-as-exercise";
const FUNC110 = "doc/97110-reads-as-functional";
const NONBILL = "doc/non-billable-time";
const RESPONSE = "doc/patient-response-missing";
const SKILL = "doc/skilled-need-missing";
const GOAL = "doc/goal-link-missing";
const ONE = "doc/one-on-one-required";
const GROUP = "doc/group-size";

/** Thirty-odd notes that are fine, then thirty-odd with one real documentation defect each. */
export const REALISTIC_NOTES: readonly RealisticNote[] = [
  // ---------------------------------------------------------------- PT ortho, clean
  {
    name: "PT ortho TKA, flowsheet fragments",
    discipline: "PT",
    lines: [
      { code: "97110", min: 15, units: 1, activity: "Quad sets 2x10, SAQ 3x10 w/ 2#, heel slides 2x15 for R knee flex AROM; VC for full TKE" },
      { code: "97530", min: 15, units: 1, goals: ["G2"], activity: "Sit<>stand from std chair x8 w/o UE, step ups 4\" x10 to simulate curb, car transfer practice w/ CGA" },
      { code: "97140", min: 10, units: 1, goals: ["G1"], activity: "Patellar mobs gr II-III all directions, STM to distal quad/ITB to decr tone" },
    ],
    note: {
      subjective: "Pt reports R knee pain 4/10, stiff in AM. Slept better.",
      objective: "R knee AROM 5-102 deg (was 8-95).",
      assessment: "Improving knee flex, tolerated progression to 2# w/o incr pain.",
      plan: "Cont POC, progress to 6\" step next visit.",
    },
    expect: [],
  },
  {
    name: "PT ortho lumbar, templated EHR with checkboxes",
    discipline: "PT",
    lines: [
      { code: "97110", min: 23, units: 2, activity: "[x] Core stab: TrA activation w/ marching 2x10, bird dog 2x10 ea, bridges 3x10. [x] HS stretch 3x30\" b/l" },
      { code: "97140", min: 15, units: 1, goals: ["G2"], activity: "[x] Manual: CPA mobs L4-5 gr III x 3 bouts, STM lumbar paraspinals, lumbar traction manual 5 min" },
    ],
    note: {
      subjective: "S: LBP 5/10 -> 3/10 after last visit, pt states able to sit 45 min at work.",
      assessment: "A: Good carryover of TrA activation, needed TC for neutral spine during bird dog.",
      plan: "P: Progress core to tall kneeling next visit; update HEP.",
    },
    expect: [],
  },
  {
    name: "PT ortho shoulder, all caps EHR export",
    discipline: "PT",
    lines: [
      { code: "97110", min: 15, units: 1, activity: "PULLEYS FLEX/ABD X 3 MIN, ER/IR W/ RTB 2X15, SCAPULAR RETRACTION W/ GTB 3X10, WALL SLIDES X10" },
      { code: "97140", min: 15, units: 1, activity: "GH JOINT MOBS POST GLIDE GR III, STM UPPER TRAP/LEVATOR, PROM ALL PLANES TO TOL" },
    ],
    note: {
      subjective: "PT REPORTS 3/10 PAIN AT REST, 6/10 W/ OVERHEAD REACH.",
      assessment: "FLEX PROM IMPROVED TO 145 DEG. VC NEEDED TO AVOID SHRUG.",
      plan: "CONTINUE PLAN OF CARE. PROGRESS TO GTB ER/IR.",
    },
    expect: [],
  },
  {
    name: "PT ortho ankle ORIF, typos",
    discipline: "PT",
    lines: [
      { code: "97110", min: 15, units: 1, activity: "Ankle AROM all planes, towel scrunches, calf raises 2x15 at counter, tband 4 way ankle RTB 2x10" },
      { code: "97116", min: 15, units: 1, goals: ["G3"], activity: "Gait trng w/ SPC 150ft x2 on level surfaces, cues for heel strike and equal step lenght, ambulaton on ramp w/ CGA" },
      { code: "97112", min: 8, units: 1, goals: ["G2"], activity: "SLS on firm surface 3x15 sec, tandem stance on foam w/ UE support, ballance reactions" },
    ],
    note: {
      subjective: "Pt c/o mild ankle swelling after work, pain 2/10.",
      assessment: "Gait pattern improved w/ decr antalgic lean. Pt tolerted all exercises.",
      plan: "Wean from SPC in clinic.",
    },
    expect: [],
  },
  {
    name: "PT ortho hip THA, posterior precautions",
    discipline: "PT",
    lines: [
      { code: "97530", min: 20, units: 1, activity: "Bed mobility supine<>sit maintaining post hip precautions, toilet transfer w/ raised seat, tub transfer w/ bench; min A for LE mgmt" },
      { code: "97110", min: 15, units: 1, goals: ["G2"], activity: "Glute sets, hip abd in supine 2x10, LAQ 2x15, ankle pumps; instructed in HEP" },
    ],
    note: {
      subjective: "Pt reports hip soreness 3/10, no falls at home.",
      assessment: "Pt able to recall 3/3 hip precautions. Transfers improved from mod A to min A.",
      plan: "Cont, progress to stairs w/ rail.",
    },
    expect: [],
  },
  {
    name: "PT ortho neck, SOAP in one text field",
    discipline: "PT",
    lines: [
      { code: "97140", min: 15, units: 1, activity: "Suboccipital release, cervical lateral glides C4-6 gr II, STM b/l upper trap" },
      { code: "97110", min: 15, units: 1, activity: "Chin tucks supine 2x10 w/ 5 sec hold, DNF endurance test, scap retraction w/ RTB 2x15, UT stretch 3x30 sec" },
    ],
    note: {
      text: "S: HA freq down from daily to 3x/wk. Neck pain 3/10. O: Cerv rot R 60, L 55. A: Tol tx well, TC needed for chin tuck w/o SCM. P: cont POC, add prone Ys/Ts.",
    },
    expect: [],
  },
  {
    name: "PT ortho ACL, return to sport",
    discipline: "PT",
    lines: [
      { code: "97110", min: 15, units: 1, activity: "Leg press 3x10 @ 90#, RDL w/ 15# DB 3x8, NK eccentric hamstring curls 2x6" },
      { code: "97112", min: 15, units: 1, goals: ["G2"], activity: "SL hop to stick landing x10, lateral bounding, perturbation training on BOSU; feedback on knee valgus" },
      { code: "97530", min: 15, units: 1, goals: ["G3"], activity: "Agility ladder, cutting drills 45 deg, deceleration to squat pivot, sport specific drills for soccer" },
    ],
    note: {
      subjective: "Pt denies pain, reports knee feels 'stable'.",
      assessment: "Improved landing mechanics w/ mirror feedback. Quad LSI 82%.",
      plan: "Progress to unanticipated cutting next wk.",
    },
    expect: [],
  },
  {
    name: "PT ortho, bilingual clinic (Spanish words)",
    discipline: "PT",
    lines: [
      { code: "97110", min: 15, units: 1, activity: "Ejercicios: bridges 2x15, clamshells RTB 2x15, SLR 2x10 b/l; VC en español for pacing" },
      { code: "97530", min: 15, units: 1, goals: ["G2"], activity: "Lifting laundry basket floor to waist x8 w/ 10#, carrying 20 ft, reaching to overhead shelf; cues for hip hinge" },
    ],
    note: {
      subjective: "Paciente reports dolor lumbar 4/10, 'me siento mejor' in AM.",
      assessment: "Pt tolerated lifting progression, no incr dolor.",
      plan: "Cont POC; HEP en español given.",
    },
    expect: [],
  },
  // ---------------------------------------------------------------- PT neuro / vestibular, clean
  {
    name: "PT neuro CVA, gait and balance",
    discipline: "PT",
    lines: [
      { code: "97116", min: 23, units: 2, activity: "Gait trng w/ hemi walker 100ft x3, L AFO donned, facilitation at L pelvis for wt shift, TCs for L heel strike" },
      { code: "97112", min: 15, units: 1, goals: ["G2"], activity: "Standing wt shifts to L w/ mirror feedback, reaching outside BOS, NDT facilitation L trunk elongation" },
    ],
    note: {
      subjective: "Pt's wife reports 1 near fall at home.",
      assessment: "Pt able to amb 100ft w/ min A, decreased L knee hyperextension w/ cues.",
      plan: "Progress to SPC trial.",
    },
    expect: [],
  },
  {
    name: "PT neuro Parkinson's, LSVT BIG style",
    discipline: "PT",
    lines: [
      { code: "97112", min: 23, units: 2, activity: "Large amplitude movements x 8 reps each, floor to ceiling, side to side, forward/backward steps; external cueing w/ metronome" },
      { code: "97530", min: 15, units: 1, goals: ["G3"], activity: "Functional task practice: sit to stand x10, rolling in bed w/ big movements, turning 360 deg to avoid FOG" },
    ],
    note: {
      subjective: "Pt reports less freezing at doorways this week.",
      assessment: "TUG 14.2 sec (was 16.8). Responded well to auditory cues for step length.",
      plan: "Cont POC, caregiver training next visit.",
    },
    expect: [],
  },
  {
    name: "PT vestibular BPPV, canalith repositioning",
    discipline: "PT",
    lines: [
      { code: "95992", min: 15, units: 1, activity: "R posterior canal BPPV confirmed w/ Dix-Hallpike (+ upbeating torsional nystagmus); Epley maneuver x2" },
      { code: "97112", min: 15, units: 1, goals: ["G2"], activity: "Gaze stabilization VOR x1 horizontal 2x30 sec, habituation exercises; monitored for symptom provocation" },
    ],
    note: {
      subjective: "Pt reports dizziness w/ rolling to R, 6/10 intensity.",
      assessment: "After 2nd Epley, Dix-Hallpike negative. Pt tolerated w/ mild nausea.",
      plan: "Recheck next visit, HEP VOR x1 3x/day.",
    },
    expect: [],
  },
  {
    name: "PT vestibular concussion, dizziness handicap",
    discipline: "PT",
    lines: [
      { code: "97112", min: 15, units: 1, activity: "VOR x1 vertical/horizontal on busy background, gait w/ head turns 4 x 50ft, Romberg EC on foam" },
      { code: "97110", min: 15, units: 1, goals: ["G3"], activity: "Sub-symptom threshold aerobic exercise on recumbent bike 12 min, HR 120-130 bpm" },
    ],
    note: {
      subjective: "Pt reports HA 2/10, fogginess improving.",
      assessment: "Symptoms increased 1 pt w/ VOR, resolved in 2 min. DGI 20/24.",
      plan: "Progress VOR speed; monitor symptoms.",
    },
    expect: [],
  },
  {
    name: "PTA note, SCI wheelchair mobility",
    discipline: "PT",
    credential: "PTA",
    lines: [
      { code: "97530", min: 23, units: 2, activity: "W/c mobility: curb pop-ups w/ spotting, slide board transfer w/c<>mat w/ mod A, pressure relief push-ups q15 min" },
    ],
    note: {
      subjective: "Pt reports no new skin issues.",
      assessment: "Slide board transfer improved to min A from mod A. Pt demonstrated correct pressure relief.",
      plan: "Cont per PT POC.",
    },
    expect: [],
  },
  // ---------------------------------------------------------------- OT hand and ADL, clean
  {
    name: "OT hand, distal radius fx",
    discipline: "OT",
    lines: [
      { code: "97110", min: 15, units: 1, activity: "Wrist AROM flex/ext/RD/UD, tendon glides x10 ea, gripping w/ green theraputty x 3 min" },
      { code: "97140", min: 15, units: 1, goals: ["G2"], activity: "Scar massage volar wrist, retrograde massage for edema, joint mobs radiocarpal gr II" },
      { code: "97530", min: 8, units: 1, goals: ["G3"], activity: "Opening jars, turning doorknob simulation, pouring from pitcher; graded wt 1# to 2#" },
    ],
    note: {
      subjective: "Pt reports pain 3/10, able to hold coffee cup now.",
      objective: "Grip R 18#, L 55#. Wrist ext 45 deg.",
      assessment: "Edema decreased (figure 8 down 1 cm). Good progress.",
      plan: "Cont 2x/wk, progress to strengthening.",
    },
    expect: [],
  },
  {
    name: "OT hand, orthotic fabrication",
    discipline: "OT",
    lines: [
      { code: "97760", min: 30, units: 2, activity: "Fabricated custom thermoplastic thumb spica orthosis, R; instructed in wearing schedule, skin checks and donning/doffing" },
    ],
    note: {
      subjective: "Pt c/o CMC pain 5/10 w/ pinch.",
      assessment: "Orthosis fits well, no pressure areas after 20 min trial. Pt demonstrated independent donning.",
      plan: "Check fit next visit.",
    },
    expect: [],
  },
  {
    name: "OT ADL, LB dressing w/ AE after hip fx",
    discipline: "OT",
    lines: [
      { code: "97535", min: 23, units: 2, activity: "LB dressing training w/ reacher, sock aid and long handled shoe horn; hip precautions maintained with VC x3" },
      { code: "97530", min: 15, units: 1, goals: ["G2"], activity: "Standing at kitchen counter for meal prep task 8 min, retrieving items from low cabinet w/ reacher" },
    ],
    note: {
      subjective: "Pt states wants to dress self before going home.",
      assessment: "LB dressing min A -> CGA. Standing tolerance 8 min.",
      plan: "Tub transfer training next.",
    },
    expect: [],
  },
  {
    name: "OT ADL, energy conservation COPD",
    discipline: "OT",
    lines: [
      { code: "97535", min: 15, units: 1, activity: "Pt educated in energy conservation for showering: shower chair, long handled sponge, pursed lip breathing; pacing w/ rest breaks" },
      { code: "97530", min: 15, units: 1, goals: ["G3"], activity: "Simulated grocery put-away, carrying 5# bags 20ft and reaching to shelf; SpO2 monitored" },
    ],
    note: {
      subjective: "Pt reports SOB w/ bathing.",
      assessment: "SpO2 92-95% throughout, RPE 12. Pt able to teach back 3 energy conservation principles.",
      plan: "Cont POC.",
    },
    expect: [],
  },
  {
    name: "OT neuro UE, NMES and task practice",
    discipline: "OT",
    lines: [
      { code: "97112", min: 15, units: 1, activity: "Weight bearing through L UE in sitting w/ facilitation, PNF D1/D2 patterns, proprioceptive input to L hand" },
      { code: "97530", min: 15, units: 1, goals: ["G2"], activity: "Bilateral task: folding towels, stacking cups, reaching for items at various heights w/ L UE" },
    ],
    note: {
      subjective: "Pt reports L hand 'feels heavy'.",
      assessment: "Improved L shoulder flexion active to 90 deg, emerging gross grasp.",
      plan: "Add FMC activities.",
    },
    expect: [],
  },
  // ---------------------------------------------------------------- OT cognition, clean
  {
    name: "OT cognition, medication management",
    discipline: "OT",
    lines: [
      { code: "97129", min: 15, units: 1, activity: "Simulated med mgmt: filled weekly pill organizer from 4 bottles, 2 errors self-corrected w/ checklist strategy" },
      { code: "97130", min: 15, units: 1, goals: ["G2"], activity: "Divided attention task while following recipe; sequencing 6 steps w/ min VC" },
    ],
    note: {
      subjective: "Daughter reports pt missed 2 doses last wk.",
      assessment: "Accuracy 85% (up from 60%). Benefitted from written checklist.",
      plan: "Train caregiver on checklist use.",
    },
    expect: [],
  },
  {
    name: "OT cognition, TBI executive function",
    discipline: "OT",
    lines: [
      { code: "97129", min: 15, units: 1, activity: "Planning a bus trip using schedule, problem solving when route changed; compensatory strategy: phone alarms" },
    ],
    note: {
      subjective: "Pt reports frustration with forgetting appointments.",
      assessment: "Completed planning task w/ 2 cues (was 5). Improving insight.",
      plan: "Cont POC.",
    },
    expect: [],
  },
  // ---------------------------------------------------------------- SLP, clean
  {
    name: "SLP dysphagia, strategies and PO trials",
    discipline: "SLP",
    lines: [
      { code: "92526", min: 30, units: 1, activity: "Effortful swallow x20, Masako x10, CTAR 3x10; PO trials thin liquid via cup w/ chin tuck: no overt s/s of aspiration" },
    ],
    note: {
      subjective: "Pt reports less coughing at meals.",
      assessment: "Pt completed chin tuck independently in 8/10 trials. Wet vocal quality x1 after consecutive sips.",
      plan: "Cont dysphagia tx; recommend MBSS if no change in 2 wks.",
    },
    expect: [],
  },
  {
    name: "SLP dysphagia, head and neck cancer",
    discipline: "SLP",
    lines: [
      { code: "92526", min: 30, units: 1, activity: "Jaw ROM w/ TheraBite 5x30 sec, Mendelsohn w/ sEMG biofeedback x15, tongue base retraction exercises" },
    ],
    note: {
      subjective: "Pt c/o dry mouth, taking soft solids.",
      assessment: "Max interincisal opening 32 mm (was 28). Achieved target on sEMG 70% of trials.",
      plan: "Cont; HEP reviewed.",
    },
    expect: [],
  },
  {
    name: "SLP aphasia, naming therapy",
    discipline: "SLP",
    lines: [
      { code: "92507", min: 45, units: 1, activity: "SFA for confrontation naming of household objects 14/20 w/ phonemic cues; sentence completion; auditory comprehension of 2-step commands" },
    ],
    note: {
      subjective: "Spouse reports pt using more words at dinner.",
      assessment: "Naming accuracy 70% (was 45%). Benefits from semantic cues.",
      plan: "Progress to phrase level generative naming.",
    },
    expect: [],
  },
  {
    name: "SLP dysarthria, Parkinson's voice",
    discipline: "SLP",
    lines: [
      { code: "92507", min: 45, units: 1, activity: "Max duration sustained 'ah' x15, high/low pitch glides, functional phrases at 75 dB; loudness monitored w/ SPL meter" },
    ],
    note: {
      subjective: "Pt states family asks him to repeat less often.",
      assessment: "Mean loudness in conversation 72 dB (was 64). Intelligibility 90% at sentence level.",
      plan: "Cont LSVT LOUD 4x/wk.",
    },
    expect: [],
  },
  {
    name: "SLP cognitive-communication, spaced retrieval",
    discipline: "SLP",
    lines: [
      { code: "97129", min: 15, units: 1, activity: "Spaced retrieval for safety info (use walker, call button), recall at 30 sec, 1, 2, 4 min intervals" },
      { code: "97130", min: 15, units: 1, goals: ["G2"], activity: "Memory book training: orientation page, daily schedule; errorless learning" },
    ],
    note: {
      subjective: "Nursing reports pt getting up w/o walker.",
      assessment: "Recalled target info at 4 min interval 3/4 trials.",
      plan: "Extend intervals to 8 min.",
    },
    expect: [],
  },
  // ---------------------------------------------------------------- Pediatrics, clean
  {
    name: "Peds OT, sensory integration",
    discipline: "OT",
    lines: [
      { code: "97533", min: 23, units: 2, activity: "Linear vestibular input on platform swing, prone on scooter board down ramp, crash pad jumps for proprioceptive input; graded to maintain arousal" },
      { code: "97530", min: 15, units: 1, goals: ["G2"], activity: "Obstacle course: climbing through tunnel, stepping stones, retrieving puzzle pieces to motor plan sequence" },
    ],
    note: {
      subjective: "Mom reports fewer meltdowns at school transitions.",
      assessment: "Child completed 3-step obstacle course w/ 1 verbal cue (was 3). Regulated after swing.",
      plan: "Update sensory diet for home.",
    },
    expect: [],
  },
  {
    name: "Peds PT, play-based gross motor",
    discipline: "PT",
    lines: [
      { code: "97530", min: 23, units: 2, activity: "Play-based: ball kicking to target, stepping over hurdles, squat to pick up toys from floor and stand w/o UE; animal walks (bear crawl)" },
      { code: "97112", min: 15, units: 1, goals: ["G2"], activity: "Balance beam walking w/ HHA, SLS games (freeze dance), balance on rocker board" },
    ],
    note: {
      subjective: "Dad reports child falling less on playground.",
      assessment: "Child able to SLS 4 sec R, 3 sec L (was 2). Needed min cues to stay on task.",
      plan: "Progress to jumping forward 12 in.",
    },
    expect: [],
  },
  {
    // Written as a clean note; on reading the finding, it is right: the note lists tasks and
    // outcomes but never what the therapist did (no cue, grading, set-up of the task, feedback).
    name: "Peds OT, handwriting and fine motor",
    defect: "no skilled need (activities and outcomes only)",
    discipline: "OT",
    lines: [
      { code: "97530", min: 15, units: 1, activity: "Copying 5-word sentence on slant board, cutting along curved line w/ spring scissors, buttoning on doll" },
      { code: "97112", min: 15, units: 1, goals: ["G2"], activity: "Prone on elbows for shoulder stability, wheelbarrow walks 10 ft, bilateral coordination with lacing cards" },
    ],
    note: {
      subjective: "Teacher reports improved legibility.",
      assessment: "Letter sizing accurate 70% of trials. Tripod grasp maintained w/ pencil grip.",
      plan: "Cont POC.",
    },
    expect: [SKILL],
  },
  {
    name: "Peds SLP, articulation",
    discipline: "SLP",
    lines: [
      { code: "92507", min: 30, units: 1, activity: "Articulation: /r/ in initial position at word level 18/25 w/ visual and tactile cues, carryover to phrases w/ game play" },
    ],
    note: {
      subjective: "Mom reports practicing /r/ words at home.",
      assessment: "80% accuracy at word level (was 60%).",
      plan: "Target /r/ at sentence level.",
    },
    expect: [],
  },
  // ---------------------------------------------------------------- group, clean
  {
    name: "PT group, aquatic group class",
    discipline: "PT",
    lines: [
      { code: "97150", min: 45, units: 1, contact: "group", groupSize: 3, activity: "Aquatic group: water walking, marching, hip abd/add at pool wall, balance in chest deep water; pts cued individually" },
    ],
    note: {
      subjective: "Pt reports less knee pain in water.",
      assessment: "Tolerated 45 min w/o rest. Required VC for upright posture.",
      plan: "Cont group 2x/wk.",
    },
    expect: [],
  },
  {
    name: "OT group, cognitive group",
    discipline: "OT",
    lines: [
      { code: "97150", min: 30, units: 1, contact: "group", groupSize: 4, activity: "Cognitive group: money management task (making change), problem solving scenarios; pt cued for attention" },
    ],
    note: {
      subjective: "Pt eager to participate.",
      assessment: "Pt completed 4/5 money tasks accurately, needed 1 redirection.",
      plan: "Cont.",
    },
    expect: [],
  },
  {
    name: "PT ortho, work conditioning code not in catalog",
    discipline: "PT",
    lines: [
      { code: "97545", min: 120, units: 1, activity: "Work conditioning: circuit of lifting, carrying, pushing cart, ladder climbing to simulate warehouse job" },
    ],
    note: {
      subjective: "Pt reports back pain 2/10 after work sim yesterday.",
      assessment: "Lift floor to waist 40# x5 w/ good mechanics; HR max 128.",
      plan: "Progress to 50#.",
    },
    expect: [],
  },
  {
    name: "PT ortho, education visit with verbalized understanding",
    discipline: "PT",
    lines: [
      { code: "97110", min: 15, units: 1, activity: "Pt educ on HEP progression: prone press ups x10, standing lumbar ext x10, return demo w/ correct form" },
      { code: "97530", min: 15, units: 1, goals: ["G2"], activity: "Body mechanics training: lifting 10# box from floor to counter using hip hinge, carrying to table" },
    ],
    note: {
      subjective: "Pt asks about returning to gardening.",
      assessment: "Pt verbalized understanding of lifting precautions, no adverse reaction to tx.",
      plan: "Reassess in 1 wk.",
    },
    expect: [],
  },
  {
    name: "OT peds, redirection and participation",
    discipline: "OT",
    lines: [
      { code: "97530", min: 23, units: 2, activity: "Dressing play: donning jacket and zipping w/ hand over hand fading to verbal prompts; retrieving shoes from cubby" },
    ],
    note: {
      subjective: "Mom reports child now tries to put on shoes.",
      assessment: "Child zipped jacket accurately 3/5 trials, needed redirection x2. Good carryover from last session.",
      plan: "Cont; home program handout.",
    },
    expect: [],
  },
  {
    name: "PT bilingual, response in Spanish only",
    discipline: "PT",
    lines: [
      { code: "97116", min: 15, units: 1, activity: "Entrenamiento de marcha / gait trng w/ RW 150 ft x2, cues for step length y postura" },
      { code: "97110", min: 15, units: 1, goals: ["G2"], activity: "Ejercicios: LAQ 2x10, marching 2x10, heel raises 2x10 at counter" },
    ],
    note: {
      subjective: "Paciente refiere dolor de rodilla 3/10, se siente mejor que la semana pasada.",
      plan: "Cont POC, progress to SPC.",
    },
    expect: [],
  },
  {
    name: "OT hand, durations written 'x N min'",
    discipline: "OT",
    lines: [
      { code: "97530", min: 15, units: 1, activity: "Simulated keyboard typing and mouse use x 8 min, then sorting mail into bins x 5 min for work tasks; graded font size" },
      { code: "97140", min: 15, units: 1, goals: ["G2"], activity: "Retrograde massage R hand x 5 min, IASTM to forearm flexors, PROM MCPs" },
    ],
    note: {
      subjective: "Pt reports numbness 'less often'.",
      assessment: "Tolerated 13 min of keyboarding w/o sx increase.",
      plan: "Cont.",
    },
    expect: [],
  },
  {
    name: "SLP swallow, teach back and recommendations",
    discipline: "SLP",
    lines: [
      { code: "92526", min: 30, units: 1, activity: "Bedside PO trials: puree and mech soft solids, thin liquids by tsp; small bites/sips, alternating solids and liquids" },
    ],
    note: {
      subjective: "Pt reports food 'sticking' less.",
      assessment: "No overt s/s of aspiration w/ puree; delayed cough x2 w/ thin by cup. Pt able to teach back safe swallow strategies.",
      plan: "Recommend MBSS to assess thin liquids.",
    },
    expect: [],
  },
  // ================================================================ defects
  // -------- vague text
  {
    name: "Templated EHR: seen for skilled PT, tolerated well",
    defect: "vague",
    discipline: "PT",
    lines: [
      { code: "97110", min: 15, units: 1, activity: "Ther ex per flowsheet" },
      { code: "97530", min: 15, units: 1, activity: "Ther act as tolerated" },
    ],
    note: {
      text: "Patient was seen for skilled physical therapy services today. Patient tolerated treatment well. Continue per POC.",
    },
    expect: [SKILL, VAGUE],
  },
  {
    name: "Vague: 'see flowsheet' OT",
    defect: "vague",
    discipline: "OT",
    lines: [{ code: "97535", min: 15, units: 1, activity: "See flowsheet" }],
    note: { assessment: "Pt tolerated well. Progressing toward goals with cues.", plan: "Cont POC" },
    expect: [VAGUE],
  },
  {
    name: "Vague: 'exercises as listed' all caps",
    defect: "vague",
    discipline: "PT",
    lines: [{ code: "97110", min: 15, units: 1, activity: "THER EX AS LISTED. PT DID WELL." }],
    note: { assessment: "PT TOLERATED TX WELL. NO C/O.", plan: "CONT PER POC. PROGRESS AS TOLERATED." },
    expect: [VAGUE],
  },
  {
    name: "Vague: 'neuro re-ed' alone, Spanish note",
    defect: "vague",
    discipline: "PT",
    lines: [{ code: "97112", min: 15, units: 1, activity: "Tx as per plan, trabajó bien" }],
    note: { subjective: "Paciente dice que está bien.", assessment: "Tolerated well, instructed in HEP." },
    expect: [VAGUE],
  },
  {
    name: "Vague: SLP 'tx provided'",
    defect: "vague",
    discipline: "SLP",
    lines: [{ code: "92507", min: 30, units: 1, activity: "Speech tx provided. Goals addressed." }],
    note: { assessment: "Pt participated, progress made with cues.", plan: "Continue" },
    expect: [VAGUE],
  },
  {
    name: "Vague: 'manual per protocol'",
    defect: "vague",
    discipline: "PT",
    lines: [
      { code: "97110", min: 15, units: 1, activity: "Bridges 3x10, clams RTB 2x15, SLR 2x10; VC for form" },
      { code: "97140", min: 15, units: 1, activity: "Per protocol, to tolerance" },
    ],
    note: { assessment: "Tolerated well, pain 3/10 post.", plan: "Cont" },
    expect: [VAGUE],
  },
  // -------- 97530 that is only exercise
  {
    name: "97530 only exercise: sets and bands",
    defect: "97530 reads as exercise",
    discipline: "PT",
    lines: [{ code: "97530", min: 23, units: 2, activity: "Ther act: mini squats 3x10, lunges 2x10, hip abd w/ GTB 3x15, calf raises 3x15; VC for form" }],
    note: { assessment: "Pt tolerated well, mild fatigue.", plan: "Progress reps" },
    expect: [EX530],
  },
  {
    name: "97530 only exercise: UBE and weights, all caps",
    defect: "97530 reads as exercise",
    discipline: "OT",
    lines: [{ code: "97530", min: 15, units: 1, activity: "UBE X 6 MIN, BICEP CURLS 3# 3X10, SHOULDER FLEXION W/ DOWEL 2X15, PUTTY" }],
    note: { assessment: "TOL WELL, INSTRUCTED IN PROPER FORM.", plan: "CONT" },
    expect: [EX530],
  },
  {
    name: "97530 only exercise: stretching and bike",
    defect: "97530 reads as exercise",
    discipline: "PT",
    lines: [{ code: "97530", min: 15, units: 1, activity: "Recumbent bike 8 min, HS and piriformis stretches 3x30 sec each, prone quad stretch" }],
    note: { assessment: "Pt reports decreased tightness. Monitored HR.", plan: "Cont" },
    expect: [EX530],
  },
  {
    name: "97530 only exercise: core strengthening called 'functional'",
    defect: "97530 reads as exercise",
    discipline: "PT",
    lines: [{ code: "97530", min: 15, units: 1, activity: "Functional strengthening: planks 3x20 sec, bird dogs 2x10, dead bugs 2x10, bridges w/ march 2x10" }],
    note: { assessment: "Fatigued after planks, cues for neutral spine.", plan: "Cont" },
    expect: [EX530],
  },
  // -------- 97110 that is functional (info)
  {
    name: "97110 that is functional task practice",
    defect: "97110 reads as functional",
    discipline: "PT",
    lines: [{ code: "97110", min: 15, units: 1, activity: "Floor to waist lifting of crate x10, carrying 15# 50 ft, pushing cart through clinic" }],
    note: { assessment: "Good body mechanics w/ VC, no pain.", plan: "Cont" },
    expect: [FUNC110],
  },
  // -------- non-billable time
  {
    name: "Non-billable: set up and documentation in the minutes",
    defect: "non-billable time",
    discipline: "PT",
    lines: [{ code: "97110", min: 30, units: 2, activity: "Equipment set up 5 min, SLR 3x10, bridges 3x10, heel slides; documentation 5 min" }],
    note: { assessment: "Tolerated w/o pain; VC for slow eccentrics.", plan: "Cont" },
    expect: [NONBILL],
  },
  {
    name: "Non-billable: rest breaks counted",
    defect: "non-billable time",
    discipline: "PT",
    lines: [{ code: "97116", min: 30, units: 2, activity: "Gait trng w/ RW 4 x 75 ft w/ seated rest breaks 3 min between bouts, CGA" }],
    note: { assessment: "Fatigue after 3rd bout, SpO2 91%. Cued for upright posture.", plan: "Cont" },
    expect: [NONBILL],
  },
  {
    name: "Non-billable: pt on hot pack while therapist with another pt",
    defect: "non-billable time",
    discipline: "PT",
    lines: [{ code: "97140", min: 23, units: 2, activity: "STM lumbar paraspinals 10 min; pt waiting on table w/ MHP while PT with another pt" }],
    note: { assessment: "Decreased muscle guarding, pain 4/10 -> 2/10. Assessed lumbar mobility.", plan: "Cont" },
    expect: [NONBILL],
  },
  {
    name: "Non-billable: therapist charting while pt on bike",
    defect: "non-billable time",
    discipline: "PT",
    lines: [{ code: "97110", min: 23, units: 2, activity: "NuStep 10 min unattended while charting; SLR 2x10, clams 2x10 w/ VC" }],
    note: { assessment: "Tolerated well.", plan: "Cont" },
    expect: [NONBILL],
  },
  // -------- no patient response
  {
    name: "No response: activities only, no outcome",
    defect: "no response",
    discipline: "PT",
    lines: [
      { code: "97110", min: 15, units: 1, activity: "SLR 3x10, SAQ 3x10 2#, heel slides 2x15; VC for quad activation" },
      { code: "97140", min: 15, units: 1, activity: "Patellar mobs gr II, STM quad" },
    ],
    note: { plan: "Cont POC, progress to step ups." },
    expect: [RESPONSE],
  },
  {
    name: "No response: OT ADL list",
    defect: "no response",
    discipline: "OT",
    lines: [{ code: "97535", min: 23, units: 2, activity: "UB dressing w/ hemi technique, grooming at sink in standing; VC for sequencing" }],
    note: { plan: "Next: LB dressing." },
    expect: [RESPONSE],
  },
  {
    name: "No response: SLP drill list",
    defect: "no response",
    discipline: "SLP",
    lines: [{ code: "92526", min: 30, units: 1, activity: "Effortful swallow x20, Shaker exercise 3x30 sec, chin tuck w/ thin liquid cup sips; instructed in strategies" }],
    note: { plan: "Continue dysphagia tx." },
    expect: [RESPONSE],
  },
  // -------- no skilled need
  {
    name: "No skill: pt exercised, flowsheet copied",
    defect: "no skilled need",
    discipline: "PT",
    lines: [{ code: "97110", min: 23, units: 2, activity: "NuStep 10 min L4, LAQ 3x10 3#, hip abd 3x10, heel raises 3x15" }],
    note: { assessment: "Pt tolerated well, no c/o pain.", plan: "Cont same." },
    expect: [SKILL],
  },
  {
    name: "No skill: OT repetition of same tasks",
    defect: "no skilled need",
    discipline: "OT",
    lines: [{ code: "97530", min: 15, units: 1, activity: "Folding laundry, stacking cups, reaching for cones" }],
    note: { assessment: "Pt tolerated well.", plan: "Same next visit." },
    expect: [SKILL],
  },
  // -------- no goal link
  {
    name: "No goal link: lines without goals",
    defect: "no goal link",
    discipline: "PT",
    lines: [
      { code: "97110", min: 15, units: 1, goals: [], activity: "Bridges 3x10, clams 2x15 w/ RTB; VC for pelvic control" },
      { code: "97116", min: 15, units: 1, goals: [], activity: "Gait w/ SPC 200 ft, cues for step length" },
    ],
    note: { assessment: "Pt reports pain 2/10, tolerated well.", plan: "Cont" },
    expect: [GOAL],
  },
  {
    name: "No goal link: goal id from the old plan",
    defect: "no goal link",
    discipline: "OT",
    lines: [{ code: "97535", min: 15, units: 1, goals: ["STG-4"], activity: "Shower transfer w/ tub bench, LB bathing w/ LH sponge; CGA, VC for safety" }],
    note: { assessment: "Pt improved to CGA from min A.", plan: "Cont" },
    expect: [GOAL],
  },
  // -------- group called one-on-one / group size
  {
    name: "Group billed as one-on-one code",
    defect: "group called one-on-one",
    discipline: "PT",
    lines: [{ code: "97110", min: 30, units: 2, contact: "group", groupSize: 3, activity: "Group ther ex: seated marches, LAQ, heel raises w/ 3 pts; cues for form" }],
    note: { assessment: "Pt tolerated well, mild fatigue.", plan: "Cont" },
    expect: [ONE],
  },
  {
    name: "Concurrent care billed as one-on-one",
    defect: "group called one-on-one",
    discipline: "OT",
    lines: [{ code: "97530", min: 23, units: 2, contact: "concurrent", activity: "Transfers and reaching tasks while OT treating 2nd pt; VC for safety" }],
    note: { assessment: "Tolerated well, min A for transfers.", plan: "Cont" },
    expect: [ONE],
  },
  {
    name: "Group text on a one-on-one line, no contact field",
    defect: "group called one-on-one",
    discipline: "PT",
    lines: [{ code: "97110", min: 45, units: 3, activity: "Pt participated in group exercise class w/ 4 other pts: seated marches, LAQ, arm raises w/ 1# DB; VC for pacing" }],
    note: { assessment: "Tolerated well, RPE 11.", plan: "Cont group" },
    expect: [ONE],
  },
  {
    name: "Group code for one patient",
    defect: "group size",
    discipline: "OT",
    lines: [{ code: "97150", min: 30, units: 1, contact: "group", groupSize: 1, activity: "Fine motor group: pegboard, putty, coin manipulation; VC for in-hand manipulation" }],
    note: { assessment: "Pt tolerated well.", plan: "Cont" },
    expect: [GROUP],
  },
  // -------- mixed and subtler defects
  {
    name: "Vague 97530 with only 'functional activities'",
    defect: "vague",
    discipline: "PT",
    lines: [{ code: "97530", min: 15, units: 1, activity: "Functional activities x 15 min, pt did well" }],
    note: { assessment: "Progressing, cues for safety.", plan: "Cont POC" },
    expect: [VAGUE],
  },
  {
    name: "Vague OT 'ADL training' and 'UE ex'",
    defect: "vague",
    discipline: "OT",
    lines: [{ code: "97110", min: 15, units: 1, activity: "UE ther ex" }],
    note: { assessment: "Tolerated well w/ cues.", plan: "Cont" },
    expect: [VAGUE],
  },
  {
    name: "SLP no response and no skill: copied drill",
    defect: "no response, no skilled need",
    discipline: "SLP",
    lines: [{ code: "92507", min: 30, units: 1, activity: "Naming pictures, sentence completion, reading paragraphs aloud" }],
    note: { plan: "Continue per plan." },
    expect: [RESPONSE, SKILL],
  },
  {
    name: "Peds 97533 vague: 'sensory activities'",
    defect: "vague",
    discipline: "OT",
    lines: [{ code: "97533", min: 23, units: 2, activity: "Sensory activities per plan" }],
    note: { assessment: "Child engaged, regulated w/ cues.", plan: "Cont" },
    expect: [VAGUE],
  },
  {
    name: "Cognition billed with no cognitive content",
    defect: "vague",
    discipline: "OT",
    lines: [{ code: "97129", min: 15, units: 1, activity: "Cog tx, pt worked hard" }],
    note: { assessment: "Needed cues, tolerated well.", plan: "Cont" },
    expect: [VAGUE],
  },
  {
    name: "Non-billable: pt waiting for transport counted in 97535",
    defect: "non-billable time",
    discipline: "OT",
    lines: [{ code: "97535", min: 38, units: 3, activity: "Meal prep training 20 min w/ VC for safety at stove; 15 min waited for transport w/ pt" }],
    note: { assessment: "Pt demonstrated safe stove use.", plan: "Cont" },
    expect: [NONBILL],
  },
  {
    name: "Vague 97530 'TherAct x 8 min' only",
    defect: "vague",
    discipline: "PT",
    lines: [
      { code: "97110", min: 15, units: 1, activity: "SLR 3x10, clams 2x15; VC for form" },
      { code: "97530", min: 8, units: 1, goals: ["G2"], activity: "TherAct x 8 min" },
    ],
    note: { assessment: "Pt reports pain 2/10, tolerated well.", plan: "Cont" },
    expect: [VAGUE],
  },
  {
    name: "Vague: Spanish template 'ejercicios, terapia'",
    defect: "vague",
    discipline: "PT",
    lines: [{ code: "97110", min: 15, units: 1, activity: "Ejercicios de terapia" }],
    note: { assessment: "Paciente toleró bien, cues for posture.", plan: "Cont" },
    expect: [VAGUE],
  },
  // ================================================================ second batch
  // Written after the fixes above, before running any of them, to count false alarms and misses
  // on notes the lexicon was not tuned on.
  {
    name: "PT ortho flowsheet grid pasted as text",
    discipline: "PT",
    lines: [
      { code: "97110", min: 23, units: 2, activity: "Ex | Sets | Reps | Wt\nLeg press | 3 | 10 | 70#\nStep ups 6in | 2 | 10 | -\nHip abd machine | 3 | 12 | 40#" },
    ],
    note: {
      subjective: "Pt c/o 2/10 knee pain after stairs at home.",
      assessment: "Progressed leg press wt by 10# w/o pain increase.",
      plan: "Add lateral step downs.",
    },
    expect: [],
  },
  {
    name: "PT thoracic manual, grades and cavitation",
    discipline: "PT",
    lines: [
      { code: "97140", min: 15, units: 1, activity: "Grade III-IV PA mobs T4-7, thoracic manip supine w/ cavitation, rib springing R 5-7" },
      { code: "97110", min: 15, units: 1, goals: ["G2"], activity: "Open books 2x10 ea side, thoracic ext over foam roll x10, prone Y/T 2x10" },
    ],
    note: { subjective: "Pt reports mid-back stiffness 4/10.", assessment: "Thoracic rotation improved to 45 deg b/l after manual.", plan: "Cont." },
    expect: [],
  },
  {
    // Written as fine; the finding is right: rest between bouts is inside the billed minutes.
    name: "PT neuro MS, fatigue and gait with AFOs",
    defect: "non-billable time (rest between bouts)",
    discipline: "PT",
    lines: [
      { code: "97116", min: 23, units: 2, activity: "Gait w/ bilateral AFOs and forearm crutches 200 ft x2, seated rest between bouts for fatigue mgmt; VC for hip flexion in swing" },
    ],
    note: { subjective: "Pt reports fatigue 6/10 in afternoons.", assessment: "Gait speed 0.62 m/s (was 0.55).", plan: "Cont; energy conservation ed next visit." },
    expect: [NONBILL],
  },
  {
    name: "OT toileting and clothing management",
    discipline: "OT",
    lines: [
      { code: "97535", min: 15, units: 1, activity: "Toileting: clothing mgmt in standing, peri care w/ toilet aid; grab bar use for safety" },
    ],
    note: { assessment: "Pt completed toileting w/ SBA (was min A).", plan: "Cont." },
    expect: [],
  },
  {
    name: "OT hand, flexor tendon protocol",
    discipline: "OT",
    lines: [
      { code: "97110", min: 15, units: 1, extraModifiers: ["59"], activity: "Modified Duran: passive flexion/extension of digits in dorsal blocking orthosis x10 ea, place and hold x10" },
      { code: "97760", min: 15, units: 1, goals: ["G2"], activity: "Adjusted dorsal blocking orthosis strapping for edema; reviewed wear and precautions" },
    ],
    note: { subjective: "Pt reports no pain, some numbness at tip of IF.", assessment: "Composite passive flexion to 2 cm from DPC.", plan: "Cont protocol wk 3." },
    expect: [],
  },
  {
    name: "SLP fluency, easy onset in conversation",
    discipline: "SLP",
    lines: [
      { code: "92507", min: 30, units: 1, activity: "Easy onset and light contacts in structured conversation; self-monitoring of dysfluencies w/ tally" },
    ],
    note: { assessment: "2 dysfluencies/min in conversation (was 6). Pt identified 80% of own dysfluencies.", plan: "Transfer to phone calls." },
    expect: [],
  },
  {
    name: "SLP voice, resonant voice therapy",
    discipline: "SLP",
    lines: [
      { code: "92507", min: 30, units: 1, activity: "Resonant voice therapy: humming to 'mm-hmm' to phrases; vocal hygiene education, hydration" },
    ],
    note: { subjective: "Pt reports less vocal fatigue by end of workday.", assessment: "Forward resonance in phrases 70% w/ model.", plan: "Cont." },
    expect: [],
  },
  {
    name: "SLP AAC device training",
    discipline: "SLP",
    lines: [
      { code: "92507", min: 30, units: 1, activity: "AAC training: navigating to core vocabulary page, 2-symbol combinations for requesting; partner training w/ spouse" },
    ],
    note: { assessment: "Pt produced 2-symbol requests in 6/10 opportunities w/ gestural cue.", plan: "Add social phrases page." },
    expect: [],
  },
  {
    name: "Peds PT, protective reactions on therapy ball",
    discipline: "PT",
    lines: [
      { code: "97112", min: 23, units: 2, activity: "Prone and sitting on therapy ball w/ facilitation of protective reactions, tall kneeling at bench to play" },
    ],
    note: { subjective: "Mom reports child now sits on floor to play.", assessment: "Emerging lateral protective reactions R > L.", plan: "Cont." },
    expect: [],
  },
  {
    name: "Peds OT feeding, food chaining",
    discipline: "OT",
    lines: [
      { code: "92526", min: 30, units: 1, activity: "Oral motor: graded chewy tube, lateral tongue placement of puffs; food chaining from crunchy to mixed textures" },
    ],
    note: { subjective: "Dad reports child tried 2 new foods.", assessment: "Accepted 3 bites of new texture w/o gagging.", plan: "Cont food chain." },
    expect: [],
  },
  {
    name: "PT fall recovery, floor transfer",
    discipline: "PT",
    lines: [{ code: "97530", min: 15, units: 1, activity: "Floor transfers via half kneel using sturdy chair, x3 reps; hands-on guarding" }],
    note: { assessment: "Pt able to rise from floor w/ min A (was mod A).", plan: "Practice at home w/ spouse present." },
    expect: [],
  },
  {
    name: "OT visual scanning, left neglect",
    discipline: "OT",
    lines: [{ code: "97129", min: 15, units: 1, activity: "Cancellation task for L neglect 18/24 targets, anchoring strategy w/ red line at L margin" }],
    note: { assessment: "Improved from 12/24 last wk.", plan: "Transfer anchoring to reading menus." },
    expect: [],
  },
  {
    name: "PT prosthetic gait training",
    discipline: "PT",
    lines: [{ code: "97116", min: 23, units: 2, activity: "Gait trng w/ L TTA prosthesis + RW 4 x 100 ft, cues for equal step length and stance time on prosthetic side" }],
    note: { subjective: "Pt reports residual limb soreness 2/10.", assessment: "Skin intact after doffing. Step length symmetry improving.", plan: "Trial SPC." },
    expect: [],
  },
  {
    // A home exercise done in the clinic: nothing says what needed the therapist.
    name: "PT vestibular habituation, Brandt-Daroff",
    defect: "no skilled need",
    discipline: "PT",
    lines: [{ code: "97112", min: 15, units: 1, activity: "Habituation: Brandt-Daroff x5 each side, motion sensitivity quotient positions" }],
    note: { assessment: "Symptom intensity 3/10 (was 6/10), resolved in < 30 sec.", plan: "HEP 2x/day." },
    expect: [SKILL],
  },
  {
    name: "Vague: 'Neuro re-ed per POC' restating the code",
    defect: "vague",
    discipline: "PT",
    lines: [{ code: "97112", min: 15, units: 1, activity: "Neuro re-ed per POC" }],
    note: { assessment: "Pt tolerated tx well without adverse reaction, cues for safety.", plan: "Continue POC." },
    expect: [VAGUE],
  },
  {
    name: "Vague: 'Gait training' alone",
    defect: "vague",
    discipline: "PT",
    lines: [{ code: "97116", min: 15, units: 1, activity: "Gait training" }],
    note: { assessment: "Pt tolerated well, cues for safety.", plan: "Cont" },
    expect: [VAGUE],
  },
  {
    name: "Vague: Spanish 'terapia física, ejercicios en casa revisados'",
    defect: "vague",
    discipline: "PT",
    lines: [{ code: "97110", min: 15, units: 1, activity: "Terapia física, ejercicios en casa revisados con el paciente" }],
    note: { assessment: "Paciente refiere dolor 3/10; cues for posture.", plan: "Cont" },
    expect: [VAGUE],
  },
  {
    name: "Vague SLP: 'therapy as per care plan'",
    defect: "vague",
    discipline: "SLP",
    lines: [{ code: "92507", min: 30, units: 1, activity: "Therapy as per care plan. Continue." }],
    note: { assessment: "Pt participated well with cues.", plan: "Cont" },
    expect: [VAGUE],
  },
  {
    name: "Non-billable: rested between sets counted",
    defect: "non-billable time",
    discipline: "PT",
    lines: [{ code: "97110", min: 30, units: 2, activity: "Leg press 3x10 70#, pt rested 5 min between sets, hamstring curls 3x10; VC for tempo" }],
    note: { assessment: "Fatigue after 2nd set.", plan: "Cont" },
    expect: [NONBILL],
  },
  {
    name: "Non-billable: documentation with patient present",
    defect: "non-billable time",
    discipline: "OT",
    lines: [{ code: "97535", min: 30, units: 2, activity: "Kitchen safety training w/ VC, 10 min documentation of session w/ pt present" }],
    note: { assessment: "Pt demonstrated safe stove use.", plan: "Cont" },
    expect: [NONBILL],
  },
  {
    name: "No response: OT HEP with dumbbells",
    defect: "no response",
    discipline: "OT",
    lines: [{ code: "97110", min: 15, units: 1, activity: "Pt completed UE HEP w/ 2# dumbbells, instructed in proper form" }],
    note: { plan: "Cont." },
    expect: [RESPONSE],
  },
  {
    name: "No skill: walked, biked, did HEP",
    defect: "no skilled need",
    discipline: "PT",
    lines: [
      { code: "97116", min: 15, units: 1, activity: "Pt walked 300 ft in hallway w/ SPC" },
      { code: "97110", min: 15, units: 1, activity: "Rode bike 10 min, did HEP" },
    ],
    note: { assessment: "No complaints.", plan: "Same." },
    expect: [SKILL],
  },
  {
    name: "Group code without a group size",
    defect: "group size not recorded",
    discipline: "PT",
    lines: [{ code: "97150", min: 30, units: 1, contact: "group", activity: "Balance class: tandem walking, SLS at counter, obstacle stepping; VC for safety" }],
    note: { assessment: "Tolerated well.", plan: "Cont" },
    expect: [GROUP],
  },
  {
    name: "SLP billing 97530 to Medicare",
    defect: "discipline",
    discipline: "SLP",
    lines: [{ code: "97530", min: 15, units: 1, activity: "Functional cognitive task: following recipe to make sandwich, sequencing w/ min verbal cues" }],
    note: { assessment: "Completed 5/6 steps accurately.", plan: "Cont" },
    expect: ["doc/discipline-mismatch"],
  },
  {
    name: "Treadmill alone while therapist with another patient",
    defect: "time not one-on-one",
    discipline: "PT",
    lines: [{ code: "97110", min: 23, units: 2, activity: "Treadmill 10 min 1.8 mph independently while PT with another pt; SLR 2x10, bridges 2x10 w/ VC" }],
    note: { assessment: "Tolerated well, RPE 12.", plan: "Cont" },
    expect: [NONBILL],
  },
  // ================================================================ third batch
  // Written after the second batch's fixes, before running them.
  {
    name: "PTA ortho, band progression",
    discipline: "PT",
    credential: "PTA",
    lines: [
      { code: "97110", min: 23, units: 2, activity: "Reviewed HEP, progressed clamshells to GTB 3x15, monster walks w/ band 3 laps; TC to glute med" },
    ],
    note: { subjective: "Pt reports pain 1/10 and walking 20 min daily.", plan: "Cont per PT POC." },
    expect: [],
  },
  {
    name: "OT lymphedema, MLD and wrapping",
    discipline: "OT",
    lines: [{ code: "97140", min: 30, units: 2, activity: "MLD R UE per Vodder sequence, then multilayer compression wrap hand to axilla" }],
    note: { subjective: "Pt reports arm 'lighter' after last session.", assessment: "Circumference 10 cm above wrist down 1.2 cm.", plan: "Fit for garment next wk." },
    expect: [],
  },
  {
    name: "SLP cognitive-linguistic, verbal reasoning",
    discipline: "SLP",
    lines: [{ code: "92507", min: 30, units: 1, activity: "Verbal reasoning: answering 'why' questions about short paragraphs 7/10, convergent naming 8/10" }],
    note: { assessment: "Pt benefited from written cues; slower rate helped.", plan: "Progress to divergent naming." },
    expect: [],
  },
  {
    name: "PT car transfer with leg lifter",
    discipline: "PT",
    lines: [{ code: "97530", min: 15, units: 1, activity: "Simulated car transfer at 20 in seat height, leg lift strap for R LE; 3 trials" }],
    note: { assessment: "Required min A x1 for LE mgmt, cued for hip precautions.", plan: "Practice w/ family car." },
    expect: [],
  },
  {
    name: "Peds SLP language, following directions",
    discipline: "SLP",
    lines: [{ code: "92507", min: 30, units: 1, activity: "Following 2-step directions w/ spatial concepts (under, behind) during play 8/10; expanding utterances to 3 words w/ modeling" }],
    note: { assessment: "Mom instructed in modeling and expansion strategies.", plan: "Cont." },
    expect: [],
  },
  {
    name: "OT home safety, tub bench",
    discipline: "OT",
    lines: [{ code: "97535", min: 23, units: 2, activity: "Home safety: practiced tub transfer w/ tub bench and grab bar, CGA; recommended raised toilet seat" }],
    note: { subjective: "Pt lives alone, daughter checks daily.", plan: "Home visit next wk." },
    expect: [],
  },
  {
    name: "PT dual task gait",
    discipline: "PT",
    lines: [{ code: "97112", min: 15, units: 1, activity: "Dual task gait: walking while naming animals 4 laps, perturbations in standing w/ guarding" }],
    note: { assessment: "Gait speed decreased 20% under dual task; no LOB.", plan: "Progress cognitive load." },
    expect: [],
  },
  {
    name: "Vague: 'See flowsheet for details'",
    defect: "vague",
    discipline: "OT",
    lines: [{ code: "97530", min: 15, units: 1, activity: "See flowsheet for details" }],
    note: { text: "Pt seen for skilled OT. Tolerated well w/ cues." },
    expect: [VAGUE],
  },
  {
    name: "97530 only exercise: hip 4-way with ankle weights",
    defect: "97530 reads as exercise",
    discipline: "PT",
    lines: [{ code: "97530", min: 15, units: 1, activity: "Theract: standing hip abd, ext, flexion w/ 3# AW 2x15" }],
    note: { assessment: "Tolerated, VC for upright trunk.", plan: "Cont" },
    expect: [EX530],
  },
  {
    name: "Class with other patients billed one-on-one",
    defect: "group called one-on-one",
    discipline: "PT",
    lines: [{ code: "97110", min: 45, units: 3, activity: "Circuit class w/ 5 pts: bike, step ups, wall push ups; VC for pacing" }],
    note: { assessment: "Tolerated well, RPE 13.", plan: "Cont class" },
    expect: [ONE],
  },
  {
    name: "Vague: 'Continue ther ex program, pt doing well'",
    defect: "vague",
    discipline: "PT",
    lines: [{ code: "97110", min: 15, units: 1, activity: "Continue ther ex program, pt doing well" }],
    note: { assessment: "Tolerated, cues for form.", plan: "Cont" },
    expect: [VAGUE],
  },
  {
    name: "No response: OT hand list",
    defect: "no response",
    discipline: "OT",
    lines: [{ code: "97110", min: 15, units: 1, activity: "Tendon glides x10, blocking ex DIP/PIP x10, retrograde massage instructed for home" }],
    note: { plan: "Cont." },
    expect: [RESPONSE],
  },  // Fourth batch (eleventh round, lead): 18 notes on codes the earlier batches barely used (aquatic,
  // orthotic/prosthetic, wheelchair, community reintegration, performance tests, modalities,
  // massage, peds feeding, voice, sensory integration, cognition), written before running them.
  {
    name: "PT aquatic, deep water walking",
    discipline: "PT",
    lines: [{ code: "97113", min: 30, units: 2, activity: "Aquatic: fwd/retro walking chest-deep water 6 laps, step ups on pool step 2x10, noodle-supported squats; TC for trunk upright" }],
    note: { assessment: "Pt reports knee pain 2/10 in pool vs 5/10 on land; gait more symmetric by last lap.", plan: "Progress to waist-deep water." },
    expect: [],
  },
  {
    name: "PT prosthetic training, TF amputee",
    discipline: "PT",
    lines: [
      { code: "97761", min: 25, units: 2, activity: "Donning/doffing TF prosthesis w/ liner, sock ply mgmt (added 2-ply), wt shifting in // bars w/ mirror feedback" },
      { code: "97116", min: 15, units: 1, activity: "Gait w/ prosthesis + RW 2x50 ft, cues for equal step length and hip ext on prosthetic side" },
    ],
    note: { assessment: "Pt donned liner indep, needed min A for socket alignment; step length improving.", plan: "Trial cane next wk." },
    expect: [],
  },
  {
    name: "OT orthotic management, resting hand splint check",
    discipline: "OT",
    lines: [{ code: "97760", min: 20, units: 1, activity: "Resting hand orthosis fit check: relieved pressure area over ulnar styloid w/ heat gun, adjusted strap; wear schedule reviewed w/ pt" }],
    note: { assessment: "No redness after 20 min wear trial; pt verbalized wear schedule.", plan: "Recheck fit next visit." },
    expect: [],
  },
  {
    name: "PT wheelchair management",
    discipline: "PT",
    lines: [{ code: "97542", min: 23, units: 2, activity: "W/c propulsion on ramp and carpet 150 ft, wheelie training w/ spotting, brake and footrest mgmt; cues for pressure relief q15 min" }],
    note: { assessment: "Pt propelled ramp w/ SBA, wheelie held 5 sec w/ spotter.", plan: "Community mobility outing next session." },
    expect: [],
  },
  {
    name: "OT community reintegration, grocery store",
    discipline: "OT",
    lines: [{ code: "97537", min: 45, units: 3, activity: "Community outing: grocery list planning, locating 6 items, managing cart and money at checkout; cued for energy conservation" }],
    note: { assessment: "Pt found 5/6 items indep, needed VC for change counting; RPE 12.", plan: "Practice bill paying." },
    expect: [],
  },
  {
    name: "PT physical performance test, return to work",
    discipline: "PT",
    lines: [{ code: "97750", min: 40, units: 3, activity: "Physical performance test: lift floor-waist 35 lb x5, carry 40 ft, grip dynamometer 3 trials each hand, 6MWT 1,350 ft; written report" }],
    note: { assessment: "Meets medium work demand except overhead lift; HR recovered within 2 min.", plan: "Send report to case manager." },
    expect: [],
  },
  {
    name: "PT attended e-stim and ther ex, templated",
    discipline: "PT",
    lines: [
      { code: "97032", min: 15, units: 1, activity: "Attended e-stim (IFC) to L lumbar paraspinals 15 min, parameters adjusted for pt comfort, skin checked before/after" },
      { code: "97110", min: 15, units: 1, activity: "Lumbar stab: dead bugs 2x10, bird dogs 2x10, bridges w/ march 2x10; TC for neutral spine" },
    ],
    note: { subjective: "Pt states back pain 4/10, better since last wk.", plan: "Cont POC." },
    expect: [],
  },
  {
    name: "SLP voice, LSVT LOUD",
    discipline: "SLP",
    lines: [{ code: "92507", min: 55, units: 1, activity: "LSVT LOUD day 6: sustained ah 15 reps avg 92 dB, high/low pitch glides 15 each, functional phrases 10 at 78 dB; modeled loudness, fed back SPL meter" }],
    note: { assessment: "Carryover to conversation at 72 dB w/ 1 cue.", plan: "Cont LSVT day 7." },
    expect: [],
  },
  {
    name: "SLP peds feeding, picky eater",
    discipline: "SLP",
    lines: [{ code: "92526", min: 30, units: 1, activity: "Food chaining: puree to mashed texture, 6 presentations of new food (touch, smell, lick, bite), parent coached in play-based exposure" }],
    note: { assessment: "Child tolerated 2 bites of mashed sweet potato w/o gagging; parent carried out 3 steps w/ min prompting.", plan: "Home exposure log." },
    expect: [],
  },
  {
    name: "OT peds sensory integration",
    discipline: "OT",
    lines: [{ code: "97533", min: 45, units: 3, activity: "Sensory diet: platform swing linear vestibular input, crash pad proprioceptive input, then fine motor table task; graded alerting input to arousal" }],
    note: { assessment: "Child stayed seated 8 min for table task vs 3 min last wk.", plan: "Update home sensory diet." },
    expect: [],
  },
  {
    name: "Vague: massage 'to back'",
    defect: "vague",
    discipline: "PT",
    lines: [{ code: "97124", min: 15, units: 1, activity: "Massage to back" }],
    note: { assessment: "Tolerated well; cues for relaxed breathing.", plan: "Cont." },
    expect: [VAGUE],
  },
  {
    name: "Non-billable: ultrasound set-up counted",
    defect: "non-billable time",
    discipline: "PT",
    lines: [{ code: "97035", min: 10, units: 1, activity: "Equipment set up and gel application, US 1 MHz 1.0 w/cm2 continuous 8 min to R lateral epicondyle" }],
    note: { assessment: "Pt reports less pain w/ gripping after tx.", plan: "Cont." },
    // Also no skill shown: parameters are listed, but no monitoring, adjustment or assessment (borderline; kept).
    expect: [NONBILL, SKILL],
  },
  {
    name: "No goal link: aquatic line",
    defect: "no goal link",
    discipline: "PT",
    lines: [{ code: "97113", min: 23, units: 2, goals: [], activity: "Aquatic gait and balance: tandem walking in waist-deep water, lateral stepping w/ resistance bells; VC for posture" }],
    note: { assessment: "Pt reports less fear of falling in water, tolerated 25 min.", plan: "Cont." },
    expect: [GOAL],
  },
  {
    name: "97530 that is mat exercise",
    defect: "97530 reads as exercise",
    discipline: "PT",
    lines: [{ code: "97530", min: 23, units: 2, activity: "Mat ex: SLR 3x10, side-lying hip abd 3x10, prone hip ext 3x10 w/ 2# AW" }],
    note: { assessment: "Tolerated well, cues for form.", plan: "Cont." },
    expect: [EX530],
  },
  {
    name: "No response: OT cognition list",
    defect: "no response",
    discipline: "OT",
    lines: [
      { code: "97129", min: 15, units: 1, activity: "Attention: alternating attention task, card sorting by color then suit on cue change; instructed in self-talk strategy" },
      { code: "97130", min: 15, units: 1, activity: "Executive function: planning a 3-step meal prep sequence on paper, then sequencing task cards; strategy instruction" },
    ],
    note: { plan: "Cont cognitive tx." },
    expect: [RESPONSE],
  },
  {
    name: "No skill: prosthetic walking laps",
    defect: "no skilled need (walking only)",
    discipline: "PT",
    lines: [{ code: "97116", min: 15, units: 1, activity: "Walked w/ prosthesis and RW 3 laps of gym, 2 seated breaks between laps" }],
    note: { assessment: "Pt did well, tolerated all laps.", plan: "Cont." },
    expect: [SKILL],
  },
  {
    name: "Vague: wheelchair 'w/c skills'",
    defect: "vague",
    discipline: "PT",
    lines: [{ code: "97542", min: 15, units: 1, activity: "W/c skills" }],
    note: { assessment: "Tolerated well, cues given for safety.", plan: "Cont." },
    expect: [VAGUE],
  },
  {
    name: "Non-billable: waiting for paraffin to set counted in ther ex",
    defect: "non-billable time",
    discipline: "OT",
    lines: [{ code: "97110", min: 23, units: 2, activity: "Waiting for paraffin to cool 8 min, then composite fist and tendon glides 2x10, putty squeeze 2x15" }],
    note: { assessment: "Pt reports stiffness eased after paraffin; cues for full excursion.", plan: "Cont." },
    expect: [NONBILL],
  },
  // Fifth batch (eleventh round, lead): 18 notes in writing styles (terse flowsheet rows, long
  // narrative, templated sentences, all caps, SOAP fragments), written before running them.
  {
    name: "Flowsheet rows, knee TKA",
    discipline: "PT",
    lines: [
      { code: "97110", min: 20, units: 1, activity: "Quad sets 2x10 | SAQ 2x10 1# | heel slides 2x10 | recumbent bike 8 min seat 6; cued for terminal knee ext" },
      { code: "97140", min: 10, units: 1, activity: "Patellar mobs sup/inf gr II, tib-fem AP mobs gr III for flexion" },
    ],
    note: { objective: "Knee flex 98 -> 104 deg after mobs.", plan: "Progress SAQ to 2#." },
    expect: [],
  },
  {
    name: "Long narrative, Parkinson's gait",
    discipline: "PT",
    lines: [{ code: "97116", min: 30, units: 2, activity: "Gait training over 200 ft with metronome at 100 bpm to reduce festination, turning practice using a wide arc strategy around cones, and dual-task walking while naming animals; therapist provided verbal cues for step length and stood at pt's side for safety" }],
    note: { assessment: "Freezing episodes decreased from 4 to 1 over the session; step length visibly longer with the metronome.", plan: "Add obstacle course next visit." },
    expect: [],
  },
  {
    name: "Templated sentences, shoulder",
    discipline: "PT",
    lines: [{ code: "97110", min: 25, units: 2, activity: "Patient performed scapular retraction with red band 3x12, ER/IR with red band 3x12 and wall slides 2x10 with moderate verbal cues for scapular setting." }],
    note: { assessment: "Patient tolerated treatment without increase in symptoms.", plan: "Continue per plan of care." },
    expect: [],
  },
  {
    name: "ALL CAPS OT ADL",
    discipline: "OT",
    lines: [{ code: "97535", min: 30, units: 2, activity: "LB DRESSING W/ REACHER AND SOCK AID, SEATED EOB; UB DRESSING W/ HEMI TECHNIQUE. MIN A FOR SOCKS, SBA FOR SHIRT. VC FOR SEQUENCING." }],
    note: { assessment: "PT IMPROVED FROM MOD A LAST WK.", plan: "CONT ADL RETRAINING." },
    expect: [],
  },
  {
    name: "SOAP fragments, SLP aphasia",
    discipline: "SLP",
    lines: [{ code: "92507", min: 45, units: 1, activity: "Naming: confrontation naming of 20 household objects w/ phonemic cues 14/20; responsive naming 7/10; semantic feature analysis for 5 missed items" }],
    note: { subjective: "Wife reports pt used 2 new words at home.", plan: "Increase to verb naming." },
    expect: [],
  },
  {
    name: "Terse PTA note with CQ",
    discipline: "PT",
    credential: "PTA",
    lines: [{ code: "97530", min: 23, units: 2, activity: "Floor transfers w/ half-kneel 3 trials, tub transfer bench practice x3, CGA, cues for hand placement" }],
    note: { assessment: "Improved from min A floor transfer last wk.", plan: "Per PT POC." },
    expect: [],
  },
  {
    name: "OT hand, CMC arthritis",
    discipline: "OT",
    lines: [
      { code: "97140", min: 10, units: 1, activity: "CMC joint distraction and gentle PA glides gr I-II for pain" },
      { code: "97110", min: 15, units: 1, activity: "Thenar isometrics 10x5 sec, web space stretch 3x30 sec, pinch putty soft 2x10; instructed in joint protection" },
    ],
    note: { assessment: "Pain w/ pinch 3/10 from 6/10.", plan: "Fabricate hand-based thumb spica next visit." },
    expect: [],
  },
  {
    name: "Group balance class billed 97150",
    discipline: "PT",
    lines: [{ code: "97150", min: 40, units: 1, contact: "group", groupSize: 4, activity: "Group balance class: tandem stance, SLS w/ UE support, obstacle stepping; therapist spotted each pt, progressed surfaces" }],
    note: { assessment: "Pt held SLS 8 sec R, 6 sec L.", plan: "Cont class 2x/wk." },
    expect: [],
  },
  {
    name: "Cognition with 97129 only",
    discipline: "SLP",
    lines: [{ code: "97129", min: 15, units: 1, activity: "Memory: spaced retrieval for 2 safety facts at 1, 2, 4, 8 min intervals; errorless learning, therapist modeled each response" }],
    note: { assessment: "Recalled both facts at 8 min interval.", plan: "Extend to 16 min." },
    expect: [],
  },
  {
    name: "Vague: flowsheet 'see flowsheet'",
    defect: "vague",
    discipline: "PT",
    lines: [{ code: "97110", min: 23, units: 2, activity: "See flowsheet" }],
    note: { assessment: "Tolerated well, cues for form.", plan: "Cont." },
    expect: [VAGUE],
  },
  {
    name: "Vague: templated 'Patient performed therapeutic activities'",
    defect: "vague",
    discipline: "PT",
    lines: [{ code: "97530", min: 15, units: 1, activity: "Patient performed therapeutic activities as tolerated." }],
    note: { assessment: "Cues for safety; tolerated well.", plan: "Continue per plan of care." },
    expect: [VAGUE],
  },
  {
    name: "Non-billable: documentation minutes in the line",
    defect: "non-billable time",
    discipline: "OT",
    lines: [{ code: "97535", min: 30, units: 2, activity: "Kitchen safety: stove task w/ cues for sequencing 20 min; documentation 8 min" }],
    note: { assessment: "Min A to sequence; no burns or spills.", plan: "Cont." },
    expect: [NONBILL],
  },
  {
    name: "No response: templated narrative without outcome",
    defect: "no response",
    discipline: "PT",
    lines: [{ code: "97112", min: 15, units: 1, activity: "Balance: SLS on foam, tandem walking, perturbations in stance; VC for ankle strategy" }],
    note: { plan: "Continue per plan of care." },
    expect: [RESPONSE],
  },
  {
    name: "97530 all caps exercise list",
    defect: "97530 reads as exercise",
    discipline: "PT",
    lines: [{ code: "97530", min: 15, units: 1, activity: "HIP ABD SIDELYING 3X10, CLAMSHELLS 3X10, BRIDGES 3X10" }],
    note: { assessment: "TOLERATED WELL. VC FOR FORM.", plan: "CONT." },
    expect: [EX530],
  },
  {
    name: "No skill: SLP home practice review only",
    defect: "no skilled need (review only)",
    discipline: "SLP",
    lines: [{ code: "92507", min: 30, units: 1, activity: "Reviewed home practice worksheet and read list of words together" }],
    // "Did well, enjoyed session" is no measured response either.
    note: { assessment: "Pt did well, enjoyed session.", plan: "Cont." },
    expect: [RESPONSE, SKILL],
  },
  {
    name: "No goal link: OT ADL line",
    defect: "no goal link",
    discipline: "OT",
    lines: [{ code: "97535", min: 15, units: 1, goals: [], activity: "Toilet transfer w/ grab bar and clothing mgmt, CGA, cues for hand placement" }],
    note: { assessment: "Improved from min A last wk.", plan: "Cont." },
    expect: [GOAL],
  },
  {
    name: "Non-billable: rest breaks inside gait minutes",
    defect: "non-billable time",
    discipline: "PT",
    lines: [{ code: "97116", min: 30, units: 2, activity: "Gait w/ RW 4x100 ft w/ seated rest breaks of 3-4 min between bouts; cues for upright posture" }],
    note: { assessment: "SpO2 93-96% throughout; less SOB than last wk.", plan: "Cont." },
    expect: [NONBILL],
  },
  {
    name: "Group class called one-on-one, OT",
    defect: "group called one-on-one",
    discipline: "OT",
    lines: [{ code: "97530", min: 30, units: 2, activity: "Cooking group w/ 3 other pts: meal prep, measuring and stirring; cued for safety at stove" }],
    note: { assessment: "Pt completed task w/ SBA.", plan: "Cont." },
    expect: [ONE],
  },
  // Sixth batch (eleventh round, lead): 16 SLP and OT notes, bilingual and misspelled text,
  // written before running them.
  {
    name: "SLP dysphagia, VitalStim-free, chin tuck",
    discipline: "SLP",
    lines: [{ code: "92526", min: 30, units: 1, activity: "Thin liquid trials via cup w/ chin tuck 10 trials, effortful swallow w/ puree 10 trials; monitored for wet vocal quality, cough" }],
    note: { assessment: "No overt s/s aspiration w/ chin tuck on 9/10 trials; 1 delayed cough.", plan: "Cont chin tuck w/ thin." },
    expect: [],
  },
  {
    name: "SLP fluency, school-age",
    discipline: "SLP",
    lines: [{ code: "92507", min: 30, units: 1, activity: "Easy onset and light contacts in structured sentences, then 3-min conversation; therapist modeled and gave feedback on stuttering moments" }],
    note: { assessment: "%SS 4% in conversation, down from 9% at eval.", plan: "Add pull-outs." },
    expect: [],
  },
  {
    name: "SLP AAC, peds core board at snack",
    discipline: "SLP",
    lines: [{ code: "92507", min: 45, units: 1, activity: "AAC: navigating core board to request and comment during snack, aided language modeling by clinician, caregiver trained to model 2-symbol phrases" }],
    note: { assessment: "Child made 6 spontaneous requests; caregiver modeled correctly after 2 demos.", plan: "Add describing words page." },
    expect: [],
  },
  {
    name: "OT UE neuro, stroke",
    discipline: "OT",
    lines: [{ code: "97112", min: 25, units: 2, activity: "L UE weight bearing on extended arm at table w/ facilitation at triceps, reach-to-grasp cones at midline w/ tactile cues for scapular protraction" }],
    note: { assessment: "Able to grasp 4/6 cones without trunk compensation.", plan: "Progress to reach above shoulder." },
    expect: [],
  },
  {
    name: "OT low vision",
    discipline: "OT",
    lines: [{ code: "97535", min: 30, units: 2, activity: "Low vision: scanning strategy for pill bottles w/ high-contrast labels and 3x magnifier, bump dots on microwave; instructed in lighting" }],
    note: { assessment: "Pt identified 5/5 pill bottles w/ magnifier.", plan: "Home visit for lighting." },
    expect: [],
  },
  {
    name: "Bilingual PT note, knee",
    discipline: "PT",
    lines: [{ code: "97110", min: 23, units: 2, activity: "Sentadillas a silla 3x10, puente 3x10, step ups 6 in 2x10; VC para alineación de rodilla" }],
    note: { subjective: "Pt refiere dolor 3/10, mejor que la semana pasada.", plan: "Cont POC." },
    expect: [],
  },
  {
    name: "Typos: 'therex', 'tolerted', 'cuess'",
    discipline: "PT",
    lines: [{ code: "97110", min: 15, units: 1, activity: "Therex: bridges 2x15, clamshells 2x15 w/ GTB, side plank 3x20 sec; VCs for form" }],
    note: { assessment: "Pt tolerted well, no increse in pain.", plan: "Cont." },
    expect: [],
  },
  {
    name: "OT handwriting, peds",
    discipline: "OT",
    lines: [{ code: "97530", min: 30, units: 2, activity: "Handwriting: copying 3 sentences on raised-line paper, letter formation for b/d, in-hand manipulation w/ coins to piggy bank; graded verbal cues" }],
    note: { assessment: "Reversals 2 of 12 letters vs 6 of 12 last session.", plan: "Fade raised lines." },
    expect: [],
  },
  {
    name: "Vague: SLP 'language tx'",
    defect: "vague",
    discipline: "SLP",
    lines: [{ code: "92507", min: 30, units: 1, activity: "Language tx" }],
    // "Good session" records no response either.
    note: { assessment: "Good session; cues provided.", plan: "Cont." },
    expect: [RESPONSE, VAGUE],
  },
  {
    name: "Vague: OT 'ADLs'",
    defect: "vague",
    discipline: "OT",
    lines: [{ code: "97535", min: 15, units: 1, activity: "ADLs" }],
    note: { assessment: "Min A, cues for safety.", plan: "Cont." },
    expect: [VAGUE],
  },
  {
    name: "Non-billable: SLP charting at end",
    defect: "non-billable time",
    discipline: "SLP",
    lines: [{ code: "97129", min: 23, units: 1, activity: "Sustained attention task w/ distractors 10 min, then charting and scheduling 8 min" }],
    note: { assessment: "Stayed on task 6 min w/ 1 redirection.", plan: "Cont." },
    expect: [NONBILL],
  },
  {
    name: "No response: SLP drills list",
    defect: "no response",
    discipline: "SLP",
    lines: [{ code: "92507", min: 30, units: 1, activity: "Articulation drill /r/ initial position words and phrases; clinician modeled placement w/ mirror" }],
    note: { plan: "Cont /r/." },
    expect: [RESPONSE],
  },
  {
    name: "No skill: OT 'pt completed HEP'",
    defect: "no skilled need (independent HEP)",
    discipline: "OT",
    lines: [{ code: "97110", min: 15, units: 1, activity: "Pt completed HEP: wrist flex/ext 2x10, putty squeezes 2x10, finger abd w/ rubber band 2x10" }],
    note: { assessment: "Pt tolerated well.", plan: "Cont." },
    expect: [SKILL],
  },
  {
    name: "No goal link: SLP line",
    defect: "no goal link",
    discipline: "SLP",
    lines: [{ code: "92526", min: 30, units: 1, goals: [], activity: "Oral motor ex for lip closure w/ straw drinking 10 trials, tactile cues at lips" }],
    note: { assessment: "Lip seal on 7/10 trials.", plan: "Cont." },
    expect: [GOAL],
  },
  {
    name: "97530 reads as exercise: OT putty",
    defect: "97530 reads as exercise",
    discipline: "OT",
    lines: [{ code: "97530", min: 15, units: 1, activity: "Putty exercises 3x10, theraband wrist ext 3x10, finger extensor bands 3x10" }],
    note: { assessment: "Tolerated well, cues for form.", plan: "Cont." },
    expect: [EX530],
  },
  {
    name: "Group 92507 billed one-on-one",
    defect: "group called one-on-one",
    discipline: "SLP",
    lines: [{ code: "92507", min: 45, units: 1, activity: "Social language group w/ 3 peers: turn-taking game, topic maintenance; clinician cued each child" }],
    note: { assessment: "Maintained topic for 3 turns w/ 1 cue.", plan: "Cont group." },
    expect: [ONE],
  },
  // Seventh batch (eleventh round, lead): 16 notes from pelvic health, vestibular, pediatric gross
  // motor, pulmonary, lymphedema, splint fabrication and work conditioning, written before running them.
  {
    name: "PT pelvic floor, urge incontinence",
    discipline: "PT",
    lines: [{ code: "97110", min: 23, units: 2, activity: "PFM quick flicks 10x3, endurance holds 10 sec x10 supine then sitting; urge suppression strategy practiced; verbal and tactile cues for relaxation phase" }],
    note: { subjective: "Pt reports 2 leaks this wk vs 6 last wk.", plan: "Progress to standing holds." },
    expect: [],
  },
  {
    name: "PT vestibular, gaze stability",
    discipline: "PT",
    lines: [{ code: "97112", min: 25, units: 2, activity: "VORx1 horizontal 2x60 sec against plain then busy background, standing on foam; habituation for rolling; monitored dizziness each set" }],
    note: { assessment: "Dizziness 3/10 during VORx1, resolved within 30 sec.", plan: "Progress to VORx2." },
    expect: [],
  },
  {
    name: "Peds PT gross motor, toddler",
    // Borderline, kept as found: "min A at pelvis" and "toy motivation" say what help was given, not why a therapist's skill was needed.
    defect: "no skilled need (assistance given, no facilitation or cueing named)",
    discipline: "PT",
    lines: [{ code: "97530", min: 30, units: 2, activity: "Floor to stand transitions through half kneel w/ toy motivation, cruising along couch to both sides, stepping up 4 in step w/ HHA" }],
    note: { assessment: "Pulled to stand through half kneel 3/5 trials w/ min A at pelvis.", plan: "Parent to practice half kneel at home." },
    expect: [SKILL],
  },
  {
    name: "PT COPD endurance",
    discipline: "PT",
    lines: [{ code: "97110", min: 30, units: 2, activity: "NuStep level 3 x 12 min, seated UE ergometer 6 min; pursed lip breathing instructed; SpO2 and RPE monitored q3 min" }],
    note: { assessment: "SpO2 91-95% on 2 L, RPE 13, recovered to baseline in 3 min.", plan: "Increase NuStep to 15 min." },
    expect: [],
  },
  {
    name: "OT lymphedema wrap and exercise",
    discipline: "OT",
    lines: [
      { code: "97140", min: 25, units: 2, activity: "MLD L UE: axillary and inguinal clearing, then arm sequence proximal to distal" },
      { code: "97110", min: 13, units: 1, activity: "Decongestive exercises in wraps: shoulder flexion, elbow pumps, fist pumps 2x10; educated on skin care" },
    ],
    note: { assessment: "L upper arm circumference down 0.8 cm from last visit.", plan: "Measure for compression sleeve." },
    expect: [],
  },
  {
    name: "OT splint fabrication, thumb spica",
    discipline: "OT",
    lines: [{ code: "97760", min: 30, units: 2, activity: "Custom forearm-based thumb spica fabricated from thermoplastic, molded for IP free, edges flared; fit assessed and strap placement adjusted" }],
    note: { assessment: "No pressure areas after 15 min wear; pt donned/doffed indep.", plan: "Wear at night and during tasks." },
    expect: [],
  },
  {
    name: "Work conditioning simulation",
    discipline: "PT",
    lines: [{ code: "97530", min: 45, units: 3, activity: "Work sim: lifting 25 lb boxes floor to shelf 20 reps, carrying 30 ft, overhead reaching to place items x15; body mechanics cued" }],
    note: { assessment: "Completed lifts w/ proper hip hinge on 18/20; fatigue after 15 reps.", plan: "Increase to 30 lb." },
    expect: [],
  },
  {
    name: "PT post-op ankle, home health style",
    discipline: "PT",
    lines: [{ code: "97116", min: 15, units: 1, activity: "Ambulated in home 80 ft w/ crutches NWB L, stairs 4 steps w/ rail and crutch, cued for sequence and safety" }],
    note: { assessment: "Pt maintained NWB throughout; SBA on stairs.", plan: "Progress to PWB per MD." },
    expect: [],
  },
  {
    name: "Vague: 'vestibular tx'",
    defect: "vague",
    discipline: "PT",
    lines: [{ code: "97112", min: 15, units: 1, activity: "Vestibular tx" }],
    note: { assessment: "Dizziness 2/10 after, cues for head turns.", plan: "Cont." },
    expect: [VAGUE],
  },
  {
    name: "Vague: 'pelvic floor program'",
    defect: "vague",
    discipline: "PT",
    lines: [{ code: "97110", min: 15, units: 1, activity: "Pelvic floor program" }],
    note: { assessment: "Tolerated well, cues for breathing.", plan: "Cont." },
    expect: [VAGUE],
  },
  {
    name: "Non-billable: another patient during gait",
    defect: "non-billable time",
    discipline: "PT",
    lines: [{ code: "97116", min: 23, units: 2, activity: "Gait w/ SPC 300 ft while PT attended to another patient, then stairs x1 flight w/ cues" }],
    note: { assessment: "SBA throughout.", plan: "Cont." },
    expect: [NONBILL],
  },
  {
    name: "No response: pulmonary exercise list",
    defect: "no response",
    discipline: "PT",
    lines: [{ code: "97110", min: 23, units: 2, activity: "Treadmill 1.5 mph x 10 min, sit to stand x10, UE band rows 2x10; pursed lip breathing cued" }],
    note: { plan: "Cont." },
    expect: [RESPONSE],
  },
  {
    name: "No skill: peds PT 'played on playground'",
    defect: "no skilled need (play only)",
    discipline: "PT",
    lines: [{ code: "97530", min: 30, units: 2, activity: "Played on playground: slide 5 times, swings, climbed ladder to platform" }],
    note: { assessment: "Child had fun, did well.", plan: "Cont." },
    expect: [RESPONSE, SKILL],
  },
  {
    name: "No goal link: splint line",
    defect: "no goal link",
    discipline: "OT",
    lines: [{ code: "97760", min: 15, units: 1, goals: [], activity: "Resting hand splint check, strap replaced, edges smoothed; instructed in wear schedule" }],
    note: { assessment: "No redness after 15 min wear.", plan: "Cont." },
    expect: [GOAL],
  },
  {
    name: "97530 as exercise: pulmonary",
    defect: "97530 reads as exercise",
    discipline: "PT",
    lines: [{ code: "97530", min: 15, units: 1, activity: "Arm ergometer 8 min, seated marches 2x20, LAQ 2x15" }],
    note: { assessment: "Tolerated w/ SpO2 > 92%; cues for breathing.", plan: "Cont." },
    expect: [EX530],
  },
  {
    name: "Group pelvic class billed one-on-one",
    defect: "group called one-on-one",
    discipline: "PT",
    lines: [{ code: "97110", min: 30, units: 2, activity: "Postpartum core class w/ 5 other patients: diaphragmatic breathing, TA activation, bridges; cued each pt" }],
    note: { assessment: "Pt tolerated, no pain.", plan: "Cont class." },
    expect: [ONE],
  },
  // Eighth batch (eleventh round, lead): 14 notes from assistants, HEP-heavy visits, manual plus
  // activity visits and terse EHR macros, written before running them.
  {
    name: "OTA note with CO, kitchen task",
    discipline: "OT",
    credential: "OTA",
    lines: [{ code: "97535", min: 23, units: 2, activity: "Meal prep: retrieving items from low cabinet w/ reacher, carrying w/ walker tray, stove safety; cued for energy conservation" }],
    note: { assessment: "Completed 3-step meal w/ SBA, 1 seated rest requested.", plan: "Per OT POC." },
    expect: [],
  },
  {
    name: "HEP progression visit",
    discipline: "PT",
    lines: [{ code: "97110", min: 23, units: 2, activity: "HEP updated: added eccentric heel drops 3x15 and single-leg bridges 3x10; pt return-demonstrated each w/ correction of knee alignment" }],
    note: { assessment: "Pt demonstrated correct form after 2 reps of feedback.", plan: "Review HEP compliance next visit." },
    expect: [],
  },
  {
    name: "Manual plus activity, low back",
    discipline: "PT",
    lines: [
      { code: "97140", min: 15, units: 1, activity: "Lumbar PA mobs L4-5 gr III, STM to R QL" },
      { code: "97530", min: 15, units: 1, activity: "Lifting mechanics: squat lift 15 lb crate floor to counter x8, carrying to table; cues for neutral spine" },
    ],
    note: { assessment: "Pt reports back pain 2/10 after, lifted with neutral spine 7/8.", plan: "Increase load." },
    expect: [],
  },
  {
    name: "EHR macro: 'Pt seen for skilled PT per POC'",
    discipline: "PT",
    lines: [{ code: "97112", min: 23, units: 2, activity: "Pt seen for skilled PT per POC. Standing balance on foam w/ eyes closed 3x30 sec, tandem walk 4x10 ft, head turns in stance; CGA, cues for hip strategy." }],
    note: { assessment: "LOB x2 on foam EC, self-corrected.", plan: "Continue per POC." },
    expect: [],
  },
  {
    name: "Terse neuro, MS",
    discipline: "PT",
    lines: [{ code: "97112", min: 15, units: 1, activity: "Sit-stand w/o UE 2x5, weight shift in stance w/ mirror, step taps to cones; VC for equal WB" }],
    note: { assessment: "Fatigued after 2nd set, 2 min seated recovery.", plan: "Monitor heat sensitivity." },
    expect: [],
  },
  {
    name: "SLP voice, vocal hygiene",
    discipline: "SLP",
    lines: [{ code: "92507", min: 30, units: 1, activity: "Resonant voice therapy: hums to words to phrases; vocal hygiene education (hydration, reducing throat clearing)" }],
    note: { assessment: "Pt produced resonant voice at phrase level 8 of 10; throat clearing reduced to 3x/day per pt log.", plan: "Progress to sentences." },
    expect: [],
  },
  {
    name: "OT shoulder, post-op protocol",
    discipline: "OT",
    lines: [{ code: "97110", min: 23, units: 2, activity: "PROM shoulder flex to 120 and ER to 30 per protocol, pendulums, scapular retraction 2x10; educated on sling use and precautions" }],
    note: { objective: "PROM flex 115 -> 120 deg.", plan: "Cont protocol wk 4." },
    expect: [],
  },
  {
    name: "Vague: EHR macro alone",
    defect: "vague",
    discipline: "PT",
    lines: [{ code: "97110", min: 23, units: 2, activity: "Pt seen for skilled PT per POC." }],
    note: { assessment: "Pt tolerated tx well; cues given.", plan: "Continue per POC." },
    expect: [VAGUE],
  },
  {
    name: "Vague: 'exercises as listed'",
    defect: "vague",
    discipline: "PT",
    lines: [{ code: "97110", min: 15, units: 1, activity: "Exercises as listed" }],
    note: { assessment: "Tolerated well; cues for form.", plan: "Cont." },
    expect: [VAGUE],
  },
  {
    name: "Non-billable: equipment prep for e-stim counted in 97112",
    defect: "non-billable time",
    discipline: "PT",
    lines: [{ code: "97112", min: 23, units: 2, activity: "Equipment prep and electrode placement 6 min, then NMES-assisted quad sets and TKEs in standing w/ VC" }],
    note: { assessment: "Quad lag decreased from 10 to 5 deg.", plan: "Cont." },
    expect: [NONBILL],
  },
  {
    name: "No response: manual only",
    defect: "no response",
    discipline: "PT",
    lines: [{ code: "97140", min: 15, units: 1, activity: "Cervical SNAGs C5-6 rotation, suboccipital release, upper trap STM" }],
    note: { plan: "Cont." },
    expect: [RESPONSE],
  },
  {
    name: "No skill: 'pt did HEP independently'",
    defect: "no skilled need (independent exercise)",
    discipline: "PT",
    lines: [{ code: "97110", min: 23, units: 2, activity: "Pt did HEP independently: bike 10 min, SLR 3x10, clamshells 3x10" }],
    note: { assessment: "Pt tolerated, reports soreness 2/10.", plan: "Cont." },
    expect: [SKILL],
  },
  {
    name: "No goal link: manual line",
    defect: "no goal link",
    discipline: "PT",
    lines: [{ code: "97140", min: 15, units: 1, goals: [], activity: "Thoracic PA mobs T4-8 gr III, rib mobs for rotation; cued for breathing" }],
    note: { assessment: "Rotation improved 10 deg after.", plan: "Cont." },
    expect: [GOAL],
  },
  {
    name: "97530 reads as exercise: 'functional exercises' list",
    defect: "97530 reads as exercise",
    discipline: "PT",
    lines: [{ code: "97530", min: 23, units: 2, activity: "Functional exercises: mini squats 3x10, heel raises 3x15, step ups 2x10" }],
    note: { assessment: "Tolerated well, VC for knee alignment.", plan: "Cont." },
    expect: [EX530],
  },
  // Ninth batch (eleventh round, lead): 14 notes whose defects hide behind many words (templated
  // buzzwords, "functional" exercise lists, long vague sentences), plus fine notes that look thin,
  // written before running them.
  {
    name: "Vague: long templated sentence",
    defect: "vague",
    discipline: "PT",
    lines: [{ code: "97530", min: 23, units: 2, activity: "Pt participated in therapeutic activities to improve overall function, safety and independence with daily tasks as tolerated." }],
    note: { assessment: "Pt tolerated well; cues provided for safety.", plan: "Continue per plan of care." },
    expect: [VAGUE],
  },
  {
    name: "Vague: 'worked on balance and strength'",
    defect: "vague",
    discipline: "PT",
    lines: [{ code: "97112", min: 15, units: 1, activity: "Worked on balance and strength" }],
    note: { assessment: "Tolerated; VC given.", plan: "Cont." },
    expect: [VAGUE],
  },
  {
    name: "Vague: OT 'UE therex per flowsheet, progressed as able'",
    defect: "vague",
    discipline: "OT",
    lines: [{ code: "97110", min: 15, units: 1, activity: "UE therex per flowsheet, progressed as able" }],
    note: { assessment: "Tolerated well.", plan: "Cont." },
    expect: [VAGUE],
  },
  {
    name: "97530 'functional strengthening' that is exercise",
    defect: "97530 reads as exercise",
    discipline: "PT",
    lines: [{ code: "97530", min: 23, units: 2, activity: "Functional strengthening: wall squats 3x10, calf raises 3x15, lateral band walks 3 laps" }],
    note: { assessment: "Tolerated well, cues for form.", plan: "Cont." },
    expect: [EX530],
  },
  {
    name: "Non-billable: 'pt rested' hidden mid-sentence",
    defect: "non-billable time",
    discipline: "PT",
    lines: [{ code: "97110", min: 30, units: 2, activity: "Bike 8 min, pt rested 5 min d/t fatigue, then leg press 3x10 @ 60 lb w/ cues for knee alignment" }],
    note: { assessment: "RPE 14 after bike.", plan: "Cont." },
    expect: [NONBILL],
  },
  {
    name: "No response: all activity, plan only",
    defect: "no response",
    discipline: "OT",
    lines: [{ code: "97535", min: 23, units: 2, activity: "Shower transfer w/ tub bench, long-handled sponge for LE bathing, cued for sequencing" }],
    note: { plan: "Cont ADL training." },
    expect: [RESPONSE],
  },
  {
    name: "No skill: 'pt walked in hallway'",
    defect: "no skilled need (walking only)",
    discipline: "PT",
    lines: [{ code: "97116", min: 15, units: 1, activity: "Pt walked in hallway 2 laps" }],
    note: { assessment: "Pt did well.", plan: "Cont." },
    expect: [RESPONSE, SKILL],
  },
  {
    name: "Fine but thin: gait w/ numbers",
    discipline: "PT",
    lines: [{ code: "97116", min: 15, units: 1, activity: "Gait w/ SPC 3x150 ft, VC for heel strike; stairs 12 steps w/ 1 rail" }],
    note: { assessment: "Gait speed 0.8 m/s from 0.6.", plan: "Cont." },
    expect: [],
  },
  {
    name: "Fine but thin: manual w/ response",
    discipline: "PT",
    lines: [{ code: "97140", min: 10, units: 1, activity: "Grade III PA glides L3-4, STM L paraspinals" }],
    note: { assessment: "Lumbar flex improved 10 deg after mobs.", plan: "Cont." },
    expect: [],
  },
  {
    name: "Fine: SLP dysphagia w/ FEES result",
    discipline: "SLP",
    lines: [{ code: "92526", min: 30, units: 1, activity: "Effortful swallow and Masako 10 reps each; thin liquid via cup w/ chin tuck 8 trials per FEES recs" }],
    note: { assessment: "No coughing on 8/8 trials.", plan: "Repeat FEES in 4 wks." },
    expect: [],
  },
  {
    name: "Fine: OT hand, tendon protocol",
    discipline: "OT",
    lines: [{ code: "97110", min: 23, units: 2, activity: "Place-and-hold flexion per Duran protocol, tenodesis, PROM within splint; instructed in precautions" }],
    note: { assessment: "Pt performed place-and-hold w/o pain.", plan: "Wk 4 protocol." },
    expect: [],
  },
  {
    name: "Fine: PT neuro, stroke gait w/ AFO",
    discipline: "PT",
    lines: [{ code: "97116", min: 23, units: 2, activity: "Gait w/ L AFO and hemi walker 4x50 ft, facilitation at L hip for swing, TCs for weight shift" }],
    note: { assessment: "Toe clearance improved w/ facilitation, 2 LOB caught by PT.", plan: "Trial quad cane." },
    expect: [],
  },
  {
    name: "Fine: OT cognition, medication management",
    discipline: "OT",
    lines: [{ code: "97130", min: 15, units: 1, activity: "Medication management: filling weekly pill organizer from 4 bottles, error checking w/ checklist strategy" }, { code: "97129", min: 15, units: 1, activity: "Attention to detail: reading labels aloud, verifying dose and time; cued to use checklist" }],
    note: { assessment: "1 error in 28 slots, self-corrected w/ checklist.", plan: "Add refill scheduling." },
    expect: [],
  },
  {
    name: "Fine: PTA note, CQ, knee",
    discipline: "PT",
    credential: "PTA",
    lines: [{ code: "97110", min: 23, units: 2, activity: "TKE w/ band 3x15, step downs 4 in 2x10, SLR w/ 2# 3x10; cues for quad control on step down" }],
    note: { assessment: "Knee valgus on step down reduced w/ cues.", plan: "Per PT POC." },
    expect: [],
  },
  // Tenth batch (eleventh round, lead): 14 fine notes with specific but uncommon words (games,
  // crafts, sports, jobs, devices), to find false alarms of the vague rule's template words,
  // written before running them.
  {
    name: "OT fine motor with games",
    knownGap: "a count of successes ('completed 18 Jenga pulls') is not read as performance; 'completed' alone is not a response ('Pt completed UE HEP' records none)",
    discipline: "OT",
    lines: [{ code: "97530", min: 23, units: 2, activity: "Jenga tower w/ L hand tip pinch, Connect Four chips in-hand translation, lacing card; graded cues for pinch force" }],
    note: { assessment: "Pt completed 18 Jenga pulls before tower fell.", plan: "Add theraputty pinch." },
    expect: [],
  },
  {
    name: "PT golf return to sport",
    discipline: "PT",
    lines: [{ code: "97530", min: 30, units: 2, activity: "Golf swing progression: half swings w/ 7 iron 20 reps, then chipping; cued for hip rotation to unload lumbar spine" }],
    note: { assessment: "Pt reports no back pain w/ half swings.", plan: "Full swings next visit." },
    expect: [],
  },
  {
    name: "OT job simulation, cashier",
    discipline: "OT",
    lines: [{ code: "97530", min: 30, units: 2, activity: "Cashier job sim: scanning items at counter height 15 min standing, bagging, operating register keypad; monitored R wrist symptoms" }],
    note: { assessment: "Tolerated 15 min standing; wrist pain 2/10.", plan: "Increase to 25 min." },
    expect: [],
  },
  {
    name: "PT sliding board transfer",
    discipline: "PT",
    lines: [{ code: "97530", min: 23, units: 2, activity: "Sliding board transfer wheelchair to mat and back x4, then to car seat simulator x2; cues for head-hips relationship" }],
    note: { assessment: "Mod A to min A over 6 trials.", plan: "Train spouse." },
    expect: [],
  },
  {
    name: "OT craft task, stroke",
    discipline: "OT",
    lines: [{ code: "97530", min: 23, units: 2, activity: "Birdhouse kit: sanding, hammering small nails w/ R hand, holding pieces w/ L as stabilizer; cued for L UE use" }],
    note: { assessment: "Used L hand as stabilizer 80% of task.", plan: "Cont bilateral tasks." },
    expect: [],
  },
  {
    name: "PT pickleball footwork",
    discipline: "PT",
    lines: [{ code: "97112", min: 23, units: 2, activity: "Pickleball footwork: split step and lateral shuffles to cones, reaction drills to ball toss; cued for knee over toe" }],
    note: { assessment: "No knee pain; reaction time improved.", plan: "Add paddle." },
    expect: [],
  },
  {
    name: "SLP telephone use, aphasia",
    discipline: "SLP",
    lines: [{ code: "92507", min: 45, units: 1, activity: "Scripted phone call to pharmacy for refill: rehearsed script, role-played, then called w/ clinician support" }],
    note: { assessment: "Completed call w/ 2 prompts.", plan: "Call doctor's office next." },
    expect: [],
  },
  {
    name: "OT money management",
    discipline: "OT",
    lines: [{ code: "97535", min: 23, units: 2, activity: "Balancing checkbook register for 5 transactions, writing a check, online bill pay on tablet; cued to double check entries" }],
    note: { assessment: "1 error caught on own.", plan: "Budgeting next." },
    expect: [],
  },
  {
    name: "PT dog walking simulation",
    discipline: "PT",
    lines: [{ code: "97530", min: 23, units: 2, activity: "Leash walking simulation w/ weighted pull toy 200 ft outdoors, curb negotiation, stopping on command; CGA for balance" }],
    note: { assessment: "No LOB; needed 1 rest.", plan: "Practice w/ own dog and family." },
    expect: [],
  },
  {
    name: "OT gardening",
    discipline: "OT",
    lines: [{ code: "97530", min: 30, units: 2, activity: "Raised bed gardening: kneeling to half-kneel for planting, using long-handled trowel, carrying watering can 10 ft; energy conservation cues" }],
    note: { assessment: "Completed task w/ 2 seated rests, SpO2 > 92%.", plan: "Cont." },
    expect: [],
  },
  {
    name: "PT ladder climbing, return to work",
    discipline: "PT",
    lines: [{ code: "97530", min: 30, units: 2, activity: "Ladder climbing 6 ft A-frame x5, carrying 15 lb toolbox up 3 rungs; 3-point contact cued" }],
    note: { assessment: "Maintained 3-point contact on all climbs.", plan: "Extension ladder next." },
    expect: [],
  },
  {
    name: "SLP restaurant ordering, dysarthria",
    discipline: "SLP",
    lines: [{ code: "92507", min: 30, units: 1, activity: "Ordering from menu in noisy cafeteria: over-articulation and pacing board, repeated when not understood" }],
    note: { assessment: "Intelligible to cashier on 4 of 5 items.", plan: "Cont pacing." },
    expect: [],
  },
  {
    name: "OT computer access",
    discipline: "OT",
    lines: [{ code: "97535", min: 23, units: 2, activity: "Keyboard and mouse setup: trial of trackball and keyguard, typing 3 min samples, adjusted chair and monitor height" }],
    note: { assessment: "Typing speed 12 wpm w/ trackball vs 7 wpm w/ mouse.", plan: "Order trackball." },
    expect: [],
  },
  {
    name: "PT snow shoveling simulation",
    discipline: "PT",
    lines: [{ code: "97530", min: 23, units: 2, activity: "Shoveling simulation w/ 10 lb sandbag loads: hip hinge, pivot feet, toss 10 reps each side; cued to avoid trunk twist" }],
    note: { assessment: "Good mechanics on 8/10 reps, no back pain.", plan: "Increase load." },
    expect: [],
  },
  // Eleventh batch (eleventh round, lead): 12 notes with time that is not treatment, said the
  // many ways notes say it, and fine notes that name breaks taught or rest as a strategy, written before running them.
  {
    name: "Non-billable: bathroom break inside the minutes",
    defect: "non-billable time",
    discipline: "PT",
    lines: [{ code: "97110", min: 30, units: 2, activity: "Recumbent bike 10 min, bathroom break 6 min, then SLR 3x10 and bridges 3x10 w/ cues" }],
    note: { assessment: "Pt tolerated, pain 3/10.", plan: "Cont." },
    expect: [NONBILL],
  },
  {
    name: "Non-billable: waited for the treatment table",
    defect: "non-billable time",
    discipline: "PT",
    lines: [{ code: "97140", min: 23, units: 2, activity: "Pt waited 8 min for table, then STM to R upper trap and C-spine PA mobs gr II" }],
    note: { assessment: "Cervical rotation R improved 15 deg.", plan: "Cont." },
    expect: [NONBILL],
  },
  {
    name: "Non-billable: charted while pt on bike",
    defect: "non-billable time",
    discipline: "PT",
    lines: [{ code: "97110", min: 23, units: 2, activity: "Nustep 10 min while therapist charted, then step ups 2x10 w/ VC" }],
    note: { assessment: "RPE 12.", plan: "Cont." },
    expect: [NONBILL],
  },
  {
    name: "Non-billable: water break and phone",
    defect: "non-billable time",
    discipline: "OT",
    lines: [{ code: "97530", min: 30, units: 2, activity: "Laundry folding and carrying basket 20 ft; water break and pt took a personal phone call 5 min" }],
    // No cueing, grading or safety named either: doc/skilled-need-missing is right too.
    note: { assessment: "Min A to carry basket.", plan: "Cont." },
    expect: [NONBILL, SKILL],
  },
  {
    name: "Non-billable: unattended hot pack counted in 97110",
    defect: "non-billable time",
    discipline: "PT",
    lines: [{ code: "97110", min: 30, units: 2, activity: "Hot pack to low back unattended 10 min, then lumbar stab ex: dead bugs, bird dogs 2x10 w/ TC" }],
    note: { assessment: "Pt reports pain 3/10 after.", plan: "Cont." },
    expect: [NONBILL],
  },
  {
    name: "Fine: rest breaks taught for energy conservation",
    discipline: "OT",
    lines: [{ code: "97535", min: 23, units: 2, activity: "Energy conservation: planned shower routine w/ seated rest breaks built in, shower chair and long sponge; educated on pacing" }],
    note: { assessment: "Pt verbalized 3 pacing strategies.", plan: "Trial at home." },
    expect: [],
  },
  {
    name: "Fine: interval training with timed recovery",
    discipline: "PT",
    lines: [{ code: "97110", min: 23, units: 2, activity: "Interval walking on treadmill: 2 min at 2.5 mph, 1 min at 1.5 mph x5; HR and SpO2 monitored" }],
    note: { assessment: "HR peak 112, recovered to 90 within 1 min.", plan: "Increase intervals." },
    expect: [],
  },
  {
    name: "Fine: documentation-free OT splint check",
    discipline: "OT",
    lines: [{ code: "97763", min: 15, units: 1, activity: "Orthotic check-out: wrist cock-up fit reviewed, strap pressure relieved, donning trained w/ one hand" }],
    note: { assessment: "Pt donned splint one-handed in 45 sec.", plan: "Wear for tasks." },
    expect: [],
  },
  {
    name: "Fine: SLP caregiver training",
    discipline: "SLP",
    lines: [{ code: "92507", min: 30, units: 1, activity: "Caregiver training: daughter taught to give phonemic cues and wait time during naming; clinician modeled, then daughter practiced" }],
    note: { assessment: "Daughter gave cues correctly in 4 of 5 trials.", plan: "Home practice log." },
    expect: [],
  },
  {
    name: "Fine: PT vestibular w/ symptom recovery",
    discipline: "PT",
    lines: [{ code: "97112", min: 15, units: 1, activity: "Habituation: 5 reps of supine to sit w/ head turn, symptom rating after each; graded speed" }],
    note: { assessment: "Dizziness 4/10 peak, returned to 0 within 20 sec.", plan: "Cont habituation." },
    expect: [],
  },
  {
    name: "No goal link and vague together",
    defect: "vague and no goal link",
    discipline: "PT",
    lines: [{ code: "97530", min: 15, units: 1, goals: [], activity: "Functional activities" }],
    note: { assessment: "Tolerated well; cues for safety.", plan: "Cont." },
    expect: [GOAL, VAGUE],
  },
  {
    name: "Non-billable and 97530-exercise together",
    defect: "non-billable time and exercise on 97530",
    discipline: "PT",
    lines: [{ code: "97530", min: 23, units: 2, activity: "Equipment setup 5 min, then mini squats 3x10, heel raises 3x15" }],
    note: { assessment: "Tolerated, cues for form.", plan: "Cont." },
    expect: [EX530, NONBILL],
  },
];
