/**
 * The `therapy-claims` command: the only module of the library that reads files, standard input
 * and the environment, or prints. Built to dist/cli.js (the package's bin).
 *
 * @packageDocumentation
 */
import { createReadStream, readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import type { Readable } from "node:stream";
import { parseArgs } from "node:util";
import { claimsFromFhirBundle, sessionsFromFhirClaim } from "./adapters/fhir.js";
import { formatTextReport, formatUnits } from "./cli/format-text.js";
import { jsonMistake } from "./cli/json-mistake.js";
import { lineBatches } from "./cli/line-batches.js";
import { readPairOverlays } from "./cli/pair-overlays.js";
import { isRecord } from "./model/is-record.js";
import { pushAll } from "./model/push-all.js";
import type { PairOverlay, PayerProfileOverride } from "./model/payer-profile.js";
import type { Program, Session, UnitMethod } from "./model/session.js";
import { parseMueFile, parseNcciPtpFile } from "./ncci/cms-files.js";
import { MUE_ROWS, MUE_RELEASE } from "./ncci/mue-data.js";
import { BUNDLED_NCCI_CAVEAT, PTP_CORE_ROWS, PTP_RELEASE } from "./ncci/ptp-data.js";
import { createNcciTables, type NcciTables } from "./ncci/tables.js";
import { ncciReleaseOf, releaseOfName } from "./ncci/release-of-file.js";
import type { MueAdjudicationIndicator, MueRow, MueSetting, NcciReleaseInfo, PtpRow } from "./ncci/types.js";
import { getCode } from "./catalog/catalog.js";
import { calculateUnits } from "./units/calculate-units.js";
import { PERIOD_PAIRS } from "./units/timing.js";
import { count } from "./units/words.js";
import { LIBRARY_VERSION, validateSessions } from "./validate.js";
import type { RuleSetting, ValidateOptions } from "./validate/options.js";
import type { Report, ReportUnits } from "./validate/report.js";

const EXIT_OK = 0;
const EXIT_INVALID = 1;
const EXIT_UNUSABLE = 2;

const HELP = `therapy-claims ${LIBRARY_VERSION}: check outpatient PT/OT/SLP visits before they become claims.

Usage:
  therapy-claims validate [FILE|-] [options]
      FILE is a JSON session, a JSON array of sessions, or NDJSON (one session a line).
      Without FILE, or with -, reads standard input. A FHIR R4 Claim in place of a session
      (a FHIR bulk export's Claim.ndjson) is checked as its visits, --payer as their payer;
      a FHIR Bundle (a search's answer, a transaction) as the visits of its Claims.
  therapy-claims units CODE=MINUTES... [--method cms|ama]
      The unit calculator, e.g. therapy-claims units 97110=33 97140=7 (whole minutes,
      0 to 9999; a code the library does not know is counted as timed, with a warning)
  therapy-claims --help | --version

Options of validate:
  --format text|json|ndjson   text (default): a readable report; json: one JSON array of
                              reports in input order; ndjson: one report a line; each JSON
                              report's "input" is its visit's line or array item
  --payer medicare|medicaid|commercial|other
                              check every session as billed to this payer program (its
                              payer.program is replaced, and the program's profile used)
  --plan NAME                 check every session as billed to this plan (its payer.name is
                              replaced): a FHIR Claim names none, and --pair-overlays rules
                              with "plan" apply by it
  --method cms|ama            unit method: CMS total time, or CPT per code
  --rule ID=off|info|warning|error
                              change a rule's severity or turn it off (repeatable)
  --ncci-ptp FILE             a CMS quarterly NCCI practitioner PTP file (ccipra-vNNNr0-fN.TXT);
                              give all four parts, f1 to f4, of one quarter (repeatable); or
                              a Medicaid NCCI PTP file (medicaid-ncci-YYYY-qN-ptp-edits-...)
  --mue FILE                  a CMS quarterly MUE file (MCR_MUE_*_Eff_MM-DD-YYYY.csv): the
                              practitioner table, or the outpatient-hospital one to check
                              facility claims against its limits; or a Medicaid NCCI MUE file
  --mue-indicator 1|2|3       for an MUE table without an adjudication indicator column
                              (Medicaid's): how the state applies its MUEs, 1 per claim
                              line, 2 or 3 per date of service
  --pair-overlays FILE        a JSON array of plans' own pair rules, each { "column1",
                              "column2", "modifierIndicator": 0|1, "rationale", "plan",
                              "from", "to" }; a rule with "plan" applies to the visits whose
                              payer.name is that plan (repeatable: one file per plan)

Exit status: 0 every session is valid (warnings allowed); 1 some session has an error;
2 unusable input: a bad option or argument, a missing or unreadable file, input that is not
JSON or NDJSON, a FHIR Claim without items, a FHIR Bundle without a Claim, another FHIR
resource (an Encounter: no codes to check), or an NDJSON line that is not JSON (each such line is named on standard error
and skipped; the other lines are still checked and reported). units: 0 the calculation was
printed; 2 a bad CODE=MINUTES or option.
`;

class UsageError extends Error {}

interface Cli {
  readonly out: NodeJS.WriteStream;
  readonly err: NodeJS.WriteStream;
}

const FORMATS = ["text", "json", "ndjson"] as const;
type Format = (typeof FORMATS)[number];
const PROGRAMS = ["medicare", "medicaid", "commercial", "other"] as const;
const MUE_INDICATORS = ["1", "2", "3"] as const;
const METHODS = ["cms", "ama"] as const;
const SETTINGS = ["off", "info", "warning", "error"] as const;

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], option: string): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${option} must be one of ${allowed.join(", ")} (got "${value}")`);
}

function parseRules(values: readonly string[] | undefined): Record<string, RuleSetting> | undefined {
  if (values === undefined || values.length === 0) return undefined;
  const rules: Record<string, RuleSetting> = {};
  for (const value of values) {
    const at = value.lastIndexOf("=");
    const id = value.slice(0, at);
    const setting = value.slice(at + 1);
    if (at <= 0 || !(SETTINGS as readonly string[]).includes(setting)) {
      throw new UsageError(`--rule must be ID=off|info|warning|error (got "${value}")`);
    }
    // Two settings for one rule: which one was meant? Not the last one silently.
    if (Object.hasOwn(rules, id) && rules[id] !== setting) throw new UsageError(`--rule ${id} is given twice (${String(rules[id])}, then ${setting}): give it once`);
    Object.defineProperty(rules, id, { value: setting, enumerable: true, writable: true, configurable: true });
  }
  return rules;
}

/**
 * The payer option of --method. --payer replaces each session's payer.program (withProgram), whose
 * profile the checks then start from; the session's own payer fields (a plan's unitMethod, its
 * name) still count, as docs/cli.md says: passing the whole program profile as an override wiped
 * them (a total-time commercial plan was checked per code).
 */
function payerOverride(method: UnitMethod | undefined, pairOverlays: readonly PairOverlay[] | undefined): PayerProfileOverride | undefined {
  if (method === undefined && pairOverlays === undefined) return undefined;
  return { ...(method !== undefined ? { unitMethod: method } : {}), ...(pairOverlays !== undefined ? { pairOverlays } : {}) };
}

/**
 * The plans' pair rules of the --pair-overlays files, in file order; a file that cannot be read,
 * is not a JSON array, or has a bad rule stops the run, naming the file and each bad rule (a rule
 * skipped there would leave the plan's pairs unchecked on every visit of the night).
 */
function loadPairOverlays(paths: readonly string[] | undefined, cli: Cli): PairOverlay[] | undefined {
  if (paths === undefined || paths.length === 0) return undefined;
  const overlays: PairOverlay[] = [];
  for (const path of paths) {
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch (error) {
      throw new UsageError(`cannot read ${path}: ${readError(error)}`);
    }
    const read = readPairOverlays(text, path);
    if (read.problems.length > 0) {
      const shown = read.problems.slice(0, 20);
      if (read.problems.length > 20) shown.push(`${path}: and ${read.problems.length - 20} more bad rules`);
      throw new UsageError(`--pair-overlays: ${shown.join("\ntherapy-claims: --pair-overlays: ")}`);
    }
    for (const w of read.warnings) cli.err.write(`therapy-claims: warning: --pair-overlays: ${w}\n`);
    pushAll(overlays, read.overlays);
  }
  return overlays;
}

/** The PTP release the files name (their parts named when not all four were given); an error for files of different releases. */
function ptpReleaseOf(paths: readonly string[], cli: Cli): NcciReleaseInfo {
  const names = paths.map((p) => basename(p));
  const release = ncciReleaseOf(names);
  // Each file's own release and part, read from its name (not back out of the release's name).
  const found = names.map(releaseOfName);
  if (release === undefined) {
    const each = found.map(([r]) => r?.name);
    if (!each.includes(undefined)) throw new UsageError(`the --ncci-ptp files are from different releases (${[...new Set(each)].join(", ")}): load the four files (f1 to f4) of one quarter`);
    cli.err.write(`therapy-claims: warning: which quarter ${names.join(", ")} ${names.length === 1 ? "is" : "are"} from cannot be told from the file names (CMS names them ccipra-vNNNr0-f1.TXT to -f4.TXT): a visit after that quarter is not flagged\n`);
    return { name: names.join(", ") };
  }
  const parts = found.map(([, part]) => part);
  // A file that names no part counts as the whole release, as ncciReleaseOf takes it.
  const missing = parts.includes(undefined) ? [] : ["1", "2", "3", "4"].filter((p) => !parts.includes(p)).map((p) => `f${p}`);
  if (missing.length > 0) {
    cli.err.write(`therapy-claims: warning: a CMS PTP release is four files, f1 to f4, split by column-1 code; ${missing.join(", ")} of ${found[0]?.[0]?.name} ${missing.length === 1 ? "was" : "were"} not given, so the pair edits listed there are not checked\n`);
  }
  return release;
}

/** The MUE release the file names, or the file name alone (with a warning) when it names none. */
function mueReleaseOf(path: string, cli: Cli): NcciReleaseInfo {
  const name = basename(path);
  const release = ncciReleaseOf(name);
  if (release !== undefined) return release;
  cli.err.write(`therapy-claims: warning: which quarter ${name} is from cannot be told from its name (CMS names it MCR_MUE_PractitionerServices_Eff_MM-DD-YYYY.csv): a visit outside that quarter is not flagged\n`);
  return { name };
}

/**
 * Loads CMS quarterly NCCI files into tables for ValidateOptions.ncci, each release named and
 * dated from its file names (ccipra-v322r0-f1.TXT is 2026 Q3). Each file is read as Latin-1
 * (CMS's encoding), or as UTF-8 or UTF-16 when it starts with that byte order mark; every
 * malformed line is reported on standard error with its line number and the rest of the file is
 * used. A side not given keeps the bundled rows. An outpatient-hospital MUE table gives its
 * setting: the visits are checked against the table loaded.
 */
function loadNcciTables(ptpPaths: readonly string[] | undefined, muePath: string | undefined, mueIndicator: MueAdjudicationIndicator | undefined, cli: Cli): { ncci: NcciTables; setting?: MueSetting } | undefined {
  if ((ptpPaths === undefined || ptpPaths.length === 0) && muePath === undefined) return undefined;
  // CMS's files are Latin-1; one saved by a spreadsheet may be UTF-8 or UTF-16 with a byte order mark: read it as it says.
  const readText = (path: string): string => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      throw new UsageError(`cannot read ${path}: ${readError(error)}`);
    }
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.toString("utf16le", 2);
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.toString("utf8", 3);
    return bytes.toString("latin1");
  };
  const report = (path: string, errors: readonly { line: number; message: string }[]): void => {
    for (const e of errors.slice(0, 20)) cli.err.write(`therapy-claims: ${path}:${e.line}: ${e.message}\n`);
    if (errors.length > 20) cli.err.write(`therapy-claims: ${path}: ${errors.length - 20} more malformed lines\n`);
  };
  let ptp: readonly PtpRow[] = PTP_CORE_ROWS;
  let ptpRelease: NcciReleaseInfo = PTP_RELEASE;
  if (ptpPaths !== undefined && ptpPaths.length > 0) {
    const rows: PtpRow[] = [];
    for (const path of ptpPaths) {
      const parsed = parseNcciPtpFile(readText(path), { file: basename(path) });
      report(path, parsed.errors);
      // One at a time: spread as arguments, a real part's hundreds of thousands of rows overflow the stack.
      pushAll(rows, parsed.rows);
    }
    if (rows.length === 0) throw new UsageError(`no PTP edit rows could be read from ${ptpPaths.join(", ")}`);
    ptp = rows;
    ptpRelease = ptpReleaseOf(ptpPaths, cli);
  }
  let mue: readonly MueRow[] = MUE_ROWS;
  let mueRelease: NcciReleaseInfo = MUE_RELEASE;
  let setting: MueSetting | undefined;
  if (muePath !== undefined) {
    const parsed = parseMueFile(readText(muePath), { file: basename(muePath), ...(mueIndicator !== undefined ? { adjudicationIndicator: mueIndicator } : {}) });
    report(muePath, parsed.errors);
    if (parsed.rows.length === 0) {
      // A Medicaid MUE table has no indicator column: the CLI's way to give one is --mue-indicator.
      const hint = mueIndicator === undefined && parsed.errors.some((e) => e.message.includes("adjudicationIndicator")) ? " (give --mue-indicator 1, 2 or 3, as the state applies its MUEs)" : "";
      throw new UsageError(`no MUE rows could be read from ${muePath}${hint}`);
    }
    mue = parsed.rows;
    mueRelease = mueReleaseOf(muePath, cli);
    setting = parsed.rows[0]?.setting;
  }
  const bundledPtp = ptp === PTP_CORE_ROWS;
  const ncci = createNcciTables({ ptp, mue, release: { ptp: ptpRelease, mue: mueRelease, ...(bundledPtp ? { caveat: BUNDLED_NCCI_CAVEAT } : {}) } });
  return { ncci, ...(setting === "outpatient-hospital" ? { setting } : {}) };
}

/**
 * Collects output and writes it in chunks of at least 64 KiB; `flush` waits for the stream to
 * drain when its buffer is full, so memory stays bounded however many reports there are.
 */
class Output {
  private buffer: string[] = [];
  private size = 0;
  constructor(private readonly stream: NodeJS.WriteStream) {}

  write(text: string): void {
    this.buffer.push(text);
    this.size += text.length;
  }

  /** Writes what was collected once there is 64 KiB of it (or always, with `force`). */
  async flush(force = false): Promise<void> {
    if (this.size === 0 || (!force && this.size < 64 * 1024)) return;
    const chunk = this.buffer.join("");
    this.buffer = [];
    this.size = 0;
    if (!this.stream.write(chunk)) await new Promise<void>((resolve) => this.stream.once("drain", resolve));
  }
}

/**
 * Where a report's session was in the input: `{ line: 3 }` (a line of NDJSON), `{ item: 2 }` (an
 * element of a JSON array over several lines), `{ line: 3, item: 2 }` (of an array on one line), `{}` (the one JSON document). The JSON and NDJSON outputs carry it as
 * each report's `input`, so a report can be matched to its visit when a line was skipped or a
 * FHIR Claim made several reports. `entry`: the index in `Bundle.entry` (from 0, as FHIRPath
 * counts) of the Claim a FHIR Bundle held.
 */
type InputPosition = { readonly line?: number; readonly item?: number; readonly entry?: number };

/** Prints reports in the chosen format as they come, and keeps the counts. */
class ReportPrinter {
  count = 0;
  invalid = 0;
  private readonly progress: boolean;
  private progressShown = false;
  /** The visit-wide infos printed in full so far (text format): a repeat is one line. */
  private readonly seen = new Map<string, string>();

  constructor(readonly output: Output, private readonly format: Format, private readonly err: NodeJS.WriteStream) {
    this.progress = err.isTTY === true;
  }

  add(report: Report, label: string, input: InputPosition): void {
    this.count++;
    if (!report.valid) this.invalid++;
    if (this.format === "ndjson") this.output.write(JSON.stringify({ ...report, input }) + "\n");
    else if (this.format === "json") this.output.write((this.count === 1 ? "[\n" : ",\n") + JSON.stringify({ ...report, input }, null, 2));
    else this.output.write((this.count === 1 ? "" : "\n") + formatTextReport(report, label, this.seen));
    if (this.progress && this.count >= 2000 && this.count % 1000 === 0) {
      this.err.write(`\rtherapy-claims: checked ${this.count} sessions...`);
      this.progressShown = true;
    }
  }

  /** Checks every value of a list (a JSON array, or a one-line array in NDJSON), flushing as it goes. */
  async addAll(items: readonly unknown[], check: (value: unknown, at: InputPosition) => void, line?: number): Promise<void> {
    for (let i = 0; i < items.length; i++) {
      check(items[i], line === undefined ? { item: i + 1 } : { line, item: i + 1 });
      await this.output.flush();
    }
  }

  async end(): Promise<void> {
    if (this.format === "json") this.output.write(this.count === 0 ? "[]\n" : "\n]\n");
    if (this.format === "text") {
      const valid = this.count - this.invalid;
      this.output.write(`\n${count(this.count, "session")} checked: ${valid} ready to bill, ${this.invalid} with errors.\n`);
    }
    await this.output.flush(true);
    if (this.progressShown) this.err.write(`\rtherapy-claims: checked ${this.count} sessions.   \n`);
  }
}

/** Why a file could not be read, in words (not ENOENT). */
function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory, not a file" : code === "EACCES" ? "permission denied" : String((error as Error).message);
}

function openInput(file: string | undefined): { stream: Readable; name: string } {
  if (file === undefined || file === "-") {
    process.stdin.setEncoding("utf8");
    return { stream: process.stdin, name: "standard input" };
  }
  try {
    if (!statSync(file).isFile()) throw new UsageError(`${file} is not a file`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${file}: ${readError(error)}`);
  }
  return { stream: createReadStream(file, { encoding: "utf8" }), name: file };
}

