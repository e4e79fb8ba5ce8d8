// Three Medicare episodes of care as a billing system sends them, visit by visit, for a rehab
// director's audit (test/rules/poc/episode-audit.test.ts). No patient identifiers: each visit's
// `id` is the clinic's own reference ("PT-07"). All dates are 2025.
import type { PlanOfCare, ServiceLine, Session } from "../../../src/model/session.js";
import { isoPlusDays } from "../../fuzz/arbitraries.js";

/** One visit of an episode: the clinic's reference and the session sent. */
export interface Visit {
  readonly id: string;
  readonly session: Session;
}

const note = { assessment: "Gains toward G1 measured today", patientResponse: "Tolerated well, pain 2/10", plan: "Progress per plan" };

/** A visit of 2025 under a plan of care, `day` days after the start of care `soc`. */
function visit(id: string, soc: string, day: number, provider: Session["provider"], services: ServiceLine[], planOfCare: PlanOfCare): Visit {
  const timed = services.filter((s) => !/^(9716|9252|9261)/.test(s.code) && s.code !== "92507" && s.code !== "92526").reduce((n, s) => n + (s.minutes ?? 0), 0);
  return {
    id,
    session: {
      id,
      dateOfService: isoPlusDays(soc, day),
      payer: { program: "medicare" },
      provider,
      services,
      totalTimedMinutes: timed,
      note,
      therapyYearToDate: { ptSlp: 0, ot: 0 },
      planOfCare: { startOfCare: soc, goals: [{ id: "G1" }], ...planOfCare },
    },
  };
}

const line = (code: string, minutes: number, units: number, modifiers: string[], extra: Partial<ServiceLine> = {}): ServiceLine => ({
  code, minutes, units, modifiers, activity: "Graded task toward G1 with verbal and tactile cues", goalIds: ["G1"], ...extra,
});

/**
 * PT after a hip fracture: evaluation 2025-03-03 (97162), 28 visits, two a week (days 0, 3, 7, 10, …).
 * The physician signs the initial certification late, on day 41 (a delayed certification; the
 * clinic has the reason, a lost fax, on file: `delayReasonOnFile`), through day 89; the
 * recertification is signed on day 84 through day 175. The PT writes a progress report every 10th
 * treatment day; every fourth visit is the PTA's (credential PTA, CQ with GP); on visits 6 and 18
 * PT and PTA treat 97530 together for 10 of its 25 minutes and the PTA alone for 8
 * (`assistantMinutes: 8`: the minutes the PTA furnished without the PT). Visit 28 is the discharge,
 * whose summary the PT writes.
 */
export function ptEpisode(options: { delayReasonOnFile?: boolean } = {}): Visit[] {
  const soc = "2025-03-03";
  const out: Visit[] = [];
  let day = 0;
  let since = 1;
  for (let n = 1; n <= 28; n++) {
    const byPta = n % 4 === 0 && since !== 10;
    const mods = byPta ? ["GP", "CQ"] : ["GP"];
    const services =
      n === 1
        ? [line("97162", 40, 1, ["GP"]), line("97110", 15, 1, ["GP"])]
        : n === 6 || n === 18
          ? [line("97110", 15, 1, ["GP"]), line("97530", 25, 2, ["GP"], { assistantMinutes: 8 })]
          : [line("97110", 15, 1, mods), line("97116", 15, 1, mods), line("97530", 15, 1, mods)];
    const recert = day >= 84;
    const poc: PlanOfCare = {
      ...(day >= 41 ? { certifiedOn: isoPlusDays(soc, recert ? 84 : 41) } : {}),
      certifiedThrough: isoPlusDays(soc, recert ? 175 : 89),
      treatmentDaysSinceProgressReport: since,
      ...(since === 10 || n === 28 ? { progressReportAtThisVisit: true } : {}),
      // Sixteenth round: the discharge is said (dischargeAtThisVisit), its summary being the report above.
      ...(n === 28 ? { dischargeAtThisVisit: true } : {}),
      ...(options.delayReasonOnFile && day >= 41 && !recert ? { delayReasonOnFile: true } : {}),
    };
    out.push(visit(`PT-${String(n).padStart(2, "0")}`, soc, day, { discipline: "PT", credential: byPta ? "PTA" : "PT" }, services, poc));
    since = since === 10 ? 1 : since + 1;
    day += n % 2 === 1 ? 3 : 4;
  }
  return out;
}

