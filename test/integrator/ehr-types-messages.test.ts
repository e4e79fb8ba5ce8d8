import { describe, expect, it } from "vitest";
import { validateSession } from "../../src/index.js";

/**
 * What an EHR's own types send most often, mapped in haste: a Date for a date, a number typed
 * into a form as text. The finding names what was sent, so the engineer knows what to change.
 */
const base = { dateOfService: "2025-03-14", payer: { program: "medicare" }, provider: { discipline: "PT" } };
const inputMessages = (input: unknown) => validateSession(input).findings.filter((f) => f.rule.startsWith("input/")).map((f) => f.message);

describe("input findings name a Date or text sent where the model takes text or a number", () => {
  it("a Date as the date of service, the certification date or a clock time", () => {
    expect(inputMessages({ ...base, dateOfService: new Date(2025, 2, 14), services: [{ code: "97110" }] })).toEqual(["dateOfService must be a string, not a Date."]);
    expect(inputMessages({ ...base, services: [{ code: "97110", start: new Date(0) }], planOfCare: { certifiedOn: new Date(0) } })).toEqual([
      "planOfCare.certifiedOn must be a string, not a Date; planOfCare.certifiedOn was ignored, so the checks ran without it.",
      "services[0].start must be a string, not a Date; services[0].start was ignored, so the checks ran without it.",
    ]);
  });

  it("minutes and units typed into a form (\"12\", \" 1 \"), and only text gets 'not text' (null, a list do not)", () => {
    expect(inputMessages({ ...base, services: [{ code: "97110", minutes: "12", units: " 1 " }] })).toEqual([
      "services[0].minutes must be a number, not text; services[0].minutes was ignored, so the checks ran without it.",
      "services[0].units must be a number, not text; services[0].units was ignored, so the checks ran without it.",
    ]);
    expect(inputMessages({ ...base, services: [{ code: "97110", minutes: null, units: [1] }] })).toEqual([
      "services[0].minutes must be a number; services[0].minutes was ignored, so the checks ran without it.",
      "services[0].units must be a number; services[0].units was ignored, so the checks ran without it.",
    ]);
  });
});
