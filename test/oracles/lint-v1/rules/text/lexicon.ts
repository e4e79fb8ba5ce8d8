// ORACLE: src/rules/text/lexicon.ts has not changed since the copy was frozen (889d287); the oracle uses it as it is.
// NEW-ROWS: except for the ninth round's terms for the catalog's new codes (taping, compression
// wraps, splints, Epley/canalith repositioning, swallowing studies, voice prostheses), which the
// copy takes with the live lexicon, deliberately.
// WAIT-TIME: a deliberate change (fourteenth round, notes14): the live lexicon, which the copy takes, no longer lists
// "wait time" as non-billable time: in SLP and pediatric notes it is the pause given for a response, a strategy.
// ED-ON: a deliberate change (fourteenth round, gaps14): the live lexicon, which the copy takes, lists "ed on" as skilled
// (education: "ed on transition to community aquatic class"); "ed" alone is still not ("neuro re-ed").
// GROUP-ITEMS: a deliberate change (fourteenth round, gaps14): the live GROUP_TEXT, which the copy's one-on-one-required takes,
// no longer reads "group of 4 items" (words, pictures, cards, objects, letters, shapes: a cognitive task) as a group of patients.
// NOT-LEFT: a deliberate change (fourteenth round, gaps14): the live lexicon lists "left unattended" as non-billable, so
// "be" before "left" can negate it (see analyze-text.ts); "pt left unattended w/ call bell" is still non-billable time.
// AWAY: a deliberate change (fourteenth round, gaps14): the live lexicon lists the patient away in the minutes as non-billable
// ("pt in restroom", "pt on phone", "went to restroom", "took a phone call"), and MAY_BE_NONBILLABLE reads "restroom" and "phone".
// PADDED: a deliberate change (fourteenth round, gaps14): the live lexicon lists "edges padded", "padded edges" and "padding added"
// as skilled (an orthosis adjusted against pressure, as "relined").
// PER-MOM: a deliberate change (fourteenth round, gaps14): the live lexicon lists "per mom", "per dad", "per parent(s)",
// "per caregiver" and "per family" as response terms (what a parent saw between visits, reported).
// FAXED: a deliberate change (fifteenth round, gaps15): the live lexicon lists faxing, washed bandages, voiding mid-session and
// changing into a swimsuit as non-billable, "wait" and "wait time" (WAIT-MINUTES in analyze-text.ts), a load set at a % of a measured
// maximum ("% of MEP", "% of 1RM", "% of LOP") and "tension increased/decreased" as skilled; MAY_BE_NONBILLABLE reads the new phrases.
// Later batches of the same round: dry needling, rest between sets, an oxygen tank changed, a school (accommodations) letter as
// non-billable; "fluency" and "aac" as code names; "model", partner-assisted scanning and symptom checks as skilled; a gait or
// scar compared ("more equal", "less antalgic", "scar mobile") as response terms.
// VISUAL-MODEL: a deliberate change (twentieth round, gaps20): the live lexicon lists "visual model", "verbal model", "auditory model"
// as skilled (the clinician's modelling, named by its kind).
// DEBRIDEMENT: a deliberate change (twenty-first round, gaps21): the live lexicon lists "debridement", "debrided", "debride",
// "debriding" as manual (a hands-on technique: skilled need shown) and "debridement" as a code name (alone, vague text).
// BANDAGE-ROLL: a deliberate change (twenty-first round, speed21): the live lexicon lists bandage care named by the bandage first
// ("bandage roll-up/wash", "bandages rolled", "bandage washing") as non-billable; MAY_BE_NONBILLABLE reads "bandage(s) roll…/wash…".
export * from "../../../../../src/rules/text/lexicon.js";
