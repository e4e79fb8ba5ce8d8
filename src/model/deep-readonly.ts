/**
 * `T` with every property and list read-only, all the way down: the session types say that the
 * library never changes what it is given, and a caller's `as const` fixture or frozen object
 * type-checks where a session is asked for.
 *
 * @example
 * ```ts
 * const lines: DeepReadonly<{ codes: string[] }> = { codes: ["97110"] } as const;
 * ```
 */
export type DeepReadonly<T> = T extends readonly (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;
