import type { Source } from "../model/source.js";

/**
 * The authorities the modifier checks cite beyond the shared `SOURCES`: the modifier
 * definitions, the yearly KX-threshold notices and the targeted-review level. Each entry is
 * public text; where only a secondary source was found, its title says so.
 *
 * @example
 * ```ts
 * MODIFIER_SOURCES.cr8863.section; //=> "CR 8863 (Transmittal 1422), effective 2015-01-01"
 * ```
 * @remarks Read with `docs/modifiers.md`, which says how sure we are of each.
 */
export const MODIFIER_SOURCES = {
  cr8863: {
    title: "CMS MLN SE1418: Specific modifiers for distinct procedural services (XE, XS, XP, XU)",
    section: "CR 8863 (Transmittal 1422), effective 2015-01-01",
    url: "https://www.aapc.com/blog/28014-cms-introduces-four-new-modifiers-in-lieu-of-modifier-59/",
  },
  abn: {
    title: "Medicare ABN modifiers GA, GX, GY, GZ (Pub. 100-04 ch. 30 §40.3.6), as summarised by NGS",
    section: "Therapy: medically necessary services above the KX threshold take KX, not an ABN",
    url: "https://revenuecycleadvisor.com/news-analysis/reporting-cms-modifiers-related-advance-beneficiary-notifications-0",
  },
  assistantScope: {
    title: "Medicare Benefit Policy Manual (Pub. 100-02)",
    section: "ch. 15, §230.1 (PTA) and §230.2 (OTA): an assistant does not furnish evaluative or assessment services",
    url: "https://www.cms.gov/regulations-and-guidance/guidance/manuals/downloads/bp102c15.pdf",
  },
  assistantDiscipline: {
    title: "Medicare Benefit Policy Manual (Pub. 100-02)",
    section: "ch. 15, §230.1 and §230.2: a PTA works under a physical therapist, an OTA under an occupational therapist; §230.3 C: no SLPAs; §220.1.2: services under their discipline's plan of care; §230.4: in private practice, under the therapist's supervision",
    url: "https://www.cms.gov/regulations-and-guidance/guidance/manuals/downloads/bp102c15.pdf",
  },
  therapistDiscipline: {
    title: "Medicare Benefit Policy Manual (Pub. 100-02)",
    section: "ch. 15, §220.1.2: a physical therapist may not provide services under an occupational therapist plan of care; 42 CFR 410.60(a)",
    url: "https://www.cms.gov/regulations-and-guidance/guidance/manuals/downloads/bp102c15.pdf",
  },
  slpServices: {
    title: "42 CFR 410.62(a); Medicare Benefit Policy Manual (Pub. 100-02) ch. 15, §230.3 A, B; CR 10176",
    section: "Part B pays speech-language pathology only when a qualified SLP furnishes it; CR 10176 ties only the SLP evaluations to GN",
    url: "https://www.ecfr.gov/current/title-42/chapter-IV/subchapter-B/part-410/subpart-B/section-410.62",
  },
  slpAssistants: {
    title: "Medicare Benefit Policy Manual (Pub. 100-02)",
    section: "ch. 15, §230.3 C: services of speech-language pathology assistants are not recognised for Medicare coverage; CQ/CO mark PTA and OTA services only (Pub. 100-04 ch. 5 §20.1)",
    url: "https://www.cms.gov/regulations-and-guidance/guidance/manuals/downloads/bp102c15.pdf",
  },
  gaGz: {
    title: "CMS claims processing instructions for the GA, GY and GZ modifiers, as quoted by a secondary page",
    section: "GZ and GA on one item or service: an invalid modifier, so the line is unprocessable",
    url: "https://www.medicalbillingcptmodifiers.com/2014/08/where-to-use-modifier-gl-gy-and-gz.html",
  },
  gyGz: {
    title: "CMS's 2002 GY/GZ instructions, as reported by Columbia University's compliance office",
    section: "GY and GZ on one line: unprocessable",
    url: "http://www.cumc.columbia.edu/dept/compliance/newsletter/spring02/new-modifiers.html",
  },
  kxGa: {
    title: "NGS Medicare: What is the Advance Beneficiary Notice of Noncoverage and when to use it in outpatient therapy",
    section: "KX and GA modifiers: never together, they are opposing modifiers",
    url: "https://www.ngsmedicare.com/web/ngs/physical-therapy/occupational-therapy/speech-therapy?selectedArticleId=1338625",
  },
  kxGzGy: {
    title: "CGS (DME MAC Jurisdiction C): KX, GA, GY, and GZ modifier reminders (2018)",
    section: "KX when the policy's coverage criteria are met; GA, GY or GZ, by the reason, when they are not: the modifiers are alternatives (the same meanings as on a therapy line, Pub. 100-04 ch. 30 §40.3.6)",
    url: "https://www.cgsmedicare.com/jc/pubs/news/2018/0118/cope5900.html",
  },
  gx6563: {
    title: "CMS CR 6563 (GA redefined, GX created, from 2010-04-01), as summarised by XIFIN",
    section: "GX may stand with GY or TS; a claim with GX beside GA, GZ, EY or GL, or on a line with covered charges, is returned",
    url: "http://www.xifin.com/resources/news/industry-news/2009-12/billing-for-services-related-to-voluntary-uses-of-advance-benef",
  },
  claimForm: {
    title: "Medicare Claims Processing Manual (Pub. 100-04)",
    section: "ch. 26, §10.2, item 24D: up to four modifiers per line",
    url: "https://www.cms.gov/regulations-and-guidance/guidance/manuals/downloads/clm104c26pdf.pdf",
  },
  repeat7677: {
    title: "NGS Medicare: Repeat procedures, modifiers 76 and 77",
    url: "https://www.ngsmedicare.com/web/ngs/modifiers?selectedArticleId=1973288",
  },
  partBModifierList: {
    title: "Medicare Part B modifier listing (secondary copy of the CMS/CPT list)",
    section: "modifier 52, reduced services",
    url: "https://medicarepaymentandreimbursement.com/2010/11/medicare-covered-modifier-list-part-b.html",
  },
  telehealthGt: {
    title: "NGS Medicare: Telehealth services, GT modifier",
    section: "From 2018-10-01 GT only on institutional claims of CAH Method II (CR 10152 ended GT on professional claims 2018-01-01)",
    url: "https://www.ngsmedicare.com/web/ngs/telehealth-services?selectedArticleId=2545452",
  },
  telehealth95: {
    title: "CMS telehealth FAQ and fact sheet (April 2024), as quoted: modifier 95",
    section: "95 on professional claims during the PHE; on institutional claims (hospital outpatient therapy by telehealth) through 2024",
    url: "https://healthcare.trainingleader.com/2024/06/telehealth-modifiers/",
  },
  kx2018: {
    title: "ASHA: Therapy cap implementation update (24 Jan 2018)",
    section: "BBA 2018 §50202 turned the cap into the KX threshold",
    url: "https://www.asha.org/News/2018/Therapy-Cap-Implementation-Update/",
  },
  kx2019: {
    title: "CMS CR 11055 (CY 2019 therapy threshold), via RCPA",
    url: "https://paproviders.org/?p=9428",
  },
  kx2020: {
    title: "Clinicient: Therapy threshold for PT, OT and SLP (secondary)",
    section: "consistent with 2021 = 2020 + 1.4 %",
    url: "https://www.clinicient.com/therapy-cap-for-pt-ot-and-slp/",
  },
  kx2021: {
    title: "CMS CR 12014 (CY 2021 therapy threshold), via coding-online",
    url: "https://coding-online.net/therapy-threshold-amounts-for-2021",
  },
  kx2025: {
    title: "CY 2025 KX threshold, several secondary sources (PROMBS and others)",
    url: "https://prombs.com/telehealth-pt-through-sept30-2025-thresholds-kx",
  },
  kx2026: {
    title: "CY 2026 KX threshold, billing-company pages only (no CMS or MAC page found)",
    url: "https://postacutetools.com/guides/the-kx-threshold-and-modifier",
  },
  targetedReview: {
    title: "NGS Medicare: Therapy thresholds and targeted medical review (2024)",
    section: "BBA 2018 §50202: $3,000 per bucket through 2027, indexed by the MEI from 2028",
    url: "https://ngsmedicare.com/web/ngs/news-article-details?selectedArticleId=10703808",
  },
} as const satisfies Record<string, Source>;
