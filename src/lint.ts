import { getCode } from "./catalog/catalog.js";
import type { CodeInfo } from "./catalog/types.js";
import type { Finding, Severity } from "./model/finding.js";
import type { Session } from "./model/session.js";
import { RULES } from "./rules/registry.js";
import { LINT_SOURCES } from "./rules/sources.js";
import { analyzeText, type TextFacts } from "./rules/text/analyze-text.js";
import type { Rule, RuleContext, RuleReport, RuleSetting } from "./rules/types.js";
import { upper } from "./units/upper.js";

/**
 * Options of {@link lintDocumentation}.
 *
 * @example
 * ```ts
 * const options: LintOptions = {
 *   rules: { "doc/patient-response-missing": "off", "doc/goal-link-missing": "error" },
 *   extraRules: [myClinicRule],
 * };
 * ```
 */
export interface LintOptions {
  /**
   * Severity overrides by rule id, or `"off"`. An id that names no rule (built-in or extra)
   * is ignored and reported once as an `info` finding `lint/unknown-rule` so a typo is seen;
   * so is a value that is not a severity or `"off"`.
   */
  readonly rules?: Readonly<Record<string, RuleSetting>> | undefined;
  /**
   * A clinic's or payer's own rules, run with the built-in ones in id order. A user rule that
   * throws, returns something other than reports, or has no source to cite becomes one `error`
   * finding naming the rule; the other rules still run. An entry that is not a rule (`null`,
   * `{}`, no string `meta.id`), one whose id is taken (a built-in rule's, an earlier entry's, or
   * in a family the library's own findings use: `units/`, `input/`, `lint/`, …), or an
   * `extraRules` that is not an array, is skipped with one `error` finding
   * `lint/invalid-extra-rule` naming its place and saying why (the library never throws on
   * configuration). To replace a built-in rule, turn it `"off"` and give yours an id of its own.
   */
  readonly extraRules?: readonly Rule[] | undefined;
}

/**
 * The finding-id families a user rule may not use: those of the other checks and of the engine
 * (docs/design.md's rule-id families, and `lint/`, `internal/`). A user rule named `units/…`
 * would otherwise take over that check's `options.rules` settings in validateSession. `doc/`
 * and `poc/` are open to user rules, except for the built-in rules' own ids.
 *
 * @internal For validateSession's `isLinterRule`; not part of the public API.
 * @example
 * ```ts
 * RESERVED_FAMILY.exec("units/exceeds-time")?.[0]; //=> "units/"
 * RESERVED_FAMILY.test("house/plan-present");      //=> false
 * ```
 */
export const RESERVED_FAMILY = /^(?:input|catalog|units|ncci|mue|modifier|lint|internal)\//;

const SEVERITIES: ReadonlySet<string> = new Set(["error", "warning", "info"]);
/** The built-in rules by id, and their ids sorted: built once, not on every call. */
const BUILT_IN_RULES: ReadonlyMap<string, Rule> = new Map<string, Rule>(Object.entries(RULES));
const BUILT_IN_IDS: readonly string[] = [...BUILT_IN_RULES.keys()].sort();
const BUILT_IN_ORDER: readonly Rule[] = BUILT_IN_IDS.map((id) => BUILT_IN_RULES.get(id)!);
/** The built-in rules' default severities in that order, read once (their metas are frozen). */
const BUILT_IN_SEVERITY: readonly Severity[] = BUILT_IN_ORDER.map((rule) => rule.meta.defaultSeverity);

/** How many distinct codes or texts a context remembers in a plain list before it switches to a Map. */
const LIST_MEMO_LIMIT = 16;

/**
 * Memoises `compute` by key: a short list searched with `===` (for a few keys this is cheaper
 * than a Map, which hashes every character of a long text), then a Map past
 * {@link LIST_MEMO_LIMIT} distinct keys so a session with hundreds of lines stays linear.
 */
function memo<V>(compute: (key: string) => V): (key: string) => V {
  const keys: string[] = [];
  const values: V[] = [];
  let map: Map<string, V> | undefined;
  return (key) => {
    if (map === undefined) {
      for (let i = 0; i < keys.length; i++) if (keys[i] === key) return values[i]!;
      const value = compute(key);
      keys.push(key);
      values.push(value);
      if (keys.length > LIST_MEMO_LIMIT) map = new Map(keys.map((k, i) => [k, values[i]!]));
      return value;
    }
    if (map.has(key)) return map.get(key)!;
    const value = compute(key);
    map.set(key, value);
    return value;
  };
}

