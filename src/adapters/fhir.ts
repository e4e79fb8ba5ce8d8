/**
 * FHIR R4 adapter: `therapy-claims/fhir`. A FHIR `Claim` becomes session-shaped input for
 * validateSession; a report becomes an `OperationOutcome`.
 *
 * The public types are declared here, structurally (checked against `@types/fhir` 0.0.41's
 * `fhir/r4` in the tests), so consumers install nothing extra.
 *
 * @packageDocumentation
 */
import type { Claim, ClaimCareTeam, ClaimItem, CodeableConcept } from "fhir/r4";
import { credentialOfWords } from "../model/credential-words.js";
import type { Finding } from "../model/finding.js";
import type { Discipline, Session } from "../model/session.js";
import type { Report } from "../validate/report.js";

// The library's types this module's signatures are written with: an importer of
// `therapy-claims/fhir` alone can name them (`toOperationOutcome(report: Report, …)`).
export type { Discipline, Finding, Report, Session };
import { disciplineOfCredential, disciplineOfModifier } from "../model/credential-discipline.js";
import { pushAll } from "../model/push-all.js";
import { notAppliedWords } from "../validate/not-applied-words.js";

/**
 * CPT's code system URI (FHIR R4 terminology: https://hl7.org/fhir/R4/valueset-cpt-all.html) and
 * its OID (2.16.840.1.113883.6.12), which systems also send; HCPCS Level II: the canonical URI of
 * HL7 Terminology's CodeSystem hcpcs-Level-II, its OID, and the https and THO spellings; and
 * HCPCS's OID before 2021 (2.16.840.1.113883.6.14, THO NamingSystem HCPCS-all-codes, retired
 * 2021-02-23), which systems built earlier still send (twenty-third round).
 */
const CODE_SYSTEMS = new Set([
  "http://www.ama-assn.org/go/cpt",
  "urn:oid:2.16.840.1.113883.6.12",
  "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
  "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
  "urn:oid:2.16.840.1.113883.6.285",
  "urn:oid:2.16.840.1.113883.6.14",
  "http://terminology.hl7.org/CodeSystem/hcpcs-Level-II",
]);

type Credential = NonNullable<Session["provider"]["credential"]>;

/**
 * What a Claim does not carry, shaped like the session's own fields; copied into every
 * session made from the claim (the claim's own data wins for dates, codes and credential),
 * except what describes one visit on a claim of several: the note, its totals and the plan of
 * care's per-visit fields go to the claim's last date, the year-to-date dollars to its first.
 *
 * @example
 * ```ts
 * const options: FhirClaimOptions = { payer: { program: "medicare" }, provider: { discipline: "PT" } };
 * ```
 */
export interface FhirClaimOptions {
  /**
   * Your reference for the sessions: as it is when the claim makes one session, with each
   * session's date (`enc-9/2025-03-14`) when it makes several; default: the Claim's `id` and the date.
   */
  readonly id?: string | undefined;
  /** The payer of every session: a Claim names no program (`insurance` only references a Coverage); without it each report says the payer is missing. */
  readonly payer?: Session["payer"] | undefined;
  /** Discipline and credential when the claim's care team does not say. */
  readonly provider?: Partial<Session["provider"]> | undefined;
  /**
   * The note's total timed minutes: one visit's, the claim's last date of service. A claim of
   * several visits gives it to the session of its last date only (the 14th's units are not checked
   * against the 17th's minutes); the others get none, so their timed lines get
   * `units/missing-minutes` (as on a claim of one visit without it) rather than a check against
   * another visit's minutes. When that last date is not one session (a PT's and an OT's items on
   * it, two notes; a date not written `YYYY-MM-DD`), no session gets it.
   */
  readonly totalTimedMinutes?: number | undefined;
  /** The note's total treatment minutes: the claim's last date's, as `totalTimedMinutes`. */
  readonly totalTreatmentMinutes?: number | undefined;
  /** The treatment note (a Claim carries none), for the documentation rules: the claim's last date's, as `totalTimedMinutes`. */
  readonly note?: Session["note"] | undefined;
  /**
   * The plan of care (a Claim carries none), copied into every session, for the `poc/` rules and
   * goal links. Its per-visit fields (`progressReportAtThisVisit`, `dischargeAtThisVisit`,
   * `treatmentDaysSinceProgressReport`) describe one visit: the claim's last date of service. A
   * claim of several visits gives them to the session of its last date only (a discharge on the
   * 17th does not make the 14th a discharge visit too); every other session gets the plan without
   * them (no plan when nothing else is left). When that last date is not one session (a PT's and an
   * OT's items on it, or a date not written `YYYY-MM-DD` on the claim), no session gets them: send
   * the visit as a claim of its own, or set them on the session yourself.
   */
  readonly planOfCare?: Session["planOfCare"] | undefined;
  /**
   * The patient's allowed therapy dollars this year before the claim, for the KX threshold check:
   * right for the claim's first visit only (a later one's dollars include the earlier visits', which a
   * Claim does not give as allowed amounts). A claim of several visits gives it to the first session
   * of each KX bucket (PT and SLP share one, OT has its own) and to no other: a later visit with KX
   * gets `modifier/kx-no-data` rather than a check against a figure that is too low. When that first
   * visit is not known (a PT's and an SLP's items on the first date; an earlier session of no
   * discipline, which may be of either bucket; a date not written `YYYY-MM-DD`), none gets it:
   * send each visit on its own with its own year-to-date dollars.
   */
  readonly therapyYearToDate?: Session["therapyYearToDate"] | undefined;
  /**
   * The Bundle the Claim came from ({@link FhirBundleClaim}'s `bundle`): a care-team member's `provider` that
   * references another of its entries (`Practitioner/x`, the entry's type and id; `urn:uuid:…` or a URL, its
   * `fullUrl`) gives that Practitioner's or PractitionerRole's credential, as a `#id` in `contained` does. Only
   * the entries of this Bundle are read: nothing is fetched. Not copied into the sessions.
   */
  readonly bundle?: unknown;
}

/**
 * Where a session's parts sit in the Claim it was made from, as FHIRPath, for
 * {@link toOperationOutcome}: `items[i]` is the index in `Claim.item` of `services[i]`.
 *
 * @example
 * ```ts
 * const paths: FhirClaimPaths = { items: [2], dateOfService: ["Claim.item[2].servicedDate"], provider: ["Claim.careTeam[1]"] };
 * ```
 */
export interface FhirClaimPaths {
  readonly items: readonly number[];
  readonly dateOfService: readonly string[];
  readonly provider: readonly string[];
  /** Elements of the items that the Claim lacks (`Claim.item[0].quantity`): a finding about one points at its item. */
  readonly absent?: readonly string[];
}

