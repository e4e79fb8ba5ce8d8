import type { Finding } from "../model/finding.js";
import type { ServiceLine, Session } from "../model/session.js";
import type { Source } from "../model/source.js";
import { SOURCES } from "../model/sources.js";
import { KX_THRESHOLDS, kxThresholdFor, TARGETED_REVIEW_LEVEL, targetedReviewLevelFor, type KxThresholdRow } from "./kx-thresholds.js";
import { lineFinding } from "./line-finding.js";

/**
 * A dollar sum rounded to whole cents, so that adding cents in floating point cannot land a hair
 * over or under a threshold ($2,409.01 + $0.01 + $0.98 is $2,410.0000000000005 in doubles).
 */
function toCents(amount: number): number {
  // Past about 1.8e306 dollars the cents overflow: such a sum is kept as it is.
  const cents = Math.round(amount * 100) / 100;
  return Number.isFinite(cents) ? cents : amount;
}

/**
 * Dollars as a reader writes them: `$2,330`, `$2,330.50`. No locale is read.
 *
 * @internal
 */
export function dollars(amount: number): string {
  // The dollars in full digits (BigInt), the cents from the fraction: amount * 100 is inexact
  // past $40 trillion and is written "1e+23" past 1e21. A sum that overflowed is "more than".
  if (amount === Infinity) return `more than ${dollars(Number.MAX_VALUE)}`;
  const cents = Math.round((amount % 1) * 100);
  const rest = cents % 100;
  const grouped = String(BigInt(Math.floor(amount) + (cents === 100 ? 1 : 0))).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return rest === 0 ? `$${grouped}` : `$${grouped}.${String(rest).padStart(2, "0")}`;
}

/** The codes of the lines that carry KX, each once, sorted. */
function kxCodes(codes: readonly string[], kxLines: readonly number[]): string[] {
  return [...new Set(kxLines.map((i) => codes[i] as string))].sort();
}

/**
 * Each year's source, with the year's amount as its version: built once, not per visit. The source
 * is the row's own (the text that states that year's amount), not one page for every year: the
 * Noridian JE table stops at 2024, so a 2025 finding citing it pointed an auditor at a page without
 * $2,410.
 */
const KX_SOURCES: ReadonlyMap<number, Source> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ (KX_THRESHOLDS as readonly KxThresholdRow[]).map((row) => [
    row.year,
    Object.freeze({ ...(row.sources[0] ?? SOURCES.kx), version: `CY ${row.year}: ${dollars(row.amount)} (confidence ${row.confidence})` }),
  ]),
);

/**
 * Whether a line needs no KX demand: it has KX, or it is billed as expected to be denied or not
 * covered (GA: ABN given; GZ: no ABN; GY: not a Medicare benefit). NGS: above the threshold, a
 * service no longer necessary takes an ABN and GA, not KX (KX attests it is medically necessary).
 */
function notCovered(mods: readonly string[]): boolean {
  return mods.includes("KX") || mods.includes("GA") || mods.includes("GZ") || mods.includes("GY");
}

/**
 * KX rules for a session: lines at or past the threshold of the date-of-service year without
 * KX (error); KX while clearly below it (warning); the targeted-review level reached (info,
 * once); "no data" (info) when the year-to-date amount or the year's threshold is unknown.
 * Findings go to `out`.
 *
 * Lines are accumulated in their order, so which line "crosses" depends on line order by
 * design: the line that takes the bucket past the threshold and every later line need KX.
 *
 * @param mods - each line's modifiers, upper case
 * @param codes - each line's code, upper case
 * @param unbillable - lines that cannot be billed as they stand: no KX is asked for on them (their
 *   dollars still count, as if billed)
 * @internal
 */
