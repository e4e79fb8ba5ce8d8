import { SOURCES } from "../../model/sources.js";
import { createRule } from "../create-rule.js";
import { isoDayNumber, isoFromDayNumber } from "../../model/iso-days.js";
import { LINT_SOURCES } from "../sources.js";
import type { RuleReport } from "../types.js";
import { count } from "../../units/words.js";
import { isEarlyRecertification } from "./early-recertification.js";
import { CERTIFY_WITHIN_DAYS, MAX_CERTIFIED_DAYS, THREE_MONTHS } from "./certification-days.js";

/** First date of service the 2025 certification exception applies to. */
const EXCEPTION_FROM = "2025-01-01";
/** The fix of a delayed certification or recertification. */
const DELAY_FIX = "Keep the physician's or NPP's dated signature with a note explaining the delay, then send planOfCare.delayReasonOnFile: true.";

/**
 * `poc/certification-missing` (Medicare): no physician/NPP certification of the plan within
 * 30 days of the start of care. For dates of service from 2025-01-01 a signed referral on
 * file (`referralOnFile`) plus the plan sent to the referring practitioner within 30 days of
 * the start of care (`planSentToReferrerOn`) also satisfies the initial certification; a
 * sending date before the start of care is a finding of its own (the plan did not exist yet).
 * Before day 30 an uncertified plan gets `info` advice with the due date; a certification
 * dated after day 30 is a delayed certification (allowed with a reason) and is flagged so the
 * reason is on file, unless `delayReasonOnFile` says it is (so too a delayed recertification:
 * §220.1.3 D accepts either with its reason). A `certifiedThrough` more than 92 days after the
 * start of care (past a three-month initial plan; and no more than 90 after the visit) is a recertification's, so
 * `certifiedOn` is the recertification's date and the initial 30-day timing is not applied to it;
 * a visit past day 90 before that date, or with no date at all, is a delayed (or unsigned)
 * recertification. So is a certified period ending up to 184 days after the start of care, signed
 * after day 30 and on or before a visit within the first 90 days: a recertification signed before the initial
 * period ended (`isEarlyRecertification`). Other programs: not applied.
 *
 * @example
 * ```ts
 * certificationMissing.meta.defaultSeverity; //=> "warning"
 * ```
 * @remarks Medicare Benefit Policy Manual ch. 15 §220.1.3; 42 CFR 424.24(c) as amended by the CY 2025 PFS final rule (89 FR 97912).
 */
