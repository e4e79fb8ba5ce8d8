// ORACLE: a frozen copy of the implementation before the issue-7 speed work (branch checksfast).
// Tests compare the fast implementation in src/ with it; do not optimise or fix it here.
// CENTS: a deliberate change (2026-11-23, sixth round): the running dollar sums are rounded to cents after each line, as in src/modifiers/kx-rules.ts ($2,409.01 + $0.01 + $0.98 was over $2,410 in doubles).
import type { Finding } from "../../../src/model/finding.js";
import type { Session } from "../../../src/model/session.js";
import { SOURCES } from "../../../src/model/sources.js";
import { KX_THRESHOLDS, kxThresholdFor, TARGETED_REVIEW_LEVEL, targetedReviewLevelFor } from "./kx-thresholds.js";
import { lineFinding, modifiersOf } from "./line-finding.js";

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
  // BIGDOLLARS: the dollars in full digits (BigInt) and the cents from the fraction, not from
  // amount * 100 (inexact past $40 trillion, "$1e+300.56" past 1e21); an overflowed sum is "more than".
  if (amount === Infinity) return `more than ${dollars(Number.MAX_VALUE)}`;
  const cents = Math.round((amount % 1) * 100);
  const rest = cents % 100;
  const grouped = String(BigInt(Math.floor(amount) + (cents === 100 ? 1 : 0))).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return rest === 0 ? `$${grouped}` : `$${grouped}.${String(rest).padStart(2, "0")}`;
}

/**
 * KX rules for a session: lines at or past the threshold of the date-of-service year without
 * KX (error); KX while clearly below it (warning); the targeted-review level reached (info,
 * once); "no data" (info) when the year-to-date amount or the year's threshold is unknown.
 *
 * Lines are accumulated in their order, so which line "crosses" depends on line order by
 * design: the line that takes the bucket past the threshold and every later line need KX.
 *
 * @internal
 */
/** The codes of the lines that carry KX, each once, sorted. */
function kxCodes(lines: Session["services"], kxLines: readonly number[]): string[] {
  return [...new Set(kxLines.map((i) => lines[i]!.code.toUpperCase()))].sort();
}

