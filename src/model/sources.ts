import type { Source } from "./source.js";

/**
 * The authorities the library cites, in one place so every rule names them the same way.
 * Each entry is public text; see docs/sources.md for how each was read.
 *
 * @example
 * ```ts
 * SOURCES.cpm5_20_2.section; //=> "ch. 5, §20.2"
 * ```
 */
export const SOURCES = {
  cpm5_20_2: {
    title: "Medicare Claims Processing Manual (Pub. 100-04)",
    section: "ch. 5, §20.2",
    url: "https://www.cms.gov/regulations-and-guidance/guidance/manuals/downloads/clm104c05.pdf",
  },
  cpm5_20_1: {
    title: "Medicare Claims Processing Manual (Pub. 100-04)",
    section: "ch. 5, §20.1 (CQ/CO modifiers)",
    url: "https://www.cms.gov/regulations-and-guidance/guidance/manuals/downloads/clm104c05.pdf",
  },
  cpm5_10_4: {
    title: "Medicare Claims Processing Manual (Pub. 100-04)",
    section: "ch. 5, §10.4; CR 10176 (Transmittal 3814, effective 2018-01-01)",
    url: "https://www.cms.gov/regulations-and-guidance/guidance/manuals/downloads/clm104c05.pdf",
  },
  mbpm15_220_3_e: {
    title: "Medicare Benefit Policy Manual (Pub. 100-02)",
    section: "ch. 15, §220.3 E (treatment note)",
    url: "https://www.cms.gov/regulations-and-guidance/guidance/manuals/downloads/bp102c15.pdf",
  },
  mbpm15_220_3_d: {
    title: "Medicare Benefit Policy Manual (Pub. 100-02)",
    section: "ch. 15, §220.3 D (progress report)",
    url: "https://www.cms.gov/regulations-and-guidance/guidance/manuals/downloads/bp102c15.pdf",
  },
  mbpm15_220_1: {
    title: "Medicare Benefit Policy Manual (Pub. 100-02)",
    section: "ch. 15, §220.1.2–220.1.3 (plan of care, certification)",
    url: "https://www.cms.gov/regulations-and-guidance/guidance/manuals/downloads/bp102c15.pdf",
  },
  mbpm15_220_2: {
    title: "Medicare Benefit Policy Manual (Pub. 100-02)",
    section: "ch. 15, §220.2 (skilled services)",
    url: "https://www.cms.gov/regulations-and-guidance/guidance/manuals/downloads/bp102c15.pdf",
  },
  mbpm15_230: {
    title: "Medicare Benefit Policy Manual (Pub. 100-02)",
    section: "ch. 15, §230.1–230.2 (group and one-on-one therapy)",
    url: "https://www.cms.gov/regulations-and-guidance/guidance/manuals/downloads/bp102c15.pdf",
  },
  ncciManualXI: {
    title: "NCCI Policy Manual for Medicare Services",
    section: "ch. XI (medicine), §H (physical medicine and rehabilitation)",
    url: "https://www.cms.gov/medicare/coding-billing/national-correct-coding-initiative-ncci-edits",
  },
  ncciManualI: {
    title: "NCCI Policy Manual for Medicare Services",
    section: "ch. I (general correct coding policies), modifiers 59 and XE/XS/XP/XU",
    url: "https://www.cms.gov/medicare/coding-billing/national-correct-coding-initiative-ncci-edits",
  },
  cqco: {
    title: "CMS: Billing Examples Using CQ/CO Modifiers for Services Furnished in Whole or in Part by PTAs and OTAs",
    section: "SSA §1834(v); CY 2020 and CY 2022 PFS final rules",
    url: "https://www.cms.gov/medicare/coding-billing/therapy-services/billing-examples-using-cq/co-modifiers-services-furnished-whole-or-part-ptas-and-otas",
  },
  kx: {
    title: "Noridian JE: Per-beneficiary KX modifier thresholds",
    section: "BBA 2018 §50202; annual CRs (CR 12923 for 2023, CR 13371 for 2024)",
    url: "https://med.noridianmedicare.com/web/jea/provider-types/outpatient-therapy/per-beneficiary_kx_modifier_thresholds",
  },
  cptTime: {
    title: "CPT time convention (midpoint rule), as restated by payers",
    section: "Premera provider news 'Billing for time'",
    url: "https://www.premera.com/wa/provider/news/reminders-updates/billing-for-time/",
  },
  cognitiveCodes: {
    title: "ASHA / AOTA notices on cognitive-intervention codes (97532 → 97127/G0515 → 97129/97130)",
    url: "https://www.asha.org/News/2017/New-CPT-Code-for-Cognitive-Function-Intervention-Effective-January-1,-2018/",
  },
  evalCodes2017: {
    title: "CMS CY 2017 PFS final rule: PT/OT evaluation codes 97161–97168 replace 97001–97004",
    url: "https://www.providermagazine.com/Articles/Guest-Columns/Pages/New-Part-B-Evaluation-Codes-For-Therapy-Services-in-2017.aspx",
  },
  slpEvalCodes2014: {
    title: "ASHA notice: SLP evaluation codes 92521–92524 replace 92506 for dates of service from 2014-01-01",
    url: "https://www.asha.org/content.aspx?id=8589941341&LangType=1033",
  },
  ashaSlpCoding: {
    title: "ASHA: Medicare CPT Coding Rules for Speech-Language Pathology Services",
    section: "Designation of time",
    url: "https://www.asha.org/practice/reimbursement/medicare/SLP_coding_rules/",
  },
  canalith95992: {
    title: "First Coast (MAC): LCD L28992 coding guidelines",
    section: "95992, sometimes therapy",
    url: "http://www.cms.gov/medicare-coverage-database/lcd_attachments/28992_17/ATHERSVCS.7_codeguide.htm",
  },
  ncd270_1: {
    title: "Medicare National Coverage Determinations Manual (Pub. 100-03)",
    section: "§270.1 (wound stimulation)",
    url: "https://www.cms.gov/regulations-and-guidance/guidance/manuals/downloads/ncd103c1_part4.pdf",
  },
  workHardening: {
    title: "CPT 97545/97546: work hardening, the first two hours and each further hour (add-on)",
    section: "no CMS rule on partial hours found; the payer decides",
    url: "https://www.aetna.com/cpb/medical/data/100_199/0198.html",
  },
  therapyCodeList: {
    title: "CMS Annual Therapy Code List (always / sometimes therapy)",
    url: "https://www.cms.gov/medicare/billing/therapyservices",
  },
  woundCare: {
    title: "Noridian (MAC) article A53046: wound care and debridement by therapists",
    section: "97597, 97598, 97602 under a therapy plan of care, with GP/GO; per session or per wound area",
    url: "https://www.cms.gov/medicare-coverage-database/view/article.aspx?articleid=53046",
  },
} as const satisfies Record<string, Source>;