export const certificationMissing = createRule({
  id: "poc/certification-missing",
  defaultSeverity: "warning",
  description: "No certification of the plan of care within 30 days of the start of care (Medicare), unless the 2025 referral exception is met.",
  source: SOURCES.mbpm15_220_1,
  notes:
    'MBPM ch. 15 §220.1.3: timely when "dated in the 30 days following the first day of treatment (including evaluation)"; Noridian JE (2025): the exception needs "one-time transmission of the plan of care to the referring provider within 30 days of initial treatment". Both windows are days 0–30 from planOfCare.startOfCare; a plan sent before it is a wrong date (the plan comes from that evaluation). The exception covers the initial certification only. Delayed certification is payable with a reason, hence a warning.',
  check(context) {
    const { session } = context;
    const poc = session.planOfCare;
    if (session.payer.program !== "medicare" || poc === undefined) return [];
    if (poc.startOfCare === undefined) {
      return [{ kind: "no-data", message: "The plan of care has no start-of-care date, so timely certification cannot be checked.", path: ["planOfCare", "startOfCare"] }];
    }
    const start = isoDayNumber(poc.startOfCare);
    const dos = session.dateOfService;
    const day = isoDayNumber(dos) - start;
    const signed = poc.certifiedOn;
    const dated = signed !== undefined;
    const late = dated ? isoDayNumber(signed) - start : NaN;
    // The initial plan covers at most 90 days from the first treatment (§220.1.3 B), so a certified
    // period ending past a three-month plan is a recertification's, and certifiedOn its date (one
    // ending more than 90 days after the visit is not trusted: poc/certification-expired). Past
    // day 90 no initial period covers the visit: its recertification must be dated, on or before
    // it unless delayed (§220.1.3 C, D).
    const through = poc.certifiedThrough === undefined ? NaN : isoDayNumber(poc.certifiedThrough) - start;
    // EARLY-RECERT: a recertification signed before the initial period ended (day 86, June 1 to
    // August 31) ends more than 90 days after the visits left in that period; they are covered.
    if (isEarlyRecertification(day, late, through)) return [];
    // REASON-ON-FILE: a delayed certification or recertification whose reason is documented is
    // accepted (§220.1.3 D); only a recertification with no date is still reported.
    const reason = poc.delayReasonOnFile === true;
    if (through > THREE_MONTHS && through - day <= MAX_CERTIFIED_DAYS && (day > MAX_CERTIFIED_DAYS || dated)) {
      if (day <= MAX_CERTIFIED_DAYS || late <= day || (reason && dated)) return [];
      return [
        {
          message: `This visit is ${day} days after the start of care, past the initial certified period, ${dated ? `but the recertification was signed later (${signed}): a delayed recertification needs the reason for the delay on file` : "but the recertification has no date (the 2025 referral exception covers only the initial certification)"}.`,
          path: ["planOfCare", "certifiedOn"],
          fix: dated ? DELAY_FIX : "Record the date the physician or NPP signed the recertification.",
        },
      ];
    }
    const exceptionApplies = dos >= EXCEPTION_FROM;
    // Days from the start of care to the plan's sending: "within 30 days" is days 0–30 after it
    // (a plan sent before the start of care was sent before it existed: see notes).
    const sent = exceptionApplies && poc.referralOnFile === true && poc.planSentToReferrerOn !== undefined ? isoDayNumber(poc.planSentToReferrerOn) - start : NaN;
    if (sent >= 0 && sent <= CERTIFY_WITHIN_DAYS) return [];
    if (late <= CERTIFY_WITHIN_DAYS) return [];
    const reports: RuleReport[] =
      sent < 0
        ? [
            {
              message: `The plan was sent to the referring practitioner ${count(-sent, "day")} before the start of care, so before the evaluation it comes from: that date cannot meet the 2025 referral exception.`,
              path: ["planOfCare", "planSentToReferrerOn"],
              fix: "Correct the date the plan was sent (on or after the start of care), or obtain the physician's or NPP's dated signature.",
              source: LINT_SOURCES.pocException2025,
            },
          ]
        : [];

    if (late > CERTIFY_WITHIN_DAYS) {
      if (!reason) reports.push({
        message: `The plan was certified ${late} days after the start of care (more than ${CERTIFY_WITHIN_DAYS}): a delayed certification needs the reason for the delay on file.`,
        path: ["planOfCare", "certifiedOn"],
        fix: DELAY_FIX,
      });
      return reports;
    }
    const due = start + CERTIFY_WITHIN_DAYS;
    const deadline = isoFromDayNumber(due);
    const exceptionHint = exceptionApplies
      ? " (or a signed referral on file plus the plan sent to the referring practitioner within 30 days)"
      : "";
    // Day numbers, not text: past 9999 the deadline has five digits ("10000-01-14" < "9999-12-20").
    reports.push(
      isoDayNumber(dos) <= due
        ? {
            kind: "advice",
            message: `The plan of care is not certified yet; certification${exceptionHint} is due by ${deadline}.`,
            path: ["planOfCare", "certifiedOn"],
          }
        : {
            message: `The plan of care was not certified within ${CERTIFY_WITHIN_DAYS} days of the start of care (due ${deadline})${exceptionHint ? ", and the 2025 referral exception is not documented" : ""}.`,
            path: ["planOfCare", "certifiedOn"],
            fix: exceptionApplies
              ? "Obtain the physician's or NPP's dated signature, or record the signed referral and the date the plan was sent to the referring practitioner."
              : "Obtain the physician's or NPP's dated signature (a delayed certification needs a reason).",
            ...(exceptionApplies ? { source: LINT_SOURCES.pocException2025 } : {}),
          },
    );
    return reports;
  },
});
