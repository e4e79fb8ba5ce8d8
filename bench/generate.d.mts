/** Types for bench/generate.mjs, so that tests written in TypeScript can import it. */

/** mulberry32: a seeded PRNG returning floats in [0, 1). */
export declare function mulberry32(seed: number): () => number;

/**
 * Generates `count` realistic, JSON-safe therapy sessions from `seed` (default 1). Same seed,
 * same sessions. Every session is valid input for `parseSession`; about one in eight carries a
 * billing error (extra unit, missing discipline modifier, line under 8 minutes, mistyped total,
 * vague activity text).
 */
export declare function generateSessions(count: number, seed?: number): Record<string, unknown>[];
