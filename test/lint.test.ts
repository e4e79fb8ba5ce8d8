import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRule } from "../src/rules/create-rule.js";
import { lintDocumentation } from "../src/lint.js";
import { analyzeText } from "../src/rules/text/analyze-text.js";
import { RULES } from "../src/rules/registry.js";
import type { Finding } from "../src/model/finding.js";
import type { Session } from "../src/model/session.js";
import { line, session } from "./rules/helpers.js";
import { generateSessions } from "../bench/generate.mjs";
import { parseSession } from "../src/model/index.js";

/** Realistic, well-documented visits written the way therapists write (abbreviations, lists). */
const WELL_DOCUMENTED: readonly [string, Session][] = [
  [
    "PT: 97530 + 97110 after TKA",
    {
      id: "enc-1001",
      dateOfService: "2025-03-14",
      payer: { program: "medicare" },
      provider: { discipline: "PT", credential: "PT" },
      services: [
        line("97530", "STS from 18\" mat x10 w/ min A -> CGA, VCs for nose over toes & hand placement; car transfer sim x3; lifting 5# laundry basket floor to counter x5 w/ TCs for hip hinge", { minutes: 24, units: 2, modifiers: ["GP"], goalIds: ["G2"] }),
        line("97110", "B LE ther ex: quad sets, SLR 3x10, heel slides 2x15, 2# ankle wts LAQ 3x10; progressed SLR to 2#", { minutes: 16, units: 1, modifiers: ["GP"], goalIds: ["G1"] }),
      ],
      totalTimedMinutes: 40,
      totalTreatmentMinutes: 40,
      note: {
        subjective: "Pt reports R knee pain 4/10, stiffness in AM. Walking to mailbox w/ RW.",
        objective: "R knee AROM 5-98 deg. Vitals stable.",
        assessment: "Improved STS from min A to CGA. Tolerated progression w/o increased pain. Cont to require VCs for safe hand placement.",
        plan: "Progress to stairs & community amb; update HEP.",
      },
      planOfCare: {
        startOfCare: "2025-03-03",
        certifiedOn: "2025-03-06",
        certifiedThrough: "2025-05-31",
        goals: [{ id: "G1", text: "R knee flexion 110 deg" }, { id: "G2", text: "Indep STS & car transfers" }],
        treatmentDaysSinceProgressReport: 5,
      },
    },
  ],
  [
    "OT: 97535 + 97530 after hip fracture, 2025 referral exception",
    {
      dateOfService: "2025-06-10",
      payer: { program: "medicare" },
      provider: { discipline: "OT", credential: "OT" },
      services: [
        line("97535", "LB dressing w/ reacher & sock aid, mod I for pants, SBA for socks; educated on posterior hip precautions; tub bench transfer training", { minutes: 25, units: 2, modifiers: ["GO"], goalIds: ["OT1"] }),
        line("97530", "Kitchen mobility w/ RW: retrieving items from low cabinet using reacher, carrying light items on walker tray, standing tolerance at counter 8 min", { minutes: 15, units: 1, modifiers: ["GO"], goalIds: ["OT2"] }),
      ],
      totalTimedMinutes: 40,
      totalTreatmentMinutes: 40,
      note: {
        text: "Pt motivated, c/o mild fatigue after dressing; required 1 seated rest break (not billed). Demonstrated carryover of hip precautions 4/5 opportunities. Plan: simulate meal prep next session.",
      },
      planOfCare: {
        startOfCare: "2025-05-20",
        referralOnFile: true,
        planSentToReferrerOn: "2025-05-22",
        goals: [{ id: "OT1", text: "LB dressing mod I w/ AE" }, { id: "OT2", text: "Light meal prep at RW level" }],
        treatmentDaysSinceProgressReport: 7,
        certifiedThrough: "2025-08-17",
      },
    },
  ],
  [
    "SLP: 92507 + 97129 after CVA",
    {
      dateOfService: "2025-09-02",
      payer: { program: "medicare" },
      provider: { discipline: "SLP", credential: "SLP" },
      services: [
        line("92507", "Confrontation naming at word level 16/20 (80% acc) w/ min semantic cues; sentence generation w/ phonemic cues", { minutes: 30, units: 1, modifiers: ["GN"], goalIds: ["ST1"] }),
        line("97129", "Medication management task: pill organizer set-up for 7 days w/ written checklist strategy, 2 errors self-corrected", { minutes: 15, units: 1, modifiers: ["GN"], goalIds: ["ST2"] }),
      ],
      totalTimedMinutes: 15,
      totalTreatmentMinutes: 45,
      note: {
        assessment: "Naming accuracy improved from 60% last week. Pt engaged throughout, reported less frustration with word-finding.",
        plan: "Fade cues to phrase level; add alternating attention tasks.",
      },
      planOfCare: {
        startOfCare: "2025-08-04",
        certifiedOn: "2025-08-08",
        certifiedThrough: "2025-11-01",
        goals: [{ id: "ST1", text: "Name common objects 90% acc" }, { id: "ST2", text: "Manage weekly meds indep w/ strategy" }],
        treatmentDaysSinceProgressReport: 3,
      },
    },
  ],
];

