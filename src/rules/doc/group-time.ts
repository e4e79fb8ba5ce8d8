import { clockMinutesOrMinusOne } from "../../model/dates.js";
import type { ServiceLine } from "../../model/session.js";
import { lineReport } from "../line-report.js";
import type { RuleContext, RuleReport } from "../types.js";

/** A line's clock span `[start, end]` in minutes after midnight, or undefined without two times in order. */
function span(line: ServiceLine): readonly [number, number] | undefined {
  const start = clockMinutesOrMinusOne(line.start ?? "");
  const end = clockMinutesOrMinusOne(line.end ?? "");
  return start < 0 || end <= start ? undefined : [start, end];
}

/**
 * For `doc/one-on-one-required`: a timed one-on-one line (no `contact`, or `one-on-one`) whose
 * clock time overlaps a group's: a group code's line (97150, 92508), or a line delivered `group`
 * or `concurrent`. Minutes while the group ran are not one-on-one (Pub. 100-02 ch. 15 §230.1:
 * when two or more patients are treated in the same time period, only the group code is billed
 * for each). One report per line, naming the first such group; a line carrying an NCCI bypass
 * modifier (59, XE, XS, XP, XU) is left to `ncci/ptp-bypass-overlapping-time`, which reports the
 * same overlap for the group code's pairs.
 *
 * @param context - the rule's context
 * @param out - the reports so far; each new one is appended
 * @example
 * ```ts
 * const out: RuleReport[] = [];
 * groupTimeOverlaps(context, out); // 97110 09:15–09:30 beside 97150 09:00–09:30: one report
 * ```
 * @internal
 */
export function groupTimeOverlaps(context: RuleContext, out: RuleReport[]): void {
  const services = context.session.services;
  let groups: (readonly [index: number, start: number, end: number])[] | undefined;
  for (let i = 0; i < services.length; i++) {
    const line = services[i]!;
    const times = span(line);
    if (times !== undefined && (line.contact === "group" || line.contact === "concurrent" || context.code(line.code)?.contact === "group")) (groups ??= []).push([i, ...times]);
  }
  if (groups === undefined) return;
  for (let i = 0; i < services.length; i++) {
    const line = services[i]!;
    const info = context.code(line.code);
    if (info === undefined || !info.timed || info.contact !== "one-on-one" || (line.contact !== undefined && line.contact !== "one-on-one")) continue;
    const own = span(line);
    if (own === undefined || line.modifiers?.some((m) => /^(?:59|X[ESPU])$/i.test(m))) continue;
    for (const [g, start, end] of groups) {
      const group = services[g]!;
      const overlap = Math.min(end, own[1]) - Math.max(start, own[0]);
      if (g === i || overlap <= 0) continue;
      out.push(
        lineReport(i, line.code, "start", {
          message: `${line.code} (${line.start}–${line.end}) overlaps the ${group.code} group (${group.start}–${group.end}) by ${overlap} min: minutes while the group ran are not one-on-one.`,
          fix: `Count toward ${line.code} only its minutes outside the group's time, or correct the clock times; care given while the group ran is billed with the group code.`,
        }),
      );
      break;
    }
  }
}