/**
 * The context the rules read: plain data from {@link analyzeText} for every rule. (Content words
 * were once counted lazily for the built-in rules; since those rules read most texts only
 * through `hasTermOf` and `MAY_BE_NONBILLABLE`, `text` runs for about one text in ten, and the
 * laziness bought nothing measurable for its 91 bytes. Since the fourteenth round
 * `doc/non-billable-time` reads its terms with `nonbillableTermsOf`, and `text` runs for fewer still.)
 */
function makeContext(session: Session): RuleContext {
  const dateOfService = session.dateOfService;
  return {
    session,
    code: memo((code) => getCode(upper(code), dateOfService)),
    text: memo(analyzeText),
  };
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.message.slice(0, 200);
  try {
    return String(error).slice(0, 200);
  } catch {
    return "unknown error";
  }
}

/** What a rule looks like, as the invalid-extra-rule messages say it. */
const SHAPE = " ({ meta: { id, … }, check })";

/** The finding for an `options.extraRules` (or its entry `i`) that was skipped, and why. */
function invalidExtraRule(why: string, i?: number): Finding {
  return {
    rule: "lint/invalid-extra-rule",
    severity: "error",
    message: `options.extraRules${i === undefined ? "" : `[${i}]`} ${why}, so it was skipped.`,
    path: i === undefined ? ["options", "extraRules"] : ["options", "extraRules", i],
    source: LINT_SOURCES.lintOptions,
  };
}

/** Whether a user rule's source can be cited: an object with a title. */
function isSource(source: unknown): source is Rule["meta"]["source"] {
  return typeof (source as { title?: unknown } | null | undefined)?.title === "string";
}

/** A rule's `meta.source` when it is one (see {@link isSource}), else undefined; never throws. */
function sourceOf(rule: Rule): Rule["meta"]["source"] | undefined {
  try {
    const source = rule.meta.source;
    return isSource(source) ? source : undefined;
  } catch {
    return undefined;
  }
}

function toFinding(rule: Rule, severity: Severity, report: RuleReport): Finding {
  const source = report.source ?? rule.meta.source;
  if (!isSource(source)) throw new TypeError("a finding has no source to cite (meta.source or the report's source, with a title)");
  const finding: Finding = {
    rule: rule.meta.id,
    severity: report.kind === "no-data" || report.kind === "advice" ? "info" : severity,
    message: report.message,
    source,
  };
  if (report.path !== undefined) finding.path = [...report.path];
  if (report.codes !== undefined) finding.codes = [...report.codes];
  if (report.fix !== undefined) finding.fix = report.fix;
  return finding;
}

/**
 * Lints a session's documentation the way a Medicare reviewer reads it: runs every rule of
 * {@link RULES} (plus `options.extraRules`) and returns their findings, rule by rule in id
 * order. Never throws on a session's data and never mutates the session; a rule that throws
 * becomes an `error` finding naming that rule. A `session` that is not an object (`null`,
 * `undefined`, a string…) is a programming error: a `TypeError` saying what was expected.
 *
 * Rules that lack the data to decide report one `info` ("no data"), never a warning; with no
 * plan of care at all only `poc/plan-of-care-missing` reports it.
 *
 * @param session - a valid {@link Session} (from `parseSession`)
 * @param options - severity overrides, rules turned off, extra rules
 * @returns the findings
 * @throws TypeError when `session` is not an object (use `validateSession` for unchecked input)
 * @example
 * ```ts
 * const findings = lintDocumentation({
 *   dateOfService: "2025-03-14", payer: { program: "medicare" }, provider: { discipline: "PT" },
 *   services: [{ code: "97530", minutes: 24, activity: "SLR 3x10, bridges 2x15, 3# ankle wts", goalIds: ["G1"] }],
 *   planOfCare: { startOfCare: "2025-03-01", certifiedOn: "2025-03-05", certifiedThrough: "2025-05-29",
 *     goals: [{ id: "G1" }], treatmentDaysSinceProgressReport: 4 },
 * });
 * findings.map((f) => f.rule);
 * //=> ["doc/97530-reads-as-exercise", "doc/patient-response-missing", "doc/skilled-need-missing"]
 * ```
 * @remarks Medicare Benefit Policy Manual (Pub. 100-02) ch. 15 §220–230; Medicare Claims Processing Manual (Pub. 100-04) ch. 5 §20.2; NCCI Policy Manual ch. XI §H. Each finding names its own source.
 */