// UNBILLABLE: a deliberate change (eleventh round): `unbillable` lines (an evaluation an assistant took part in) get no modifier/kx-required; their dollars still count.
export function kxFindings(session: Session, unbillable: readonly number[]): Finding[] {
  const out: Finding[] = [];
  const bucket = session.provider.discipline === "OT" ? "ot" : "ptSlp";
  const bucketName = bucket === "ot" ? "OT" : "PT and SLP (shared)";
  const lines = session.services;
  const kxLines = lines.flatMap((line, i) => (modifiersOf(line).includes("KX") ? [i] : []));
  const ytd = session.therapyYearToDate?.[bucket];
  const year = session.dateOfService.slice(0, 4);
  const row = kxThresholdFor(session.dateOfService);
  if (row === undefined) {
    // AFTER-TABLE: a deliberate change (twelfth round): after the table's last year, a visit without KX whose lines all give
    // their allowed amount and that ends at or below the last year's amount gets no kx-no-data (the MEI update only raises it),
    // and the targeted-review level (known through 2027) is still checked.
    const last = KX_THRESHOLDS[KX_THRESHOLDS.length - 1]!;
    const end = ytd === undefined ? NaN : lines.reduce((sum, line) => toCents(sum + (line.allowedAmount ?? NaN)), ytd);
    if (kxLines.length > 0 || (ytd !== undefined && !(Number(year) > last.year && end <= last.amount))) {
      out.push({
        rule: "modifier/kx-no-data", severity: "info", path: ["dateOfService"],
        message: year < "2018"
          ? `No KX threshold applies to ${year}: before 2018 Medicare had a hard therapy cap with an exceptions process, which this check does not model.`
          : `The library has no KX threshold for ${year} yet, so the threshold cannot be checked.`,
        fix: year < "2018" ? "Check the cap and exceptions rules of that year by hand." : "Look up the year's threshold in the CMS change request and check by hand.",
        source: SOURCES.kx,
      });
    }
    if (ytd !== undefined) reviewFindings(out, session, ytd, bucketName, bucket);
    return out;
  }
  const threshold = row.amount;
  // YEAR-SOURCE: the year's row's own source (the text stating that year's amount), not the Noridian JE page for every year.
  const source = { ...(row.sources[0] ?? SOURCES.kx), version: `CY ${row.year}: ${dollars(threshold)} (confidence ${row.confidence})` };
  if (ytd === undefined) {
    if (kxLines.length > 0) {
      out.push({
        rule: "modifier/kx-no-data", severity: "info", path: ["therapyYearToDate", bucket],
        codes: kxCodes(lines, kxLines),
        message: `KX is on the claim but the patient's year-to-date ${bucketName} therapy dollars are not given, so there is no data to confirm the ${year} threshold of ${dollars(threshold)} is reached.`,
        fix: `Add therapyYearToDate.${bucket} (allowed dollars before this visit) to check KX.`,
        source,
      });
    }
    return out;
  }
  let running = ytd;
  let allKnown = true;
  // KX-JANUARY: a deliberate change (twenty-first round): on a January visit whose year-to-date dollars are already at the
  // threshold, the fix first asks whether they include last year's (therapyYearToDate counts from January 1).
  const lastYears = ytd >= threshold && session.dateOfService.slice(5, 7) === "01" ? `If ${dollars(ytd)} includes last year's dollars (therapyYearToDate counts from January 1), send this year's instead. ` : "";
  for (const [i, line] of lines.entries()) {
    const code = line.code.toUpperCase();
    const before = running;
    if (line.allowedAmount === undefined) allKnown = false;
    running = toCents(running + (line.allowedAmount ?? 0));
    const needs = before >= threshold || running > threshold;
    // NOT-COVERED: a deliberate change (twelfth round): a line with GA, GZ or GY (billed as expected to be denied or not covered) gets no modifier/kx-required; its dollars still count.
    const m = modifiersOf(line);
    if (needs && !m.includes("KX") && !m.includes("GA") && !m.includes("GZ") && !m.includes("GY") && !unbillable.includes(i)) {
      const why = before >= threshold
        ? `the patient's ${bucketName} therapy dollars are already ${dollars(before)} this year, at or above the ${year} KX threshold of ${dollars(threshold)}`
        : `this line's ${dollars(line.allowedAmount ?? 0)} takes the patient's ${bucketName} therapy dollars from ${dollars(before)} to ${dollars(running)}, past the ${year} KX threshold of ${dollars(threshold)}`;
      // ORIGINAL-MEDICARE: a deliberate change (twelfth round): the rule is named original Medicare's, and the fix says what to do for a Medicare Advantage plan.
      out.push(lineFinding("modifier/kx-required", "error", i, code,
        `${code} has no KX: ${why}. Original Medicare denies lines above the threshold without KX.`,
        `${lastYears}Add KX if the service is medically necessary and the record shows why; if it is not, do not use KX: give the patient an ABN and bill with GA. A Medicare Advantage plan has its own rules and no ABN: set the payer option kxThreshold to false if it does not ask for KX.`,
        source));
    }
  }
  const clearlyBelow = allKnown && running < threshold;
  if (clearlyBelow) {
    for (const i of kxLines) {
      const code = lines[i]!.code.toUpperCase();
      out.push(lineFinding("modifier/kx-below-threshold", "warning", i, code,
        `${code} carries KX, but the patient's ${bucketName} therapy dollars are ${dollars(running)} even after this visit, below the ${year} KX threshold of ${dollars(threshold)}.`,
        "Remove KX unless you know of other therapy this year that is not counted in therapyYearToDate.", source));
    }
  } else if (!allKnown && running <= threshold && kxLines.length > 0) {
    // About the visit, not one line: it names every KX code, sorted, so line order never changes it.
    out.push({
      rule: "modifier/kx-no-data", severity: "info", path: ["services"], codes: kxCodes(lines, kxLines),
      message: `KX is on the claim, but some lines have no allowed amount, so there is no data to confirm the ${year} KX threshold of ${dollars(threshold)} is passed (${dollars(running)} counted).`,
      fix: "Add each line's allowedAmount to check KX.", source,
    });
  }
  reviewFindings(out, session, ytd, bucketName, bucket);
  return out;
}

function reviewFindings(out: Finding[], session: Session, ytd: number, bucketName: string, bucket: string): void {
  const lines = session.services;
  const level = targetedReviewLevelFor(session.dateOfService);
  if (level !== undefined) {
    const review = { ...TARGETED_REVIEW_LEVEL.source };
    const fix = "Make sure the record shows medical necessity for every service above the threshold; a MAC may review these claims. This is a review level, not a cap.";
    if (ytd >= level) {
      out.push({
        rule: "modifier/targeted-review", severity: "info", path: ["therapyYearToDate", bucket],
        message: `The patient's ${bucketName} therapy dollars (${dollars(ytd)}) are at or above the ${dollars(level)} targeted medical review level.`,
        fix, source: review,
      });
    } else {
      let sum = ytd;
      for (const [i, line] of lines.entries()) {
        sum = toCents(sum + (line.allowedAmount ?? 0));
        if (sum >= level) {
          const code = line.code.toUpperCase();
          out.push({
            rule: "modifier/targeted-review", severity: "info", path: ["services", i, "allowedAmount"], codes: [code],
            message: `${code} takes the patient's ${bucketName} therapy dollars to ${dollars(sum)}, at or above the ${dollars(level)} targeted medical review level.`,
            fix, source: review,
          });
          break;
        }
      }
    }
  }
}
