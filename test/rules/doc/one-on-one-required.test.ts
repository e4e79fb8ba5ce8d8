import fc from "fast-check";
import { expect, it } from "vitest";
import { GROUP_TEXT, MAY_BE_GROUP } from "../../../src/rules/text/lexicon.js";
import type { ServiceLine } from "../../../src/model/session.js";
import { line, ruleTable, session, withLine } from "../helpers.js";

ruleTable("doc/one-on-one-required", "error", {
  flags: [
    ["97530 delivered in a group (Pub. 100-02 ch. 15 §230)", withLine("97530", "Transfers", { contact: "group", groupSize: 3 }), undefined, (f) => {
      expect(f[0]!.fix).toContain("97150");
      expect(f[0]!.path).toEqual(["services", 0, "contact"]);
    }],
    ["97110 concurrent (Medicare counts concurrent as group)", withLine("97110", "SLR 3x10", { contact: "concurrent" })],
    ["97110 supervised", withLine("97110", "Bike 10 min", { contact: "supervised" }), undefined, (f) => expect(f[0]!.fix).toContain("direct one-on-one")],
    ["92507 in a group names 92508", withLine("92507", "Naming 80% acc", { contact: "group" }, { provider: { discipline: "SLP" } }), undefined, (f) => expect(f[0]!.fix).toContain("92508")],
    ["92526 given to several patients at once, without suggesting a PT/OT group code", withLine("92526", "Chin tuck x10, effortful swallow", { contact: "concurrent" }, { provider: { discipline: "SLP" } }), undefined, (f) => {
      expect(f[0]!.fix).not.toContain("97150");
      expect(f[0]!.fix).toContain("one patient at a time");
    }],
    ["no contact, but the activity says group (realistic-notes corpus): advice, MBPM ch. 15 §230.1", withLine("97110", "Pt participated in group exercise class w/ 4 other pts: seated marches, LAQ"), "info", (f) => {
      expect(f[0]!.path).toEqual(["services", 0, "activity"]);
      expect(f[0]!.fix).toContain("97150");
      expect(f[0]!.source.section).toContain("230");
    }],
    ["'w/ group'", withLine("97530", "Balance circuit w/ group, CGA"), "info"],
    ["'GROUP THER EX' in capitals", withLine("97110", "GROUP THER EX: ARM RAISES 2X10"), "info"],
    ["'w/ 3 other pts'", withLine("97112", "Balance stations w/ 3 other pts"), "info"],
    ["92507 'group session' names 92508", withLine("92507", "Group session: naming and conversation", {}, { provider: { discipline: "SLP" } }), "info", (f) => expect(f[0]!.fix).toContain("92508")],
    ["'class w/ 5 pts'", withLine("97110", "Circuit class w/ 5 pts: bike, step ups"), "info"],
    ["'class of 6' (thirteenth round, second batch of realistic notes)", withLine("97110", "Cardiac rehab class of 6: walking track and arm ergometer"), "info"],
    ["'group of 10 pts' is still a group (fourteenth round, gaps14)", withLine("97110", "Chair exercise group of 10 pts: seated marches"), "info"],
    ["'group of 4' alone is still a group", withLine("97110", "Balance group of 4: stations w/ CGA"), "info"],
  ],
  passes: [
    ["'muscle groups'", withLine("97110", "Stretching of hip muscle groups 3x30 sec")],
    ["'class of meds' is no group", withLine("97110", "Reviewed which class of meds raises fall risk; SLR 3x10 w/ cues")],
    ["'Class II garment' is no group", withLine("97140", "MLD, then Class II compression sleeve fitted")],
    ["'group of 4 items' in a cognitive task is no group of patients (fourteenth round, gaps14)", withLine("97129", "Categorization: name the odd one out in each group of 4 items", {}, { provider: { discipline: "SLP" } })],
    ["'group of 12 words' to recall is no group of patients", withLine("97129", "Recall: group of 12 words after delay", {}, { provider: { discipline: "SLP" } })],
    ["'grouping' by category", withLine("97129", "Grouping items by category 8/10", {}, { provider: { discipline: "OT" } })],
    ["contact one-on-one is trusted over the text", withLine("97110", "Moved from group class to 1:1 today; SLR 3x10", { contact: "one-on-one" })],
    ["co-treatment written 'concurrently'", withLine("97530", "Co-treat w/ OT concurrently: transfers w/ min A")],
    ["one-on-one", withLine("97530", "Transfers w/ CGA", { contact: "one-on-one" })],
    ["no contact given: taken as billed", withLine("97530", "Transfers w/ CGA")],
    ["97150 in a group", withLine("97150", "Group balance class", { contact: "group", groupSize: 3 })],
    ["supervised modality", withLine("97010", "Hot pack L knee", { contact: "supervised" })],
    ["unknown code", withLine("99999", "x", { contact: "group" })],
    ["untimed individual SLP treatment marked supervised (92526: one unit whatever the time)", withLine("92526", "Pacing strategies at meals x5, no overt s/s aspiration", { contact: "supervised" }, { provider: { discipline: "SLP" } })],
    ["'improved 3 pts' is points, not patients", withLine("97112", "Berg improved 3 pts; SLS on foam")],
    // Eighteenth round (gaps18, realistic-notes corpus): seen 1:1 while a group ran nearby names the group only as a place's noise.
    ["seen 1:1 while the group class ran nearby", withLine("97530", "Seen 1:1 in corner of gym while group class ran nearby; simulated grocery shopping: pushing cart 100 ft")],
    ["one-on-one as a group ther ex session was running", withLine("97110", "Treated one-on-one in quiet room as group ther ex was running in main gym: SLR 3x10")],
    ["1-on-1 while the group class was going on next door", withLine("97112", "1-on-1 while the group class was going on next door: SLS on foam 3x30 sec")],
    // Nineteenth round (gaps19): a group named as what ran nearby with no "while" (a sentence or clause of its own), or with two
    // words between "while" and the group.
    ["'Seen 1:1. Group class running nearby' (no 'while')", withLine("97530", "Seen 1:1. Group class running nearby; pushing cart 100 ft")],
    ["'while the busy group class ran nearby' (two words between)", withLine("97530", "Seen 1:1 in side room while the busy group class ran nearby: pushing cart 100 ft")],
    ["'1:1 in quiet room; a group class was running in main gym'", withLine("97110", "1:1 in quiet room; a group class was running in main gym: SLR 3x10")],
  ],
});

