import { expect } from "vitest";
import { ruleTable, withLine } from "../helpers.js";

ruleTable("doc/non-billable-time", "warning", {
  flags: [
    ["set-up of e-stim (Pub. 100-04 ch. 5 §20.2: pre-service time)", withLine("97032", "Set-up of e-stim unit, then attended e-stim R quad"), undefined, (f) => {
      expect(f[0]!.path).toEqual(["services", 0, "activity"]);
      expect(f[0]!.message).toContain("that time must not count toward its 15 billed minutes.");
    }],
    ["rest breaks", withLine("97110", "SLR 3x10, bridges; seated rest breaks x3")],
    ["documentation", withLine("97530", "Transfers w/ min A; documentation of session")],
    ["charting", withLine("97110", "Ther ex 3x10 + charting")],
    ["waiting", withLine("97530", "STS x10; waiting for w/c")],
    ["unattended", withLine("97110", "Bike 10 min unattended, then SLR 3x10")],
    ["equipment prep, capitals", withLine("97140", "EQUIPMENT PREP, STM R UT")],
    ["time the therapist spent with another patient", withLine("97110", "Treadmill 10 min independently while PT with another pt; SLR 2x10")],
    // Guard (twelfth round): only "another pt" is left to doc/one-on-one-required on a concurrent line; its other terms stay.
    ["waiting on a concurrent line", withLine("97110", "Leg press while PT treated another pt; waited for bike", { contact: "concurrent" }), undefined, (f) => {
      expect(f[0]!.message).toContain("(waited)");
    }],
    // Fifteenth round (gaps15): dry needling is billed as 20560/20561 (Medicare does not cover it from a PT), never as manual therapy minutes.
    ["dry needling inside 97140", withLine("97140", "Dry needling R UT and levator x4 sites 10 min, then STM and cervical mobs gr III 13 min"), undefined, (f) => {
      expect(f[0]!.message).toContain("(dry needling)");
      // The fix says where dry needling is billed, and what original Medicare pays for it (the lead, fifteenth round).
      expect(f[0]!.fix).toContain("20560/20561");
      expect(f[0]!.fix).toContain("NCD 30.3.3");
    }],
    // Sixteenth round (gaps16): "DN" before a side is dry needling, and its fix says so too.
    ["'DN' before a side inside 97140", withLine("97140", "DN R UT x3 sites, then STM R UT and levator 10 min"), undefined, (f) => {
      expect(f[0]!.message).toContain("(dn)");
      expect(f[0]!.fix).toContain("20560/20561");
    }],
    ["set-up without dry needling: the fix names no needling code", withLine("97140", "Table set-up 5 min, STM R UT 10 min"), undefined, (f) => {
      expect(f[0]!.fix).not.toContain("20560");
    }],
    ["faxing inside 97530", withLine("97530", "Lift and carry 20 lb box x5; completed employer form and faxed during session")],
    // Nineteenth round (gaps19, NEGATION-CLAUSE): a negation reaches only its own line and clause, as a negated task's does.
    ["'Falls: no' on the line before the rest breaks", withLine("97110", "SLR 3x10, bridges 2x15\nFalls: no\nrest breaks x2"), undefined, (f) => {
      expect(f[0]!.message).toContain("(rest breaks)");
    }],
    ["'Pain: no,' before seated rest", withLine("97110", "Pain: no, seated rest 3 min, then SLR 3x10")],
  ],
  passes: [
    // Nineteenth round (gaps19): the counter-cases: a negation on the rest's own line and clause still negates it.
    ["'no rest breaks needed' on its own line", withLine("97110", "SLR 3x10, bridges 2x15\nno rest breaks needed")],
    ["'w/o rest breaks' after a comma", withLine("97116", "Gait 300 ft, w/o rest breaks, CGA")],
    ["dry needling on its own code, 20560", withLine("20560", "Dry needling R UT and levator x2 sites")],
    ["'DN' on its own code, 20560", withLine("20560", "DN R UT and levator x2 sites")],
    ["'HR dn to 90' inside 97530", withLine("97530", "Stairs 12 steps x2 w/ rail; HR dn to 90 after rest, then floor transfers x3 w/ CGA")],
    ["dry needling on its own code, 20561", withLine("20561", "Dry needled R UT, levator, rhomboid and infraspinatus")],
    ["dry needling deferred", withLine("97140", "No dry needling today (pt on anticoagulant); STM R UT, cervical mobs gr III")],
    ["'set-up A' is an assistance level", withLine("97535", "Grooming at sink w/ set-up A, VCs for sequencing")],
    ["'setup only'", withLine("97535", "Self-feeding w/ setup only")],
    ["'supervision/set up'", withLine("97535", "UB dressing w/ supervision/set up")],
    ["plain treatment", withLine("97110", "SLR 3x10, bridges 2x15")],
    ["rest breaks taught as energy conservation", withLine("97535", "Pt educated on energy conservation: pacing w/ seated rest breaks during shower")],
    ["'resting hand splint' is not rest time", withLine("97760", "Resting hand splint fabrication and wear schedule training")],
    ["unattended e-stim G0283 is unattended by definition (untimed: its minutes are not units)", withLine("G0283", "Unattended IFC x15 min to L knee; skin intact pre/post")],
    ["a hot pack with rest is untimed (97010)", withLine("97010", "Moist heat x10 min to L UT while resting supine")],
    ["group 97150 is untimed: rest breaks in the class do not change its one unit", withLine("97150", "Group balance class, seated rest breaks between stations")],
    // Twelfth round (helper cotreat's visits): the other patient of concurrent care is doc/one-on-one-required's finding (bill 97150), not time to leave out.
    ["another patient on a line delivered concurrent", withLine("97110", "Leg press 3x10, step ups while therapist treated another pt", { contact: "concurrent" })],
    ["another patient on a line delivered group", withLine("97110", "Circuit w/ another patient at the next station", { contact: "group" })],
    ["'Concurrent w/ another pt' with no contact", withLine("97110", "Concurrent w/ another pt: bike, leg press 3x10")],
  ],
});