describe("realistic well-documented sessions", () => {
  it.each(WELL_DOCUMENTED)("%s: no error and no warning", (_name, s) => {
    const loud = lintDocumentation(s).filter((f) => f.severity !== "info");
    expect(loud).toEqual([]);
  });
});

describe("engine", () => {
  const poor = session({ services: [line("97530", "therapy session", { goalIds: [] })], note: { plan: "cont" } });

  it("findings come out rule by rule in id order", () => {
    const rules = lintDocumentation(poor).map((f) => f.rule);
    expect(rules).toEqual([...rules].sort());
  });

  it("options.rules overrides a severity", () => {
    const f = lintDocumentation(poor, { rules: { "doc/activity-too-vague": "error" } }).filter((x) => x.rule === "doc/activity-too-vague");
    expect(f.map((x) => x.severity)).toEqual(["error"]);
  });

  it("options.rules turns a rule off", () => {
    const f = lintDocumentation(poor, { rules: { "doc/activity-too-vague": "off" } });
    expect(f.some((x) => x.rule === "doc/activity-too-vague")).toBe(false);
  });

  it("a no-data finding stays info whatever severity is configured", () => {
    const s = session({ services: [line("97150", "Group balance", { contact: "group" })] });
    const f = lintDocumentation(s, { rules: { "doc/group-size": "error" } }).filter((x) => x.rule === "doc/group-size");
    expect(f.map((x) => x.severity)).toEqual(["info"]);
  });

  it("unknown rule ids and invalid settings are ignored and reported once at info", () => {
    const f = lintDocumentation(poor, { rules: { "doc/activty-missing": "off", "doc/group-size": "loud" as never } });
    const unknown = f.filter((x) => x.rule === "lint/unknown-rule");
    expect(unknown).toHaveLength(1);
    expect(unknown[0]!.severity).toBe("info");
    expect(unknown[0]!.message).toContain("doc/activty-missing");
    expect(unknown[0]!.message).toContain("doc/group-size");
  });

  const houseRule = createRule({
    id: "house/plan-present",
    defaultSeverity: "warning",
    description: "The note states a plan.",
    source: { title: "Clinic documentation policy" },
    check: (ctx) => (ctx.session.note?.plan ? [] : [{ message: "The note has no plan.", path: ["note", "plan"] }]),
  });

  it("extraRules add a user's rule, with its docs path filled in from the id", () => {
    expect(houseRule.meta.docs).toBe("docs/rules/house/plan-present.md");
    const f = lintDocumentation(session({ note: { text: "Pt reports no pain, VCs given" } }), { extraRules: [houseRule] });
    expect(f.filter((x) => x.rule === "house/plan-present").map((x) => x.severity)).toEqual(["warning"]);
  });

  it("each finding keeps its rule's severity when user rules sort among the built-in ones (the built-ins' severities are read once, twentieth round)", () => {
    // "doc/00-first" sorts before every built-in rule, "house/middle" between doc/ and poc/: a table of the built-in rules'
    // severities read by the wrong index would give a built-in finding its neighbour's severity.
    const first = createRule({ ...houseRule.meta, id: "doc/00-first", defaultSeverity: "info", check: () => [{ message: "first" }] });
    const middle = createRule({ ...houseRule.meta, id: "house/middle", defaultSeverity: "error", check: () => [{ message: "middle" }] });
    const sessions = generateSessions(150, 20).map((s) => parseSession(JSON.parse(JSON.stringify(s))));
    const severities = new Set<string>();
    for (const s of sessions) {
      const alone = lintDocumentation(s);
      for (const f of alone) severities.add(f.severity);
      for (const extraRules of [[first], [middle], [middle, first]]) {
        const f = lintDocumentation(s, { extraRules });
        expect(f.filter((x) => !x.rule.startsWith("house/") && x.rule !== "doc/00-first")).toEqual(alone);
        expect(f.filter((x) => x.rule === "doc/00-first" || x.rule === "house/middle").map((x) => `${x.rule} ${x.severity}`)).toEqual(
          extraRules.map((r) => r.meta.id).sort().map((id) => `${id} ${id === "doc/00-first" ? "info" : "error"}`),
        );
      }
    }
    // The bench's sessions get findings of every severity (so a misread index shows).
    expect([...severities].sort()).toEqual(["error", "info", "warning"]);
  });

  it("a user rule reads the text facts as plain data (a copy keeps contentWords), and its presence changes no built-in finding", () => {
    const text = "Pt tolerated well, therapy session";
    const seen: unknown[] = [];
    const reader = createRule({
      ...houseRule.meta,
      id: "house/reads-text",
      check: (ctx) => {
        seen.push({ ...ctx.text(text) }, JSON.parse(JSON.stringify(ctx.text(text))));
        return [];
      },
    });
    const s = session({ services: [line("97110", text, { minutes: 15, units: 1 })] });
    const withReader = lintDocumentation(s, { extraRules: [reader] });
    expect(seen).toEqual([analyzeText(text), analyzeText(text)]);
    expect(Object.keys(seen[0]!)).toEqual(["tokenCount", "terms", "contentWords"]);
    expect(withReader).toEqual(lintDocumentation(s));
    expect(lintDocumentation(s).map((f) => f.rule)).toContain("doc/activity-too-vague");
  });

  it("a user rule with a built-in id is skipped (an error), not a silent replacement; the built-in rule runs (test/lint-reserved-ids.test.ts)", () => {
    const replacement = createRule({ ...houseRule.meta, id: "doc/activity-too-vague", check: () => [] });
    const f = lintDocumentation(poor, { extraRules: [replacement] });
    expect(f.filter((x) => x.rule === "lint/invalid-extra-rule").map((x) => x.severity)).toEqual(["error"]);
    expect(f.some((x) => x.rule === "doc/activity-too-vague")).toBe(true);
  });

  it("a throwing user rule becomes an error finding naming the rule; the others still run", () => {
    const thrower = createRule({ ...houseRule.meta, id: "house/broken", check: () => { throw new Error("boom"); } });
    const f = lintDocumentation(poor, { extraRules: [thrower] });
    const broken = f.filter((x) => x.rule === "house/broken");
    expect(broken).toHaveLength(1);
    expect(broken[0]!.severity).toBe("error");
    expect(broken[0]!.message).toContain("house/broken");
    expect(broken[0]!.message).toContain("boom");
    expect(f.some((x) => x.rule === "doc/activity-too-vague")).toBe(true);
  });

  it("a user rule returning garbage becomes an error finding", () => {
    const bad = createRule({ ...houseRule.meta, id: "house/garbage", check: () => "nope" as never });
    expect(lintDocumentation(poor, { extraRules: [bad] }).filter((x) => x.rule === "house/garbage")[0]!.severity).toBe("error");
  });

  it.each([
    ["null", null],
    ["{}", {}],
    ["meta: null", { meta: null, check: () => [] }],
    ["a numeric id", { meta: { id: 5 }, check: () => [] }],
    ["a meta getter that throws", { get meta(): never { throw new Error("no meta"); }, check: () => [] }],
  ])("an extraRules entry that is not a rule (%s) is one error naming its place; the other rules' findings stay", (_name, entry) => {
    const f = lintDocumentation(poor, { extraRules: [houseRule, entry as never] });
    const invalid = f.filter((x) => x.rule === "lint/invalid-extra-rule");
    expect(invalid).toHaveLength(1);
    expect(invalid[0]).toMatchObject({ severity: "error", path: ["options", "extraRules", 1] });
    expect(invalid[0]!.message).toContain("options.extraRules[1] is not a rule");
    expect(f.filter((x) => x.rule !== "lint/invalid-extra-rule")).toEqual(lintDocumentation(poor, { extraRules: [houseRule] }));
  });

  it.each([["{}", {}], ["5", 5], ["a string", "house/x"], ["a single rule", houseRule]])("an extraRules that is not an array (%s) is one error; the built-in findings stay", (_name, extra) => {
    const f = lintDocumentation(poor, { extraRules: extra as never });
    expect(f[0]).toMatchObject({ rule: "lint/invalid-extra-rule", severity: "error", path: ["options", "extraRules"] });
    expect(f.slice(1)).toEqual(lintDocumentation(poor));
  });

  it.each([
    ["a defaultSeverity getter that throws", { meta: { id: "house/odd", source: houseRule.meta.source, get defaultSeverity(): never { throw new Error("no severity"); } }, check: () => [{ message: "x" }] }],
    ["no source to cite", { meta: { id: "house/odd", defaultSeverity: "warning" }, check: () => [{ message: "x" }] }],
    ["a good report, then garbage", { meta: { ...houseRule.meta, id: "house/odd" }, check: () => [{ message: "kept?" }, null] }],
    ["no check", { meta: { ...houseRule.meta, id: "house/odd" } }],
  ])("a user rule with %s fails alone: one error naming it, nothing else from it", (_name, rule) => {
    const f = lintDocumentation(poor, { extraRules: [rule as never] });
    const odd = f.filter((x) => x.rule === "house/odd");
    expect(odd).toHaveLength(1);
    expect(odd[0]).toMatchObject({ severity: "error" });
    expect(odd[0]!.message).toContain("Rule house/odd failed and was skipped");
    expect(f.filter((x) => x.rule !== "house/odd")).toEqual(lintDocumentation(poor));
  });

  it.each([[null, "null"], [undefined, "undefined"], ["2025-03-14", "string"], [5, "number"]])(
    "lintDocumentation(%j) throws a TypeError saying a session object was expected (was: Cannot read properties of …)",
    (value, got) => {
      expect(() => lintDocumentation(value as never)).toThrow(TypeError);
      expect(() => lintDocumentation(value as never)).toThrow(`lintDocumentation expects a session object (from parseSession), not ${got}.`);
    },
  );

  it("findings survive JSON.stringify unchanged", () => {
    const f = lintDocumentation(poor);
    expect(JSON.parse(JSON.stringify(f))).toEqual(f);
  });

  it("messages never echo the session id", () => {
    const s = { ...poor, id: "PATIENT-SECRET-42" };
    for (const f of lintDocumentation(s)) expect(f.message).not.toContain("PATIENT-SECRET-42");
  });
});

