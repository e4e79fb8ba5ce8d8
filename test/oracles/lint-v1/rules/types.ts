import type { CodeInfo } from "../../../../src/catalog/types.js";
import type { Severity } from "../../../../src/model/finding.js";
import type { Session } from "../../../../src/model/session.js";
import type { Source } from "../../../../src/model/source.js";
import type { TextFacts } from "./text/analyze-text.js";

/**
 * What a rule knows about itself: its id, how serious its findings are by default, what it
 * checks, the authority it rests on and the path of its docs page.
 *
 * @example
 * ```ts
 * const meta: RuleMeta = {
 *   id: "doc/activity-missing", defaultSeverity: "error",
 *   description: "A service line has no activity text.",
 *   source: SOURCES.mbpm15_220_3_e, docs: "docs/rules/doc/activity-missing.md",
 * };
 * ```
 */
export interface RuleMeta {
  /** Stable, namespaced id: `doc/…` (the note and the lines' text) or `poc/…` (plan of care). */
  readonly id: string;
  /** Severity of the rule's findings unless `options.rules` says otherwise. */
  readonly defaultSeverity: Severity;
  /** One plain-English sentence: what the rule flags. */
  readonly description: string;
  /** The authority the rule rests on (manual, chapter, section, URL). */
  readonly source: Source;
  /** Path of the rule's page, `docs/rules/<id>.md`, relative to the package root. */
  readonly docs: string;
  /** Where sources disagree, or how sure we are. */
  readonly notes?: string;
}

/**
 * What a rule returns for each problem it sees. The engine turns a report into a
 * {@link Finding} by adding the rule id, the severity and (unless the report names its own)
 * the rule's source.
 *
 * `kind` decides the severity: `"finding"` (the default) takes the configured severity;
 * `"no-data"` (the rule lacks the data to decide) and `"advice"` are always `info`.
 *
 * @example
 * ```ts
 * const r: RuleReport = {
 *   message: "97530 has no activity text.", path: ["services", 0, "activity"], codes: ["97530"],
 * };
 * ```
 */
export interface RuleReport {
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly codes?: readonly string[];
  readonly fix?: string;
  /** Overrides the rule's own source for this report. */
  readonly source?: Source;
  readonly kind?: "finding" | "no-data" | "advice";
}

/**
 * Everything a rule's `check` receives: the session and memoised helpers, so that every
 * text is tokenised once per lint run however many rules read it.
 *
 * @example
 * ```ts
 * const check = (context: RuleContext) =>
 *   context.session.services.length === 0 ? [{ message: "No service lines." }] : [];
 * ```
 */
export interface RuleContext {
  /** The session being linted. Never mutate it. */
  readonly session: Session;
  /** The catalog entry of a code on the session's date of service (memoised). */
  readonly code: (code: string) => CodeInfo | undefined;
  /** The words, phrases and patterns found in a text (memoised: one pass per text). */
  readonly text: (text: string) => TextFacts;
}

/**
 * A documentation rule, in the manner of an ESLint rule: `meta` plus a pure `check`.
 * `check` returns reports, never throws and never mutates the session. A rule from
 * `options.extraRules` that throws anyway becomes an `error` finding naming the rule.
 *
 * @example
 * ```ts
 * const rule: Rule = createRule({
 *   id: "house/no-empty-plan", defaultSeverity: "warning",
 *   description: "The note has no plan.", source: { title: "Clinic policy" },
 *   check: (ctx) => (ctx.session.note?.plan ? [] : [{ message: "No plan.", path: ["note", "plan"] }]),
 * });
 * ```
 */
export interface Rule {
  /** The rule's id, default severity, description, source and docs page. */
  readonly meta: RuleMeta;
  /** Reads the context and returns reports; pure, never throws, never mutates the session. */
  readonly check: (context: RuleContext) => readonly RuleReport[];
}

/**
 * A severity for `options.rules`, or `"off"` to turn the rule off.
 *
 * @example
 * ```ts
 * const s: RuleSetting = "off";
 * ```
 */
export type RuleSetting = Severity | "off";
