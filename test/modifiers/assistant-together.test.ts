import { describe, expect, it } from "vitest";
import { checkModifiers } from "../../src/modifiers/check-modifiers.js";
import type { Discipline, ServiceLine, Session } from "../../src/model/session.js";

// Thirteenth round (episode audit): a PT and a PTA treating 97530 together for 10 of its 25 minutes
// and the PTA alone for 8 (assistantMinutes: 8) was told "1 of its 2 units must carry CQ", with no
// word on how the minutes they gave together count. CY 2020 PFS final rule (84 FR 62702-62707), as
// summarised by APTA's Private Practice Section and restated with CMS's CQ/CO billing examples: only
// the minutes the PTA/OTA furnishes independent of the therapist count toward the 10% de minimis
// standard; care the therapist and assistant furnish together is not assistant time.
const visit = (discipline: Discipline, line: ServiceLine): Session => ({
  dateOfService: "2025-03-20", payer: { program: "medicare" }, provider: { discipline, credential: discipline }, services: [line],
});

describe("modifier/assistant-modifier-missing says how minutes given together count (CY 2020 PFS final rule)", () => {
  it("PT and PTA: the message says time together is the PT's, the fix what to do when assistantMinutes held it", () => {
    const [f] = checkModifiers(visit("PT", { code: "97530", minutes: 25, units: 2, assistantMinutes: 8, modifiers: ["GP"] }));
    expect(f!.rule).toBe("modifier/assistant-modifier-missing");
    expect(f!.message).toBe("97530 was furnished in part by a physical therapist assistant (PTA): the assistant furnished 8 and the therapist 17 of 25 minutes (2 units); whole blocks: 0 by the assistant, 1 by the therapist; leftover 10 minutes: the assistant's 8 exceed 10%; 1 of its 2 units must carry CQ (assistant minutes are the PTA's time without the PT: time they treated together is the PT's).");
    expect(f!.fix).toBe("Bill 1 unit of 97530 with CQ and GP on one line and the other 1 with GP only on another. If the 8 assistant minutes include time the PTA and PT treated together, count that time as the PT's and check again.");
  });
  it("OT and OTA, the whole line: CO, and one assistant minute in the singular", () => {
    const [f] = checkModifiers(visit("OT", { code: "97535", minutes: 8, units: 1, assistantMinutes: 1, modifiers: ["GO"] }));
    expect(f!.message).toContain("the line must carry CO (assistant minutes are the OTA's time without the OT: time they treated together is the OT's).");
    expect(f!.fix).toBe("Add CO. From 2022 Medicare pays the line at 85%. If the 1 assistant minute includes time the OTA and OT treated together, count that time as the OT's and check again.");
  });
  it("a PTA's own visit (credential PTA) is the whole service: no word on time together", () => {
    const [f] = checkModifiers({ ...visit("PT", { code: "97110", minutes: 15, units: 1, modifiers: ["GP"] }), provider: { discipline: "PT", credential: "PTA" } });
    expect(f!.message).not.toContain("together");
  });
});
