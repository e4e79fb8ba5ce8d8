/**
 * Authorities the documentation rules cite beyond the shared `SOURCES` (src/model/sources.ts).
 * Each is public text; the domain reference (docs §3, §4, §9, §10) says how it was read.
 */
import type { Source } from "../model/source.js";
import { SOURCES } from "../model/sources.js";

/**
 * Sources used only by the lint rules.
 *
 * @example
 * ```ts
 * LINT_SOURCES.fcso97530.url; //=> "https://medicare.fcso.com/medical-affairs/part-service-specific-review-cpt-97530-therapeutic-activities"
 * ```
 */
// Built in a function marked pure, as KNOWN_MODIFIERS is: esbuild keeps a top-level read such as `SOURCES.cpm5_20_2` (a
// getter could run). The titles and addresses that `SOURCES` already holds are read from it, not written again: written
// twice, far apart in the bundle, they cost the main entry their bytes twice (twenty-fourth round, branch `size24`).
export const LINT_SOURCES = /* @__PURE__ */ (() => ({
  fcso97530: {
    title: "First Coast Service Options (MAC JN): service-specific review of CPT 97530 therapeutic activities",
    section: "Findings: services not documented as skilled; notes not supporting dynamic functional activities",
    url: "https://medicare.fcso.com/medical-affairs/part-service-specific-review-cpt-97530-therapeutic-activities",
  },
  noridian97530: {
    title: "Noridian JF: therapeutic activities (CPT 97530) targeted probe-and-educate review results",
    section: "Top denial reasons: skilled need not shown, time and activity not documented, plan of care not certified",
    url: "https://med.noridianmedicare.com/web/jfb/cert-review/mr/review-results/97530",
  },
  lcd97530: {
    title: "MAC outpatient physical and occupational therapy LCD text on 97530 (functional activities such as bending, lifting, carrying, reaching) as restated by pt-management.com",
    section: "Therapeutic activities vs therapeutic exercise",
    url: "https://pt-management.com/blog/appropriate-use-and-documentation-of-therapeutic-activities-97530/",
  },
  lcd97116: {
    title: "MAC outpatient therapy LCD text on 97116 (not necessary when the goal is strength and endurance), as quoted by AAPC",
    section: "Pub. 100-02 ch. 15 §220.2, §220.3 E",
    url: "https://aapc.com/codes/coding-newsletters/my-physical-medicine-rehab-coding-alert/reader-question-explore-possibilities-for-gait-training-denial-141830-article",
  },
  dysphagia92526: {
    title: "NCD 170.3, Speech-Language Pathology Services for the Treatment of Dysphagia; ASHA on coding dysphagia treatment as 92526",
    section: "NCCI PTP ccipra-v301r0 (2024 Q2): no 92507/92526 edit",
    url: "https://www.cms.gov/medicare-coverage-database/view/ncd.aspx?NCDId=192",
  },
  canalith95992: {
    title: "CY 2011 Medicare PFS final rule: 95992 payable to therapists (MM6397: 97112 in 2009-2010)",
    section: "NCCI PTP ccipra-v301r0: 95992/97112, modifier indicator 1; First Coast LCD L28992",
    url: SOURCES.canalith95992.url,
  },
  clonedText: {
    title: "Pub. 100-02 ch. 15 §220.3 E (each intervention identified); NGS (MAC) on cloned documentation",
    section: "Text worded exactly like other entries lacks individual information",
    url: "https://www.ngsmedicare.com/web/ngs/documentation?selectedArticleId=1459133",
  },
  cptOneOnOne: {
    title: "CPT therapeutic-procedures guideline (97110–97546 require direct one-on-one contact; 97150 is the group code), with CMS group-therapy policy",
    section: "Pub. 100-02 ch. 15 §230.1–230.2; APTA 'One-on-one versus group therapy'",
    url: SOURCES.mbpm15_220_3_e.url,
  },
  codeChanges: {
    title: "CPT code-set changes adopted by CMS: evaluations 97161–97168 (CY 2017 PFS), G0515 for 97532 (2018–2019), 97129/97130 (CY 2020)",
    section: "CY 2017 PFS final rule; ASHA and AOTA notices",
    url: SOURCES.cognitiveCodes.url,
  },
  pocException2025: {
    title: "CY 2025 PFS final rule: exception to the plan-of-care certification signature (42 CFR 424.24(c); 89 FR 97912–97918), as summarised by APTA and Noridian JE",
    section: "Referral on file plus plan sent to the referring practitioner within 30 days",
    url: "https://www.apta.org/your-practice/payment/medicare-payment/coding-billing/medicares-new-exception-plan-of-care-certification-requirement",
  },
  planBeforeTreatment: {
    title: "42 CFR 410.61(b); Medicare Benefit Policy Manual (Pub. 100-02)",
    section: "ch. 15, §220.1.2 (the plan is established before treatment begins)",
    url: "https://www.ecfr.gov/current/title-42/chapter-IV/subchapter-B/part-410/subpart-B/section-410.61",
  },
  evaluationReport: {
    title: SOURCES.mbpm15_220_3_e.title,
    section: "ch. 15, §220.3 C (evaluation/re-evaluation and plan of care)",
    url: SOURCES.mbpm15_220_3_e.url,
  },
  lintOptions: {
    title: "therapy-claims lintDocumentation options",
    section: "options.rules",
  },
}) as const satisfies Record<string, Source>)();
