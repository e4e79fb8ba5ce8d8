import { disciplineOfCredential } from "./credential-discipline.js";
import type { Discipline, Provider } from "./session.js";

type Credential = NonNullable<Provider["credential"]>;

/**
 * Credential words and NUCC taxonomy codes, assistants first (so "physical therapist assistant"
 * is not read as a therapist): 2251…X a physical therapist and its specializations, 225200000X a
 * PTA, 225X…X an OT, 224Z…X an OTA, 235Z00000X an SLP, 2355S0801X a speech-language assistant
 * (NUCC Health Care Provider Taxonomy code set). Each is matched against one credential, upper case.
 */
const WORDS: readonly (readonly [RegExp, Credential])[] = [
  [/^(L?PTA|225200000X)$|PHYSICAL THERAP(IST|Y) ASSISTANT/, "PTA"],
  [/^(COTA|COTA\/L|OTA|224Z\w{5}X)$|OCCUPATIONAL THERAP(IST|Y) ASSISTANT/, "OTA"],
  [/^((C-)?SLP-?A|2355S0801X)$|SPEECH[- ]LANGUAGE (PATHOLOG(IST|Y) )?ASSISTANT/, "SLPA"],
  [/^(PT|DPT|MPT|MSPT|2251\w{5}X)$|PHYSICAL THERAPIST/, "PT"],
  [/^(OT|OTR|OTR\/L|OTD|225X\w{5}X)$|OCCUPATIONAL THERAPIST/, "OT"],
  [/^(SLP|CCC-SLP|235Z00000X)$|SPEECH[- ]LANGUAGE PATHOLOGIST/, "SLP"],
];

function credentialOfOne(part: string): Credential | undefined {
  for (const [pattern, credential] of WORDS) if (pattern.test(part)) return credential;
  return undefined;
}

/**
 * The credential a clinic's way of writing one names: "DPT", "OTR/L", "CCC-SLP", "COTA/L",
 * "Physical Therapist Assistant", a NUCC taxonomy code, or a list ("PT, DPT, OCS", "PTA, CLT")
 * whose credentials all name the same one; `undefined` for anything else, and for a list naming
 * two ("PT, PTA": which clinician furnished the visit is not known). Case and outer spaces do
 * not matter. "PT/PTA", the FHIR adapter's way of passing on two clinicians, names none.
 *
 * @example
 * ```ts
 * credentialOfWords("OTR/L"); //=> "OT"
 * credentialOfWords("PT, DPT, OCS"); //=> "PT"
 * credentialOfWords("PT, PTA"); //=> undefined
 * ```
 * @internal
 */
export function credentialOfWords(text: string): Credential | undefined {
  const upper = text.trim().toUpperCase();
  let found: Credential | undefined;
  for (const part of /[,;]/.test(upper) ? upper.split(/\s*[,;]\s*/) : [upper]) {
    const credential = credentialOfOne(part);
    if (credential === undefined) continue;
    if (found !== undefined && found !== credential) return undefined;
    found = credential;
  }
  return found;
}

/**
 * The discipline a clinic's word for it names: "physical therapy", "Occupational Therapy",
 * "speech-language pathology", "speech therapy", "pt", or a credential ("DPT"); `undefined` for
 * anything else. Only said in a message: provider.discipline is required, so a word is never
 * read in its place.
 *
 * @example
 * ```ts
 * disciplineOfWords("physical therapy"); //=> "PT"
 * ```
 * @internal
 */
export function disciplineOfWords(text: string): Discipline | undefined {
  const upper = text.trim().toUpperCase();
  if (/^PHYSICAL THERAPY$/.test(upper)) return "PT";
  if (/^OCCUPATIONAL THERAPY$/.test(upper)) return "OT";
  if (/^SPEECH([- ]LANGUAGE PATHOLOGY| THERAPY)$/.test(upper)) return "SLP";
  return disciplineOfCredential(credentialOfWords(upper));
}
