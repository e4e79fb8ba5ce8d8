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
