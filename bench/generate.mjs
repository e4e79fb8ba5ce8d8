// Seeded generator of realistic therapy sessions for benchmarks and tests.
//
// Same seed, same sessions: runs on different days or branches are comparable. Each session has
// 2–6 lines of mixed PT, OT or SLP codes, activity text of 200–600 characters written the way
// therapists write (abbreviations, sets x reps, assist levels), a plan of care with goals, and
// modifiers (GP/GO/GN, 59, KX, CQ/CO). Minutes and units mostly agree under the CMS 8-minute
// rule; about one session in eight carries a realistic billing error (one unit too many, a
// forgotten discipline modifier, a line billed under 8 minutes, a mistyped total). Every
// session is valid input for parseSession: the errors are billing errors, not input errors.
//
// Plain JavaScript (no build step) so that bench/*.mjs can run it on the built package;
// bench/generate.d.mts gives the types to tests.

/**
 * mulberry32: a small, fast 32-bit PRNG. Returns a function yielding floats in [0, 1).
 * @param {number} seed
 */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ── Codes by discipline: [code, timed, weight] ───────────────────────────────────────────
const CODES = {
  PT: [
    ["97110", true, 10], ["97112", true, 6], ["97116", true, 5], ["97140", true, 7], ["97530", true, 7],
    ["97535", true, 2], ["97035", true, 2], ["97032", true, 1], ["97033", true, 1], ["97010", false, 2],
    ["G0283", false, 2], ["97012", false, 1], ["97016", false, 1], ["97150", false, 1], ["97164", false, 1],
    ["97161", false, 1], ["97162", false, 1],
  ],
  OT: [
    ["97530", true, 9], ["97535", true, 6], ["97110", true, 6], ["97112", true, 4], ["97140", true, 3],
    ["97129", true, 2], ["97130", true, 1], ["97018", false, 1], ["97010", false, 1], ["97150", false, 1],
    ["97168", false, 1], ["97165", false, 1], ["97166", false, 1], ["97760", true, 1], ["97763", true, 1],
  ],
  SLP: [
    ["92507", false, 10], ["92526", false, 5], ["97129", true, 4], ["97130", true, 2], ["92508", false, 1],
    ["92523", false, 1], ["92522", false, 1],
  ],
};

const DISCIPLINE_MODIFIER = { PT: "GP", OT: "GO", SLP: "GN" };
const ASSISTANT_MODIFIER = { PT: "CQ", OT: "CO", SLP: undefined };
const CREDENTIALS = { PT: ["PT", "PT", "PT", "PTA"], OT: ["OT", "OT", "OTA"], SLP: ["SLP"] };