/**
 * The parser's complaint without the snippet of input it quotes (it may hold patient data):
 * V8 writes `Unexpected token 'o', "{"note"... is not valid JSON`, the snippet cut with "..."
 * at either end or both.
 */
function jsonError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/, (?:\.\.\.)?".*$/s, "").slice(0, 200);
}

/** What is wrong with one line of JSON, and at which column (`column 12: a comma before ']' …`), in words that quote none of it. */
function inLine(line: string, error: unknown): string {
  const m = jsonMistake(line, error);
  return m === undefined ? jsonError(error) : `column ${m.column}: ${m.words}`;
}

/** The payer fields --payer and --plan give every session: `program`, `name`. */
type GivenPayer = { readonly program?: Program; readonly name?: string };

/**
 * A session with --payer's program (and --plan's name) as its payer's, so that every check sees
 * one payer: the profile alone switched the CQ/KX checks to Medicaid's while the Medicare
 * plan-of-care rules, which read the session's program, still ran. A session that sends no payer
 * gets --payer's, as a FHIR Claim does (an export of one payer's visits often leaves it out; it
 * was reported "payer is required" under --payer medicare). The input is not changed; a payer
 * that is not an object ("medicare") is left for validateSession to report.
 */
function withProgram(value: unknown, given: GivenPayer | undefined): unknown {
  if (given === undefined || !isRecord(value)) return value;
  if (value.payer === undefined) return { ...value, payer: given };
  if (!isRecord(value.payer)) return value;
  return { ...value, payer: { ...value.payer, ...given } };
}

