/**
 * Visits with more than one patient or more than one clinician in the room, from a pediatric and
 * adult outpatient clinic: 97150 groups (PT, OT), the SLP group code 92508, concurrent care (one
 * therapist, two patients each doing their own thing), supervised care, a PT and an OT
 * co-treating one patient, a PT and a PTA treating together, a group line beside one-on-one
 * timed lines, group minutes written into a timed code's minutes. Written for issue 7 (twelfth
 * round) to count wrong, missing, doubled and unclear findings; test/rules/cotreat-visits.test.ts
 * runs them through validateSession. No patient identifiers; codes are described in our own words.
 *
 * Authorities (read with the search tool): MBPM (Pub. 100-02) ch. 15 §230.1–§230.2 and CMS's
 * group-therapy text (two or more patients at once, the same activity or not, constant attendance
 * but not one-on-one: 97150 for each, 92508 for speech-language); Noridian "Rehabilitation
 * delivery methods" (individual, co-treatment, group, concurrent; Part B does not recognise
 * concurrent therapy as its own mode, it is group); CMS "Part B billing scenarios for PTs and
 * OTs" (team therapy: clinicians working together at the same time on one patient cannot each
 * bill for the same minutes; a PT and an OT co-treating 30 minutes may each bill one unit of
 * 97530, or one of them both units, but not both).
 */
import type { ServiceLine, Session } from "../../src/model/session.js";

/** One visit, the findings `validateSession` must give (`rule:severity`, in order), and why. */
export interface CotreatVisit {
  readonly name: string;
  readonly session: Session;
  /** Every finding of validateSession as `rule:severity`, in the report's order. */
  readonly expect: readonly string[];
  /** How a biller and a therapist read the findings at 06f31a2, before this round's fixes, when they were not right. */
  readonly before?: Verdict;
  /** How they read them now, when still not right (and why it is left). */
  readonly now?: Verdict;
}

/** A finding that is wrong, one that is missing, one problem reported twice, or a finding that does not say what to do. */
export type Verdict = `${"wrong" | "missing" | "twice" | "unclear"}: ${string}`;

const DAY = "2024-05-14";
const NOTE = {
  subjective: "Reports less difficulty with stairs at home this week.",
  assessment: "Improving dynamic balance and transfer safety; continues to need cues for sequencing.",
  patientResponse: "Tolerated session well, no increase in symptoms.",
  plan: "Continue plan of care; progress load next visit.",
};
const POC = {
  startOfCare: "2024-05-01",
  certifiedOn: "2024-05-03",
  certifiedThrough: "2024-07-29",
  goals: [{ id: "G1", text: "Independent sit to stand from standard chair" }, { id: "G2", text: "Community ambulation 500 ft" }],
  treatmentDaysSinceProgressReport: 4,
};
const MOD = { PT: "GP", OT: "GO", SLP: "GN" } as const;

const UNTIMED = ["97150", "92508", "92507", "92526", "G0283"];

type Who = "PT" | "PTA" | "OT" | "OTA" | "SLP";
const DISCIPLINE = { PT: "PT", PTA: "PT", OT: "OT", OTA: "OT", SLP: "SLP" } as const;

/** A line: code, minutes, units, what was done, and anything else. Modifiers default to the discipline's. */
function l(code: string, minutes: number | undefined, units: number, activity: string, extra: Partial<ServiceLine> = {}): ServiceLine {
  return { code, ...(minutes === undefined ? {} : { minutes }), units, activity, goalIds: ["G1"], ...extra };
}

/** A visit by `who` for `program`, each line given the discipline modifier (and CQ/CO for an assistant) unless it names its own. */
function v(who: Who, program: "medicare" | "medicaid" | "commercial", lines: readonly ServiceLine[], extra: Partial<Session> = {}): Session {
  const discipline = DISCIPLINE[who];
  const assistant = who === "PTA" ? ["CQ"] : who === "OTA" ? ["CO"] : [];
  const services = lines.map((line) => (line.modifiers === undefined ? { ...line, modifiers: [MOD[discipline], ...assistant] } : line));
  const timed = services.reduce((t, s) => t + (UNTIMED.includes(s.code) ? 0 : (s.minutes ?? 0)), 0);
  const all = services.reduce((t, s) => t + (s.minutes ?? 0), 0);
  return {
    dateOfService: DAY,
    payer: program === "commercial" ? { program, name: "Acme Health" } : { program },
    provider: { discipline, credential: who },
    services,
    totalTimedMinutes: timed,
    totalTreatmentMinutes: all,
    note: NOTE,
    planOfCare: POC,
    ...extra,
  };
}

