/**
 * Modifier checks: GP/GO/GN, CQ/CO, KX, and the modifier table.
 *
 * @packageDocumentation
 */
export { checkModifiers, type CheckModifiersOptions } from "./check-modifiers.js";
export { KNOWN_MODIFIERS, getModifier, type KnownModifier, type ModifierKind } from "./known-modifiers.js";
export { KX_THRESHOLDS, TARGETED_REVIEW_LEVEL, kxThresholdFor, targetedReviewLevelFor, type KxThresholdRow, type KxConfidence } from "./kx-thresholds.js";
export { assistantModifierUnits, type AssistantShare, type AssistantModifierUnits, type DeMinimisMethod } from "./assistant-units.js";
export { MODIFIER_SOURCES } from "./sources.js";
