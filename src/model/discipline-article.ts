import type { Discipline } from "./session.js";

/**
 * Each discipline with the article it takes when read aloud: "an OT plan", "an SLP evaluation"
 * ("an", because the letters are spoken: "oh-tee", "ess-el-pee"), "a PT provider".
 *
 * @example
 * ```ts
 * `under ${WITH_ARTICLE.OT} plan of care`; //=> "under an OT plan of care"
 * ```
 * @internal
 */
export const WITH_ARTICLE = { PT: "a PT", OT: "an OT", SLP: "an SLP" } as const satisfies Record<Discipline, string>;