export function lintDocumentation(session: Session, options: LintOptions = {}): Finding[] {
  // Like the other checks of a parsed session, garbage in is the caller's bug: a clear error
  // rather than "Cannot read properties of null" (validateSession is the one that never throws).
  if (typeof session !== "object" || session === null) {
    throw new TypeError(`lintDocumentation expects a session object (from parseSession), not ${session === null ? "null" : typeof session}.`);
  }
  let rules: ReadonlyMap<string, Rule> = BUILT_IN_RULES;
  let ids: readonly string[] = BUILT_IN_IDS;
  const findings: Finding[] = [];
  const extra: unknown = options.extraRules ?? [];
  if (!Array.isArray(extra)) findings.push(invalidExtraRule(`is not an array of rules${SHAPE}`));
  // Entry by entry: one that is not a rule (a getter that throws included), or whose id is taken
  // (it would take over that rule's findings and settings), is named by its place and skipped,
  // and fails none of the others.
  else
    for (let i = 0; i < extra.length; i++) {
      let id: unknown;
      let family: RegExpExecArray | null;
      try {
        id = (extra[i] as Rule).meta.id;
      } catch {
        // not a rule: reported below
      }
      if (typeof id !== "string") findings.push(invalidExtraRule(`is not a rule${SHAPE}`, i));
      else if (rules.has(id)) findings.push(invalidExtraRule(BUILT_IN_RULES.has(id) ? `has the built-in rule ${id}'s id (to replace it, turn it "off" and use an id of your own)` : "has an earlier entry's id", i));
      else if ((family = RESERVED_FAMILY.exec(id))) findings.push(invalidExtraRule(`has an id in the ${family[0]} family of the library's own findings`, i));
      else {
        if (rules === BUILT_IN_RULES) rules = new Map(BUILT_IN_RULES);
        (rules as Map<string, Rule>).set(id, extra[i] as Rule);
      }
    }
  if (rules !== BUILT_IN_RULES) ids = [...rules.keys()].sort();
  const settings = options.rules ?? undefined; // null (from JavaScript) reads as no settings, as before

  const unknown =
    settings === undefined
      ? []
      : Object.keys(settings)
          .filter((id) => !rules.has(id) || !(settings[id] === "off" || SEVERITIES.has(String(settings[id]))))
          .sort();
  if (unknown.length > 0) {
    findings.push({
      rule: "lint/unknown-rule",
      severity: "info",
      message: `options.rules names ${unknown.length === 1 ? "an entry" : "entries"} that ${unknown.length === 1 ? "is" : "are"} not a rule or not a valid setting, ignored: ${unknown.slice(0, 10).join(", ")}.`,
      path: ["options", "rules"],
      source: LINT_SOURCES.lintOptions,
    });
  }

  const context = makeContext(session);
  const ordered = rules === BUILT_IN_RULES ? BUILT_IN_ORDER : ids.map((id) => rules.get(id)!);
  for (let r = 0; r < ids.length; r++) {
    const id = ids[r]!;
    const rule = ordered[r]!;
    const setting = settings === undefined ? undefined : settings[id];
    if (setting === "off") continue;
    const kept = findings.length;
    // One try per rule: a user rule that breaks (or whose meta is a throwing getter) fails alone.
    try {
      const fallback: Severity = ordered === BUILT_IN_ORDER ? BUILT_IN_SEVERITY[r]! : SEVERITIES.has(rule.meta.defaultSeverity) ? rule.meta.defaultSeverity : "warning";
      const severity: Severity = setting !== undefined && SEVERITIES.has(setting) ? setting : fallback;
      const reports: readonly RuleReport[] = rule.check(context);
      if (!Array.isArray(reports)) throw new TypeError("check did not return an array");
      for (const r of reports) {
        if (r === null || typeof r !== "object" || typeof r.message !== "string") throw new TypeError("check returned a report without a message");
        findings.push(toFinding(rule, severity, r));
      }
    } catch (error) {
      findings.length = kept;
      findings.push({
        rule: id,
        severity: "error",
        message: `Rule ${id} failed and was skipped: ${describeError(error)}`,
        source: sourceOf(rule) ?? LINT_SOURCES.lintOptions,
      });
    }
  }
  return findings;
}