// ── Phrase lists for activity text (therapists' shorthand) ──────────────────────────────
const BODY = ["R knee", "L knee", "B LE", "R shoulder", "L shoulder", "B UE", "lumbar spine", "C-spine", "R hip", "L ankle", "R wrist", "L hand", "core", "thoracic spine", "R elbow"];
const EXERCISES = [
  "SLR", "SAQ", "LAQ", "heel slides", "quad sets", "glute sets", "bridges", "clamshells", "mini squats", "step-ups 6\" step",
  "wall slides", "scap retraction w/ red TB", "ER/IR w/ yellow TB", "rows w/ green TB", "hamstring curls 3# AW",
  "calf raises", "TKE w/ blue TB", "sit-to-stand from std chair", "lateral band walks", "pendulums", "UBE fwd/bwd",
  "NuStep L4", "recumbent bike L2", "pulleys flex/abd", "wand AAROM flex", "putty pinch/grip", "theraputty red",
  "towel scrunches", "marble pickups", "bird dogs", "dead bugs", "prone press-ups", "chin tucks", "doorway pec stretch",
];
const DOSAGE = ["2x10", "3x10", "3x15", "2x15", "x10", "x20", "3x12", "2x12 ea", "x5 min", "x8 min", "3x30 sec hold", "10x5 sec hold"];
const ASSIST = ["I", "mod I", "SBA", "CGA", "min A", "mod A", "max A", "supv", "min A x1", "CGA w/ gait belt"];
const CUES = ["VC", "TC", "VC/TC", "min VC", "mod VC", "visual demo", "tactile cues", "verbal cues"];
const CUE_FOR = ["proper form", "upright posture", "hip hinge", "eccentric control", "pacing", "breathing", "neutral spine", "wt shift", "foot clearance", "scapular set", "sequencing", "safety awareness"];
const MANUAL = ["STM", "IASTM", "grade II-III PA mobs", "grade III-IV jt mobs", "MET", "TrP release", "MFR", "manual traction", "PROM", "contract-relax PNF", "patellar mobs", "distraction"];
const GAIT = ["amb 150' w/ RW", "amb 200' w/ SPC", "amb 75' w/o AD", "stair training 4 steps w/ 1 rail, step-to pattern", "amb 300' on level surfaces", "curb negotiation w/ SPC", "gait over uneven terrain", "6MWT 820'", "TUG 14.2 sec"];
const BALANCE = ["SLS", "tandem stance", "foam pad stance", "rhomberg EO/EC", "BOSU squats", "perturbations", "4-square step", "dynamic reaching outside BOS", "weight shifts A/P & M/L", "obstacle course"];
const ADL = ["LB dressing w/ reacher/sock aid", "UB dressing", "tub transfer bench", "toilet transfers", "simulated meal prep", "grooming at sink in standing", "laundry retrieval", "kitchen mobility w/ RW", "bed mobility", "car transfer"];
const COG = ["recall of 3 items after 5 min delay", "divided attention task", "medication mgmt simulation", "calendar/appointment planning", "problem solving w/ functional scenario", "sequencing 5-step task", "safety judgment scenarios"];
const SPEECH = ["CVC word drills", "/s/ blends at phrase level", "naming tasks 80% acc", "sentence formulation", "word-finding strategies", "oral motor ex", "effortful swallow", "chin tuck against resistance", "Masako x10", "supraglottic swallow w/ thin liq", "trials of nectar-thick liq", "pacing strategies at meals", "voice: resonance tasks", "reading comprehension at paragraph level"];
const RESPONSE = ["Pt tolerated well", "Pt tol tx well w/o c/o", "reports mild fatigue", "c/o pain 4/10 ↓ to 2/10 post tx", "req rest breaks x2", "no adverse reactions", "good carryover from prior session", "demonstrates improved control", "mild ↑ in pain, resolved w/ rest", "pt motivated and engaged", "SOB w/ exertion, SpO2 95%", "HR 88 → 104 bpm"];
const SKILL = ["to ↑ strength and ROM", "to improve functional mobility", "to ↓ fall risk", "to improve ADL independence", "to ↑ activity tolerance", "for pain mgmt", "to restore jt mobility", "to improve safety w/ transfers", "per POC", "to progress toward LTG"];
const MODALITY = {
  "97032": ["attended e-stim (IFC) x15 min", "NMES for quad activation x12 min", "attended TENS x10 min"],
  "97033": ["ionto w/ dexamethasone 40 mA-min", "ionto 80 mA-min via patch"],
  "97035": ["US 1 MHz 1.0 W/cm2 x8 min", "US 3 MHz 0.8 W/cm2 50% x8 min", "phonophoresis x8 min"],
  "97010": ["MHP x10 min", "CP x10 min", "ice pack x12 min post ex"],
  "G0283": ["unattended IFC x15 min", "premod e-stim x15 min w/ MHP"],
  "97012": ["mech traction 40# x12 min, 60/20 sec", "cervical traction 12# x10 min"],
  "97016": ["vaso x15 min, med pressure, 34°F"],
  "97018": ["paraffin dip x6 then wrap x10 min"],
};
const GOALS_BY = {
  PT: ["Pt will amb 300' w/ LRAD mod I in 6 wks", "Pt will ascend/descend 12 steps w/ 1 rail SBA to enter home", "Pt will ↑ R knee flex AROM to 115° for stairs", "Pt will lift 20 lb floor to waist w/ proper body mechanics", "Pt will report pain ≤3/10 w/ ADLs", "Pt will improve Berg to ≥45/56 to ↓ fall risk", "Pt will be I w/ HEP"],
  OT: ["Pt will perform LB dressing mod I w/ AE", "Pt will complete toilet transfers I", "Pt will reach overhead to 2nd shelf w/ R UE", "Pt will stand 15 min for meal prep", "Pt will be I w/ HEP", "Pt will manage meds I w/ pill organizer"],
  SLP: ["Pt will recall 3/3 items after delay w/ strategies", "Pt will tolerate thin liquids w/o s/s aspiration", "Pt will produce /s/ blends at sentence level 80% acc", "Pt will name 8/10 common objects", "Pt will use compensatory swallow strategies I at meals"],
};