/**
 * A session made from a Claim: untrusted, session-shaped data. Pass it to validateSession,
 * which reports whatever is missing (a payer the claim does not name, for instance).
 *
 * @example
 * ```ts
 * const candidate: FhirSessionCandidate = { dateOfService: "2025-03-14", services: [{ code: "97110", units: 2 }] };
 * ```
 */
export interface FhirSessionCandidate {
  readonly id?: string;
  readonly dateOfService?: string;
  readonly payer?: unknown;
  /** `credential` is text when members sharing a `careTeam.sequence` an item names make it unknown (`PT/PTA`), for validateSession to report. */
  readonly provider?: { readonly discipline?: Discipline; readonly credential?: NonNullable<Session["provider"]["credential"]> | (string & {}) };
  /**
   * `units` is the item's `quantity.value` as sent (a number in valid FHIR; validateSession
   * reports anything else); `minutes` instead when the quantity is a duration (UCUM `min`, `h`);
   * `assistantMinutes` (all of them) on an item in minutes a PTA or OTA furnished on a date
   * whose session is the therapist's; `coTreated: true` on an item two or more clinicians
   * furnished (its `careTeamSequence` names them, none only as `supervisor`).
   */
  readonly services: readonly { readonly code: string; readonly units?: unknown; readonly minutes?: unknown; readonly modifiers?: readonly string[]; readonly assistantMinutes?: number; readonly coTreated?: true }[];
  /** Where the parts came from in the Claim (validateSession ignores it; pass the session to toOperationOutcome). */
  readonly claimPaths?: FhirClaimPaths;
  /**
   * The options given for one visit that this session did not get, and why, on a claim of several
   * sessions (none on a claim of one): validateSession reports each as `input/option-not-applied`.
   */
  readonly notApplied?: readonly FhirOptionNotApplied[];
  readonly [field: string]: unknown;
}

/**
 * Options of {@link sessionsFromFhirClaim} that describe one visit and that a session of a claim
 * of several did not get, with why, for validateSession's `input/option-not-applied` finding.
 * `reason`: `last-visit`, they describe the claim's last visit and went to its session, on `date`;
 * `first-visit`, the year-to-date dollars are "before the claim" and went to the first visit of
 * this session's KX bucket, on `date`; `shared-date`, the claim's last (for the dollars: first)
 * date, `date`, has two sessions (`disciplines`), so no session got them; `unknown-date`, a date
 * on the claim, `date` (`""`: an item without one), is not written `YYYY-MM-DD`, so which visit
 * is last or first is not known and no session got them; `unknown-bucket`, the bucket's first
 * visit, on `date`, names no discipline, so it may be of either bucket and no session of this
 * bucket got the dollars. `message` and `fix` are the finding's words.
 *
 * @example
 * ```ts
 * const withheld: FhirOptionNotApplied = { options: ["note"], reason: "shared-date", date: "2025-03-17", disciplines: ["OT", "PT"],
 *   message: "The options' note was not used for this visit or any other of the claim: …", fix: "Send each visit as a claim of its own…" };
 * ```
 */
export interface FhirOptionNotApplied {
  /** The options, as named in {@link FhirClaimOptions}: `note`, `totalTimedMinutes`, `totalTreatmentMinutes`, `therapyYearToDate`, `planOfCare.progressReportAtThisVisit`, `planOfCare.dischargeAtThisVisit`, `planOfCare.treatmentDaysSinceProgressReport`. */
  readonly options: readonly string[];
  readonly reason: "last-visit" | "first-visit" | "shared-date" | "unknown-date" | "unknown-bucket";
  readonly date: string;
  /** With `shared-date`: the disciplines of the sessions on that date, sorted. */
  readonly disciplines?: readonly Discipline[];
  /** The finding's message, in plain words: which options were not used for this visit, and why. */
  readonly message: string;
  /** What to do to have this visit checked with them. */
  readonly fix: string;
}

/**
 * One `OperationOutcome.issue` (FHIR R4), as {@link toOperationOutcome} makes it.
 *
 * @example
 * ```ts
 * const issue: FhirOperationOutcomeIssue = { severity: "warning", code: "business-rule",
 *   details: { text: "97530 needs GP" }, expression: ["Claim.item[0].modifier"] };
 * ```
 */
export interface FhirOperationOutcomeIssue {
  readonly severity: "fatal" | "error" | "warning" | "information";
  /** FHIR IssueType: `invalid` (bad input), `business-rule` (a billing rule), `exception` (a check failed), `informational`. */
  readonly code: "invalid" | "business-rule" | "exception" | "informational";
  readonly details?: { readonly text: string; readonly coding?: { readonly system: string; readonly code: string }[] };
  /** The rule id, the session path it is about and its source. */
  readonly diagnostics?: string;
  /** FHIRPath into the Claim the session was made from, e.g. `Claim.item[2].quantity`. */
  readonly expression?: string[];
}

/**
 * A FHIR R4 `OperationOutcome`, as {@link toOperationOutcome} makes it.
 *
 * @example
 * ```ts
 * const outcome: FhirOperationOutcome = { resourceType: "OperationOutcome", issue: [] };
 * ```
 */
export interface FhirOperationOutcome {
  readonly resourceType: "OperationOutcome";
  readonly issue: FhirOperationOutcomeIssue[];
}

/** The system of the rule ids in `details.coding`. */
const RULE_SYSTEM = "https://github.com/therapy-claims/therapy-claims/rules";

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function codingsOf(concept: unknown): { system?: unknown; code?: unknown; display?: unknown }[] {
  if (!isObject(concept)) return [];
  return arrayOf((concept as CodeableConcept).coding).filter(isObject);
}

/**
 * The one code a CodeableConcept stands for (a procedure or a modifier): its CPT or HCPCS
 * coding's, else its first coding with a code, else its `text`; a bare string (invalid FHIR) is
 * taken as the code. Several codings of one concept are the same concept in other systems
 * (R4 CodeableConcept), never several codes.
 */
function codeOf(concept: unknown): string | undefined {
  const codings = codingsOf(concept).filter((c) => typeof c.code === "string");
  const chosen = codings.find((c) => typeof c.system === "string" && CODE_SYSTEMS.has(c.system)) ?? codings[0];
  const code = chosen?.code ?? (isObject(concept) ? concept.text : concept);
  return typeof code === "string" ? code.trim() : undefined;
}

/**
 * A FHIR date or dateTime as a date of service: its `YYYY-MM-DD` part. Anything else that was
 * sent (`"03/14/2025"`, a number) is kept as text, so validateSession reports it instead of a
 * fallback date standing in for it.
 */
function dateOf(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === "string" ? value.trim() : JSON.stringify(value);
  return /^\d{4}-\d{2}-\d{2}/.test(text) ? text.slice(0, 10) : text;
}

/**
 * A Period as a date of service: its start (or end) when it lies within one day; a Period over
 * several days is no one date of service (R4 Claim: the billablePeriod is the span the charges
 * cover, line dates fall within it), so it is kept as `start/end` for validateSession to report.
 */
