import { SOURCES } from "../../model/sources.js";
import { lineReport } from "../line-report.js";
import { GROUP_TEXT, MAY_BE_GROUP } from "../text/lexicon.js";
import type { RuleContext, RuleReport } from "../types.js";
import { CO_TREAT_TEXT } from "./co-treatment.js";

/**
 * Activity text that says the patient was treated concurrently with another patient
 * ("Concurrent w/ another pt", "concurrent tx, 2 pts"); not "concurrently" and not a
 * co-treatment ("Co-treat w/ OT concurrently"), which is a second clinician, not a second patient.
 *
 * @param activity - the line's activity text
 * @returns whether it says so
 * @example
 * ```ts
 * saysConcurrent("Concurrent w/ another pt: bike, leg press"); //=> true
 * ```
 * @internal
 */
export function saysConcurrent(activity: string): boolean {
  return CONCURRENT.test(activity) && OTHER_PATIENT.test(activity) && !CO_TREAT_TEXT.test(activity);
}

/**
 * Whether a text says the patient was treated in a group ({@link GROUP_TEXT}), unless it says the patient was seen one-on-one
 * ("1:1", "1-on-1", "one-on-one") and names every group only as what ran nearby: "Seen 1:1 in corner of gym while group class
 * ran nearby" (eighteenth round, gaps18). A group so named has "while", "as" or "when", or a clause's start, up to two words
 * before it ("Seen 1:1. Group class running nearby", "while the busy group class ran nearby"; nineteenth round) and, up to three
 * words after it, "ran", "running", "going on", "in progress", "nearby", "next door", "adjacent" or "in the background"; any
 * other mention is the patient's own group ("15 min 1:1 ther ex, then 30 min in group class", "while in group class running
 * drills", "then joined group class"), and so is a group beside no 1:1.
 * Each pattern reads a bounded slice around a mention, and past 8 mentions the text is taken as saying group. Shared with the lint-v1 oracle copy (`NEARBY:`).
 *
 * @param text - an activity or a note's part
 * @returns whether it says the patient was treated in a group
 * @example
 * ```ts
 * saysGroup("15 min 1:1 ther ex, then 30 min in group class"); //=> true
 * saysGroup("Seen 1:1 while group class ran nearby; pushing cart 100 ft"); //=> false
 * ```
 * @internal
 */
export function saysGroup(text: string): boolean {
  if (!GROUP_TEXT.test(text)) return false;
  if (!ONE_ON_ONE.test(text)) return true;
  let mentions = 0;
  for (const m of text.matchAll(GROUP_TEXT_ALL)) {
    // A note names a group nearby once or twice; past that many mentions the text is read as saying group (bounded work).
    if (++mentions > MAX_NEARBY_MENTIONS) return true;
    const end = m.index + m[0].length;
    // A mention the text starts holds the text's start as a clause's (gaps19): "\n" stands for it.
    const before = (m.index <= 32 ? "\n" : "") + text.slice(Math.max(0, m.index - 32), m.index);
    if (OWN_GROUP.test(m[0]) || !WHILE_BEFORE.test(before) || !RAN_AFTER.test(text.slice(end, end + 48))) return true;
  }
  return false;
}

/** How many group mentions {@link saysGroup} reads as what ran nearby before it takes the text as saying group. */
const MAX_NEARBY_MENTIONS = 8;
/** Every match of {@link GROUP_TEXT} (`matchAll` copies it, so its `lastIndex` is never shared). */
const GROUP_TEXT_ALL = new RegExp(GROUP_TEXT.source, "gi");
/** "1:1", "1 : 1", "1-on-1", "1 on 1", "1on1", "one-on-one": each part at most one character long around the "1"s, so linear. */
const ONE_ON_ONE = /(?:^|[^\d:])1[^\S\n]?(?::|[-\s]?on[-\s]?)[^\S\n]?1(?![\d:])|\bone[\W_]+on[\W_]+one\b/i;
/**
 * "while", "as" or "when", or a clause's start (the text's, a line break, ".", ";", ",", "!", "?", "("), and up to two words,
 * right before a group's mention ("while the group class", "while the busy group class", "Seen 1:1. Group class", "; a group
 * class"; nineteenth round, gaps19), the first word right after the break too ("Seen 1:1\nA group class running nearby",
 * "(a group class ran nearby)": fuzz19, LINE-START). Not a word that puts the patient in the group ("then joined group class",
 * "as part of the group class"): the pattern takes no such word between.
 */
