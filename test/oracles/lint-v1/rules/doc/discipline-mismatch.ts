import { SOURCES } from "../../../../../src/model/sources.js";
import { createRule } from "../create-rule.js";
import { lineReport } from "../line-report.js";
import type { RuleReport } from "../types.js";
// ARTICLE: a deliberate change (2026-11-23, fifth round): "an OT plan", "an SLP evaluation", not "a OT", "a SLP", as in src/rules/doc/discipline-mismatch.ts.
import { DISCIPLINE_WITH_ARTICLE } from "../../../../../src/model/article.js";

/** Codes the NCCI manual says SLPs do not perform and shall not report (Medicare). */
const NOT_FOR_SLP_MEDICARE: ReadonlySet<string> = new Set(["97110", "97112", "97150", "97530"]);

/**
 * `doc/discipline-mismatch`: a code the provider's discipline does not bill.
 *
 * - `error`, every program: an evaluation or re-evaluation of another discipline (a PT billing
 *   97165, an OT billing 97161, a PT or OT billing 92521–92524): these codes are
 *   discipline-specific (GP only, GO only, GN only).
 * - `error`, Medicare: an SLP billing 97110, 97112, 97150 or 97530 (NCCI Policy Manual
 *   ch. XI §H: SLPs bill 92507/92508/92526 and do not report these).
 * - `info` (advice), otherwise: the catalog does not list the discipline for the code. Scope
 *   varies by state and payer (an OT billing gait training, 97116, is allowed in many states),
 *   so this is never an alarm.
 *
 * @example
 * ```ts
 * disciplineMismatch.meta.defaultSeverity; //=> "error"
 * ```
 * @remarks NCCI Policy Manual for Medicare Services ch. XI §H; CR 10176 (Pub. 100-04 ch. 5 §10.4).
 */
export const disciplineMismatch = createRule({
  id: "doc/discipline-mismatch",
  defaultSeverity: "error",
  description: "A code the provider's discipline does not bill: another discipline's evaluation, or (Medicare) an SLP billing 97110, 97112, 97150 or 97530.",
  source: SOURCES.ncciManualXI,
  notes:
    "The NCCI manual sentence on SLPs is from the 2019 edition as quoted (ProactiveLTC); its G0515 mention was withdrawn by CMS on 31 Jan 2019 (ASHA), so cognitive codes are not flagged for SLPs. Whether SLPs may bill 97535 under Medicare is unsettled: advice only.",
  check(context) {
    const { session } = context;
    const discipline = session.provider.discipline;
    const medicare = session.payer.program === "medicare";
    const out: RuleReport[] = [];
    session.services.forEach((line, i) => {
      const info = context.code(line.code);
      if (info === undefined) return;
      const code = info.code;
      if (medicare && discipline === "SLP" && NOT_FOR_SLP_MEDICARE.has(code)) {
        out.push(
          lineReport(i, line.code, "code", {
            message: `Speech-language pathologists do not bill ${code} to Medicare.`,
            fix: code === "97150" ? "Bill SLP group treatment as 92508." : "Bill SLP treatment as 92507 (or 92526 for swallowing; 97129/97130 for cognitive intervention).",
          }),
        );
        return;
      }
      if (info.disciplines.includes(discipline)) return;
      if (info.contact === "evaluation") {
        out.push(
          lineReport(i, line.code, "code", {
            message: `${code} is an evaluation code of ${info.disciplines.join("/")}; ${DISCIPLINE_WITH_ARTICLE[discipline]} provider does not bill it.`,
            fix: `Bill the ${discipline} evaluation code.`,
            source: SOURCES.cpm5_10_4,
          }),
        );
        return;
      }
      out.push(
        lineReport(i, line.code, "code", {
          kind: "advice",
          message: `The catalog lists ${code} for ${info.disciplines.join("/")}, not ${discipline}; check your state's scope of practice and the payer's policy.`,
        }),
      );
    });
    return out;
  },
});
