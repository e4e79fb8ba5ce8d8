import { describe, expect, it } from "vitest";
import { leaks } from "./leak.js";

const NOTE = "Pt performed SLR 3x10 and bridges 2x15 with verbal cues for form and pacing; tolerated well.";
const session = { id: "ENC-0001234", services: [{ activity: NOTE }], note: { plan: "Continue POC 2x/wk, progress ther ex as tolerated." } };

describe("leaks: findings must not repeat note text or the session id", () => {
  it("passes a finding that names codes and minutes and quotes a short phrase", () => {
    expect(leaks([{ rule: "doc/x", message: 'The 97110 line (12 min) says "tolerated well" only.' }], session)).toEqual([]);
  });

  it("flags a finding that repeats the activity text", () => {
    expect(leaks([{ rule: "doc/x", message: `Activity: ${NOTE}` }], session)).toEqual(["doc/x: quotes more than 40 characters of services[0].activity"]);
  });

  it("flags a fix that repeats the plan", () => {
    expect(leaks([{ rule: "doc/y", message: "ok", fix: "Continue POC 2x/wk, progress ther ex as tolerated. Add goals." }], session)).toEqual([
      "doc/y: quotes more than 40 characters of note.plan",
    ]);
  });

  it("flags a finding that repeats the session id", () => {
    expect(leaks([{ rule: "units/x", message: "Session ENC-0001234 bills 3 units" }], session)).toEqual(["units/x: repeats the session id"]);
  });
});
