/**
 * Whether a value is a plain record to read fields from: an object, not `null` and not a list.
 *
 * @example
 * ```ts
 * isRecord({ code: "97110" }); //=> true
 * isRecord([]); //=> false
 * ```
 * @internal
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
