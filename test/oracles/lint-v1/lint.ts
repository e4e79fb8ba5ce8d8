import { getCode } from "../../../src/catalog/catalog.js";
import type { CodeInfo } from "../../../src/catalog/types.js";
import type { Finding, Severity } from "../../../src/model/finding.js";
import type { Session } from "../../../src/model/session.js";
// RESERVED: the live list of reserved families (the list is written once).
import { RESERVED_FAMILY } from "../../../src/lint.js";
import { RULES } from "./rules/registry.js";
import { LINT_SOURCES } from "./rules/sources.js";
import { analyzeText, type TextFacts } from "./rules/text/analyze-text.js";
import type { Rule, RuleContext, RuleReport, RuleSetting } from "./rules/types.js";

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
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  /**
   * A clinic's or payer's own rules, run after the built-in ones are merged. A user rule whose
   * id equals a built-in rule's id replaces the built-in rule (the library never throws on
   * configuration). A user rule that throws becomes an `error` finding naming the rule. An
   * entry without a string `meta.id` cannot be named and is skipped.
   */
  readonly extraRules?: readonly Rule[];
}

const SEVERITIES: ReadonlySet<string> = new Set(["error", "warning", "info"]);
/** The built-in rules by id, and their ids sorted: built once, not on every call. */
const BUILT_IN_RULES: ReadonlyMap<string, Rule> = new Map<string, Rule>(Object.entries(RULES));
const BUILT_IN_IDS: readonly string[] = [...BUILT_IN_RULES.keys()].sort();

function makeContext(session: Session): RuleContext {
  const codes = new Map<string, CodeInfo | undefined>();
  const texts = new Map<string, TextFacts>();
  return {
    session,
    code(code) {
      const key = code.toUpperCase();
      if (!codes.has(key)) codes.set(key, getCode(key, session.dateOfService));
      return codes.get(key);
    },
    text(text) {
      let facts = texts.get(text);
      if (facts === undefined) {
        facts = analyzeText(text);
        texts.set(text, facts);
      }
      return facts;
    },
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

// ALONE: an extraRules entry that is not a rule is named by its place and skipped.
function invalidExtraRule(what: string, path: (string | number)[]): Finding {
  return {
    rule: "lint/invalid-extra-rule",
    severity: "error",
    message: `${what} ({ meta: { id, … }, check }), so it was skipped.`,
    path,
    source: LINT_SOURCES.lintOptions,
  };
}

// RESERVED: the finding for an extraRules entry whose id is taken.
function reservedId(i: number, why: string): Finding {
  return { rule: "lint/invalid-extra-rule", severity: "error", message: `options.extraRules[${i}] ${why}, so it was skipped.`, path: ["options", "extraRules", i], source: LINT_SOURCES.lintOptions };
}

// ALONE: a failing rule's finding cites its meta.source only when that is a source, never throwing.
function sourceOf(rule: Rule): Rule["meta"]["source"] | undefined {
  try {
    const source = rule.meta.source;
    return typeof source?.title === "string" ? source : undefined;
  } catch {
    return undefined;
  }
}

function toFinding(rule: Rule, severity: Severity, report: RuleReport): Finding {
  // ALONE: a finding with no source to cite fails its rule.
  const source = report.source ?? rule.meta.source;
  if (typeof source?.title !== "string") throw new TypeError("a finding has no source to cite (meta.source or the report's source, with a title)");
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
 * order. Never throws on data and never mutates the session; a rule that throws becomes an
 * `error` finding naming that rule.
 *
 * Rules that lack the data to decide report one `info` ("no data"), never a warning; with no
 * plan of care at all only `poc/plan-of-care-missing` reports it.
 *
 * @param session - a valid {@link Session} (from `parseSession`)
 * @param options - severity overrides, rules turned off, extra rules
 * @returns the findings
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
  // NOT-A-SESSION: a session that is not an object is a TypeError saying what was expected.
  if (typeof session !== "object" || session === null) {
    throw new TypeError(`lintDocumentation expects a session object (from parseSession), not ${session === null ? "null" : typeof session}.`);
  }
  let rules: ReadonlyMap<string, Rule> = BUILT_IN_RULES;
  let ids: readonly string[] = BUILT_IN_IDS;
  const findings: Finding[] = [];
  // ALONE: entry by entry; a non-array extraRules or an entry that is not a rule is one error finding.
  const extra: unknown = options.extraRules ?? [];
  if (!Array.isArray(extra)) findings.push(invalidExtraRule("options.extraRules is not an array of rules", ["options", "extraRules"]));
  else
    for (let i = 0; i < extra.length; i++) {
      let id: unknown;
      try {
        id = (extra[i] as Rule).meta.id;
      } catch {
        // not a rule
      }
      if (typeof id !== "string") findings.push(invalidExtraRule(`options.extraRules[${i}] is not a rule`, ["options", "extraRules", i]));
      // RESERVED: a built-in rule's id, an earlier entry's id, or an id in a family the library's
      // own findings use is skipped with one error saying why (it replaced the rule silently).
      else if (BUILT_IN_RULES.has(id)) findings.push(reservedId(i, `has the built-in rule ${id}'s id (to replace it, turn it "off" and use an id of your own)`));
      else if (rules.has(id)) findings.push(reservedId(i, "has an earlier entry's id"));
      else if (RESERVED_FAMILY.test(id)) findings.push(reservedId(i, `has an id in the ${id.slice(0, id.indexOf("/") + 1)} family of the library's own findings`));
      else {
        if (rules === BUILT_IN_RULES) rules = new Map(BUILT_IN_RULES);
        (rules as Map<string, Rule>).set(id, extra[i] as Rule);
      }
    }
  if (rules !== BUILT_IN_RULES) ids = [...rules.keys()].sort();
  const settings = options.rules ?? {};

  const unknown = Object.keys(settings)
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
  for (const id of ids) {
    const rule = rules.get(id)!;
    const setting = settings[id];
    if (setting === "off") continue;
    // ALONE: the meta reads and the findings' making are inside the rule's try; a failure drops its partial findings.
    const kept = findings.length;
    try {
      const fallback: Severity = SEVERITIES.has(rule.meta.defaultSeverity) ? rule.meta.defaultSeverity : "warning";
      const severity: Severity = setting !== undefined && SEVERITIES.has(setting) ? setting : fallback;
      const reports: readonly RuleReport[] = rule.check(context);
      if (!Array.isArray(reports)) throw new TypeError("check did not return an array");
      for (const r of reports) {
        if (r === null || typeof r !== "object" || typeof r.message !== "string") throw new TypeError("check returned a report without a message");
      }
      for (const report of reports) findings.push(toFinding(rule, severity, report));
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