/** The FHIR resource type a value names (`Claim`, `Bundle`, `Encounter`): a `resourceType` written as FHIR writes them, else undefined. */
function fhirResourceType(value: unknown): string | undefined {
  const type = isRecord(value) ? value.resourceType : undefined;
  return typeof type === "string" && /^[A-Z][A-Za-z]{1,63}$/.test(type) ? type : undefined;
}

function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** How many sessions the CLI reads before it checks them together (validateSessions' own batch). */
const BATCH = 100;

/**
 * Reads sessions and prints their reports. NDJSON is read and checked line by line; a JSON
 * document (one session or an array) is read whole. Returns the exit status.
 */
async function runValidate(file: string | undefined, format: Format, options: ValidateOptions, given: GivenPayer | undefined, cli: Cli): Promise<number> {
  const { stream, name } = openInput(file);
  const printer = new ReportPrinter(new Output(cli.out), format, cli.err);
  let emptyClaims = 0;
  /**
   * One value's reports. A FHIR R4 Claim (a line of a FHIR bulk export) is read as its sessions,
   * one per date and discipline (therapy-claims/fhir), the --payer program and --plan name as their payer;
   * checking it as a session would report every field of a session as missing.
   */
  // The plans the --pair-overlays rules name (upper case -> as written), and those some visit was checked as:
  // a plan no visit had ("Acme Heath", or Claims without --plan) means its rules applied to none.
  const plans = new Map<string, string>();
  for (const o of options.payer?.pairOverlays ?? []) if (typeof o.plan === "string") plans.set(o.plan.trim().toUpperCase(), o.plan.trim());
  const plansSeen = new Set<string>();
  let claims = 0;
  // `bundle`: the Bundle a Claim came from, so a care-team member that references another of its entries is read (edge24).
  const check = (value: unknown, at: InputPosition, bundle?: unknown): void => {
    const where = [at.line !== undefined ? `line ${at.line}` : "", at.item !== undefined ? `item ${at.item}` : "", at.entry !== undefined ? `Bundle.entry[${at.entry}]` : ""].filter((x) => x !== "").join(", ");
    const resourceType = fhirResourceType(value);
    // A FHIR Bundle (a search's answer, a transaction) is its Claims; any other FHIR resource is no visit (BUNDLE, twenty-third round):
    // both were checked as a session, and reported dateOfService, provider and services missing.
    if (resourceType === "Bundle" && at.entry === undefined) {
      const found = claimsFromFhirBundle(value);
      for (const { claim, entry, bundle } of found) check(claim, { ...at, ...(entry !== undefined ? { entry } : {}) }, bundle);
      if (found.length === 0) {
        emptyClaims++;
        const held = [...new Set(arrayOf((value as { entry?: unknown }).entry).map((e) => fhirResourceType((e as { resource?: unknown } | null)?.resource)))].filter((t) => t !== undefined);
        cli.err.write(`therapy-claims: ${name}${where === "" ? "" : `, ${where}`}: a FHIR Bundle with no Claim (${held.length > 0 ? `it holds ${held.slice(0, 6).join(", ")}${held.length > 6 ? "…" : ""}` : "it has no entries"}): nothing to check\n`);
      }
      return;
    }
    if (resourceType !== undefined && resourceType !== "Claim") {
      emptyClaims++;
      cli.err.write(`therapy-claims: ${name}${where === "" ? "" : `, ${where}`}: a FHIR ${resourceType}, not a Claim: nothing to check (the CLI reads sessions, FHIR Claims and Bundles of Claims)\n`);
      return;
    }
    const claim = resourceType === "Claim";
    // A Claim names no payer: --payer's program and --plan's name are its payer (without a program, validateSession reports it missing).
    if (claim) claims++;
    const sessions = claim ? sessionsFromFhirClaim(value, { ...(given !== undefined ? { payer: given as Session["payer"] } : {}), ...(bundle !== undefined ? { bundle } : {}) }) : [withProgram(value, given)];
    if (sessions.length === 0) {
      emptyClaims++;
      cli.err.write(`therapy-claims: ${name}${where === "" ? "" : `, ${where}`}: a FHIR Claim with no items: nothing to check\n`);
    }
    const about = [where, claim ? "FHIR Claim" : ""].filter((x) => x !== "").join(", ");
    for (const session of sessions) {
      pending.push({ session, about, at });
      if (pending.length === BATCH) checkPending();
    }
  };
  // The sessions read and not yet checked: validateSessions checks them together, check by check
  // (about 4% sooner a visit than one validateSession each), and they are printed in the order read.
  let pending: { session: unknown; about: string; at: InputPosition }[] = [];
  const checkPending = (): void => {
    const batch = pending;
    pending = [];
    const reports = validateSessions(batch.map((p) => p.session), options);
    batch.forEach(({ session, about, at }, k) => {
      const report = reports[k]!;
      const plan = report.session?.payer.name;
      if (plans.size > 0 && plan !== undefined) plansSeen.add(plan.trim().toUpperCase());
      // A visit that could not be checked has no session to name it: its own id, if it sent one, still does.
      const id = (session as { id?: unknown } | null)?.id;
      const named = report.session === null && typeof id === "string" && id !== "" ? ` (${id.length > 64 ? `${id.slice(0, 64)}…` : id})` : "";
      printer.add(report, `Session ${printer.count + 1}${about === "" ? "" : ` (${about})`}${named}`, at);
    });
  };
  // "pending": the first line is not JSON although it is complete; the next line decides.
  let mode: "unknown" | "pending" | "ndjson" | "document" = "unknown";
  let firstLineError = "";
  // The first line stops short: the input opens one JSON document over several lines.
  let opened = false;
  let firstLine = 0;
  const document: string[] = [];
  let lineNumber = 0;
  let badLines = 0;
  try {
    for await (const lines of lineBatches(stream)) {
      for (let line of lines) {
        lineNumber++;
        // A UTF-8 byte order mark (Windows editors, spreadsheet exports) is not part of the JSON.
        if (lineNumber === 1 && line.startsWith("\uFEFF")) line = line.slice(1);
        if (mode === "document") {
          document.push(line);
          continue;
        }
        const text = line.trim();
        if (text === "") continue;
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch (error) {
          if (mode === "unknown") {
            // A line that stops short ("{", "[") opens a JSON document; one with a mistake inside may be a bad NDJSON line.
            mode = /Unexpected end of JSON input/.test(String(error)) ? "document" : "pending";
            opened = mode === "document";
            firstLineError = inLine(line, error);
            firstLine = lineNumber;
            document.push(line);
            continue;
          }
          if (mode === "pending") {
            mode = "document";
            document.push(line);
            continue;
          }
          badLines++;
          cli.err.write(`therapy-claims: ${name}, line ${lineNumber}: not valid JSON (${inLine(line, error)}); line skipped\n`);
          continue;
        }
        if (mode === "pending") {
          // The second line is JSON on its own: NDJSON whose first line is broken. Name it, check the rest.
          mode = "ndjson";
          document.length = 0;
          badLines++;
          cli.err.write(`therapy-claims: ${name}, line ${firstLine}: not valid JSON (${firstLineError}); line skipped\n`);
        }
        if (mode === "unknown" && Array.isArray(value)) {
          // A one-line JSON array: a document, not NDJSON.
          await printer.addAll(value, check, lineNumber);
          mode = "ndjson";
          continue;
        }
        mode = "ndjson";
        // A later line holding a list of sessions (an exporter's batch): each one, as on line 1.
        if (Array.isArray(value)) await printer.addAll(value, check, lineNumber);
        else check(value, { line: lineNumber });
      }
      checkPending();
      await printer.output.flush();
    }
  } catch (error) {
    cli.err.write(`therapy-claims: cannot read ${name}: ${jsonError(error)}\n`);
    return EXIT_UNUSABLE;
  }
  if (mode === "pending") mode = "document";
  if (mode === "document") {
    let value: unknown;
    try {
      value = JSON.parse(document.join("\n"));
    } catch (error) {
      // Where the document's first mistake is, counted in the file's lines (JSON-MISTAKE): V8 names an offset, or no place at all.
      const text = document.join("\n");
      const m = jsonMistake(text, error);
      const where = m === undefined ? jsonError(error) : `line ${firstLine + m.line - 1}, column ${m.column}: ${m.words}`;
      // A first line that only opens the document ("[", "{") says nothing about the mistake.
      cli.err.write(opened ? `therapy-claims: ${name} is not valid JSON: ${where}\n` : `therapy-claims: ${name} is not JSON or NDJSON: line ${firstLine}: ${firstLineError} (as one JSON document: ${where})\n`);
      return EXIT_UNUSABLE;
    }
    if (Array.isArray(value)) await printer.addAll(value, check);
    else check(value, {});
    checkPending();
  }
  if (mode === "unknown") {
    cli.err.write(`therapy-claims: ${name} is empty: no session to check\n`);
    return EXIT_UNUSABLE;
  }
  await printer.end();
  for (const [key, plan] of plans) {
    if (printer.count > 0 && !plansSeen.has(key)) cli.err.write(`therapy-claims: warning: --pair-overlays: no visit was checked as "${plan}", so its pair rules applied to none: check the name against the visits' payer.name${claims > 0 && given?.name === undefined ? " (a FHIR Claim names no plan: give --plan)" : ""}\n`);
  }
  if (badLines > 0) {
    cli.err.write(`therapy-claims: ${count(badLines, "line")} of ${name} ${badLines === 1 ? "was not JSON and was" : "were not JSON and were"} skipped\n`);
    return EXIT_UNUSABLE;
  }
  if (emptyClaims > 0) return EXIT_UNUSABLE;
  return printer.invalid > 0 ? EXIT_INVALID : EXIT_OK;
}

/**
 * The unit calculator the `units` command uses.
 */
const UNIT_CALCULATOR: ((lines: { code: string; minutes: number }[], method: UnitMethod) => ReportUnits) | undefined = (lines, method) =>
  calculateUnits(lines, { method });

function parseUnitArgs(args: readonly string[]): { code: string; minutes: number }[] {
  if (args.length === 0) throw new UsageError("units needs at least one CODE=MINUTES, e.g. 97110=33");
  return args.map((arg) => {
    const m = /^([0-9A-Za-z]{5})=(\d{1,4})$/.exec(arg);
    if (m === null) throw new UsageError(`"${arg}" is not CODE=MINUTES (a 5-character code and whole minutes from 0 to 9999, e.g. 97110=33)`);
    return { code: (m[1] as string).toUpperCase(), minutes: Number(m[2]) };
  });
}

async function runUnits(args: readonly string[], method: UnitMethod, cli: Cli): Promise<number> {
  const lines = parseUnitArgs(args);
  for (const code of new Set(lines.map((l) => l.code))) {
    if (getCode(code) === undefined) cli.err.write(`therapy-claims: warning: ${code} is not a therapy code the library knows; it was counted as a timed code. Verify the code.\n`);
  }
  if (UNIT_CALCULATOR === undefined) {
    cli.err.write("therapy-claims: the unit calculator is not available in this build yet\n");
    return EXIT_UNUSABLE;
  }
  const result = UNIT_CALCULATOR(lines, method);
  const out = formatUnits(result);
  // CALC-SPLIT (twenty-second round): with no 15-minute code formatUnits prints no explanation, but a first period and its
  // add-on are counted together (92607=40 92608=60: 92608 × 1 for its 60 minutes), so the calculator's sentence for each
  // code of a pair (an add-on, or a first code beside its add-on) is printed: "92608 is billed per 30 minutes after
  // 92607's first 60 minutes: 1 unit (60 min + 92607's 40, not timed minutes)".
  if (!result.lines.some((l) => l.timed)) {
    const codes = result.lines.map((l) => l.code);
    const paired = (code: string) => {
      const i = PERIOD_PAIRS.indexOf(code);
      return i >= 0 && (i % 2 === 1 || codes.includes(PERIOD_PAIRS[i ^ 1]!));
    };
    for (const step of result.explanation) if (paired(step.slice(0, step.indexOf(" ")))) out.push(`  - ${step}`);
    // ADD-ON-ALONE (units23): an add-on without its first code (92608=45) is billed as that first code, which has no line
    // of its own: print the bill, "bill 92607 × 1", which the lines above do not show.
    const bill = result.explanation.at(-1) ?? "";
    if (PERIOD_PAIRS.some((c) => !codes.includes(c) && bill.includes(`${c} ×`))) out.push(`  - ${bill}`);
  }
  cli.out.write(out.join("\n") + "\n");
  return EXIT_OK;
}

function reportPeakMemory(cli: Cli): void {
  if (process.env.THERAPY_CLAIMS_REPORT_RSS === "1") {
    cli.err.write(`therapy-claims: peak memory (maxRSS) ${process.resourceUsage().maxRSS} kB\n`);
  }
}

async function main(argv: readonly string[], cli: Cli): Promise<number> {
  const { values, positionals, tokens } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    tokens: true,
    options: {
      format: { type: "string" },
      payer: { type: "string" },
      plan: { type: "string" },
      method: { type: "string" },
      rule: { type: "string", multiple: true },
      "ncci-ptp": { type: "string", multiple: true },
      mue: { type: "string", multiple: true },
      "mue-indicator": { type: "string" },
      "pair-overlays": { type: "string", multiple: true },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
    },
  });
  // An option of one value given twice (--plan "Acme Health" --plan "Beta Care") kept the last in silence: refuse it, as --mue.
  const once: Record<string, string[]> = {};
  for (const t of tokens) if (t.kind === "option" && t.value !== undefined && !["rule", "ncci-ptp", "mue", "pair-overlays"].includes(t.name)) (once[t.name] ??= []).push(t.value);
  for (const [name, list] of Object.entries(once)) if (list.length > 1) throw new UsageError(`--${name} is given ${list.length} times (${list.join(", then ")}): give it once`);
  if (values.version === true) {
    cli.out.write(`${LIBRARY_VERSION}\n`);
    return EXIT_OK;
  }
  const [command, ...rest] = positionals;
  if (values.help === true || command === undefined || command === "help") {
    cli.out.write(HELP);
    return command === undefined && values.help !== true ? EXIT_UNUSABLE : EXIT_OK;
  }
  const method = oneOf(values.method, METHODS, "--method");
  if (command === "units") {
    // Options of validate would change nothing here: say so rather than ignore them.
    const unused = (["format", "payer", "plan", "rule", "ncci-ptp", "mue", "mue-indicator", "pair-overlays"] as const).filter((o) => values[o] !== undefined);
    if (unused.length > 0) throw new UsageError(`--${unused.join(", --")} ${unused.length === 1 ? "is an option" : "are options"} of validate, not units`);
    return runUnits(rest, method ?? "cms", cli);
  }
  if (command !== "validate") throw new UsageError(`unknown command "${command}" (use validate or units)`);
  if (rest.length > 1) throw new UsageError("validate takes one FILE (or - for standard input)");
  const format = oneOf(values.format, FORMATS, "--format") ?? "text";
  const program = oneOf(values.payer, PROGRAMS, "--payer");
  const plan = values.plan?.trim();
  if (plan === "") throw new UsageError('--plan needs the plan\'s name, as the pair rules\' "plan" says it (e.g. --plan "Acme Health")');
  const given: GivenPayer | undefined = program === undefined && plan === undefined ? undefined : { ...(program !== undefined ? { program } : {}), ...(plan !== undefined ? { name: plan } : {}) };
  const payer = payerOverride(method, loadPairOverlays(values["pair-overlays"], cli));
  const rules = parseRules(values.rule);
  // One MUE table: a second would silently replace the first.
  if ((values.mue?.length ?? 0) > 1) throw new UsageError(`--mue is given ${values.mue?.length} times: give one MUE table (the practitioner one, or the outpatient-hospital one for facility claims)`);
  const indicator = oneOf(values["mue-indicator"], MUE_INDICATORS, "--mue-indicator");
  if (indicator !== undefined && values.mue === undefined) throw new UsageError("--mue-indicator goes with --mue (the MUE table it applies to)");
  const loaded = loadNcciTables(values["ncci-ptp"], values.mue?.[0], indicator === undefined ? undefined : (Number(indicator) as MueAdjudicationIndicator), cli);
  const options: ValidateOptions = {
    ...(payer !== undefined ? { payer } : {}),
    ...(rules !== undefined ? { rules } : {}),
    ...loaded,
  };
  return runValidate(rest[0], format, options, given, cli);
}

const cli: Cli = { out: process.stdout, err: process.stderr };
// A reader that stops early (`| head`) closes the pipe: stop quietly, as Unix tools do.
cli.out.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? EXIT_OK);
  throw error;
});
main(process.argv.slice(2), cli)
  .catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    // node:util parseArgs says "Unknown option '--nope'. To specify a positional argument ..., as in '-- "--nope"": name the option only.
    const unknown = code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" ? /'([^']+)'/.exec((error as Error).message)?.[1] : undefined;
    const message =
      unknown !== undefined ? `unknown option ${unknown}` : error instanceof UsageError || (error instanceof TypeError && code !== undefined) ? (error as Error).message : `unexpected failure: ${jsonError(error)}`;
    cli.err.write(`therapy-claims: ${message}\nRun therapy-claims --help for usage.\n`);
    return EXIT_UNUSABLE;
  })
  .then((code) => {
    reportPeakMemory(cli);
    process.exitCode = code;
  });