/**
 * OT after a shoulder replacement: evaluation 2025-04-07 (97166), certified on day 2 through day
 * 89, 18 visits, two a week. On visits 5 and 6 the OT is away and a PT covers (the billing system
 * sends them as the OT plan's visits: discipline OT, credential PT, GO). Visits 4, 9 and 14 are the
 * OTA's (CO with GO); on visits 7 and 12 OT and OTA treat 97535 together for 10 of its 30 minutes and
 * the OTA alone for 12. On visit 11 a PTA of the clinic treats (credential PTA, the billing system
 * puts GO and CO). The OT writes the progress report on the 10th treatment day.
 */
export function otEpisode(): Visit[] {
  const soc = "2025-04-07";
  const out: Visit[] = [];
  let day = 0;
  let since = 1;
  for (let n = 1; n <= 18; n++) {
    const byOta = n === 4 || n === 9 || n === 14;
    const byPt = n === 5 || n === 6;
    const byPta = n === 11;
    const mods = byOta || byPta ? ["GO", "CO"] : ["GO"];
    const services =
      n === 1
        ? [line("97166", 45, 1, ["GO"]), line("97535", 15, 1, ["GO"])]
        : n === 7 || n === 12
          ? [line("97110", 15, 1, ["GO"]), line("97535", 30, 2, ["GO"], { assistantMinutes: 12 })]
          : [line("97110", 15, 1, mods), line("97535", 15, 1, mods), line("97530", 15, 1, mods)];
    const credential = byOta ? "OTA" : byPt ? "PT" : byPta ? "PTA" : "OT";
    const poc: PlanOfCare = {
      ...(day >= 2 ? { certifiedOn: isoPlusDays(soc, 2) } : {}),
      certifiedThrough: isoPlusDays(soc, 89),
      treatmentDaysSinceProgressReport: since,
      ...(since === 10 ? { progressReportAtThisVisit: true } : {}),
    };
    out.push(visit(`OT-${String(n).padStart(2, "0")}`, soc, day, { discipline: "OT", credential }, services, poc));
    since = since === 10 ? 1 : since + 1;
    day += n % 2 === 1 ? 3 : 4;
  }
  return out;
}

/**
 * SLP after a stroke: evaluation 2025-05-05 (92523 and 92610), certified on day 1 through day 89,
 * 24 visits, three a week of 92507 and 92526. The SLP writes a progress report every 10th
 * treatment day and the discharge summary at visit 24 (day 53), the goals met.
 */
export function slpEpisode(): Visit[] {
  const soc = "2025-05-05";
  const out: Visit[] = [];
  let day = 0;
  let since = 1;
  for (let n = 1; n <= 24; n++) {
    const services =
      n === 1
        ? [line("92523", 60, 1, ["GN"]), line("92610", 30, 1, ["GN"])]
        : [line("92507", 30, 1, ["GN"]), line("92526", 20, 1, ["GN"])];
    const poc: PlanOfCare = {
      ...(day >= 1 ? { certifiedOn: isoPlusDays(soc, 1) } : {}),
      certifiedThrough: isoPlusDays(soc, 89),
      treatmentDaysSinceProgressReport: since,
      ...(since === 10 || n === 24 ? { progressReportAtThisVisit: true } : {}),
      ...(n === 24 ? { dischargeAtThisVisit: true } : {}),
    };
    out.push(visit(`SLP-${String(n).padStart(2, "0")}`, soc, day, { discipline: "SLP", credential: "SLP" }, services, poc));
    since = since === 10 ? 1 : since + 1;
    day += n % 3 === 0 ? 3 : 2;
  }
  return out;
}