const WHILE_BEFORE = /(?:[\n\r.;,!?(\u2028\u2029]|\b(?:while|as|when)\b)(?:[\W_]*(?!(?:in|into|of|part|with|w|joined|joins|join|joining|during|then|led|leads|attended|attends|participated|participates|did|does|performed|completed)\b)[a-z\d]+){0,2}[\W_]*$/i;
/** A mention that says the patient was in the group ("in group", "with a group", "during group"): never what ran nearby (gaps19). */
const OWN_GROUP = /^(?:in|with|w|during)\b/i;
/**
 * Up to three words after a group's mention, what it did nearby ("ran nearby", "was running", "in progress next door"). The
 * mention may end inside a word (GROUP_TEXT reads "group ther" in "group therapy", "group ex" in "group exercise"): the rest of
 * that word comes first (fuzz18).
 */
const RAN_AFTER = /^[a-z\d]*(?:[\W_]+[a-z\d]+){0,3}?[\W_]+(?:ran|running|nearby|adjacent|next[\W_]+door|in[\W_]+progress|in[\W_]+(?:the[\W_]+)?background|going[\W_]+on)\b/i;

const CONCURRENT = /\bconcurrent(?!ly)/i;
const OTHER_PATIENT = /\b(?:another|other|second|2nd|\d+)[\W_]+(?:pts?|patients?)\b/i;

/**
 * `doc/one-on-one-required`'s advice on a one-on-one line with no contact whose activity says it
 * was given in a group, or concurrently with another patient (Medicare counts that as group).
 *
 * @param i - the line's index
 * @param code - its code
 * @param timed - whether the code is timed
 * @param concurrent - the text says concurrent care rather than a group
 * @returns the advice
 * @example
 * ```ts
 * groupTextAdvice(0, "97110", true, false).kind; //=> "advice"
 * ```
 * @internal
 */
export function groupTextAdvice(i: number, code: string, timed: boolean, concurrent: boolean): RuleReport {
  const group = code === "92507" ? "92508" : timed ? "97150" : undefined;
  return lineReport(i, code, "activity", {
    kind: "advice",
    message: `${code} is a one-on-one code, but its activity says the patient was treated ${concurrent ? "concurrently with another patient (Medicare counts that as group)" : "in a group"}.`,
    // A timed line may hold both: its one-on-one minutes stay on it, the group time goes to 97150.
    fix: `${group === undefined ? "Bill the group code" : `Bill ${group}`} (one unit per patient) ${timed ? `for the time two or more patients were treated at once, counting on ${code} only its one-on-one minutes; if it was all` : "if two or more patients were treated at once; if it was"} one-on-one, set the line's contact to one-on-one.`,
    source: SOURCES.mbpm15_230,
  });
}

/** The note's parts read for a group: not the plan, which speaks of visits to come ("Cont group 2x/wk"). */
const NOTE_PARTS = ["subjective", "objective", "assessment", "patientResponse", "text"] as const;

/**
 * `doc/one-on-one-required`'s advice on a note that says the patient was treated in a group ("Pt
 * participated in group exercise class") when no line says so: no group code, no line delivered
 * `group` or `concurrent`, no activity that says group or concurrent care, and at least one line
 * of a one-on-one code with a group form (a timed code, or 92507) and no contact other than
 * one-on-one. One report, at the first such part of the note.
 *
 * @param context - the rule's context
 * @param out - the reports so far; the advice is appended
 * @example
 * ```ts
 * const out: RuleReport[] = [];
 * noteSaysGroup(context, out); // 97110 x2 and "participated in group exercise class": one report
 * ```
 * @internal
 */
export function noteSaysGroup(context: RuleContext, out: RuleReport[]): void {
  const { services, note } = context.session;
  if (note === undefined) return;
  // The note first: most notes say no group, and then no line's text need be read.
  let part: (typeof NOTE_PARTS)[number] | undefined;
  for (const p of NOTE_PARTS) {
    const text = note[p];
    if (text !== undefined && MAY_BE_GROUP.test(text) && saysGroup(text)) {
      part = p;
      break;
    }
  }
  if (part === undefined) return;
  const codes: string[] = [];
  for (const line of services) {
    const info = context.code(line.code);
    const contact = line.contact;
    if (contact === "group" || contact === "concurrent" || info?.contact === "group") return;
    const a = line.activity;
    if (a !== undefined && MAY_BE_GROUP.test(a) && (saysGroup(a) || saysConcurrent(a))) return;
    if (info?.contact === "one-on-one" && (info.timed || line.code === "92507") && contact !== "supervised" && !codes.includes(line.code)) codes.push(line.code);
  }
  if (codes.length > 0) {
    out.push({
      kind: "advice",
      message: `The note's ${part} says the patient was treated in a group, but every line is billed one-on-one (${codes.join(", ")}).`,
      path: ["note", part],
      codes,
      fix: `If two or more patients were treated at once, bill ${codes.includes("92507") ? "92508" : "97150"} (one unit per patient) for that time and count on the one-on-one lines only their one-on-one minutes.`,
      source: SOURCES.mbpm15_230,
    });
  }
}