function periodDate(period: unknown): string | undefined {
  if (!isObject(period)) return undefined;
  const start = dateOf(period.start);
  const end = dateOf(period.end);
  return start !== undefined && end !== undefined && start !== end ? `${start}/${end}` : (start ?? end);
}

const UCUM = "http://unitsofmeasure.org";

/**
 * How many minutes one of a Quantity's units is, when it is a duration: UCUM `min` (1) or `h`
 * (60) as its code (no system, or UCUM's), else the same words as its `unit`. A count
 * (`{unit}`, `15 min`, none) gives undefined: its value is the units billed.
 */
function minutesPer(quantity: Record<string, unknown>): number | undefined {
  const ucum = typeof quantity.code === "string" && (quantity.system === undefined || quantity.system === UCUM);
  const word = (ucum ? quantity.code : quantity.unit) as unknown;
  if (typeof word !== "string") return undefined;
  if (/^min(ute)?s?$/i.test(word.trim())) return 1;
  return /^(h|hr|hrs|hours?)$/i.test(word.trim()) ? 60 : undefined;
}

function credentialOf(member: ClaimCareTeam): Credential | undefined {
  for (const concept of [member.qualification, member.role]) {
    const texts = [...codingsOf(concept).flatMap((c) => [c.code, c.display]), isObject(concept) ? concept.text : undefined];
    for (const text of texts) {
      if (typeof text !== "string") continue;
      // As validateSession reads provider.credential (fuzz19, CRED-SPLIT: the two lists had drifted apart): NUCC taxonomy codes
      // (2251P0200X a pediatric physical therapist, 224ZR0403X an OTA in driving rehabilitation, 2355S0801X a speech-language
      // assistant) and credential words ("DPT", "LPTA", "OTR/L", "CCC-SLP", "PTA, CLT"); a list naming two ("PT, PTA") names none.
      const credential = credentialOfWords(text);
      if (credential !== undefined) return credential;
    }
  }
  return undefined;
}

/** A reference's resource, or undefined (R4 references.html). */
type Resolve = (reference: unknown) => Record<string, unknown> | undefined;

/** A version-specific reference's version ("Practitioner/p1/_history/2": R4 references.html), which names the entry "Practitioner/p1" (VERSIONED-REF, fuzz24). */
const VERSION = /\/_history\/[^/]*$/;

/**
 * The resources of a Bundle's entries by the references that name them (R4 bundle.html#references): the entry's
 * `fullUrl` (`urn:uuid:…`, a URL) and its resource's `type/id` (`Practitioner/x`). A `type/id` two entries share (a
 * collection from two servers) names neither. Made when a member first needs it.
 */
function entriesOf(bundle: unknown): Map<string, Record<string, unknown> | undefined> {
  const byName = new Map<string, Record<string, unknown> | undefined>();
  if (isObject(bundle) && bundle.resourceType === "Bundle") {
    for (const e of arrayOf(bundle.entry)) {
      if (!isObject(e) || !isObject(e.resource)) continue;
      const r = e.resource;
      if (typeof e.fullUrl === "string") byName.set(e.fullUrl, r);
      // UNDEFINED-ID (fuzz24): a resource without a type and id is named by its fullUrl only, never "Practitioner/undefined".
      if (typeof r.resourceType !== "string" || typeof r.id !== "string") continue;
      const name = `${r.resourceType}/${r.id}`;
      byName.set(name, byName.has(name) ? undefined : r);
    }
  }
  return byName;
}

/**
 * A member whose own `qualification` and `role` name no credential, with that of the resource its
 * `provider` references (`resolve`: among the Claim's `contained`, `#id`; R4 references.html#contained;
 * or, BUNDLE-REF (twenty-fourth round), another entry of the Bundle it came from): a
 * Practitioner's `qualification[].code`, a PractitionerRole's `code` and `specialty` (NUCC
 * taxonomy codes, credential words), else those of the Practitioner the role points at (`practitioner`),
 * read as the member's own. Only when they name one
 * credential (a PT and a PTA qualification name none: who furnished the item is not known); the
 * member's own word wins, since it is what the Claim says of these services. A new object: the
 * Claim is not changed.
 */
function withReferencedCredential(member: ClaimCareTeam, resolve: Resolve): ClaimCareTeam {
  if (credentialOf(member) !== undefined) return member;
  const named = (resource: Record<string, unknown> | undefined): { credential: Credential; qualification: unknown }[] => {
    const concepts = resource?.resourceType === "Practitioner" ? arrayOf(resource.qualification).map((q) => (isObject(q) ? q.code : undefined)) : resource?.resourceType === "PractitionerRole" ? [...arrayOf(resource.code), ...arrayOf(resource.specialty)] : [];
    return concepts.flatMap((qualification) => {
      const credential = credentialOf({ qualification } as ClaimCareTeam);
      return credential === undefined ? [] : [{ credential, qualification }];
    });
  };
  const resource = resolve(member.provider?.reference);
  let found = named(resource);
  // A role that names no credential: its Practitioner's (one step: a role pointing at itself ends here).
  if (found.length === 0 && resource?.resourceType === "PractitionerRole" && isObject(resource.practitioner)) found = named(resolve(resource.practitioner.reference));
  return found.length > 0 && found.every((n) => n.credential === found[0]!.credential) ? { ...member, qualification: found[0]!.qualification as CodeableConcept } : member;
}

/**
 * The credentials of the members who furnished a service: a `supervisor` (R4
 * claimcareteamrole) oversaw it, so when others with a credential are named, the supervising
 * therapist's credential does not hide the assistant's.
 */
function furnishing(members: readonly ClaimCareTeam[]): ClaimCareTeam[] {
  const credentialed = (list: readonly ClaimCareTeam[]) => list.filter((m) => credentialOf(m) !== undefined);
  const doers = credentialed(members.filter((m) => !isSupervisor(m)));
  return doers.length > 0 ? doers : credentialed(members);
}

function isSupervisor(member: ClaimCareTeam): boolean {
  return codingsOf(member.role).some((c) => c.code === "supervisor");
}

/**
 * Two or more clinicians (a credential each, none only the supervisor; two entries for one
 * practitioner are one) furnished the item together: a co-treatment (R4 Claim.item.careTeamSequence
 * lists the care team members who provided the item; a Claim has no element of its own for it).
 */
function coTreated(members: readonly ClaimCareTeam[]): boolean {
  const doers = members.filter((m) => !isSupervisor(m) && credentialOf(m) !== undefined);
  // One member named twice (careTeamSequence [1, 1]) is one clinician, not two.
  return new Set(doers.map((m) => (typeof m.provider?.reference === "string" ? m.provider.reference : m))).size > 1;
}

const ASSISTANTS: ReadonlySet<Credential> = new Set(["PTA", "OTA", "SLPA"]);

