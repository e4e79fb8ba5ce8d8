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
 * parseSession and parseReport call this only after such a RangeError, so the object whose field
 * overflowed has failed, and zod runs no refinement of it: an object's or list's own checks are
 * not run here (no schema of the package has one below the top).
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
  const { type, innerType, shape, element } = schema._zod.def as z.core.$ZodTypeDef & {
    readonly innerType?: z.core.$ZodType;
    readonly shape?: Readonly<Record<string, z.core.$ZodType>>;
    readonly element?: z.core.$ZodType;
  };
  // z.optional and z.nullable: nothing to say about undefined (null), else what the inner schema says.
  if (innerType) return (type === "optional" && value === undefined) || (type === "nullable" && value === null) ? out : walkIssues(innerType, value, context, path, out);
  if (shape && isRecord(value)) for (const key in shape) walkIssues(shape[key]!, value[key], context, [...path, key], out);
  else if (element && Array.isArray(value)) for (let i = 0; i < value.length; i++) walkIssues(element, value[i], context, [...path, i], out);
  else for (const issue of z.safeParse(schema, value, context).error?.issues ?? []) out.push({ ...issue, path: [...path, ...issue.path] });
  return out;
}