it("MAY_BE_GROUP matches every text GROUP_TEXT matches (the rule tests it first)", () => {
  const words = fc.constantFrom("in", "with", "w/", "during", "a", "group", "GROUP", "class", "ther", "ex", "of", "4", "12", "other", "pts", "PATIENTS", "Pts", "x", "_", "-");
  const text = fc.array(fc.tuple(fc.oneof(words, fc.string({ maxLength: 4 })), fc.constantFrom(" ", "/", "_", "-", ", ", "")), { maxLength: 12 }).map((p) => p.map(([w, s]) => w + s).join(""));
  fc.assert(fc.property(text, (t) => !GROUP_TEXT.test(t) || MAY_BE_GROUP.test(t)), { numRuns: 2000 });
});

// MBPM (Pub. 100-02) ch. 15 §230.1 and CMS's group-therapy text: when two or more patients are
// treated in the same time period, only the group code is billed for each; a one-on-one line's
// minutes cannot lie inside a group's clock time (cotreat-visits: "97110 clock time inside the 97150 group's time").
const group = (start: string, end: string, extra: Partial<ServiceLine> = {}): ServiceLine => line("97150", "Group balance class, 4 pts", { contact: "group", groupSize: 4, start, end, ...extra });
const oneOnOne = (code: string, start: string, end: string, extra: Partial<ServiceLine> = {}): ServiceLine => line(code, "Leg press 3x10, step ups w/ VCs", { start, end, ...extra });

