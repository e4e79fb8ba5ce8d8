import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Session } from "../../src/model/session.js";
import { checkUnits } from "../../src/units/check-units.js";
import { PERIOD_FAMILIES } from "../../src/units/check-hourly.js";

// Twenty-second round (edge22, PERIOD-WORDS): the hints of the codes billed by a longer period explain the period of
// the code they bill. 92605's missing-units hint said "a half hour counts once more than half of it is spent" (92618's
// half hour) while the line billed the first hour; 92607 for 20 minutes was told "give nothing (92607 needs more than
// 30 minutes) (a half hour counts ...)" and "State the units; bill nothing (...)". Source: ASHA, Medicare CPT coding
// rules for SLP services ("designation of time"); CPT 97545/97546.

const visit = (services: Session["services"]): Session => ({ dateOfService: "2026-11-20", payer: { program: "medicare" }, provider: { discipline: "SLP", credential: "SLP" }, services });
const units = (services: Session["services"]) => checkUnits(visit(services)).filter((f) => f.rule !== "units/missing-minutes");

describe("each hint explains the period of the code it bills", () => {
  it.each<[string, Session["services"], string, string]>([
    ["92605 alone, 60 min, no units: its first hour", [{ code: "92605", minutes: 60 }], "92605 has no billed units; the day's 60 minutes of non-speech-generating device evaluation give 92605 × 1 (92605's first hour counts once 31 minutes are spent, each further half hour of 92618 once 16 of its minutes are).", "State the units; bill 92605 × 1."],
    ["92626, 80 min: the first hour and a quarter hour of 92627", [{ code: "92626", minutes: 80 }], "92626 has no billed units; the day's 80 minutes of auditory function evaluation give 92626 × 1 and 92627 × 1 (92626's first hour counts once 31 minutes are spent, each further quarter hour of 92627 once 8 of its minutes are).", "State the units; bill 92626 × 1 and 92627 × 1."],
    ["96125, 100 min: an hour of 96125", [{ code: "96125", minutes: 100 }], "96125 has no billed units; the day's 100 minutes of standardized cognitive testing give 96125 × 2 (an hour of 96125 counts once 31 of its minutes are spent).", "State the units; bill 96125 × 2."],
    ["97545, 150 min: the first two hours, whole hours after", [{ code: "97545", minutes: 150 }], "97545 has no billed units; the day's 150 minutes of work hardening give 97545 × 1 (97545 is the first two hours, 97546 each further whole hour).", "State the units; bill 97545 × 1."],
    ["92607, 20 min: the first hour is not reached, no 'bill nothing'", [{ code: "92607", minutes: 20 }], "92607 has no billed units; the day's 20 minutes of speech-generating device evaluation do not pass the midpoint of its first hour (31 minutes are needed).", "Do not bill 92607 for 20 minutes; check the minutes, or the payer's rule for a shorter evaluation."],
    ["92618 × 3 for 40 min past the first hour: the add-on's half hour", [{ code: "92605", minutes: 60, units: 1 }, { code: "92618", minutes: 40, units: 3 }], "92618 is billed for 3 half hours, but the non-speech-generating device evaluation lines' 100 minutes leave 40 minutes past 92605's first hour (each further half hour of 92618 counts once 16 of its minutes are spent).", "Bill 92618 × 1 or fewer."],
    ["96105 × 1 for 20 min: none, not 'at most 0'", [{ code: "96105", minutes: 20, units: 1 }], "96105 is billed for 1 hour, but the aphasia assessment lines' 20 minutes give none (an hour of 96105 counts once 31 of its minutes are spent).", "Do not bill 96105."],
  ])("%s", (_, services, message, fix) => {
    const [f, ...rest] = units(services);
    expect(rest).toEqual([]);
    expect([f?.message, f?.fix]).toEqual([message, fix]);
  });

  it("property: a family's missing-units hint names the code it bills first and never reads 'nothing (' or 'a half hour counts'", () => {
    fc.assert(
      fc.property(fc.constantFrom(...PERIOD_FAMILIES), fc.integer({ min: 0, max: 400 }), (f, minutes) => {
        const code = f.first ?? f.addOn;
        const [hint] = units([{ code, minutes }]);
        expect(hint?.rule).toBe("units/missing-units");
        const words = `${hint?.message} ${hint?.fix}`;
        expect(words).not.toMatch(/nothing \(|bill nothing|\) \(|a (half|quarter) hour counts/);
        // The hint explains the period of the line's own code: 92605's first hour, 96125's hour, 97545's two hours.
        expect(hint?.message).toMatch(f.first === undefined ? `an hour of ${code}` : f.midpoint ? new RegExp(`${code}'s first hour|its first hour`) : `${code} is the first two hours`);
      }),
    );
  });
});