describe("registry", () => {
  it("is sorted by id and each key is its rule's id", () => {
    const ids = Object.keys(RULES);
    expect(ids).toEqual([...ids].sort());
    for (const [id, rule] of Object.entries(RULES)) {
      expect(rule.meta.id).toBe(id);
      expect(rule.meta.docs).toBe(`docs/rules/${id}.md`);
      expect(rule.meta.source.title.length).toBeGreaterThan(5);
      expect(rule.meta.description.length).toBeGreaterThan(10);
      expect(id).toMatch(/^(doc|poc)\/[a-z0-9-]+$/);
    }
  });

  it("holds every rule the issue lists", () => {
    for (const id of [
      "doc/activity-missing", "doc/activity-too-vague", "doc/97530-reads-as-exercise", "doc/97110-reads-as-functional",
      "doc/non-billable-time", "doc/one-on-one-required", "doc/group-size", "doc/goal-link-missing", "doc/deleted-code",
      "doc/discipline-mismatch", "doc/skilled-need-missing", "doc/patient-response-missing", "poc/certification-missing",
      "poc/certification-expired", "poc/progress-report-due",
    ]) expect(Object.keys(RULES)).toContain(id);
  });

  it("default severities are those of the issue's table", () => {
    const expected: Record<string, string> = {
      "doc/activity-missing": "error", "doc/activity-too-vague": "warning", "doc/97530-reads-as-exercise": "warning",
      "doc/97110-reads-as-functional": "info", "doc/non-billable-time": "warning", "doc/one-on-one-required": "error",
      "doc/group-size": "error", "doc/goal-link-missing": "warning", "doc/deleted-code": "error", "doc/discipline-mismatch": "error",
      "doc/skilled-need-missing": "warning", "doc/patient-response-missing": "warning", "poc/certification-missing": "warning",
      "poc/certification-expired": "error", "poc/progress-report-due": "warning", "poc/plan-of-care-missing": "info",
      "poc/before-start-of-care": "error",
      // Sixteenth round: a missing discharge note is a documentation requirement (MBPM ch. 15 §220.3 D), not a claim edit.
      "poc/discharge-note-missing": "warning",
    };
    for (const [id, sev] of Object.entries(expected)) expect(RULES[id as keyof typeof RULES].meta.defaultSeverity, id).toBe(sev);
  });
});