/**
 * The lines of a therapist's session with each item an assistant furnished (in minutes) marked
 * as the assistant's, for the CQ/CO and SLP-assistant checks: the session is the therapist's, so such an item would
 * otherwise look like the therapist's own. An item in units only cannot say its minutes and is
 * passed on as it is; an assistant's own session needs no marking.
 */
function withAssistantMinutes(lines: readonly Line[], furnishedBy: readonly (Credential | undefined)[], session: string | undefined): Line[] {
  if (session !== undefined && ASSISTANTS.has(session as Credential)) return [...lines];
  return lines.map((line, k) => {
    const by = furnishedBy[k];
    return by !== undefined && ASSISTANTS.has(by) && typeof line.minutes === "number" ? { ...line, assistantMinutes: line.minutes } : line;
  });
}

/** Credentials of two or more disciplines. */
function ofTwoDisciplines(credentials: readonly Credential[]): boolean {
  return new Set(credentials.map(disciplineOfCredential)).size > 1;
}

/** Credentials of two or more disciplines, none of them the plan's: who furnished the items is not known. */
function mixed(ofPlan: readonly Credential[], credentials: readonly Credential[]): boolean {
  return ofPlan.length === 0 && ofTwoDisciplines(credentials);
}

/** The members' credentials (each member once: two PTs are "PT/PT"), sorted and joined ("PT/PTA"): an unknown clinician, for validateSession to report. */
function joined(members: readonly ClaimCareTeam[]): string {
  return [...new Set(members)].map((m) => credentialOf(m) ?? "?").sort().join("/");
}

/** A therapist's credential wins over an assistant's when both worked on the date. */
function sessionCredential(credentials: readonly Credential[]): Credential | undefined {
  return credentials.find((c) => !ASSISTANTS.has(c)) ?? credentials[0];
}

interface Line {
  readonly code: string;
  readonly coTreated?: true;
  readonly units?: unknown;
  readonly minutes?: unknown;
  readonly modifiers?: readonly string[];
  readonly assistantMinutes?: number;
}

/**
 * Turns a FHIR R4 Claim of a therapy visit into session-shaped input, one per date of service
 * and discipline (a PT's and an OT's items on one date are two plans of care: the item's
 * furnishing member's credential, else its GP/GO/GN, says which; an item with neither joins its
 * date's first; a discipline in the options keeps one session a date), lines in item order. Each item's CPT/HCPCS `productOrService` is the code, `modifier` the
 * modifiers, `quantity.value` the units (the minutes, when the quantity is a duration: UCUM
 * `min`, or `h` counted as 60 minutes; R4 Claim.item.quantity is a count, but systems send the
 * time this way), as sent: `"2"` (invalid FHIR) is reported by
 * validateSession, not read as 2 nor dropped, and a `quantity` that is not an object (a bare
 * `2`, also invalid) is passed on as the units; the date is the item's `servicedDate` (or
 * `servicedPeriod`), else the claim's `billablePeriod`: a period within one day gives that day,
 * one over several days (`2025-03-01/2025-03-31`) and a date not written `YYYY-MM-DD` are
 * passed on as sent, for validateSession to report, never replaced by another date; the credential (PT vs PTA,
 * OT vs OTA, SLP vs SLPA) comes from the care team's `qualification` or `role` (codes, display or text,
 * NUCC taxonomy codes included) of the members who furnished the items, else of the Practitioner or PractitionerRole
 * their `provider` references (`#id` in `contained`, or another entry of the `bundle` option): a member in the role
 * `supervisor` counts only when no other member has a credential; when no item names a member the whole team
 * counts, and when its members are of two disciplines and neither a GP/GO/GN nor the options say which plan, their
 * credentials are passed on joined (`PT/SLP`) and no discipline is guessed, for validateSession to report; so are the
 * credentials of members of two disciplines none of which is the plan's (a GO item furnished by a PT and an SLP),
 * sorted, whatever their order in the Claim; an item that two or more members
 * with a credential furnished (none only as `supervisor`) is co-treated, `coTreated: true` (R4 has
 * no element of its own for a co-treatment). A code or modifier is its CodeableConcept's CPT/HCPCS coding,
 * else its first coding, else its text, trimmed; one modifier per CodeableConcept. Something that is not a
 * Claim gives an empty list; options that are not an object count as none; nothing throws.
 * The options are copied into every session, but what describes one visit does not go to the others:
 * the note, `totalTimedMinutes`, `totalTreatmentMinutes` and the plan of care's per-visit fields
 * (`dischargeAtThisVisit`, `progressReportAtThisVisit`, `treatmentDaysSinceProgressReport`) go only to
 * the session of the claim's last date of service, `therapyYearToDate` ("before the claim") only to
 * each KX bucket's first session, and each to none when that session is not known (two sessions on
 * the date, a date not written `YYYY-MM-DD`). A claim of one session gets every option as given.
 * A session that did not get one says so in its `notApplied` (which options, and why), and
 * validateSession reports it as `input/option-not-applied` (info when the option went to its visit,
 * warning when no visit got it).
 *
 * @param claim - a FHIR R4 Claim (untrusted)
 * @param options - what the claim does not carry: payer, provider, note, plan of care…
 * @returns session-shaped objects to pass to validateSession
 * @example
 * ```ts
 * sessionsFromFhirClaim({ resourceType: "Patient" }); //=> []
 * const sessions = sessionsFromFhirClaim(claim, { payer: { program: "medicare" } });
 * const reports = validateSessions(sessions);
 * ```
 * @remarks FHIR R4 Claim resource (http://hl7.org/fhir/R4/claim.html); CPT system URI per
 * http://hl7.org/fhir/R4/terminologies-systems.html. A Claim carries minutes only as a quantity
 * in minutes: otherwise timed-unit checks report "no data" unless minutes come from elsewhere.
 * Each session's `claimPaths` says where its parts sit in the Claim, for toOperationOutcome.
 */
