import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { parseISO } from "date-fns/parseISO";
import { SOURCES } from "../../../../../src/model/sources.js";
import { createRule } from "../create-rule.js";

/** Longest a certified plan may run before recertification. */
const MAX_CERTIFIED_DAYS = 90;

/**
 * `poc/certification-expired` (Medicare): the date of service is after `certifiedThrough`, or,
 * with no `certifiedThrough`, more than 90 days after the start of care (the certified plan
 * covers at most 90 calendar days; recertification is needed at least every 90 days).
 * Other programs: not applied.
 *
 * @example
 * ```ts
 * certificationExpired.meta.defaultSeverity; //=> "error"
 * ```
 * @remarks Medicare Benefit Policy Manual ch. 15 §220.1.2–220.1.3 (90-day plans, recertification).
 */
export const certificationExpired = createRule({
  id: "poc/certification-expired",
  defaultSeverity: "error",
  description: "The date of service is after the certified period (certifiedThrough), or more than 90 days after the start of care with no later certified period.",
  source: SOURCES.mbpm15_220_1,
  notes: "The session model has no 'certified from' date; with no certifiedThrough the start of care is taken as the start of the certified period. Day 90 itself is allowed (flagged from day 91).",
  check(context) {
    const { session } = context;
    const poc = session.planOfCare;
    if (session.payer.program !== "medicare" || poc === undefined) return [];
    const dos = session.dateOfService;
    // CERT-AHEAD: a deliberate change (ninth round): a certifiedThrough more than 90 days after the date of service is no certified period (at most 90 days, starting no later than the visit): info, not trusted, as in src/rules/poc/certification-expired.ts.
    if (poc.certifiedThrough !== undefined) {
      const ahead = differenceInCalendarDays(parseISO(poc.certifiedThrough), parseISO(dos));
      // A certified period covers at most 90 days and starts no later than the visit it covers, so
      // one ending more than 90 days after the visit is not a real period: it cannot be trusted.
      // EARLY-RECERT: a deliberate change (twelfth round): not on a visit within 90 days of the start of care when certifiedOn is after
      // day 30 and on or before it and the period ends 93-184 days after the start of care (a recertification signed before the initial period ended).
      const days = (date: string | undefined) => (date === undefined || poc.startOfCare === undefined ? NaN : differenceInCalendarDays(parseISO(date), parseISO(poc.startOfCare)));
      const early = days(dos) <= 90 && days(poc.certifiedOn) > 30 && days(poc.certifiedOn) <= days(dos) && days(poc.certifiedThrough) > 92 && days(poc.certifiedThrough) <= 184;
      if (ahead > MAX_CERTIFIED_DAYS && !early) {
        return [{
          kind: "no-data",
          message: `The plan is certified through ${poc.certifiedThrough}, ${ahead} days after the date of service, but a certification covers at most ${MAX_CERTIFIED_DAYS} days, so whether this visit is certified cannot be checked.`,
          path: ["planOfCare", "certifiedThrough"],
          fix: "Record the last day of the certification or recertification that covers this visit.",
        }];
      }
      if (dos <= poc.certifiedThrough) return [];
      return [
        {
          message: `The date of service ${dos} is after the certified period, which ended ${poc.certifiedThrough}.`,
          path: ["planOfCare", "certifiedThrough"],
          fix: "Obtain a recertification covering this date before billing it.",
        },
      ];
    }
    if (poc.startOfCare === undefined) {
      return [{ kind: "no-data", message: "The plan of care has neither a certified-through date nor a start of care, so its expiry cannot be checked.", path: ["planOfCare", "certifiedThrough"] }];
    }
    const days = differenceInCalendarDays(parseISO(dos), parseISO(poc.startOfCare));
    if (days <= MAX_CERTIFIED_DAYS) return [];
    return [
      {
        message: `The date of service is ${days} days after the start of care (${poc.startOfCare}); a certified plan covers at most ${MAX_CERTIFIED_DAYS} days and no recertified period is given.`,
        path: ["planOfCare", "certifiedThrough"],
        fix: "Record the recertification's certified-through date, or obtain a recertification.",
      },
    ];
  },
});
