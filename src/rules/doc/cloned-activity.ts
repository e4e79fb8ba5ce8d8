import { createRule } from "../create-rule.js";
import { isBlank, lineReport } from "../line-report.js";
import { textHas } from "../note-texts.js";
import { shortQuote } from "../short-quote.js";
import { LINT_SOURCES } from "../sources.js";
import { NAMES_MORE_THAN_DOSE } from "../text/analyze-text.js";
import { fewWordsBesideDoses, refusedOnly, saysEnough, uncheckedOnly } from "./activity-too-vague.js";
import type { RuleContext, RuleReport } from "../types.js";
import { upper } from "../../units/upper.js";

/** Whether UTF-16 code `c` is white space as `\s` reads it. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Whether two texts are the same once white space is left out and ASCII letters are read in one case. Stops at the first
 * difference, so two different activities (nearly every pair) cost a few characters; equal texts (a copy pasted whole, or
 * one string on both lines) are told by the engine's own comparison, not character by character (speed23: a quarter of the
 * slowest adversarial note's lint time).
 */
export function sameText(a: string, b: string): boolean {
  if (a === b) return true;
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && isSpace(a.charCodeAt(i))) i++;
    while (j < b.length && isSpace(b.charCodeAt(j))) j++;
    if (i === a.length || j === b.length) return i === a.length && j === b.length;
    let x = a.charCodeAt(i++);
    let y = b.charCodeAt(j++);
    if (x >= 65 && x <= 90) x += 32;
    if (y >= 65 && y <= 90) y += 32;
    if (x !== y) return false;
  }
}

/** The text as {@link sameText} compares it: white space left out, ASCII letters in lower case (for a visit of many lines). */
const keyOf = (text: string): string => text.replace(/\s+/g, "").replace(/[A-Z]+/g, (m) => m.toLowerCase());

/** A line's code as the checks read it: trimmed, in upper case. */
const codeOf = (code: string): string => upper(code).trim();

/**
 * The service a code (as {@link codeOf} reads it) bills: an add-on code's primary code (97130 is 97129's further minutes, 97546
 * 97545's further hour, 97598 97597's further area), else the code. Lines of one service carry one text naturally (fuzz20:
 * 97129 + 97130 with the same cognitive treatment text were warned as cloned).
 */
const serviceOf = (context: RuleContext, code: string): string => context.code(code)?.addOnTo ?? code;

/** Past this many lines the texts are grouped by {@link keyOf} instead of compared in pairs. */
const PAIRS = 16;

/**
 * `doc/cloned-activity`: two or more lines of different codes in one visit carry the same activity text (white space and
 * letter case aside). Text copied from one line to another names the same work under two codes, so it shows neither service
 * apart: a reviewer cannot tell which minutes were the exercise and which the functional task. Each such line gets a finding
 * at its path naming the other line's code (the first in sort order, so line order changes nothing) and a short phrase. Lines of one code (a service split in two blocks),
 * of an add-on code and its primary code (97129 and 97130: one service, its further minutes on their own line; fuzz20) and text
 * that names no specific work or only a treatment refused, deferred or unticked (`doc/activity-too-vague`'s) are not read.
 *
 * @example
 * ```ts
 * clonedActivity.meta.defaultSeverity; //=> "warning"
 * ```
 * @remarks Pub. 100-02 ch. 15 §220.3 E (each intervention identified); MAC guidance on cloned documentation (NGS, First Coast, Palmetto GBA).
 */
export const clonedActivity = createRule({
  id: "doc/cloned-activity",
  defaultSeverity: "warning",
  description: "Lines of different codes carry the same activity text; copied text shows neither service apart.",
  source: LINT_SOURCES.clonedText,
  notes:
    "MBPM ch. 15 §220.3 E; MACs (NGS, First Coast, Palmetto GBA) deny cloned text for lack of individual information. Reads one visit: text alike across visits is not seen. Copied text of 3+ words counts without a lexicon term.",
  check(context) {
    const out: RuleReport[] = [];
    const services = context.session.services;
    const n = services.length;
    if (n < 2) return out;
    // For each line, the first code (in sort order) of the other codes whose lines carry its text, so that the message does
    // not depend on line order; made at the first such pair (most visits have none, and pay for no list).
    let twin: (string | undefined)[] | undefined;
    const take = (j: number, code: string): void => {
      twin ??= Array<string | undefined>(n);
      if (twin[j] === undefined || code < twin[j]!) twin[j] = code;
    };
    if (n <= PAIRS) {
      // Each pair once, the texts first: two different activities differ within a few characters.
      for (let j = 0; j < n; j++) {
        const a = services[j]!.activity;
        if (isBlank(a)) continue;
        for (let i = j + 1; i < n; i++) {
          const b = services[i]!.activity;
          if (b === undefined || !sameText(a!, b) || isBlank(b)) continue;
          const codeI = codeOf(services[i]!.code);
          const codeJ = codeOf(services[j]!.code);
          if (codeI === codeJ || serviceOf(context, codeI) === serviceOf(context, codeJ)) continue;
          take(j, codeI);
          take(i, codeJ);
        }
      }
    } else {
      // By text: the codes of its lines.
      const groups = new Map<string, Set<string>>();
      for (let j = 0; j < n; j++) {
        const a = services[j]!.activity;
        if (isBlank(a)) continue;
        const key = keyOf(a!);
        const codes = groups.get(key);
        if (codes === undefined) groups.set(key, new Set([codeOf(services[j]!.code)]));
        else codes.add(codeOf(services[j]!.code));
      }
      for (let j = 0; j < n; j++) {
        const a = services[j]!.activity;
        if (isBlank(a)) continue;
        const own = codeOf(services[j]!.code);
        for (const code of groups.get(keyOf(a!))!) if (code !== own && serviceOf(context, code) !== serviceOf(context, own)) take(j, code);
      }
    }
    if (twin === undefined) return out;
    for (let j = 0; j < n; j++) {
      const other = twin[j];
      // Text that names nothing beyond a dose in too few words is doc/activity-too-vague's (one problem, one finding); so is text
      // whose only treatment was refused, deferred or left unchecked, on a line that rule reads (a catalog code, not an evaluation;
      // fuzz20). Text of enough words that names no lexicon term ("Resting hand orthosis fit and adjusted, MCPs 60 deg flex") is
      // not vague there, so it is cloned here (gaps21, CLONED-WORDS: such text on two codes got neither finding).
      if (other === undefined) continue;
      const line = services[j]!;
      const names = textHas(context, line.activity!, NAMES_MORE_THAN_DOSE);
      if (!names && !saysEnough(context.text(line.activity!), line.activity!)) continue;
      const info = context.code(line.code);
      // So is a count or dose with fewer than two words besides it ("3x10 Resting x1": gaps22's DOSE-ONLY; fuzz22, DOSE-CLONED).
      if (info !== undefined && info.contact !== "evaluation" && (refusedOnly(line.activity!, context.text) || uncheckedOnly(line.activity!, context.text) || (!names && fewWordsBesideDoses(context.text(line.activity!), line.activity!)))) continue;
      out.push(
        lineReport(j, line.code, "activity", {
          message: `${line.code}'s activity text is the same as the ${other} line's: "${shortQuote(line.activity!.trim())}". Copied text shows neither service apart.`,
          fix: `Describe on each line what was done under that code (for ${line.code} and for ${other}), with its own minutes.`,
        }),
      );
    }
    return out;
  },
});