export const COTREAT_VISITS: readonly CotreatVisit[] = [
  // Groups.
  { name: "PT balance class, 4 patients, 97150", session: v("PT", "medicare", [l("97150", 30, 1, "Group balance class, 4 pts: tandem stance, step-ups, VCs for hip strategy", { contact: "group", groupSize: 4 })]), expect: [] },
  { name: "pediatric OT fine-motor group of 3 (Medicaid)", session: v("OT", "medicaid", [l("97150", 45, 1, "Fine-motor group w/ 2 peers: scissor skills, in-hand manipulation, min cues", { contact: "group", groupSize: 3 })]), expect: ["ncci/medicare-edits-for-medicaid:info"] },
  { name: "pediatric SLP social-language group of 3 (Medicaid), 92508", session: v("SLP", "medicaid", [l("92508", 30, 1, "Social language group w/ 2 peers: turn-taking in conversation 7/10 w/ min cues", { contact: "group", groupSize: 3 })]), expect: ["ncci/medicare-edits-for-medicaid:info", "mue/no-data:info"] },
  { name: "adult SLP aphasia group of 5 (Medicare), 92508", session: v("SLP", "medicare", [l("92508", 45, 1, "Aphasia group: naming in functional categories 60% w/ phonemic cues", { contact: "group", groupSize: 5 })]), expect: ["mue/no-data:info"] },
  { name: "97150 billed 2 units for a 45-minute group", session: v("PT", "medicare", [l("97150", 45, 2, "Group ther ex: seated marches, LAQ, sit to stand x10", { contact: "group", groupSize: 3 })]), expect: ["units/untimed-over-one:error", "mue/units-exceed:info"] },
  { name: "92508 with one patient (the other cancelled)", session: v("SLP", "medicaid", [l("92508", 30, 1, "Turn-taking game 6/10 w/ mod cues", { contact: "group", groupSize: 1 })]), expect: ["doc/group-size:error", "ncci/medicare-edits-for-medicaid:info", "mue/no-data:info"], before: "unclear: the fix says to bill the one-on-one code for the direct minutes; for 92508 that code is 92507, billed once whatever the time" },
  { name: "97150 with no group size", session: v("OT", "medicare", [l("97150", 30, 1, "Group UE strengthening w/ theraband", { contact: "group" })]), expect: ["doc/group-size:info"] },
  { name: "97150 whose contact says one-on-one (EHR default)", session: v("PT", "medicare", [l("97150", 30, 1, "Group balance class: step-ups, tandem walk", { contact: "one-on-one", groupSize: 3 })]), expect: ["doc/group-size:error"], before: "missing: a group code whose line says it was delivered one-on-one (one patient) raised nothing" },
  { name: "97150 led by a PTA, CQ on the line", session: v("PTA", "medicare", [l("97150", 30, 1, "Group ther ex class: sit to stand, heel raises", { contact: "group", groupSize: 4 })]), expect: [] },
  { name: "92508 marked concurrent (two children, different targets)", session: v("SLP", "medicaid", [l("92508", 30, 1, "Artic /s/ in phrases 70% while peer worked on /r/", { contact: "concurrent", groupSize: 2 })]), expect: ["ncci/medicare-edits-for-medicaid:info", "mue/no-data:info"] },

  // Concurrent care.
  { name: "concurrent care billed as 97110 (one therapist, two patients)", session: v("PT", "medicare", [l("97110", 30, 2, "Ther ex: leg press 3x10, step ups while therapist treated another pt", { contact: "concurrent" })]), expect: ["doc/one-on-one-required:error"], before: "twice: beside the error to bill 97150, doc/non-billable-time reads 'another pt' and says to drop the time" },
  { name: "concurrent care billed as 97150, group size 2", session: v("PT", "medicare", [l("97150", 30, 1, "Bike 10 min, leg press 3x10, step ups; therapist alternating with 1 other pt", { contact: "concurrent", groupSize: 2 })]), expect: [] },
  { name: "concurrent care for a commercial plan billed as 97530", session: v("OT", "commercial", [l("97530", 30, 2, "Kitchen task: meal prep sequencing", { contact: "concurrent" })]), expect: ["doc/one-on-one-required:error"] },
  { name: "concurrent care written only in the activity", session: v("PT", "medicare", [l("97110", 30, 2, "Concurrent w/ another pt: bike, leg press 3x10, step ups")]), expect: ["doc/one-on-one-required:info"], before: "missing: 'Concurrent w/ another pt' on a one-on-one code gets no advice to bill the group code (Medicare counts concurrent care as group)" },
  { name: "SLP 92507 marked concurrent", session: v("SLP", "medicare", [l("92507", 30, 1, "Word retrieval 70% w/ semantic cues", { contact: "concurrent" })]), expect: ["doc/one-on-one-required:error"] },

  // Supervised care.
  { name: "97110 marked supervised (patient on the bike alone)", session: v("PT", "medicare", [l("97110", 15, 1, "Recumbent bike 10 min, HEP review", { contact: "supervised" })]), expect: ["doc/one-on-one-required:error"] },
  { name: "unattended e-stim G0283 supervised beside 97110", session: v("PT", "medicare", [l("G0283", 15, 1, "IFC to L knee 15 min", { contact: "supervised" }), l("97110", 23, 2, "SLR 3x10, quad sets, heel slides w/ VCs")]), expect: [] },

  // Co-treatment.
  { name: "PT's claim for a 30-minute PT+OT co-treatment, 97530 x2", session: v("PT", "medicare", [l("97530", 30, 2, "Co-treat w/ OT: sit to stand and stand pivot transfers x5, min A")]), expect: ["doc/co-treatment:info"], before: "missing: Medicare Part B pays co-treated minutes once between the two clinicians; both claims bill 2 units of the same 30 minutes and nothing says so" },
  { name: "OT's claim for the same co-treatment, 97530 x2", session: v("OT", "medicare", [l("97530", 30, 2, "Co-treatment with PT: toilet transfers and LB dressing in standing, min A")]), expect: ["doc/co-treatment:info"], before: "missing: the other half of the same double billing" },
  { name: "PT+OT co-treatment split: the PT bills 1 unit", session: v("PT", "medicare", [l("97530", 15, 1, "Co-treat w/ OT 30 min (PT billing 15): sit to stand x5, min A")]), expect: ["doc/co-treatment:info"] },
  { name: "co-treatment marked concurrent by the EHR", session: v("OT", "medicare", [l("97530", 30, 2, "Co-treat w/ PT: bed mobility and transfers", { contact: "concurrent" })]), expect: ["doc/one-on-one-required:error", "doc/co-treatment:info"], before: "wrong: the line's contact says concurrent, so the error says to bill 97150, but the activity says a co-treatment with PT (one patient, two clinicians)" },
  { name: "PT's claim with coTreated set, the 30 minutes split: 97530 x1", session: v("PT", "medicare", [l("97530", 15, 1, "Sit to stand x5, stand pivot transfers with OT, min A", { coTreated: true })]), expect: ["doc/co-treatment:info"] },
  { name: "OT's claim with coTreated set, the other half: 97530 x1", session: v("OT", "medicare", [l("97530", 15, 1, "Toilet transfer and LB dressing in standing with PT, min A", { coTreated: true })]), expect: ["doc/co-treatment:info"] },
  { name: "pediatric SLP+OT feeding co-treatment (Medicaid), SLP bills 92526", session: v("SLP", "medicaid", [l("92526", 30, 1, "Co-tx w/ OT: chewing on molars with graded textures, lip closure on spoon 8/10")]), expect: ["ncci/medicare-edits-for-medicaid:info"] },
  { name: "pediatric OT+SLP co-treatment (commercial), OT bills 97530 x2", session: v("OT", "commercial", [l("97530", 30, 2, "Co-treat w/ SLP: seated posture and hand-to-mouth during snack")]), expect: [] },
  { name: "PT and PTA treating together, the PT bills (no CQ)", session: v("PT", "medicare", [l("97530", 30, 2, "PT and PTA together: dependent transfer w/ sliding board x4, 2-person assist")]), expect: [] },
  { name: "PT and PTA together, billed as the assistant's minutes", session: v("PT", "medicare", [l("97530", 30, 2, "PT and PTA together: gait w/ RW 150 ft x2, 2-person assist", { assistantMinutes: 30 })]), expect: ["modifier/assistant-modifier-missing:error"], before: "unclear: CQ is demanded because assistantMinutes counts the minutes the PT and PTA gave together, which CMS counts as the therapist's; the finding does not say so" },
  { name: "co-treatment with a 97110 line beside it", session: v("PT", "medicare", [l("97110", 15, 1, "Leg press 3x10, heel raises w/ VCs"), l("97530", 30, 2, "Cotreat with OT: transfers, reaching in standing")]), expect: ["doc/co-treatment:info"], before: "missing: the co-treated 97530 on a Medicare claim, as above" },

  // Group beside one-on-one timed lines.
  { name: "97110 and 97530 one-on-one beside a 97150 group", session: v("PT", "medicare", [l("97110", 15, 1, "Leg press 3x10, step ups 2x10 w/ VCs"), l("97150", 30, 1, "Group balance class, 4 pts", { contact: "group", groupSize: 4 }), l("97530", 15, 1, "Floor to waist lifts 10 lb x10")]), expect: ["ncci/ptp-modifier-required:error", "ncci/ptp-modifier-required:error"] },
  { name: "97110 clock time inside the 97150 group's time", session: v("PT", "medicare", [l("97150", 30, 1, "Group balance class, 4 pts", { contact: "group", groupSize: 4, start: "09:00", end: "09:30" }), l("97110", 15, 1, "Leg press 3x10, step ups w/ VCs", { start: "09:15", end: "09:30" })]), expect: ["ncci/ptp-modifier-required:error", "doc/one-on-one-required:error"], before: "missing: 97110's one-on-one minutes (09:15-09:30) lie inside the group's (09:00-09:30); only the NCCI edit speaks, and it suggests 59 for a separate time block that the clock times rule out" },
  { name: "97110 and 97150 one after the other", session: v("PT", "medicare", [l("97150", 30, 1, "Group balance class, 4 pts", { contact: "group", groupSize: 4, start: "09:00", end: "09:30" }), l("97110", 15, 1, "Leg press 3x10, step ups w/ VCs", { start: "09:30", end: "09:45" })]), expect: ["ncci/ptp-modifier-required:error"] },
  { name: "total timed minutes that count the group's minutes", session: v("PT", "medicare", [l("97110", 15, 1, "Leg press 3x10, step ups w/ VCs"), l("97150", 30, 1, "Group balance class, 4 pts", { contact: "group", groupSize: 4 })], { totalTimedMinutes: 45 }), expect: ["ncci/ptp-modifier-required:error", "units/total-timed-mismatch:error"] },
  { name: "group minutes written into 97110's minutes (no contact)", session: v("PT", "medicare", [l("97110", 45, 3, "15 min 1:1 ther ex, then 30 min in group class w/ 3 other pts")]), expect: ["doc/activity-too-vague:warning", "doc/one-on-one-required:info"], before: "unclear: the advice is to bill 97150 instead, but the line mixes 15 one-on-one minutes with 30 group minutes: it should say to keep only the one-on-one minutes on 97110" },
  { name: "group minutes written into 97110's minutes (contact one-on-one)", session: v("PT", "medicare", [l("97110", 45, 3, "15 min 1:1 ther ex, then 30 min in group class w/ 3 other pts", { contact: "one-on-one" })]), expect: ["doc/activity-too-vague:warning"], before: "missing: 30 group minutes billed as 97110 raise nothing because the contact field says one-on-one", now: "missing: 30 group minutes billed as 97110 raise nothing because the contact field says one-on-one" },
  { name: "pediatric OT: 97530 one-on-one and a sensory group (Medicaid)", session: v("OT", "medicaid", [l("97530", 23, 2, "Obstacle course: motor planning, 3-step sequence w/ min cues"), l("97150", 30, 1, "Sensory motor group w/ 2 peers: swing, heavy work", { contact: "group", groupSize: 3 })]), expect: ["ncci/ptp-modifier-required:error", "ncci/medicare-edits-for-medicaid:info"] },
  { name: "pediatric SLP: 92507 individual then 92508 group the same day", session: v("SLP", "medicaid", [l("92507", 30, 1, "Artic /k/ in words 80% acc w/ min cues"), l("92508", 30, 1, "Social language group w/ 2 peers: requesting 8/10", { contact: "group", groupSize: 3 })]), expect: ["ncci/ptp-modifier-required:error", "ncci/medicare-edits-for-medicaid:info", "mue/no-data:info"] }, // thirteenth round: the 92508/92507 edit (mutually exclusive, indicator 1) is in the default table
  { name: "note says group, lines say nothing", session: v("PT", "medicare", [l("97110", 30, 2, "Seated marches, LAQ 2x10, sit to stand x10")], { note: { ...NOTE, assessment: "Pt participated well in group exercise class today; improving endurance." } }), expect: ["doc/one-on-one-required:info"], before: "missing: the assessment says the patient took part in a group exercise class, and the only line is 2 units of 97110 with no contact" },
];