export function sessionsFromFhirClaim(claim: unknown, options: FhirClaimOptions = {}): FhirSessionCandidate[] {
  try {
    if (!isObject(claim) || claim.resourceType !== "Claim") return [];
    const c = claim as unknown as Claim;
    // Options from JavaScript callers: anything but an object means "no options".
    const given: FhirClaimOptions = typeof options === "object" && options !== null ? options : {};
    const { id, payer, provider, planOfCare, bundle, ...rest } = given;
    // The members of each sequence: R4 says a sequence identifies one entry, but a Claim may repeat it (none is dropped).
    const careTeam = new Map<number, ClaimCareTeam[]>();
    // Where each member sits in Claim.careTeam, for toOperationOutcome.
    const teamIndex = new Map<ClaimCareTeam, number>();
    // The Claim's contained resources by their local reference (#id), for a member's credential (CONTAINED), and the
    // entries of its Bundle by fullUrl and type/id (BUNDLE-REF), read when a member first references one.
    const contained = new Map<string, Record<string, unknown>>();
    for (const r of arrayOf(c.contained)) if (isObject(r) && typeof r.id === "string") contained.set(`#${r.id}`, r);
    let entries: Map<string, Record<string, unknown> | undefined> | undefined;
    const resolve: Resolve = (reference) => (typeof reference !== "string" ? undefined : reference[0] === "#" ? contained.get(reference) : (entries ??= entriesOf(bundle)).get(reference.replace(VERSION, "")));
    arrayOf(c.careTeam).forEach((member, k) => {
      if (!isObject(member) || typeof member.sequence !== "number") return;
      const m = contained.size > 0 || bundle !== undefined ? withReferencedCredential(member as unknown as ClaimCareTeam, resolve) : (member as unknown as ClaimCareTeam);
      const same = careTeam.get(m.sequence);
      if (same === undefined) careTeam.set(m.sequence, [m]);
      else same.push(m);
      teamIndex.set(m, k);
    });
    const claimDate = periodDate(c.billablePeriod);
    // First each item on its own: its line, date, members and discipline.
    const read = [...arrayOf(c.item).entries()].flatMap(([j, raw]) => {
      if (!isObject(raw)) return [];
      const item = raw as unknown as ClaimItem;
      const own = dateOf(item.servicedDate) !== undefined ? "servicedDate" : periodDate(item.servicedPeriod) !== undefined ? "servicedPeriod" : undefined;
      const date = own === "servicedDate" ? dateOf(item.servicedDate)! : own === "servicedPeriod" ? periodDate(item.servicedPeriod)! : (claimDate ?? "");
      const datePath = own !== undefined ? `Claim.item[${j}].${own}` : claimDate !== undefined ? "Claim.billablePeriod" : undefined;
      // One modifier per CodeableConcept, in order, so modifiers[k] is item.modifier[k]; one without a code is passed on as "" to be reported.
      const modifiers = arrayOf(item.modifier).map((m) => codeOf(m) ?? "");
      // A quantity that is not a Quantity object (2, "2": invalid FHIR) is passed on as it is, never dropped.
      const quantity: unknown = isObject(item.quantity) ? item.quantity.value : item.quantity;
      // A duration (UCUM min or h) is the line's minutes, not its units.
      const per = isObject(item.quantity) ? minutesPer(item.quantity) : undefined;
      // The care team members the item names (R4 Claim.item.careTeamSequence), and those who furnished it.
      const lists = arrayOf(item.careTeamSequence).map((sequence) => (typeof sequence === "number" ? (careTeam.get(sequence) ?? []) : []));
      // A sequence two members share names neither for sure: no credential or co-treatment is guessed from them.
      const named = lists.filter((l) => l.length === 1).flat();
      const shared = lists.filter((l) => l.length > 1).flat();
      const members = furnishing(named);
      const line: Line = {
        code: codeOf(item.productOrService) ?? "",
        // Passed on as sent, like an item without a code: validateSession reports a value that is not a number.
        ...(quantity === undefined ? {} : per === undefined ? { units: quantity } : { minutes: typeof quantity === "number" ? quantity * per : quantity }),
        ...(modifiers.length > 0 ? { modifiers } : {}),
        ...(coTreated(named) ? { coTreated: true as const } : {}),
      };
      const credentials = members.map((m) => credentialOf(m)!);
      // A co-treated item (a PT and an OT) is billed under the plan its GP/GO/GN names, whichever member is listed first.
      const billedAs = modifiers.map((m) => disciplineOfModifier(m.toUpperCase())).find((d) => d !== undefined);
      const ofPlan = credentials.filter((c) => disciplineOfCredential(c) === billedAs);
      // Members of two disciplines, none the plan's (a GO item naming a PT and an SLP): which furnished it is not known,
      // so neither is taken (the first named was, by their order: TEAM-ORDER); the session joins their credentials.
      const credential = shared.length > 0 || mixed(ofPlan, credentials) ? undefined : sessionCredential(ofPlan.length > 0 ? ofPlan : credentials);
      const discipline = disciplineOfCredential(credential) ?? billedAs;
      // An expression must name an element the Claim has (R4: each resolves to a node).
      const absent = (["productOrService", "quantity", "modifier"] as const).filter((e) => item[e] === undefined || (e === "modifier" && modifiers.length === 0)).map((e) => `Claim.item[${j}].${e}`);
      return [{ j, date, datePath, line, members, discipline, absent, credential, shared }];
    });
    // One session per date and discipline (a PT's and an OT's items on one date are two plans of
    // care), unless the options name the discipline; an item that says none joins its date's first.
    const byKey = new Map<string, { date: string; discipline?: Discipline; lines: Line[]; credentials: (Credential | undefined)[]; members: ClaimCareTeam[]; shared: ClaimCareTeam[]; items: number[]; dates: string[]; absent: string[] }>();
    // Each date's first item discipline, found in one pass (a find per item made 20,000 items take 10 s).
    const firstDiscipline = new Map<string, Discipline>();
    for (const it of read) if (it.discipline !== undefined && !firstDiscipline.has(it.date)) firstDiscipline.set(it.date, it.discipline);
    const datesSeen = new Set<string>();
    for (const it of read) {
      const discipline = provider?.discipline !== undefined ? undefined : (it.discipline ?? firstDiscipline.get(it.date));
      const key = `${it.date}|${discipline ?? ""}`;
      const group = byKey.get(key) ?? { date: it.date, ...(discipline !== undefined ? { discipline } : {}), lines: [], credentials: [], members: [], shared: [], items: [], dates: [], absent: [] };
      byKey.set(key, group);
      group.lines.push(it.line);
      group.credentials.push(it.credential);
      pushAll(group.members, it.members);
      pushAll(group.shared, it.shared);
      group.items.push(it.j);
      pushAll(group.absent, it.absent);
      // Each item's own date element (Claim.item[j].servicedDate) once: a set, not includes (quadratic).
      if (it.datePath !== undefined && !datesSeen.has(`${key}|${it.datePath}`)) {
        datesSeen.add(`${key}|${it.datePath}`);
        group.dates.push(it.datePath);
      }
    }
    const groups = [...byKey.values()];
    // How many sessions each date has (two plans of care on one date: their ids differ by discipline).
    const perDate = new Map<string, number>();
    for (const g of groups) perDate.set(g.date, (perDate.get(g.date) ?? 0) + 1);
    if (groups.length > 0 && groups.every((g) => g.members.length === 0 && g.shared.length === 0)) {
      // No item names its care-team member: use the whole team (its members of the group's discipline, if any).
      const team = furnishing([...careTeam.values()].flat());
      for (const group of groups) {
        const plan = group.discipline ?? provider?.discipline;
        const same = team.filter((m) => disciplineOfCredential(credentialOf(m)!) === plan);
        // No plan named and members of two disciplines: which furnished the items is unknown, as for a shared sequence.
        const unsure = plan === undefined && ofTwoDisciplines(team.map((m) => credentialOf(m)!));
        pushAll(unsure ? group.shared : group.members, same.length > 0 ? same : team);
      }
    }
    const claimId = typeof c.id === "string" ? c.id : undefined;
    const dates = groups.map((g) => g.date);
    const planOf = plansOfCare(planOfCare, dates);
    const made = groups.map((group) => {
      // The credentials of the group's own discipline first (a co-treated item also names the other clinician).
      const credentials = group.members.map((m) => credentialOf(m)!);
      const ofPlan = credentials.filter((c) => disciplineOfCredential(c) === group.discipline);
      // An item naming a sequence two members share: the credential is passed on as their credentials ("PT/PTA"), for validateSession to report.
      // So do members of two disciplines, none the plan's (TEAM-ORDER); sorted, so that the team's order changes nothing.
      const both = mixed(ofPlan, credentials);
      const unsure = group.shared.length > 0 || both ? joined([...group.shared, ...(both ? group.members : [])]) : undefined;
      const credential = provider?.credential ?? unsure ?? sessionCredential(ofPlan.length > 0 ? ofPlan : credentials);
      const team = [...new Set([...group.members.filter((m) => both || credentialOf(m) === credential), ...(credential === unsure ? group.shared : [])].map((m) => `Claim.careTeam[${teamIndex.get(m)}]`))];
      const discipline = provider?.discipline ?? group.discipline ?? disciplineOfCredential(credential);
      // Two plans of care on one date: the discipline tells their ids apart.
      const shared = (perDate.get(group.date) ?? 0) > 1 && group.discipline !== undefined ? `/${group.discipline}` : "";
      // Your id names a claim of one visit as it is; several visits each get their date, as the claim's id does, never one id for all.
      const base = id !== undefined && groups.length > 1 ? String(id) : id === undefined ? claimId : undefined;
      const sessionId = base === undefined ? id : (group.date === "" ? base : `${base}/${group.date}`) + shared;
      return { group, team, sessionId, discipline, credential };
    });
    const disciplines = made.map((m) => m.discipline);
    const restOf = perVisit(rest, dates, disciplines);
    const withheldOf = notAppliedOf(rest, planOfCare, dates, disciplines);
    return made.map(({ group, team, sessionId, discipline, credential }, k) => {
      const plan = planOf(k);
      const withheld = withheldOf(k);
      return {
        ...restOf(k),
        ...(plan !== undefined ? { planOfCare: plan } : {}),
        ...(sessionId !== undefined ? { id: sessionId } : {}),
        ...(group.date !== "" ? { dateOfService: group.date } : {}),
        ...(payer !== undefined ? { payer } : {}),
        provider: { ...(discipline !== undefined ? { discipline } : {}), ...(credential !== undefined ? { credential } : {}) },
        services: withAssistantMinutes(group.lines, group.credentials, credential),
        claimPaths: { items: group.items, dateOfService: group.dates, provider: team, absent: group.absent },
        ...(withheld.length > 0 ? { notApplied: withheld } : {}),
      };
    });
  } catch {
    return [];
  }
}

