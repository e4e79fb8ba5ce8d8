import { SOURCES } from "../../model/sources.js";
import { createRule } from "../create-rule.js";
import { calendarDaysBetween } from "../../model/iso-days.js";
import { isEarlyRecertification } from "./early-recertification.js";
import { MAX_CERTIFIED_DAYS } from "./certification-days.js";

/**
 * `poc/certification-expired` (Medicare): the date of service is after `certifiedThrough`, or,
 * with no `certifiedThrough`, more than 90 days after the start of care (the certified plan
 * covers at most 90 calendar days; recertification is needed at least every 90 days). A
 * `certifiedThrough` more than 90 days after the date of service is no certified period (one
 * covers at most 90 days and starts no later than the visit): an info, not trusted, except on a
 * visit within 90 days of the start of care when `certifiedOn` is after day 30 and on or before it and the period
 * ends at most 184 days after the start of care: a recertification signed before the initial
 * period ended (`isEarlyRecertification`), the visit still the initial period's. Without a
 * "certified from" date nothing more can be inferred: a `certifiedThrough` more than 90 days after
 * the start of care or `certifiedOn` may be a recertification's.
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
  notes: "The session model has no 'certified from' date; with no certifiedThrough the start of care is taken as the start of the certified period. Day 90 itself is allowed (flagged from day 91). A certifiedThrough more than 90 days after the date of service is not trusted (info: no certified period is that long); one more than 90 days after the start of care or certifiedOn may be a recertification's, so it is.",
  check(context) {
    const { session } = context;
    const poc = session.planOfCare;
    if (session.payer.program !== "medicare" || poc === undefined) return [];
    const dos = session.dateOfService;
    if (poc.certifiedThrough !== undefined) {
      const ahead = calendarDaysBetween(poc.certifiedThrough, dos);
      // A certified period covers at most 90 days and starts no later than the visit it covers, so
      // one ending more than 90 days after the visit is not a real period: it cannot be trusted.
      // EARLY-RECERT: unless it is a recertification signed before the initial period ended.
      const soc = poc.startOfCare;
      const from = (date: string | undefined) => (date === undefined || soc === undefined ? NaN : calendarDaysBetween(date, soc));
      if (ahead > MAX_CERTIFIED_DAYS && !isEarlyRecertification(from(dos), from(poc.certifiedOn), from(poc.certifiedThrough))) {
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
    const days = calendarDaysBetween(dos, poc.startOfCare);
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