ruleTable("doc/one-on-one-required", "error", {
  flags: [
    ["97110 inside the 97150 group's clock time", session({ services: [group("09:00", "09:30"), oneOnOne("97110", "09:15", "09:30")] }), undefined, (f) => {
      expect(f).toHaveLength(1);
      expect(f[0]!.path).toEqual(["services", 1, "start"]);
      expect(f[0]!.codes).toEqual(["97110"]);
      expect(f[0]!.message).toBe("97110 (09:15–09:30) overlaps the 97150 group (09:00–09:30) by 15 min: minutes while the group ran are not one-on-one.");
      expect(f[0]!.fix).toContain("outside the group's time");
    }],
    ["97530 with contact one-on-one, the group listed after it", session({ services: [oneOnOne("97530", "10:20", "10:45", { contact: "one-on-one" }), group("10:00", "10:30")] }), undefined, (f) => expect(f[0]!.message).toContain("by 10 min")],
    ["92508 group and a timed 97129 the same minutes", session({ provider: { discipline: "SLP" }, services: [line("92508", "Social language group", { contact: "group", groupSize: 3, start: "13:00", end: "13:30" }), oneOnOne("97129", "13:10", "13:25")] })],
    ["a 97110 marked concurrent is the group; the 97530 in its time is reported too", session({ services: [oneOnOne("97110", "09:00", "09:30", { contact: "concurrent" }), oneOnOne("97530", "09:10", "09:25")] }), undefined, (f) => {
      expect(f.map((x) => x.path)).toEqual([["services", 0, "contact"], ["services", 1, "start"]]);
    }],
  ],
  passes: [
    ["one after the other", session({ services: [group("09:00", "09:30"), oneOnOne("97110", "09:30", "09:45")] })],
    ["no clock times on the one-on-one line", session({ services: [group("09:00", "09:30"), line("97110", "Leg press 3x10")] })],
    ["no clock times on the group", session({ services: [line("97150", "Group class", { contact: "group", groupSize: 3 }), oneOnOne("97110", "09:15", "09:30")] })],
    ["the one-on-one line carries 59 (left to ncci/ptp-bypass-overlapping-time)", session({ services: [group("09:00", "09:30"), oneOnOne("97110", "09:15", "09:30", { modifiers: ["GP", "59"] })] })],
    ["an untimed one-on-one code (92507) beside the group", session({ provider: { discipline: "SLP" }, services: [line("92508", "Group", { contact: "group", groupSize: 3, start: "13:00", end: "13:30" }), line("92507", "Artic /s/ 80%", { start: "13:00", end: "13:30" })] })],
    ["a supervised modality in the group's time", session({ services: [group("09:00", "09:30"), line("G0283", "IFC L knee", { contact: "supervised", start: "09:00", end: "09:15" })] })],
  ],
});

// Concurrent care written only in the activity (Medicare counts concurrent care as group: Noridian,
// Rehabilitation delivery methods), a timed line mixing one-on-one and group minutes, and a group
// or concurrent contact on a line written as a co-treatment (two clinicians, one patient).
ruleTable("doc/one-on-one-required", "error", {
  flags: [
    ["'Concurrent w/ another pt' with no contact: advice (cotreat-visits)", withLine("97110", "Concurrent w/ another pt: bike, leg press 3x10, step ups"), "info", (f) => {
      expect(f[0]!.message).toBe("97110 is a one-on-one code, but its activity says the patient was treated concurrently with another patient (Medicare counts that as group).");
      expect(f[0]!.fix).toContain("97150");
    }],
    ["'concurrent tx, 2 pts'", withLine("97530", "Concurrent tx, 2 pts: kitchen tasks"), "info"],
    ["a timed line with group minutes in it: keep only the one-on-one minutes", withLine("97110", "15 min 1:1 ther ex, then 30 min in group class w/ 3 other pts"), "info", (f) => {
      expect(f[0]!.fix).toBe("Bill 97150 (one unit per patient) for the time two or more patients were treated at once, counting on 97110 only its one-on-one minutes; if it was all one-on-one, set the line's contact to one-on-one.");
    }],
    ["92507 in a group: the untimed advice is unchanged", withLine("92507", "Group session: naming", {}, { provider: { discipline: "SLP" } }), "info", (f) => {
      expect(f[0]!.fix).toBe("Bill 92508 (one unit per patient) if two or more patients were treated at once; if it was one-on-one, set the line's contact to one-on-one.");
    }],
    ["contact concurrent on a line written 'Co-treat w/ PT': the fix names the co-treatment too", withLine("97530", "Co-treat w/ PT: bed mobility and transfers", { contact: "concurrent" }), undefined, (f) => {
      expect(f[0]!.fix).toBe("If a second clinician treated this one patient (a co-treatment), set the line's contact to one-on-one and coTreated to true; if two or more patients were treated at once, bill 97150 (one unit per patient).");
    }],
    ["contact group with coTreated: true", withLine("97530", "Transfers", { contact: "group", coTreated: true }), undefined, (f) => expect(f[0]!.fix).toContain("a co-treatment")],
    // Eighteenth round (gaps18): the counter-cases beside "seen 1:1 while the group class ran nearby".
    ["guard: 1:1 minutes, then minutes in the group class", withLine("97110", "15 min 1:1 ther ex, then 30 min in group class"), "info"],
    ["guard: a group nearby, but no 1:1", withLine("97530", "Pt worked while group class ran nearby: pushing cart 100 ft"), "info"],
    ["guard: 1:1, then joined the group class nearby (no 'while')", withLine("97110", "1:1 for transfers, then joined group class nearby"), "info"],
    ["guard: 1:1 beside a group nearby and another the patient was in", withLine("97110", "1:1 while group class ran nearby, then 20 min in group ther ex"), "info"],
    // Nineteenth round (gaps19): the counter-cases: a sentence that puts the patient in the group, words that join it, "in group".
    ["guard: '1:1 for 15 min. Then joined group class running drills'", withLine("97110", "1:1 for 15 min. Then joined group class running drills"), "info"],
    ["guard: '1:1, then as part of the group class running relays'", withLine("97110", "1:1 ther ex, as part of the group class running relays"), "info"],
    ["guard: 'Seen 1:1 while in group class running drills' (the patient in the group)", withLine("97110", "Seen 1:1 while in group class running drills"), "info"],
    ["guard: '1:1 eval. Pt then in group ex running circuit'", withLine("97110", "1:1 eval. Pt then in group ex running circuit"), "info"],
  ],
  passes: [
    ["'Co-treat w/ OT concurrently' is a second clinician, not a second patient", withLine("97530", "Co-treat w/ OT concurrently: transfers w/ min A")],
    ["'concurrent' without another patient (concurrent validity of a test)", withLine("97112", "Berg 48/56; concurrent dual-task walking")],
    ["'concurrently' with another patient named", withLine("97110", "Performed concurrently w/ HEP review; another pt's ride arrived")],
  ],
});