/**
 * A Claim found by {@link claimsFromFhirBundle}: the Claim, and where it sat in the Bundle.
 *
 * @example
 * ```ts
 * const found: FhirBundleClaim = { claim: { resourceType: "Claim", id: "clm-1" }, entry: 1, fullUrl: "https://ehr.example/fhir/Claim/clm-1" };
 * ```
 */
export interface FhirBundleClaim {
  /** The Claim, as sent: pass it to {@link sessionsFromFhirClaim} with the options of its own visits. */
  readonly claim: Record<string, unknown>;
  /** Its index in `Bundle.entry`, from 0 as FHIRPath counts (`Bundle.entry[1].resource`); none when the resource given was the Claim itself. */
  readonly entry?: number;
  /** The entry's `fullUrl`, when it has one. */
  readonly fullUrl?: string;
  /**
   * For a Claim in a Bundle inside the Bundle (a transaction in a collection): its entry's index in each inner
   * Bundle, outermost first (`entry: 1, within: [0]` is `Bundle.entry[1].resource.entry[0].resource`); `entry` is then
   * the outer Bundle's entry that holds them.
   */
  readonly within?: readonly number[];
  /** The Bundle whose entry the Claim is: pass it as {@link FhirClaimOptions}' `bundle`, so a care-team member that references another entry is read. */
  readonly bundle?: Record<string, unknown>;
}

/** How deep Bundles inside Bundles are read (the outer one is 1); a Claim in a Bundle deeper is not given. */
const BUNDLE_DEPTH = 4;

/**
 * The Claims of a FHIR R4 Bundle, in entry order: the answer to a search (`GET Claim?patient=…`,
 * type `searchset`), a `transaction` or `batch` posting a Claim with its Patient and
 * Practitioner, a `collection`. Every `entry[k].resource` that is a Claim is given with its index,
 * `fullUrl` and the Bundle it sits in; the other resources (a Patient, a search's OperationOutcome) are not Claims and
 * are left out. A Bundle in the Bundle (a transaction in a collection; twenty-fourth round, it gave
 * none) gives its Claims too, in entry order, with `within` (their indexes in the inner Bundles),
 * 4 Bundles deep at most (a Claim deeper is not given). A Claim given in place of the Bundle is its own one Claim; anything else gives
 * none, and nothing throws. sessionsFromFhirClaim reads one Claim (a Bundle gives it no session):
 * call it on each, with the options of that Claim's visits (one note, one visit's minutes) and
 * `bundle`, so a care-team member that references another entry (`Practitioner/x`, `urn:uuid:…`) is read.
 *
 * @param resource - a FHIR R4 Bundle, or a Claim (untrusted)
 * @returns the Claims, each with its `entry` index and `fullUrl`
 * @example
 * ```ts
 * const bundle = { resourceType: "Bundle", type: "searchset", entry: [{ resource: { resourceType: "Patient" } }, { resource: { resourceType: "Claim", id: "clm-1" } }] };
 * claimsFromFhirBundle(bundle).map((found) => found.entry); //=> [1]
 * for (const found of claimsFromFhirBundle(bundle)) sessionsFromFhirClaim(found.claim, { payer: { program: "medicare" }, bundle: found.bundle });
 * claimsFromFhirBundle({ resourceType: "Patient" }); //=> []
 * ```
 * @remarks FHIR R4 Bundle (https://hl7.org/fhir/R4/bundle.html): `entry.resource`, `entry.fullUrl`; references
 * between entries (bundle.html#references).
 */
export function claimsFromFhirBundle(resource: unknown): FhirBundleClaim[] {
  if (!isObject(resource)) return [];
  if (resource.resourceType === "Claim") return [{ claim: resource }];
  return claimsIn(resource, 1);
}

