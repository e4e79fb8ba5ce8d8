import * as z from "zod/mini";
import { isRecord } from "./is-record.js";

/**
 * The issues `safeParse(schema, value, context)` gives when it fails, found field by field and
 * item by item (each leaf parsed on its own, its issues' paths prefixed), in zod's order: object
 * fields in the schema's order, list items in theirs.
 *
 * Sixteenth round: zod/mini's objects are not compiled, and zod's uncompiled object adds a field's
 * issues to its own with one `push(...issues)`, which throws a RangeError past about 120,000
 * arguments. A visit of 130,000 bad lines (or a line of 130,000 bad modifiers) then threw where
 * classic zod's compiled parser listed every issue (test/robustness/long-finding-lists.test.ts).
 * parseSession and parseReport call this only after such a RangeError. An object's own checks
 * (ReportSchema's cross-field check) run when zod would run them: when every issue of its fields
 * is a check's (a bound, a pattern, a refinement; zod goes on after those), not after a wrong type
 * or value (fuzz16: the walk skipped them, and parseReport left out "valid does not agree" beside
 * 130,000 negative minutes). A list's own checks are not run (no schema of the package has one).
 *
 * @param schema - a zod/mini schema
 * @param value - the value it failed on
 * @param context - the parse's options (`reportInput`, `error`), as the failed parse had them
 * @param path - where `value` is (for the recursion)
 * @param out - the list the issues are added to (for the recursion)
 * @returns `out`, with the issues added
 * @internal
 * @example
 * ```ts
 * walkIssues(SessionSchema, { services: [{ minutes: -1 }] }, {}).map((i) => i.path.join("."));
 * //=> ["dateOfService", "payer", "provider", "services.0.code", "services.0.minutes"]
 * ```
 */
export function walkIssues(
  schema: z.core.$ZodType,
  value: unknown,
  context: z.core.ParseContext<z.core.$ZodIssue>,
  path: readonly PropertyKey[] = [],
  out: z.core.$ZodIssue[] = [],
): z.core.$ZodIssue[] {
  const { type, innerType, shape, element, checks } = schema._zod.def as z.core.$ZodTypeDef & {
    readonly innerType?: z.core.$ZodType;
    readonly shape?: Readonly<Record<string, z.core.$ZodType>>;
    readonly element?: z.core.$ZodType;
    readonly checks?: z.core.$ZodCheck<unknown>[];
  };
  // z.optional and z.nullable: nothing to say about undefined (null), else what the inner schema says.
  if (innerType) return (type === "optional" && value === undefined) || (type === "nullable" && value === null) ? out : walkIssues(innerType, value, context, path, out);
  if (shape && isRecord(value)) {
    const start = out.length;
    for (const key in shape) walkIssues(shape[key]!, value[key], context, [...path, key], out);
    if (checks?.length && out.slice(start).every((issue) => GOES_ON.has(issue.code))) add(z.unknown().check(...checks), value, context, path, out);
  } else if (element && Array.isArray(value)) for (let i = 0; i < value.length; i++) walkIssues(element, value[i], context, [...path, i], out);
  else add(schema, value, context, path, out);
  return out;
}

/** The codes of the issues zod's checks give (it goes on after those); a wrong type or value stops an object's checks. */
const GOES_ON: ReadonlySet<string> = /* @__PURE__ */ new Set(["too_small", "too_big", "invalid_format", "not_multiple_of", "custom"]);

/** Adds the issues of `safeParse(schema, value, context)` to `out`, their paths below `path`. */
function add(schema: z.core.$ZodType, value: unknown, context: z.core.ParseContext<z.core.$ZodIssue>, path: readonly PropertyKey[], out: z.core.$ZodIssue[]): void {
  for (const issue of z.safeParse(schema, value, context).error?.issues ?? []) out.push({ ...issue, path: [...path, ...issue.path] });
}

/**
 * `safeParse(schema, value, context)`, its data or its issues, where a RangeError of zod/mini's
 * `push(...issues)` (past about 120,000 issues in one field) gives the same issues found by
 * {@link walkIssues}. Any other error is the value's own (a throwing getter or Proxy) and is thrown.
 * parseSession and parseReport read untrusted input through it.
 *
 * @param schema - a zod/mini schema
 * @param value - untrusted input
 * @param context - the parse's options (`reportInput`, `error`)
 * @returns `{ data }` when the value passes, else `{ issues }` (never empty)
 * @internal
 * @example
 * ```ts
 * safeParseOrWalk(SessionSchema, {}, {}).issues?.map((i) => i.path[0]); //=> ["dateOfService", "payer", "provider", "services"]
 * ```
 */
export function safeParseOrWalk<T>(
  schema: z.core.$ZodType<T>,
  value: unknown,
  context: z.core.ParseContext<z.core.$ZodIssue>,
): { readonly data: T; readonly issues?: undefined } | { readonly data?: undefined; readonly issues: z.core.$ZodIssue[] } {
  try {
    const result = z.safeParse(schema, value, context);
    return result.success ? { data: result.data } : { issues: result.error.issues };
  } catch (error) {
    const issues = error instanceof RangeError ? walkIssues(schema, value, context) : [];
    if (issues.length === 0) throw error;
    return { issues };
  }
}

/**
 * An issue's path as {@link InputIssue} holds it: a symbol key (zod allows them) written as text.
 *
 * @param path - a zod issue's path
 * @returns the path with symbols as strings
 * @internal
 * @example
 * ```ts
 * plainPath(["services", 0, Symbol("x")]); //=> ["services", 0, "Symbol(x)"]
 * ```
 */
export function plainPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((p) => (typeof p === "symbol" ? String(p) : p));
}
