// ZOD-CLASSIC: frozen at dcc8a9a (sixteenth round, branch mini16), the schema built with classic zod
// ("zod"), before src moved to zod/mini. Never fix or optimise this copy: test/oracles/zod-mini.test.ts
// proves the live schema gives the same data and the same issues (paths and messages).
import * as z from "zod";

/**
 * zod schema of a {@link Source}: the authority a rule, a finding or a data row rests on.
 *
 * @example
 * ```ts
 * SourceSchema.parse({ title: "Medicare Claims Processing Manual", section: "ch. 5, §20.2" });
 * //=> { title: "Medicare Claims Processing Manual", section: "ch. 5, §20.2" }
 * ```
 */
export const SourceSchema = /* @__PURE__ */ z.object({
  /** Name of the document or data file, e.g. "Medicare Benefit Policy Manual (Pub. 100-02)". */
  title: /* @__PURE__ */ z.string(),
  /** Chapter and section, or the file name and quarter of a data release. */
  section: /* @__PURE__ */ z.string().optional(),
  /** Where the public text can be read. */
  url: /* @__PURE__ */ z.string().optional(),
  /** Release or version of the data (e.g. an NCCI quarter), when the source is a data file. */
  version: /* @__PURE__ */ z.string().optional(),
});

/**
 * The authority a rule or finding rests on, so an auditor can check it.
 *
 * @example
 * ```ts
 * const cpm: Source = { title: "Medicare Claims Processing Manual (Pub. 100-04)", section: "ch. 5, §20.2" };
 * ```
 */
export type Source = z.infer<typeof SourceSchema>;