// A note that says the patient was treated in a group while every line is billed one-on-one
// (cotreat-visits: "note says group, lines say nothing"); MBPM ch. 15 §230.1.
const groupNote = { assessment: "Pt participated well in group exercise class today; improving endurance.", plan: "Continue plan." };
ruleTable("doc/one-on-one-required", "error", {
  flags: [
    ["the assessment says group exercise class, the line is 97110 with no contact", withLine("97110", "Seated marches, LAQ 2x10, sit to stand x10", {}, { note: groupNote }), "info", (f) => {
      expect(f).toHaveLength(1);
      expect(f[0]!.path).toEqual(["note", "assessment"]);
      expect(f[0]!.codes).toEqual(["97110"]);
      expect(f[0]!.message).toBe("The note's assessment says the patient was treated in a group, but every line is billed one-on-one (97110).");
      expect(f[0]!.fix).toContain("97150");
    }],
    ["the line's activity already says group: one advice, at the line, not also at the note", withLine("97110", "Group ther ex: seated marches", {}, { note: groupNote }), "info", (f) => {
      expect(f.map((x) => x.path)).toEqual([["services", 0, "activity"]]);
    }],
    ["SLP: the whole-note text says group session, the line is 92507: names 92508", withLine("92507", "Naming 80% acc w/ semantic cues", {}, { provider: { discipline: "SLP" }, note: { text: "Seen in group session w/ 2 other pts." } }), "info", (f) => expect(f[0]!.fix).toContain("92508")],
  ],
  passes: [
    ["the plan speaks of a group to come", withLine("97110", "Seated marches, LAQ 2x10", {}, { note: { assessment: "Improving endurance.", plan: "Start group class next wk." } })],
    ["a 97150 line is billed too", session({ note: groupNote, services: [line("97110", "Leg press 3x10"), line("97150", "Group class", { contact: "group", groupSize: 3 })] })],
    ["only an untimed code with no group form (92526)", withLine("92526", "Chin tuck x10", {}, { provider: { discipline: "SLP" }, note: groupNote })],
    ["'muscle groups' in the note", withLine("97110", "SLR 3x10", {}, { note: { assessment: "Weakness of hip muscle groups persists." } })],
    // Eighteenth round (gaps18): the note says the patient was seen 1:1 while a group ran nearby.
    ["the note says seen 1:1 while the group class ran nearby", withLine("97110", "SLR 3x10, bridges 3x10", {}, { note: { objective: "Seen 1:1 while group class ran nearby.", plan: "Cont." } })],
  ],
});