/** The Claims of `bundle` (a Bundle `depth` deep) and of the Bundles in it down to {@link BUNDLE_DEPTH}, in entry order. */
function claimsIn(bundle: Record<string, unknown>, depth: number): FhirBundleClaim[] {
  if (bundle.resourceType !== "Bundle") return [];
  return arrayOf(bundle.entry).flatMap((e, entry): FhirBundleClaim[] => {
    if (!isObject(e) || !isObject(e.resource)) return [];
    // NESTED (twenty-fourth round): a Bundle in the Bundle gave "no Claim"; its Claims are read, a bounded depth down.
    if (e.resource.resourceType === "Bundle") return depth < BUNDLE_DEPTH ? claimsIn(e.resource, depth + 1).map(({ entry: inner, within, ...found }) => ({ ...found, entry, within: [inner!, ...(within ?? [])] })) : [];
    if (e.resource.resourceType !== "Claim") return [];
    return [{ claim: e.resource, entry, ...(typeof e.fullUrl === "string" ? { fullUrl: e.fullUrl } : {}), bundle }];
  });
}

/** The plan-of-care fields that describe one visit, not the plan. */
const PER_VISIT = ["progressReportAtThisVisit", "dischargeAtThisVisit", "treatmentDaysSinceProgressReport"] as const;

/**
 * The one session of the claim's last date of service (`latest`), or of its first, among the
 * sessions whose `dates` are given (`undefined`: not a candidate); -1 when that is not known: a
 * date not written `YYYY-MM-DD`, or two sessions on that date (a PT's and an OT's plan of care).
 */
function visitOf(dates: readonly (string | undefined)[], latest: boolean): number {
  let k = -1;
  let unique = false;
  for (let j = 0; j < dates.length; j++) {
    const d = dates[j];
    if (d === undefined) continue;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) return -1;
    const at = dates[k] ?? "";
    if (k < 0 || (latest ? d > at : d < at)) [k, unique] = [j, true];
    else if (d === at) unique = false;
  }
  return unique ? k : -1;
}

/**
 * The plan of care of each session `k` of a claim whose sessions have `dates`: as given for a
 * claim of one session (or a plan that is not an object, for validateSession to report); else
 * its per-visit fields go only to the one session of the claim's last date (LAST-VISIT), and the
 * others get the rest of the plan, or none when no field is left.
 */
function plansOfCare(given: unknown, dates: readonly string[]): (k: number) => unknown {
  if (!isObject(given) || dates.length < 2 || !PER_VISIT.some((f) => f in given)) return () => given;
  const rest: Record<string, unknown> = {};
  for (const f of Object.keys(given)) if (!(PER_VISIT as readonly string[]).includes(f)) rest[f] = given[f];
  const plan = Object.keys(rest).length > 0 ? rest : undefined;
  const k = visitOf(dates, true);
  return (j) => (j === k ? given : plan);
}

/** The options that describe one visit, its note: the claim's last date's (PER-VISIT). */
const NOTE_FIELDS: readonly string[] = ["note", "totalTimedMinutes", "totalTreatmentMinutes"];

/**
 * The options copied into each session `k` (every field but the payer, provider, id and plan of
 * care): all of them for a claim of one session; else the note and its totals only to the session
 * of the claim's last date, and the year-to-date dollars ("before the claim") only to each KX
 * bucket's first session (PT and SLP share one, OT has its own: `disciplines`), none when that
 * session is not known (PER-VISIT).
 */
function perVisit(rest: Record<string, unknown>, dates: readonly string[], disciplines: readonly (Discipline | undefined)[]): (k: number) => Record<string, unknown> {
  if (dates.length < 2) return () => rest;
  const last = visitOf(dates, true);
  // The first session of each bucket: the claim's dates with the other bucket's taken out. A session of no discipline may be of
  // either, so it stays in both: a visit after it is not known to be its bucket's first (fuzz17b). It is read as PT/SLP, as validateSession reads it.
  const ot = disciplines.map((d) => d === "OT");
  const first = [true, false].map((bucket) => visitOf(dates.map((d, k) => (ot[k] === bucket || disciplines[k] === undefined ? d : undefined)), false));
  return (k) => {
    const own: Record<string, unknown> = {};
    for (const f of Object.keys(rest)) {
      if (f === "therapyYearToDate" ? first[ot[k] ? 0 : 1] === k : !NOTE_FIELDS.includes(f) || k === last) own[f] = rest[f];
    }
    return own;
  };
}

type Why = Omit<FhirOptionNotApplied, "message" | "fix">;

/**
 * A reason with the finding's words (NOT-APPLIED): built by notAppliedWords, which validateSession
 * also calls to make the finding from the record's closed fields (NOT-APPLIED-WORDS, twenty-first round).
 */
function worded(why: Why): FhirOptionNotApplied {
  return { ...why, ...notAppliedWords(why.options, why.reason, why.date, why.disciplines) };
}

/**
 * Why no session of `candidates` (a date each, `undefined`: not one) is the claim's last (or first)
 * visit: a date not written `YYYY-MM-DD`, or two sessions on the extreme date (NOT-APPLIED).
 */
function whyNone(candidates: readonly (string | undefined)[], disciplines: readonly (Discipline | undefined)[], options: readonly string[], latest: boolean): Why {
  // The least of them (an item with no date first), so the words do not depend on the items' order (fuzz19, ODD-DATES).
  const odd = candidates.filter((d) => d !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(d)).sort()[0];
  if (odd !== undefined) return { options, reason: "unknown-date", date: odd };
  let date = "";
  for (const d of candidates) if (d !== undefined && (date === "" || (latest ? d > date : d < date))) date = d;
  const on = [...new Set(candidates.flatMap((d, k) => (d === date && disciplines[k] !== undefined ? [disciplines[k]!] : [])))].sort();
  return { options, reason: "shared-date", date, disciplines: on };
}

/**
 * The per-visit options each session `k` of a claim did not get, and why (NOT-APPLIED): what
 * {@link perVisit} and {@link plansOfCare} withhold, so validateSession can say so instead of
 * reporting the visit as if they had never been given. Only options given (not undefined) count;
 * a claim of one session gets every option and so none of these.
 */
