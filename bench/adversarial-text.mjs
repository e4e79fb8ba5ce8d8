// Texts built to make regular expressions backtrack: run every text rule against each of them
// (the notes' fields, a line's activity, a goal's text). A linear rule handles the 1 MB ones in
// well under a second; a rule with nested or overlapping quantifiers (`(\w+\s?)+$`,
// `(a|a)*`, `.*x.*y`, `\s+$` on a long run of spaces) takes seconds or never finishes.
//
// Plain JavaScript so bench/adversarial.mjs can time rules on the built package; the tests
// import it through test/fuzz/adversarial-text.ts.

/** 1 MiB in UTF-16 code units. */
export const ONE_MB = 1024 * 1024;

function repeatTo(unit, length, tail = "") {
  const body = unit.repeat(Math.ceil(Math.max(0, length - tail.length) / unit.length)).slice(0, Math.max(0, length - tail.length));
  return (body + tail).slice(0, length);
}

/**
 * The adversarial texts at a given size (default 1 MiB). Each has a name saying what it
 * attacks. Sizes are exact: `text.length === size` for every entry.
 *
 * @param {number} [size]
 * @returns {{ name: string, text: string }[]}
 */
export function adversarialTexts(size = ONE_MB) {
  const cases = [
    // Whitespace: `\s+$`, `\s*,\s*`, `( +)+x`, trim-like rules.
    ["spaces then a letter", repeatTo(" ", size, "x")],
    ["spaces then punctuation", repeatTo(" ", size, "!")],
    ["tabs, spaces and newlines mixed, no words", repeatTo(" \t \n\r\n  \t", size, "!")],
    ["spaces between single letters", repeatTo("a ", size, "!")],
    // Classic catastrophic shapes: `(a+)+$`, `(\w+\s?)+$`, `(a|aa)*b`.
    ["a run of one letter then a bang", repeatTo("a", size, "!")],
    ["a run of digits then a letter", repeatTo("1", size, "x")],
    ["word characters then a non-word character", repeatTo("abc123_", size, "\u0000")],
    ["one long word without spaces", repeatTo("therapeutic", size)],
    // Near-keywords: rules that look for "min", "pt tolerated", "x10", "goal", "see flowsheet".
    ["repeated near-keyword: minut", repeatTo("minut ", size, "minutes?")],
    ["repeated near-keyword: pt tolerat", repeatTo("pt tolerat ", size)],
    ["repeated near-keyword: see flowshee", repeatTo("see flowshee ", size)],
    ["repeated near-keyword: goal without a number", repeatTo("goal G", size, "goal")],
    ["repeated sets-by-reps without the reps", repeatTo("3x", size, "3")],
    ["repeated almost-clock times", repeatTo("09:", size, "9")],
    ["repeated almost-dates", repeatTo("2025-03-", size, "x")],
    ["repeated codes without a boundary", repeatTo("97110", size, "9")],
    ["repeated modifiers", repeatTo("GP-59-KX-", size)],
    ["repeated abbreviations with slashes", repeatTo("VC/TC/", size, "/")],
    // Punctuation: nesting and runs (`\(([^()]*|\([^()]*\))*\)`, `\.{2,}`, `[-–—]+`).
    ["nested opening parentheses", repeatTo("(", size, "")],
    ["nested parentheses, unbalanced", repeatTo("((a)", size, ")")],
    ["nested brackets and quotes", repeatTo("[\"('", size, "")],
    ["a run of periods", repeatTo(".", size, "x")],
    ["a run of commas and semicolons", repeatTo(",;", size, "x")],
    ["a run of dashes of every kind", repeatTo("-–—‐", size, "x")],
    ["alternating letters and punctuation", repeatTo("a.", size, "!")],
    // Unicode: combining marks, astral characters, lone surrogates, zero-width, RTL.
    ["a letter with a thousand combining marks, repeated", repeatTo(`e${"\u0301".repeat(999)}`, size)],
    ["emoji (astral code points)", repeatTo("💪🦵", size)],
    ["zero-width joiners and spaces", repeatTo("a\u200d\u200b", size, "!")],
    ["right-to-left and bidi controls", repeatTo("\u202e\u05d0 ", size)],
    ["lone surrogates", repeatTo("\ud800a\udc00", size)],
    ["NUL and control characters", repeatTo("\u0000\u0001\u001f", size)],
    ["non-breaking and exotic spaces", repeatTo("\u00a0\u2007\u202f\u3000", size, "x")],
    // Lines: rules that work line by line or look for headings.
    ["a million empty lines", repeatTo("\n", size, "x")],
    ["CRLF lines of one word", repeatTo("word\r\n", size)],
    ["SOAP headings repeated without content", repeatTo("S: O: A: P: ", size)],
  ];
  return cases.map(([name, text]) => ({ name, text }));
}

/**
 * A valid session whose every free-text field (each line's activity, the note's parts, each
 * goal's text, the payer's name) carries `text`, for running text rules on it.
 *
 * @param {string} text
 */
export function sessionWithText(text) {
  return {
    dateOfService: "2025-03-14",
    payer: { program: "medicare", name: text },
    provider: { discipline: "PT", credential: "PT" },
    services: [
      { code: "97110", minutes: 23, units: 2, modifiers: ["GP"], activity: text, goalIds: ["G1"] },
      { code: "97140", minutes: 8, units: 1, modifiers: ["GP", "59"], activity: text, goalIds: ["G1"] },
    ],
    totalTimedMinutes: 31,
    note: { subjective: text, objective: text, assessment: text, patientResponse: text, plan: text, text },
    planOfCare: { startOfCare: "2025-02-10", goals: [{ id: "G1", text }] },
  };
}
