import type { Discipline } from "./session.js";

const OF_CREDENTIAL = { PT: "PT", PTA: "PT", OT: "OT", OTA: "OT", SLP: "SLP", SLPA: "SLP" } as const satisfies Record<string, Discipline>;

/**
 * The discipline a credential works in: a PT or PTA physical therapy, an OT or OTA occupational
 * therapy, an SLP or SLPA speech-language pathology; `undefined` for "other", none or anything
 * else (any string is safe: only the table's own keys are read).
 *
 * @example
 * ```ts
 * disciplineOfCredential("PTA"); //=> "PT"
 * disciplineOfCredential("other"); //=> undefined
 * ```
 * @internal
 */
export function disciplineOfCredential(credential: string | undefined): Discipline | undefined {
  return credential !== undefined && Object.hasOwn(OF_CREDENTIAL, credential) ? OF_CREDENTIAL[credential as keyof typeof OF_CREDENTIAL] : undefined;
}

const OF_MODIFIER = { GP: "PT", GO: "OT", GN: "SLP" } as const satisfies Record<string, Discipline>;

/**
 * The discipline whose plan of care a therapy modifier marks (Pub. 100-04 ch. 5 §20.1): GP
 * physical therapy, GO occupational therapy, GN speech-language pathology; `undefined` for any
 * other modifier. Upper case only, as the checks hold modifiers.
 *
 * @example
 * ```ts
 * disciplineOfModifier("GO"); //=> "OT"
 * disciplineOfModifier("59"); //=> undefined
 * ```
 * @internal
 */
export function disciplineOfModifier(modifier: string): Discipline | undefined {
  return Object.hasOwn(OF_MODIFIER, modifier) ? OF_MODIFIER[modifier as keyof typeof OF_MODIFIER] : undefined;
}