function notAppliedOf(rest: Record<string, unknown>, planOfCare: unknown, dates: readonly string[], disciplines: readonly (Discipline | undefined)[]): (k: number) => FhirOptionNotApplied[] {
  const last = NOTE_FIELDS.filter((f) => rest[f] !== undefined);
  if (isObject(planOfCare)) for (const f of PER_VISIT) if (planOfCare[f] !== undefined) last.push(`planOfCare.${f}`);
  const ytd = rest.therapyYearToDate !== undefined;
  if (dates.length < 2 || (last.length === 0 && !ytd)) return () => [];
  const at = visitOf(dates, true);
  const lastWhy = last.length === 0 ? undefined : worded(at >= 0 ? { options: last, reason: "last-visit", date: dates[at]! } : whyNone(dates, disciplines, last, true));
  // The dollars as perVisit gives them: bucket 0 is OT, 1 PT/SLP (a session of no discipline is read as PT/SLP, and is a candidate of both).
  const ot = disciplines.map((d) => d === "OT");
  const candidates = [true, false].map((bucket) => dates.map((d, k) => (ot[k] === bucket || disciplines[k] === undefined ? d : undefined)));
  const first = candidates.map((c) => visitOf(c, false));
  const got = (k: number) => k >= 0 && first[ot[k] ? 0 : 1] === k;
  return (k) => {
    const out: FhirOptionNotApplied[] = [];
    if (lastWhy !== undefined && k !== at) out.push(lastWhy);
    if (ytd && !got(k)) {
      const b = ot[k] ? 0 : 1;
      const j = first[b]!;
      const options = ["therapyYearToDate"];
      out.push(worded(j < 0 ? whyNone(candidates[b]!, disciplines, options, false) : { options, reason: got(j) ? "first-visit" : "unknown-bucket", date: dates[j]! }));
    }
    return out;
  };
}

/** A session path as the CLI and messages write it: `services[1].units`. */
function sessionPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const part of path) out += typeof part === "number" ? `[${part}]` : out === "" ? part : `.${part}`;
  return out;
}

// Any other field of a line (coTreated, read from the item's care team; activity) is the item itself.
const ITEM_ELEMENT: Record<string, string> = { code: ".productOrService", units: ".quantity", minutes: ".quantity", modifiers: ".modifier" };

/**
 * FHIRPath expressions (R4: rooted at the resource the outcome is about, element names and
 * 0-based indexes) of the Claim elements a session path came from, or undefined when the
 * Claim holds no such element (a payer, note or plan of care from the options).
 */
function claimExpression(path: readonly (string | number)[], where: FhirClaimPaths): string[] | undefined {
  const [head, index, field, sub] = path;
  if (head === undefined) return ["Claim"];
  if (head === "services") {
    if (typeof index !== "number") return ["Claim.item"];
    const j: unknown = arrayOf(where.items)[index];
    if (typeof j !== "number") return undefined;
    const element = typeof field === "string" ? (ITEM_ELEMENT[field] ?? "") : "";
    const path = `Claim.item[${j}]${element}`;
    return [arrayOf(where.absent).includes(path) ? `Claim.item[${j}]` : `${path}${element === ".modifier" && typeof sub === "number" ? `[${sub}]` : ""}`];
  }
  // A session that went through JSON or a caller's hands may hold anything here: only strings count.
  const paths = arrayOf(head === "dateOfService" ? where.dateOfService : head === "provider" ? where.provider : []).filter((p): p is string => typeof p === "string");
  return paths.length > 0 ? paths : undefined;
}

function issueCode(finding: Finding): FhirOperationOutcomeIssue["code"] {
  // An option a visit did not get (NOT-APPLIED) is no invalid input: the adapter chose so, and says why.
  if (finding.rule === "input/option-not-applied") return "informational";
  if (finding.rule.startsWith("input/")) return "invalid";
  if (finding.rule.startsWith("internal/")) return "exception";
  return "business-rule";
}

const SEVERITY: Record<Finding["severity"], FhirOperationOutcomeIssue["severity"]> = { error: "error", warning: "warning", info: "information" };

/**
 * A report's findings as a FHIR R4 `OperationOutcome`: one issue per finding, in the report's
 * order. `severity` maps error/warning/info to error/warning/information; `code` is `invalid`
 * for `input/` findings, `exception` for `internal/`, `business-rule` otherwise;
 * `details.text` is the message and its fix; `details.coding` carries the rule id, and
 * `diagnostics` the rule id, the session path (`services[1].units`) and the source. Given the
 * session that sessionsFromFhirClaim made, `expression` is the FHIRPath of the Claim's own
 * element (`Claim.item[2].quantity` for `services[0].units` when that line is the claim's third
 * item; `Claim.item[j].productOrService`, `.modifier[k]`, the item's `servicedDate`,
 * `servicedPeriod` or `Claim.billablePeriod`, `Claim.careTeam[k]`); a finding about something
 * the Claim does not hold (a payer, note or plan of care from the options), or any finding
 * without that session, has none (R4: an expression is rooted at the resource the issue is
 * about; a Session is no FHIR resource). A report without findings gives one `informational`
 * issue, since FHIR requires at least one.
 *
 * @param report - a report from validateSession
 * @param session - the session from sessionsFromFhirClaim the report is about
 * @returns the OperationOutcome
 * @throws TypeError when `report` is not a report (null, a session)
 * @example
 * ```ts
 * toOperationOutcome(validateSession(null)).issue[0]?.code; //=> "invalid"
 * // claim: one item, 97110 × 3 (quantity 3) with no minutes and no activity text
 * const [session] = sessionsFromFhirClaim(claim, { payer: { program: "medicare" } });
 * toOperationOutcome(validateSession(session), session).issue.flatMap((i) => i.expression ?? []);
 * //=> ["Claim.item[0]", "Claim.item[0].quantity"]
 * ```
 * @remarks FHIR R4 OperationOutcome (http://hl7.org/fhir/R4/operationoutcome.html); IssueType
 * value set http://hl7.org/fhir/R4/valueset-issue-type.html.
 */
export function toOperationOutcome(report: Report, session?: FhirSessionCandidate): FhirOperationOutcome {
  // A JavaScript caller's null or a parsed session instead of a report: say what is expected, not "reading 'findings'".
  if (typeof report !== "object" || report === null || !Array.isArray((report as { findings?: unknown }).findings)) throw new TypeError("toOperationOutcome expects a report from validateSession (an object with findings)");
  const where = isObject(session) && isObject(session.claimPaths) ? session.claimPaths : undefined;
  const issue: FhirOperationOutcomeIssue[] = report.findings.map((finding) => {
    const expression = finding.path !== undefined && where !== undefined ? claimExpression(finding.path, where) : undefined;
    const at = finding.path !== undefined && finding.path.length > 0 ? ` at ${sessionPath(finding.path)}` : "";
    return {
      severity: SEVERITY[finding.severity],
      code: issueCode(finding),
      details: {
        text: finding.fix !== undefined ? `${finding.message} Fix: ${finding.fix}` : finding.message,
        coding: [{ system: RULE_SYSTEM, code: finding.rule }],
      },
      diagnostics: `${finding.rule}${at} (${[finding.source.title, finding.source.section].filter((s) => s !== undefined).join(", ")})`,
      ...(expression !== undefined ? { expression } : {}),
    };
  });
  if (issue.length === 0) issue.push({ severity: "information", code: "informational", details: { text: "No problems found." } });
  return { resourceType: "OperationOutcome", issue };
}
