/**
 * Units per timed service and the sentences that explain them.
 *
 * @internal
 */
export interface Allocation {
  /** Units of each service, in the order of the services given. */
  readonly units: readonly number[];
  readonly explanation: readonly string[];
}
