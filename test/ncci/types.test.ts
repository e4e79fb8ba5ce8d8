import { describe, expectTypeOf, it } from "vitest";
import type { Finding } from "../../src/model/finding.js";
import type { Session } from "../../src/model/session.js";
import {
  checkMue,
  checkPairEdits,
  createNcciTables,
  findPtpEdit,
  parseMueFile,
  parseNcciPtpFile,
  type CmsFileParseResult,
  type MueRow,
  type NcciTables,
  type PtpEdit,
  type PtpRow,
} from "../../src/ncci/index.js";

describe("public types of therapy-claims/ncci (checked by tsc)", () => {
  it("checks return Finding[]; lookups return the edit or undefined", () => {
    expectTypeOf(checkPairEdits).parameter(0).toEqualTypeOf<Session>();
    expectTypeOf(checkPairEdits).returns.toEqualTypeOf<Finding[]>();
    expectTypeOf(checkMue).returns.toEqualTypeOf<Finding[]>();
    expectTypeOf(findPtpEdit).returns.toEqualTypeOf<PtpEdit | undefined>();
    expectTypeOf<PtpEdit["modifierIndicator"]>().toEqualTypeOf<0 | 1>();
  });
  it("parsers feed createNcciTables", () => {
    expectTypeOf(parseNcciPtpFile).returns.toEqualTypeOf<CmsFileParseResult<PtpRow>>();
    expectTypeOf(parseMueFile).returns.toEqualTypeOf<CmsFileParseResult<MueRow>>();
    expectTypeOf(createNcciTables).returns.toEqualTypeOf<NcciTables>();
    // @ts-expect-error the release is required: findings must name where the rows came from
    createNcciTables({ ptp: [] });
  });
});
