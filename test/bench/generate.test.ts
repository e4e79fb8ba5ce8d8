import { describe, expect, it } from "vitest";
import { generateSessions, mulberry32 } from "../../bench/generate.mjs";
import { getCode } from "../../src/catalog/index.js";
import { parseSession } from "../../src/model/parse-session.js";

/** The benchmark's session generator: realistic, seeded, and always valid input. */
describe("generateSessions (bench/generate.mjs)", () => {
  const sessions = generateSessions(500, 42);

  it("gives the same sessions for the same seed, and different ones for another seed", () => {
    expect(generateSessions(50, 42)).toEqual(sessions.slice(0, 50));
    expect(JSON.stringify(generateSessions(50, 43))).not.toBe(JSON.stringify(sessions.slice(0, 50)));
  });

  it("mulberry32 is deterministic and stays in [0, 1)", () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    for (let i = 0; i < 1000; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it("every session is valid input for parseSession, and parses to itself", () => {
    for (const s of sessions) expect(parseSession(s)).toEqual(s);
  });

  it("every session has 2–6 lines with distinct codes the catalog knows on the date of service", () => {
    for (const s of sessions) {
      const session = parseSession(s);
      expect(session.services.length).toBeGreaterThanOrEqual(2);
      expect(session.services.length).toBeLessThanOrEqual(6);
      expect(new Set(session.services.map((l) => l.code)).size).toBe(session.services.length);
      for (const line of session.services) expect(getCode(line.code, session.dateOfService)?.active, line.code).toBe(true);
    }
  });

  it("activity texts are 200–600 characters, except the deliberately vague ones", () => {
    const lengths = sessions.flatMap((s) => parseSession(s).services.map((l) => l.activity?.length ?? 0));
    const short = lengths.filter((n) => n < 200);
    expect(lengths.every((n) => n <= 600)).toBe(true);
    expect(short.length).toBeLessThan(lengths.length * 0.05);
    expect(short.every((n) => n < 30)).toBe(true);
  });

  it("modifiers GP, 59, KX and CQ all occur", () => {
    const modifiers = new Set(sessions.flatMap((s) => parseSession(s).services.flatMap((l) => l.modifiers ?? [])));
    for (const m of ["GP", "GO", "GN", "59", "KX", "CQ"]) expect(modifiers.has(m), m).toBe(true);
  });
});
