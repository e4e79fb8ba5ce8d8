import { describe, expect, it } from "vitest";
import { parseSession } from "../../src/model/parse-session.js";
import { ADVERSARIAL_TEXTS, adversarialTexts, ONE_MB, sessionWithText } from "./adversarial-text.js";

describe("adversarial texts (for the text rules to run against)", () => {
  it("every text is exactly 1 MiB and the names are unique", () => {
    expect(ADVERSARIAL_TEXTS.length).toBeGreaterThanOrEqual(30);
    for (const { name, text } of ADVERSARIAL_TEXTS) expect(text.length, name).toBe(ONE_MB);
    expect(new Set(ADVERSARIAL_TEXTS.map((t) => t.name)).size).toBe(ADVERSARIAL_TEXTS.length);
  });

  it("the same texts come out at any size, exactly that long", () => {
    for (const size of [0, 1, 7, 1000]) {
      for (const { name, text } of adversarialTexts(size)) expect(text.length, `${name} at ${size}`).toBe(size);
    }
  });

  it.each(ADVERSARIAL_TEXTS.map((t) => [t.name, t.text] as const))("parseSession accepts a session whose every text field is %s", (_name, text) => {
    const s = parseSession(sessionWithText(text));
    expect(s.services[0]?.activity).toBe(text);
    expect(s.note?.plan).toBe(text);
  });
});
