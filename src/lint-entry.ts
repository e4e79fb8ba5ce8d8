/**
 * The documentation linter: `therapy-claims/lint`. {@link lintDocumentation} runs the rules of
 * {@link RULES} over a session; {@link createRule} builds a clinic's or payer's own rules.
 *
 * @packageDocumentation
 */
export { lintDocumentation, type LintOptions } from "./lint.js";
export { RULES, listRules, type RuleId } from "./rules/registry.js";
export { createRule, ruleDocsPath, type RuleDefinition } from "./rules/create-rule.js";
export type { Rule, RuleContext, RuleMeta, RuleReport, RuleSetting } from "./rules/types.js";
export { LINT_SOURCES } from "./rules/sources.js";
export { analyzeText, MAX_TERMS_KEPT, type TextFacts } from "./rules/text/analyze-text.js";
export { TERMS, TERM_CATEGORIES, SPECIFIC_CATEGORIES, VAGUE_WORDS, type TermCategory } from "./rules/text/lexicon.js";
export { tokenize } from "./rules/text/tokenize.js";
// Named in the exports' signatures: an importer of this subpath alone can name them (thirteenth round).
export type { Finding, Severity } from "./model/finding.js";
export type { Session } from "./model/session.js";
export type { Source } from "./model/source.js";
export type { CodeInfo } from "./catalog/types.js";
