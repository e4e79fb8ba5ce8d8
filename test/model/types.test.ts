import { describe, expectTypeOf, it } from "vitest";
import type { CodeInfo } from "../../src/catalog/index.js";
import type { Discipline, Finding, Program, ServiceLine, Session, Severity } from "../../src/model/index.js";
import { parseSession } from "../../src/model/index.js";

// Compile-time checks: `npm run typecheck` fails when a public type drifts.
describe("public types", () => {
  it("parseSession returns a Session whose required fields are not optional", () => {
    expectTypeOf(parseSession).returns.toEqualTypeOf<Session>();
    expectTypeOf<Session["dateOfService"]>().toEqualTypeOf<string>();
    expectTypeOf<Session["payer"]["program"]>().toEqualTypeOf<Program>();
    expectTypeOf<Session["provider"]["discipline"]>().toEqualTypeOf<Discipline>();
    expectTypeOf<ServiceLine["code"]>().toEqualTypeOf<string>();
  });

  it("optional line fields stay optional", () => {
    expectTypeOf<{ code: string }>().toMatchTypeOf<ServiceLine>();
    expectTypeOf<ServiceLine["minutes"]>().toEqualTypeOf<number | undefined>();
  });

  it("programs, disciplines and severities are closed unions", () => {
    expectTypeOf<Program>().toEqualTypeOf<"medicare" | "medicaid" | "commercial" | "other">();
    expectTypeOf<Discipline>().toEqualTypeOf<"PT" | "OT" | "SLP">();
    expectTypeOf<Severity>().toEqualTypeOf<"error" | "warning" | "info">();
  });

  it("a Finding is plain data: rule, severity, message and source are required", () => {
    expectTypeOf<Finding["rule"]>().toEqualTypeOf<string>();
    expectTypeOf<Finding["source"]["title"]>().toEqualTypeOf<string>();
    // @ts-expect-error a finding needs a source
    const missingSource: Finding = { rule: "x/y", severity: "info", message: "m" };
    void missingSource;
  });

  it("CodeInfo carries the date-dependent status", () => {
    expectTypeOf<CodeInfo["active"]>().toEqualTypeOf<boolean>();
    expectTypeOf<CodeInfo["timed"]>().toEqualTypeOf<boolean>();
  });
});
