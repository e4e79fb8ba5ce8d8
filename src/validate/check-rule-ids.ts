/**
 * The ids of the findings validateSession's checks report outside the linter (`catalog/`,
 * `units/`, `ncci/`, `mue/`, `modifier/`): the ids a `rules` setting can change there. One text,
 * split once (the ids are written again beside it in the checks, so gzip makes it cheap).
 * test/validate/check-rule-ids.test.ts proves it holds exactly the ids written in src/.
 *
 * @example
 * ```ts
 * CHECK_RULE_IDS.has("units/exceeds-time"); //=> true
 * CHECK_RULE_IDS.has("units/exceed-time");  //=> false (a typo: the setting would change nothing)
 * ```
 * @internal
 */
export const CHECK_RULE_IDS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ ("catalog/unknown-code " +
    "modifier/59-with-x-modifier modifier/assistant-discipline-mismatch modifier/assistant-evaluation modifier/assistant-modifier-mismatch modifier/assistant-modifier-missing modifier/assistant-modifier-not-needed " +
    "modifier/assistant-no-data modifier/kx-below-threshold modifier/kx-no-data modifier/kx-required modifier/multiple-therapy-modifiers " +
    "modifier/ncci-modifier-without-edit modifier/not-in-effect modifier/opposing-modifiers modifier/slp-assistant modifier/targeted-review " +
    "modifier/therapist-discipline-mismatch modifier/therapy-modifier-mismatch modifier/therapy-modifier-missing modifier/too-many modifier/unknown " +
    "mue/no-data mue/release-differs mue/units-exceed " +
    "ncci/payer-pair-edit ncci/payer-pair-edit-skipped ncci/ptp-bypass-needs-times ncci/ptp-bypass-overlapping-time " +
    "ncci/medicaid-edits-for-medicare ncci/medicare-edits-for-medicaid ncci/no-ptp-edits ncci/ptp-modifier-required ncci/ptp-not-bypassable ncci/release-older-than-service " +
    "units/92605-over-one units/92607-over-one units/92608-without-92607 units/92618-without-92605 units/92626-over-one units/92627-without-92626 units/97129-over-one units/97130-without-97129 units/97545-over-one units/97546-without-97545 units/97598-without-97597 units/below-time units/clock-mismatch units/exceeds-time units/missing-minutes " +
    "units/missing-units units/overlapping-time units/partial-hour units/total-timed-mismatch units/treatment-below-timed units/untimed-over-one").split(" "),
);
