import type { Rule, RuleContext, RuleMeta, RuleReport } from "./types.js";

/**
 * What {@link createRule} takes: a rule's meta without `docs`, plus its `check`.
 *
 * @example
 * ```ts
 * const def: RuleDefinition = {
 *   id: "house/x", defaultSeverity: "info", description: "…", source: { title: "Clinic" },
 *   check: () => [],
 * };
 * ```
 */
export interface RuleDefinition extends Omit<RuleMeta, "docs"> {
  /** Reads the context and returns reports; pure, never throws, never mutates the session. */
  readonly check: (context: RuleContext) => readonly RuleReport[];
}

/**
 * The path of a rule's docs page, derived from its id: `docs/rules/<id>.md`.
 *
 * @param id - the rule id, e.g. `doc/activity-too-vague`
 * @returns the page path relative to the package root
 * @example
 * ```ts
 * ruleDocsPath("doc/activity-too-vague"); //=> "docs/rules/doc/activity-too-vague.md"
 * ```
 */
export function ruleDocsPath(id: string): string {
  return `docs/rules/${id}.md`;
}

/**
 * Builds a {@link Rule}, filling in `meta.docs` from the id (as typescript-eslint's
 * `createRule` fills in the docs URL) so no author writes a path by hand. The result is frozen.
 *
 * @param definition - id, default severity, description, source, optional notes, and `check`
 * @returns the rule
 * @example
 * ```ts
 * const rule = createRule({
 *   id: "house/plan-present", defaultSeverity: "warning",
 *   description: "The note states a plan.", source: { title: "Clinic documentation policy" },
 *   check: (ctx) => (ctx.session.note?.plan ? [] : [{ message: "The note has no plan.", path: ["note", "plan"] }]),
 * });
 * rule.meta.docs; //=> "docs/rules/house/plan-present.md"
 * ```
 * @remarks Pattern: typescript-eslint `RuleCreator` (packages/utils/src/eslint-utils/RuleCreator.ts).
 */
export function createRule(definition: RuleDefinition): Rule {
  const { check, ...rest } = definition;
  const meta: RuleMeta = Object.freeze({ ...rest, docs: ruleDocsPath(definition.id) });
  return Object.freeze({ meta, check });
}
