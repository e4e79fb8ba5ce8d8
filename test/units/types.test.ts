import { describe, expectTypeOf, it } from "vitest";
import type { Finding, ServiceLine, Session } from "../../src/index.js";
import { checkUnits, compareUnitMethods } from "../../src/index.js";
import { calculateUnits } from "../../src/units/index.js";
import type { CalculateUnitsOptions, UnitLine, UnitMethod, UnitResult } from "../../src/units/index.js";

describe("public types of the units calculator", () => {
  it("a session's ServiceLine is a UnitLine, so session.services can be passed as they are", () => {
    expectTypeOf<ServiceLine>().toExtend<UnitLine>();
    expectTypeOf(calculateUnits).parameter(0).toEqualTypeOf<readonly UnitLine[]>();
  });

  it("the method is the model's UnitMethod, and results carry it", () => {
    expectTypeOf<CalculateUnitsOptions["method"]>().toEqualTypeOf<UnitMethod | undefined>();
    expectTypeOf<UnitResult["method"]>().toEqualTypeOf<"cms" | "ama">();
    expectTypeOf(compareUnitMethods).returns.toHaveProperty("cms").toEqualTypeOf<UnitResult>();
  });

  it("checkUnits takes a Session and returns Findings", () => {
    expectTypeOf(checkUnits).parameter(0).toEqualTypeOf<Session>();
    expectTypeOf(checkUnits).returns.toEqualTypeOf<Finding[]>();
  });
});
