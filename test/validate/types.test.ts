import { describe, expectTypeOf, it } from "vitest";
import type { Finding, Session } from "../../src/model/index.js";
import { validateSession, validateSessions, type Report, type ValidateOptions } from "../../src/validate.js";

describe("public types (checked by tsc)", () => {
  it("validateSession takes unknown and returns a Report; validateSessions returns Report[]", () => {
    expectTypeOf(validateSession).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(validateSession).returns.toEqualTypeOf<Report>();
    expectTypeOf(validateSessions).returns.toEqualTypeOf<Report[]>();
  });

  it("a report holds a Session or null, findings, and units that may be absent", () => {
    expectTypeOf<Report["session"]>().toEqualTypeOf<Session | null>();
    expectTypeOf<Report["findings"]>().toEqualTypeOf<readonly Finding[]>();
    expectTypeOf<Report["units"]>().toExtend<{ totalUnits: number } | null>();
    expectTypeOf<Report["meta"]["unitMethod"]>().toEqualTypeOf<"cms" | "ama" | null>();
  });

  it("options: a payer override, rule settings; nothing takes a date or a clock", () => {
    expectTypeOf<{ payer: { unitMethod: "ama" }; rules: { "catalog/unknown-code": "off" } }>().toExtend<ValidateOptions>();
    expectTypeOf<{ rules: { x: "loud" } }>().not.toExtend<ValidateOptions>();
    expectTypeOf<keyof ValidateOptions>().toEqualTypeOf<"payer" | "ncci" | "rules" | "extraRules" | "setting">();
  });
});
