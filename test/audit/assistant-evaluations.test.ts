/**
 * Audit (round 8): an evaluation or re-evaluation furnished by a PTA/OTA.
 *
 * Medicare Benefit Policy Manual (Pub. 100-02) ch. 15 §230.1 (PTA services; page mirror
 * https://old.bansdoc.gov.bd/eBook/42/files/basic-html/page214.html , found with search):
 * "PTAs may not provide evaluative or assessment services, make clinical judgments or decisions;
 * develop, manage, or furnish skilled maintenance program services; or take responsibility for
 * the service." (§230.2 says the same of OTAs.) So 97161–97164 (GP) and 97165–97168 (GO) are
 * the therapist's alone: neither "in whole" nor "in part" by an assistant.
 *
 * On 316a7b0 validateSession
 * - says nothing when a PTA renders 97161 with GP+CQ (the visit looks clean), and
 * - for a PT evaluation with 20 of its 40 minutes by a PTA, tells the biller the line "must carry
 *   CQ", i.e. to bill at 85% a service the assistant may not furnish, instead of saying so.
 * Pinned as `it.fails` by the audit; fixed on branch mods: `modifier/assistant-evaluation`
 * (src/modifiers/assistant-rules.ts), an error on the line naming the evaluation.
 */
import { describe, expect, it } from "vitest";
import type { Session } from "../../src/model/session.js";
import { validateSession } from "../../src/index.js";

function visit(extra: Partial<Session>, line: Session["services"][number]): Session {
  return { dateOfService: "2024-05-01", payer: { program: "medicare" }, provider: { discipline: "PT" }, ...extra, services: [line] };
}
const onLine = (s: Session) => validateSession(s).findings.filter((f) => f.path?.[0] === "services" && f.path[1] === 0);

describe("evaluations are not furnished by assistants (MBPM ch. 15 §230.1)", () => {
  it("control: a PTA rendering 97110 with GP only must add CQ (modifier/assistant-modifier-missing)", () => {
    expect(onLine(visit({ provider: { discipline: "PT", credential: "PTA" } }, { code: "97110", minutes: 15, units: 1, modifiers: ["GP"] })).map((f) => f.rule)).toContain(
      "modifier/assistant-modifier-missing",
    );
  });

  it("a PTA rendering a PT evaluation (97161, GP+CQ) gets an error that assistants do not furnish evaluations", () => {
    const fs = onLine(visit({ provider: { discipline: "PT", credential: "PTA" } }, { code: "97161", units: 1, modifiers: ["GP", "CQ"] }));
    expect(fs.some((f) => f.severity === "error" && /evaluat/i.test(f.message))).toBe(true);
  });

  it("a PT evaluation with 20 of 40 minutes by a PTA is an error about the assistant, not advice to add CQ", () => {
    const fs = onLine(visit({}, { code: "97161", units: 1, minutes: 40, assistantMinutes: 20, modifiers: ["GP"] }));
    expect(fs.some((f) => f.message.includes("must carry CQ"))).toBe(false);
    expect(fs.some((f) => f.severity === "error" && /evaluat/i.test(f.message))).toBe(true);
  });
});