export function kxFindings(out: Finding[], session: Session, mods: readonly (readonly string[])[], codes: readonly string[], unbillable: readonly number[]): void {
  const bucket = session.provider.discipline === "OT" ? "ot" : "ptSlp";
  const bucketName = bucket === "ot" ? "OT" : "PT and SLP (shared)";
  const lines = session.services;
  const kxLines: number[] = [];
  for (let i = 0; i < mods.length; i++) if ((mods[i] as readonly string[]).includes("KX")) kxLines.push(i);
  const ytd = session.therapyYearToDate?.[bucket];
  const year = session.dateOfService.slice(0, 4);
  const row = kxThresholdFor(session.dateOfService);
  if (row === undefined) {
    // After the table's last year, a visit without KX that ends at or below that year's amount needs
    // no KX whatever the new amount: the yearly MEI update has only ever raised it.
    const last = KX_THRESHOLDS[KX_THRESHOLDS.length - 1] as KxThresholdRow;
    let end = ytd ?? NaN;
    for (const line of lines) end = toCents(end + (line.allowedAmount ?? NaN));
    if (kxLines.length > 0 || (ytd !== undefined && !(+year > last.year && end <= last.amount))) {
      out.push({
        rule: "modifier/kx-no-data", severity: "info", path: ["dateOfService"],
        message: year < "2018"
          ? `No KX threshold applies to ${year}: before 2018 Medicare had a hard therapy cap with an exceptions process, which this check does not model.`
          : `The library has no KX threshold for ${year} yet, so the threshold cannot be checked.`,
        fix: year < "2018" ? "Check the cap and exceptions rules of that year by hand." : "Look up the year's threshold in the CMS change request and check by hand.",
        source: SOURCES.kx,
      });
    }
  } else {
    const threshold = row.amount;
    const source = KX_SOURCES.get(row.year) ?? { ...SOURCES.kx, version: `CY ${row.year}: ${dollars(threshold)} (confidence ${row.confidence})` };
    if (ytd === undefined) {
      if (kxLines.length > 0) {
        out.push({
          rule: "modifier/kx-no-data", severity: "info", path: ["therapyYearToDate", bucket],
          codes: kxCodes(codes, kxLines),
          message: `KX is on the claim but the patient's year-to-date ${bucketName} therapy dollars are not given, so there is no data to confirm the ${year} threshold of ${dollars(threshold)} is reached.`,
          fix: `Add therapyYearToDate.${bucket} (allowed dollars before this visit) to check KX.`,
          source,
        });
      }
      return;
    }
    let running = ytd;
    let allKnown = true;
    // KX-JANUARY (twenty-first round): a January visit already at the threshold before its first line most often carries
    // last year's total (an EHR's running sum not started again on January 1). The session gives no year with the dollars,
    // so the library cannot tell: the fix says to check (docs/modifiers.md, "KX").
    const lastYears = ytd >= threshold && session.dateOfService.slice(5, 7) === "01" ? `If ${dollars(ytd)} includes last year's dollars (therapyYearToDate counts from January 1), send this year's instead. ` : "";
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as ServiceLine;
      const before = running;
      if (line.allowedAmount === undefined) allKnown = false;
      running = toCents(running + (line.allowedAmount ?? 0));
      const needs = before >= threshold || running > threshold;
      if (needs && !notCovered(mods[i] as readonly string[]) && !unbillable.includes(i)) {
        const code = codes[i] as string;
        const why = before >= threshold
          ? `the patient's ${bucketName} therapy dollars are already ${dollars(before)} this year, at or above the ${year} KX threshold of ${dollars(threshold)}`
          : `this line's ${dollars(line.allowedAmount ?? 0)} takes the patient's ${bucketName} therapy dollars from ${dollars(before)} to ${dollars(running)}, past the ${year} KX threshold of ${dollars(threshold)}`;
        out.push(lineFinding("modifier/kx-required", "error", i, code,
          `${code} has no KX: ${why}. Original Medicare denies lines above the threshold without KX.`,
          `${lastYears}Add KX if the service is medically necessary and the record shows why; if it is not, do not use KX: give the patient an ABN and bill with GA. A Medicare Advantage plan has its own rules and no ABN: set the payer option kxThreshold to false if it does not ask for KX.`,
          source));
      }
    }
    const clearlyBelow = allKnown && running < threshold;
    if (clearlyBelow) {
      for (const i of kxLines) {
        const code = codes[i] as string;
        out.push(lineFinding("modifier/kx-below-threshold", "warning", i, code,
          `${code} carries KX, but the patient's ${bucketName} therapy dollars are ${dollars(running)} even after this visit, below the ${year} KX threshold of ${dollars(threshold)}.`,
          "Remove KX unless you know of other therapy this year that is not counted in therapyYearToDate.", source));
      }
    } else if (!allKnown && running <= threshold && kxLines.length > 0) {
      // About the visit, not one line: it names every KX code, sorted, so line order never changes it.
      out.push({
        rule: "modifier/kx-no-data", severity: "info", path: ["services"], codes: kxCodes(codes, kxLines),
        message: `KX is on the claim, but some lines have no allowed amount, so there is no data to confirm the ${year} KX threshold of ${dollars(threshold)} is passed (${dollars(running)} counted).`,
        fix: "Add each line's allowedAmount to check KX.", source,
      });
    }
  }
  // The targeted-review level is known through 2027, beyond the KX table.
  if (ytd === undefined) return;
  const level = targetedReviewLevelFor(session.dateOfService);
  if (level !== undefined) {
    const fix = "Make sure the record shows medical necessity for every service above the threshold; a MAC may review these claims. This is a review level, not a cap.";
    if (ytd >= level) {
      out.push({
        rule: "modifier/targeted-review", severity: "info", path: ["therapyYearToDate", bucket],
        message: `The patient's ${bucketName} therapy dollars (${dollars(ytd)}) are at or above the ${dollars(level)} targeted medical review level.`,
        fix, source: { ...TARGETED_REVIEW_LEVEL.source },
      });
    } else {
      let sum = ytd;
      for (let i = 0; i < lines.length; i++) {
        sum = toCents(sum + ((lines[i] as ServiceLine).allowedAmount ?? 0));
        if (sum >= level) {
          const code = codes[i] as string;
          out.push({
            rule: "modifier/targeted-review", severity: "info", path: ["services", i, "allowedAmount"], codes: [code],
            message: `${code} takes the patient's ${bucketName} therapy dollars to ${dollars(sum)}, at or above the ${dollars(level)} targeted medical review level.`,
            fix, source: { ...TARGETED_REVIEW_LEVEL.source },
          });
          break;
        }
      }
    }
  }
}
