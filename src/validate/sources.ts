import type { Source } from "../model/source.js";

/**
 * The authorities behind the findings validateSession itself makes (bad input, a failed check).
 * They are the library's own contract, not a CMS rule, and say so.
 *
 * @example
 * ```ts
 * VALIDATE_SOURCES.sessionModel.title; //=> "therapy-claims session model"
 * ```
 */
export const VALIDATE_SOURCES = {
  sessionModel: {
    title: "therapy-claims session model",
    section: "required: dateOfService, payer.program, provider.discipline, services[].code (docs: SessionSchema)",
  },
  fhirOptions: {
    title: "therapy-claims FHIR adapter",
    section: "sessionsFromFhirClaim: an option for one visit goes to that visit only (docs/fhir.md)",
  },
  library: {
    title: "therapy-claims",
    section: "validateSession: every check runs in isolation; a check that fails is reported, not hidden",
  },
} as const satisfies Record<string, Source>;