// ── properties ─────────────────────────────────────────────────────────────────────────

const CODES = ["97110", "97530", "97150", "97532", "97129", "92507", "97161", "97166", "99999", "G0515", "97001", "97140", "97116"];
const text = fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom("SLR 3x10", "sit<>stand w/ min A", "set-up", "pt tolerated well", "VCs", "((((a+)+)+)+", ""));
const isoDate = fc.date({ min: new Date("2015-01-01T00:00:00Z"), max: new Date("2027-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const lineArb = fc.record(
  {
    code: fc.oneof(fc.constantFrom(...CODES), fc.stringMatching(/^[0-9A-Za-z]{5}$/)),
    minutes: fc.nat(120),
    units: fc.nat(8),
    contact: fc.constantFrom("one-on-one", "group", "concurrent", "supervised"),
    groupSize: fc.integer({ min: 1, max: 8 }),
    activity: text,
    goalIds: fc.array(fc.constantFrom("G1", "G2", "G9", ""), { maxLength: 3 }),
  },
  { requiredKeys: ["code"] },
);
const sessionArb: fc.Arbitrary<Session> = fc.record(
  {
    id: fc.string({ maxLength: 10 }),
    dateOfService: isoDate,
    payer: fc.record({ program: fc.constantFrom("medicare", "medicaid", "commercial", "other") }),
    provider: fc.record({ discipline: fc.constantFrom("PT", "OT", "SLP") }),
    services: fc.array(lineArb, { maxLength: 5 }),
    note: fc.record({ subjective: text, objective: text, assessment: text, patientResponse: text, plan: text, text }, { requiredKeys: [] }),
    planOfCare: fc.record(
      {
        startOfCare: isoDate,
        certifiedOn: isoDate,
        certifiedThrough: isoDate,
        goals: fc.array(fc.record({ id: fc.constantFrom("G1", "G2", "G3"), text: fc.string({ maxLength: 20 }) }, { requiredKeys: ["id"] }), { maxLength: 3 }),
        treatmentDaysSinceProgressReport: fc.nat(30),
        referralOnFile: fc.boolean(),
        planSentToReferrerOn: isoDate,
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ["dateOfService", "payer", "provider", "services"] },
) as fc.Arbitrary<Session>;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

const key = (f: Finding) => JSON.stringify({ ...f, path: undefined });

describe("properties", () => {
  it("lintDocumentation never throws on a structurally valid session, and every finding is well formed", () => {
    fc.assert(
      fc.property(sessionArb, (s) => {
        for (const f of lintDocumentation(s)) {
          expect(["error", "warning", "info"]).toContain(f.severity);
          expect(typeof f.message).toBe("string");
          expect(typeof f.source.title).toBe("string");
        }
      }),
      { numRuns: 300 },
    );
  });

  it("lintDocumentation never mutates its input (deep-frozen sessions lint, and equal a copy afterwards)", () => {
    fc.assert(
      fc.property(sessionArb, (s) => {
        const copy = structuredClone(s);
        lintDocumentation(deepFreeze(s));
        expect(s).toEqual(copy);
      }),
      { numRuns: 200 },
    );
  });

  it("the order of the service lines does not change the set of findings (paths aside)", () => {
    fc.assert(
      fc.property(sessionArb, fc.nat(), (s, seed) => {
        const lines = [...s.services];
        const shuffled = lines.map((l, i) => ({ l, k: (i * 7919 + seed) % 104729 })).sort((a, b) => a.k - b.k).map((x) => x.l);
        const a = lintDocumentation(s).map(key).sort();
        const b = lintDocumentation({ ...s, services: shuffled }).map(key).sort();
        expect(b).toEqual(a);
      }),
      { numRuns: 200 },
    );
  });

  it("every finding about a line names that line's code and points into services", () => {
    fc.assert(
      fc.property(sessionArb, (s) => {
        for (const f of lintDocumentation(s)) {
          if (f.path?.[0] !== "services") continue;
          const i = f.path[1] as number;
          expect(f.codes).toEqual([s.services[i]!.code]);
        }
      }),
      { numRuns: 200 },
    );
  });
});