const SUBJECTIVE = ["Pt reports", "Pt states", "Pt arrives reporting", "Pt notes"];
const SUBJECTIVE_TAIL = ["knee pain 5/10 this AM", "less stiffness since last visit", "difficulty w/ stairs at home", "compliance w/ HEP 5/7 days", "a near-fall in bathroom over weekend", "improved sleep", "soreness after last session, resolved in 24 hrs", "fatigue w/ community amb"];
const ASSESSMENT = ["Pt progressing toward goals", "Pt demonstrates improved tolerance to ther ex", "Gait quality improving; ↓ trendelenburg", "Cont deficits in balance limit safe community amb", "Pt benefits from skilled PT to address", "Pt req skilled cues for safety", "Improved recall w/ external memory aids"];
const PLAN = ["Cont POC 2x/wk", "Progress ther ex as tol", "Update HEP next visit", "Progress report due in 3 visits", "Cont per POC; re-assess goals", "Add dynamic balance next session", "Trial of SPC on level surfaces"];

// ── Helpers ────────────────────────────────────────────────────────────────────────────
/** @param {() => number} rnd */
function tools(rnd) {
  const int = (min, max) => min + Math.floor(rnd() * (max - min + 1));
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const chance = (p) => rnd() < p;
  const weighted = (rows) => {
    let total = 0;
    for (const r of rows) total += r[2];
    let x = rnd() * total;
    for (const r of rows) {
      x -= r[2];
      if (x < 0) return r;
    }
    return rows[rows.length - 1];
  };
  return { int, pick, chance, weighted };
}

/** CMS chart: 0–7 → 0, 8–22 → 1, 23–37 → 2, … */
function unitsFor(minutes) {
  return minutes < 8 ? 0 : Math.floor((minutes - 8) / 15) + 1;
}

const pad2 = (n) => String(n).padStart(2, "0");
const clock = (m) => `${pad2(Math.floor(m / 60))}:${pad2(m % 60)}`;

/** One sentence of activity text for a code. */
function sentence(code, t) {
  const { pick, int, chance } = t;
  switch (code) {
    case "97110": case "97113":
      return `${pick(EXERCISES)} ${pick(DOSAGE)}, ${pick(EXERCISES)} ${pick(DOSAGE)} for ${pick(BODY)} ${pick(SKILL)}; ${pick(CUES)} for ${pick(CUE_FOR)}.`;
    case "97112":
      return `${pick(BALANCE)} ${pick(DOSAGE)} w/ ${pick(ASSIST)}, ${pick(BALANCE)} ${pick(DOSAGE)}; ${pick(CUES)} for ${pick(CUE_FOR)} ${pick(SKILL)}.`;
    case "97116":
      return `${pick(GAIT)} w/ ${pick(ASSIST)}; ${pick(CUES)} for ${pick(CUE_FOR)}. ${pick(GAIT)}.`;
    case "97140":
      return `${pick(MANUAL)} to ${pick(BODY)}, ${pick(MANUAL)} ${int(2, 4)}x30 sec ${pick(SKILL)}.`;
    case "97530":
      return `Functional activities: ${pick(ADL)}, ${pick(EXERCISES)} ${pick(DOSAGE)} w/ ${pick(ASSIST)}; ${pick(CUES)} for ${pick(CUE_FOR)}.`;
    case "97535":
      return `Self-care/home mgmt training: ${pick(ADL)} w/ ${pick(ASSIST)}, ${pick(ADL)}; educated on energy conservation and AE use.`;
    case "97129": case "97130":
      return `Cognitive tx: ${pick(COG)}, ${int(50, 95)}% acc w/ ${pick(CUES)}; ${pick(COG)}.`;
    case "92507": case "92508":
      return `${pick(SPEECH)}, ${int(40, 95)}% acc w/ ${pick(CUES)}; ${pick(SPEECH)}.`;
    case "92526": case "92610":
      return `${pick(SPEECH)} x${int(5, 20)}; ${pick(SPEECH)}, no overt s/s aspiration.`;
    case "97032": case "97033": case "97035": case "97010": case "G0283": case "97012": case "97016": case "97018":
      return `${pick(MODALITY[code])} to ${pick(BODY)} ${pick(SKILL)}; skin intact pre/post.`;
    case "97150":
      return `Group ther ex (${int(2, 4)} pts): ${pick(EXERCISES)} ${pick(DOSAGE)}, ${pick(EXERCISES)} ${pick(DOSAGE)}.`;
    case "97760": case "97763":
      return `Orthotic mgmt/training for ${pick(BODY)}: donning/doffing w/ ${pick(ASSIST)}, wear schedule reviewed, skin checks.`;
    default:
      return `Eval: hx, systems review, ${pick(BALANCE)}, ${pick(GAIT)}; ${chance(0.5) ? "POC established w/ pt" : "goals reviewed w/ pt"}.`;
  }
}

