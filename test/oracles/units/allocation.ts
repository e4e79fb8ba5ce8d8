// ORACLE: a frozen copy of the implementation before the issue-7 speed work (branch checksfast).
// Tests compare the fast implementation in src/ with it; do not optimise or fix it here.
/**
 * Units per timed service and the sentences that explain them.
 *
 * @internal
 */
export interface Allocation {
  /** Units by service key ("97129" for the cognitive pair). */
  readonly units: ReadonlyMap<string, number>;
  readonly explanation: readonly string[];
}
