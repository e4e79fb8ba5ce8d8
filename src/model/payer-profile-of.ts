import { PAYER_PROFILES, resolvePayerProfile, type PayerProfile, type PayerProfileOverride } from "./payer-profile.js";
import type { Payer } from "./session.js";

/**
 * `resolvePayerProfile(payer, override)` without building a new profile in the common case:
 * with no override and a payer that names neither a unit method nor a plan, the result is the
 * program's own profile, field for field, so that profile is returned as it is.
 *
 * @param payer - the session's payer
 * @param override - the caller's override, if any
 * @returns the profile the checks read (never to be changed)
 * @internal
 */
export function payerProfileOf(payer: Payer, override: PayerProfileOverride | undefined): PayerProfile {
  if (override === undefined && payer.unitMethod === undefined && payer.name === undefined && Object.hasOwn(PAYER_PROFILES, payer.program)) {
    return PAYER_PROFILES[payer.program];
  }
  return resolvePayerProfile(payer, override);
}