/** Activity text of 200–600 characters for a code. */
function activityText(code, t) {
  const target = t.int(200, 600);
  let text = sentence(code, t);
  while (text.length < target) {
    text += ` ${t.chance(0.35) ? `${t.pick(RESPONSE)}.` : sentence(code, t)}`;
  }
  if (text.length > 600) {
    const cut = text.lastIndexOf(" ", 599);
    text = text.slice(0, cut > 200 ? cut : 600).replace(/[,;]$/, "") + ".";
    if (text.length > 600) text = text.slice(0, 600);
  }
  return text;
}

function isoDate(t) {
  const year = t.int(2023, 2026);
  const month = t.int(1, 12);
  const day = t.int(1, 28);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

function addDays(iso, days) {
  const [y, m, d] = iso.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return date.toISOString().slice(0, 10);
}

/** One session. @param {number} index @param {ReturnType<typeof tools>} t */
function session(index, t) {
  const { int, pick, chance, weighted } = t;
  const discipline = weighted([["PT", 0, 6], ["OT", 0, 3], ["SLP", 0, 1]])[0];
  const credential = pick(CREDENTIALS[discipline]);
  const program = weighted([["medicare", 0, 6], ["medicaid", 0, 1], ["commercial", 0, 3]])[0];
  const payer = { program };
  if (program === "commercial" && chance(0.4)) payer.unitMethod = "ama";
  if (program === "commercial") payer.name = pick(["Acme Health", "Blue Plan PPO", "Evergreen HMO"]);
  const dateOfService = isoDate(t);

  // Plan of care with 2–4 goals.
  const goalCount = int(2, 4);
  const goals = [];
  for (let g = 0; g < goalCount; g++) goals.push({ id: `G${g + 1}`, text: pick(GOALS_BY[discipline]) });
  const startOfCare = addDays(dateOfService, -int(3, 70));
  const planOfCare = {
    startOfCare,
    certifiedOn: addDays(startOfCare, int(0, 20)),
    certifiedThrough: addDays(startOfCare, int(60, 90)),
    goals,
    treatmentDaysSinceProgressReport: int(1, 11),
  };
  if (chance(0.1)) planOfCare.referralOnFile = true;

  const ytd = program === "medicare" ? { ptSlp: Math.round(rnd2(t) * 300000) / 100, ot: Math.round(rnd2(t) * 250000) / 100 } : undefined;
  const overThreshold = ytd !== undefined && (discipline === "OT" ? ytd.ot : ytd.ptSlp) > 2410;

  // 2–6 lines, distinct codes.
  const lineCount = int(2, 6);
  const used = new Set();
  const services = [];
  let clockAt = int(7 * 60, 17 * 60);
  let timedTotal = 0;
  let treatmentTotal = 0;
  const assistant = credential === "PTA" || credential === "OTA";
  for (let attempts = 0; services.length < lineCount && attempts < 200; attempts++) {
    const row = weighted(CODES[discipline]);
    if (used.has(row[0])) continue;
    if (assistant && /^9716/.test(row[0])) continue; // assistants do not evaluate
    if (program === "medicare" && row[0] === "97010") continue; // Medicare bundles hot/cold packs (MUE 0)
    used.add(row[0]);
    const [code, timed] = row;
    const modality = code in MODALITY;
    // 97129 is the first 15 minutes, once a day: keep it under 15 so it never needs a 2nd unit.
    const minutes = code === "97129" ? int(8, 14) : modality ? int(8, 15) : timed ? int(8, 38) : int(10, 45);
    const line = { code, minutes };
    line.units = timed ? unitsFor(minutes) : 1;
    const modifiers = [];
    if (program !== "commercial" || chance(0.7)) modifiers.push(DISCIPLINE_MODIFIER[discipline]);
    if ((credential === "PTA" || credential === "OTA") && ASSISTANT_MODIFIER[discipline]) modifiers.push(ASSISTANT_MODIFIER[discipline]);
    if (overThreshold) modifiers.push("KX");
    if ((code === "97140" || code === "97530") && chance(0.3)) modifiers.push("59");
    if (modifiers.length > 0) line.modifiers = modifiers;
    if (chance(0.5)) {
      line.start = clock(Math.min(clockAt, 23 * 60));
      line.end = clock(Math.min(clockAt + minutes, 23 * 60 + 59));
    }
    clockAt += minutes;
    line.contact = code === "97150" || code === "92508" ? "group" : timed ? "one-on-one" : pick(["supervised", "one-on-one"]);
    if (line.contact === "group") line.groupSize = int(2, 4);
    if (credential === "PTA" || credential === "OTA") line.assistantMinutes = minutes;
    line.activity = activityText(code, t);
    line.goalIds = [goals[int(0, goals.length - 1)].id];
    if (chance(0.3)) line.goalIds.push(goals[int(0, goals.length - 1)].id);
    if (ytd !== undefined) line.allowedAmount = Math.round((20 + rnd2(t) * 40) * 100) / 100;
    if (timed) timedTotal += minutes;
    treatmentTotal += minutes;
    services.push(line);
  }

  // 97150 and 92507 are column 1 over the one-on-one codes (NCCI): a careful biller gives each
  // timed line its own time block and 59, and records the clock times that show it.
  if (services.some((l) => l.code === "97150" || l.code === "92507")) {
    let at = int(7 * 60, 15 * 60);
    for (const l of services) {
      l.start = clock(at);
      l.end = clock(at + l.minutes);
      at += l.minutes;
      const timed = CODES[discipline].some((r) => r[0] === l.code && r[1]);
      if (timed && !(l.modifiers ?? []).includes("59") && (l.modifiers?.length ?? 0) < 4) l.modifiers = [...(l.modifiers ?? []), "59"];
    }
  }

  // CMS pools timed minutes: fix the units so the total matches the chart (rounding leftover
  // minutes to the lines with most time), as a careful biller would.
  // Medicare and Medicaid count by total time, commercial plans per code unless they say otherwise.
  if ((payer.unitMethod ?? (program === "commercial" ? "ama" : "cms")) === "cms") {
    const timedLines = services.filter((s) => CODES[discipline].some((r) => r[0] === s.code && r[1]));
    let remaining = unitsFor(timedTotal);
    // Whole 15-minute units first, then the units left go to the most minutes left over (§20.2).
    const byMinutes = [...timedLines].sort((a, b) => (b.minutes % 15) - (a.minutes % 15) || b.minutes - a.minutes || (a.code < b.code ? -1 : 1));
    for (const s of byMinutes) s.units = 0;
    for (const s of byMinutes) {
      const full = Math.floor(s.minutes / 15);
      const give = Math.min(full, remaining);
      s.units += give;
      remaining -= give;
    }
    for (let i = 0; remaining > 0 && byMinutes.length > 0; i = (i + 1) % byMinutes.length) {
      byMinutes[i].units += 1;
      remaining -= 1;
    }
  }

  const result = {
    id: `ENC-${String(index).padStart(7, "0")}`,
    dateOfService,
    payer,
    provider: { discipline, credential },
    services,
    totalTimedMinutes: timedTotal,
    totalTreatmentMinutes: treatmentTotal + (chance(0.3) ? int(0, 10) : 0),
    note: {
      subjective: `${pick(SUBJECTIVE)} ${pick(SUBJECTIVE_TAIL)}.`,
      assessment: `${pick(ASSESSMENT)}. ${pick(RESPONSE)}.`,
      patientResponse: `${pick(RESPONSE)}; ${pick(RESPONSE)}.`,
      plan: `${pick(PLAN)}. ${pick(PLAN)}.`,
    },
    planOfCare,
  };
  if (ytd !== undefined) result.therapyYearToDate = ytd;

  // A realistic billing error in about one session in eight.
  if (chance(0.125)) {
    const victim = services[int(0, services.length - 1)];
    switch (int(0, 4)) {
      case 0: victim.units = (victim.units ?? 0) + 1; break; // one unit too many
      case 1: victim.modifiers = (victim.modifiers ?? []).filter((m) => m !== DISCIPLINE_MODIFIER[discipline]); break; // forgot GP/GO/GN
      case 2: victim.minutes = int(3, 7); victim.units = 1; break; // billed under 8 minutes
      case 3: result.totalTimedMinutes = timedTotal + int(5, 15); break; // total mistyped
      default: if (victim.activity) victim.activity = pick(["Ther ex per flowsheet.", "see flowsheet", "pt tolerated tx well"]); break; // vague note
    }
    if (victim.modifiers?.length === 0) delete victim.modifiers;
  }
  return result;
}

function rnd2(t) {
  return t.int(0, 1_000_000) / 1_000_000;
}

/**
 * Generates `count` realistic sessions from `seed`. Same seed, same sessions.
 *
 * @param {number} count
 * @param {number} [seed=1]
 * @returns {object[]} plain JSON-safe session objects
 */
export function generateSessions(count, seed = 1) {
  const t = tools(mulberry32(seed));
  const out = new Array(count);
  for (let i = 0; i < count; i++) out[i] = session(i, t);
  return out;
}
