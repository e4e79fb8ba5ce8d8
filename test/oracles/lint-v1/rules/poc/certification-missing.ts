import { addDays } from "date-fns/addDays";
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { format } from "date-fns/format";
import { parseISO } from "date-fns/parseISO";
import { SOURCES } from "../../../../../src/model/sources.js";
import { createRule } from "../create-rule.js";
import { LINT_SOURCES } from "../sources.js";
import type { RuleReport } from "../types.js";

/** Days after the start of care within which the initial certification is timely. */
const CERTIFY_WITHIN_DAYS = 30;
/** First date of service the 2025 certification exception applies to. */
const EXCEPTION_FROM = "2025-01-01";

/**
 * `poc/certification-missing` (Medicare): no physician/NPP certification of the plan within
 * 30 days of the start of care. For dates of service from 2025-01-01 a signed referral on
 * file (`referralOnFile`) plus the plan sent to the referring practitioner within 30 days of
 * the start of care (`planSentToReferrerOn`) also satisfies the initial certification.
 * Before day 30 an uncertified plan gets `info` advice with the due date; a certification
 * dated after day 30 is a delayed certification (allowed with a reason) and is flagged so the
 * reason is on file. Other programs: not applied.
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
    "The 30-day anchor of the 2025 exception differs between sources: APTA says the initial evaluation, Noridian JE the initial treatment; both are read here as planOfCare.startOfCare (the first day of the episode, evaluation included). The exception covers the initial certification only; recertification still needs a signature. Delayed certification is payable with a reason (§220.1.3), hence a warning.",
  check(context) {
    const { session } = context;
    const poc = session.planOfCare;
    if (session.payer.program !== "medicare" || poc === undefined) return [];
    if (poc.startOfCare === undefined) {
      return [{ kind: "no-data", message: "The plan of care has no start-of-care date, so timely certification cannot be checked.", path: ["planOfCare", "startOfCare"] }];
    }
    const start = parseISO(poc.startOfCare);
    const deadline = format(addDays(start, CERTIFY_WITHIN_DAYS), "yyyy-MM-dd");
    const dos = session.dateOfService;
    // RECERT: a certified period ending more than 92 days after the start of care (past a three-month
    // initial plan; and no more than 90 after the visit) is a recertification's, so certifiedOn is its date, not a delayed initial
    // certification; a visit past day 90 before that date, or with no date, is reported instead.
    const day = differenceInCalendarDays(parseISO(dos), start);
    if (poc.certifiedThrough !== undefined) {
      const through = differenceInCalendarDays(parseISO(poc.certifiedThrough), start);
      // EARLY-RECERT: a deliberate change (twelfth round): a period ending 93-184 days after the start of care, signed after day 30 and on or before a
      // visit within its first 90 days, is a recertification signed before the initial period ended: that visit is covered.
      if (day <= 90 && poc.certifiedOn !== undefined && differenceInCalendarDays(parseISO(poc.certifiedOn), start) > 30 && differenceInCalendarDays(parseISO(poc.certifiedOn), start) <= day && through > 92 && through <= 184) return [];
      if (through > 92 && through - day <= 90 && (day > 90 || poc.certifiedOn !== undefined)) {
        if (day <= 90) return [];
        if (poc.certifiedOn === undefined) {
          return [{
            message: `This visit is ${day} days after the start of care, past the initial certified period, but the recertification has no date (the 2025 referral exception covers only the initial certification).`,
            path: ["planOfCare", "certifiedOn"],
            fix: "Record the date the physician or NPP signed the recertification.",
          }];
        }
        if (differenceInCalendarDays(parseISO(poc.certifiedOn), start) <= day) return [];
        // REASON-ON-FILE: a deliberate change (thirteenth round): with planOfCare.delayReasonOnFile a delayed certification
        // or recertification is accepted and not reported (MBPM ch. 15 §220.1.3 D), and the delay's fix says to send that flag.
        if (poc.delayReasonOnFile === true) return [];
        return [{
          message: `This visit is ${day} days after the start of care, past the initial certified period, but the recertification was signed later (${poc.certifiedOn}): a delayed recertification needs the reason for the delay on file.`,
          path: ["planOfCare", "certifiedOn"],
          fix: "Keep the physician's or NPP's dated signature with a note explaining the delay, then send planOfCare.delayReasonOnFile: true.",
        }];
      }
    }
    const exceptionApplies = dos >= EXCEPTION_FROM;
    // SENT-BEFORE: a plan sent before the start of care is not "within 30 days" (MBPM §220.1.3:
    // "in the 30 days following the first day of treatment"); it is reported, beside the rest.
    const sentDays = poc.planSentToReferrerOn === undefined ? undefined : differenceInCalendarDays(parseISO(poc.planSentToReferrerOn), start);
    const sentInTime = sentDays !== undefined && sentDays >= 0 && sentDays <= CERTIFY_WITHIN_DAYS;
    if (exceptionApplies && poc.referralOnFile === true && sentInTime) return [];
    const sentBefore: RuleReport[] =
      exceptionApplies && poc.referralOnFile === true && sentDays !== undefined && sentDays < 0
        ? [
            {
              message: `The plan was sent to the referring practitioner ${-sentDays} ${sentDays === -1 ? "day" : "days"} before the start of care, so before the evaluation it comes from: that date cannot meet the 2025 referral exception.`,
              path: ["planOfCare", "planSentToReferrerOn"],
              fix: "Correct the date the plan was sent (on or after the start of care), or obtain the physician's or NPP's dated signature.",
              source: LINT_SOURCES.pocException2025,
            },
          ]
        : [];

    if (poc.certifiedOn !== undefined) {
      const late = differenceInCalendarDays(parseISO(poc.certifiedOn), start);
      if (late <= CERTIFY_WITHIN_DAYS) return [];
      // REASON-ON-FILE: (as above) the reason on file: only a sent-before finding is left.
      if (poc.delayReasonOnFile === true) return sentBefore;
      return [
        ...sentBefore,
        {
          message: `The plan was certified ${late} days after the start of care (more than ${CERTIFY_WITHIN_DAYS}): a delayed certification needs the reason for the delay on file.`,
          path: ["planOfCare", "certifiedOn"],
          fix: "Keep the physician's or NPP's dated signature with a note explaining the delay, then send planOfCare.delayReasonOnFile: true.",
        },
      ];
    }
    const exceptionHint = exceptionApplies
      ? " (or a signed referral on file plus the plan sent to the referring practitioner within 30 days)"
      : "";
    // DAYNUM: days, not text, so a deadline past 9999 ("10000-01-14") is not before "9999-12-20".
    if (differenceInCalendarDays(parseISO(dos), start) <= CERTIFY_WITHIN_DAYS) {
      return [
        ...sentBefore,
        {
          kind: "advice",
          message: `The plan of care is not certified yet; certification${exceptionHint} is due by ${deadline}.`,
          path: ["planOfCare", "certifiedOn"],
        },
      ];
    }
    return [
      ...sentBefore,
      {
        message: `The plan of care was not certified within ${CERTIFY_WITHIN_DAYS} days of the start of care (due ${deadline})${exceptionHint ? ", and the 2025 referral exception is not documented" : ""}.`,
        path: ["planOfCare", "certifiedOn"],
        fix: exceptionApplies
          ? "Obtain the physician's or NPP's dated signature, or record the signed referral and the date the plan was sent to the referring practitioner."
          : "Obtain the physician's or NPP's dated signature (a delayed certification needs a reason).",
        ...(exceptionApplies ? { source: LINT_SOURCES.pocException2025 } : {}),
      },
    ];
  },
});
