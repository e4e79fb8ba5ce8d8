import { isInEffect } from "../../../../../src/catalog/catalog.js";
import { createRule } from "../create-rule.js";
import { lineReport } from "../line-report.js";
import { LINT_SOURCES } from "../sources.js";
import type { RuleReport } from "../types.js";
import type { CodeInfo } from "../../../../../src/catalog/types.js";
import { cognitiveBilled } from "../../../../../src/units/cognitive-billed.js";

/**
 * `doc/deleted-code`: a code not valid on the date of service, naming what to bill instead
 * on that date (97532 on a 2024 date → 97129/97130; in 2018–2019 → G0515; 97001–97004 →
 * 97161–97168). A code used before it existed is flagged too. Codes the catalog does not know
 * are not judged.
 *
 * @example
 * ```ts
 * deletedCode.meta.defaultSeverity; //=> "error"
 * ```
 * @remarks CPT code-set changes as adopted by CMS (CY 2017, CY 2018 and CY 2020 PFS); see the catalog's per-row sources.
 */
export const deletedCode = createRule({
  id: "doc/deleted-code",
  defaultSeverity: "error",
  description: "A code that is not valid on the date of service (deleted, or not yet in effect), with its replacement.",
  source: LINT_SOURCES.codeChanges,
  check(context) {
    const { dateOfService } = context.session;
    const out: RuleReport[] = [];
    context.session.services.forEach((line, i) => {
      const info = context.code(line.code);
      if (info === undefined || info.active) return;
      const source = info.sources[0] ?? LINT_SOURCES.codeChanges;
      if (info.effective.from !== undefined && dateOfService < info.effective.from) {
        out.push(
          lineReport(i, line.code, "code", {
            message: `${info.code} was not valid before ${info.effective.from} (date of service ${dateOfService}).`,
            fix: `Bill the code in effect on ${dateOfService}.`,
            source,
          }),
        );
        return;
      }
      const now = info.replacedBy.find((r) => isInEffect({ from: r.from, ...(r.to === undefined ? {} : { to: r.to }) }, dateOfService));
      const replacement = now ?? info.replacedBy.at(-1);
      // UNIT-SPLIT: (twelfth round) the replacement with the line's units: 97129 × 1, 97130 × the rest; one code × the units (× 1 if untimed).
      const bill = replacement === undefined ? "" : billAs(replacement.codes, line.units, context.code);
      const instead = replacement === undefined ? "" : ` On ${dateOfService} bill ${bill} instead. ${replacement.note}`;
      out.push(
        lineReport(i, line.code, "code", {
          message: `${info.code} was deleted after ${info.effective.to ?? "its last date"} and is not valid on ${dateOfService}.${instead}`,
          ...(replacement === undefined ? {} : { fix: `Bill ${bill}.` }),
          source,
        }),
      );
    });
    return out;
  },
});

// UNIT-SPLIT: (twelfth round) new helper, the same as src/rules/doc/deleted-code.ts.
/**
 * What to bill in place of a deleted code's line of `units`: the cognitive pair as 97129 × 1 and
 * 97130 × the rest (97532 × 2 in 2024: "97129 × 1, 97130 × 1", not "97129 or 97130"); one code ×
 * the units when it is timed, × 1 when not; codes to choose from (97161 or 97162 or 97163), or a
 * line without units, as the list.
 */
function billAs(codes: readonly string[], units: number | undefined, code: (c: string) => CodeInfo | undefined): string {
  const [first] = codes;
  if (first === undefined || units === undefined || !(units >= 1)) return codes.join(" or ");
  if (first === "97129") return cognitiveBilled(units);
  return codes.length === 1 ? `${first} × ${code(first)?.timed ? units : 1}` : codes.join(" or ");
}
