/**
 * Where a JSON text's first mistake is, and what it is, for the CLI's messages (twenty-third
 * round, edge23): V8's words alone give no place for most mistakes (`Unexpected token ']'`), and
 * a character offset for the others, which a biller editing a pretty-printed file cannot use.
 * RFC 8259 (JSON) §2–§7 is the grammar checked here; the words never quote the text (it may
 * hold patient data).
 */

/** A JSON text's first mistake: its line and column (from 1) in the text, and what it is. */
export interface JsonMistake {
  readonly line: number;
  readonly column: number;
  readonly words: string;
}

const TRAILING_COMMA = (closer: string) => `a comma before '${closer}' (JSON allows no comma after the last field or item: remove it)`;

/**
 * The first mistake of a text that JSON.parse rejected with `error`: its place (a comma before a
 * `}` or `]` is named at the comma, and said to be one), or undefined when none is found (the
 * text is valid JSON, or nested too deep to scan).
 *
 * @param text - the text JSON.parse rejected
 * @param error - what JSON.parse threw: its words, without the snippet of text V8 quotes and
 * without the offset, describe a mistake that is not a comma or the end of the text
 * @returns the line, column and words
 * @example
 * ```ts
 * jsonMistake('{\n  "a": 1,\n}', error); //=> { line: 2, column: 9, words: "a comma before '}' (JSON allows …: remove it)" }
 * ```
 */
export function jsonMistake(text: string, error: unknown): JsonMistake | undefined {
  let at = firstMistake(text);
  if (at < 0) return undefined;
  let words: string;
  if (at >= text.trimEnd().length) {
    at = text.trimEnd().length;
    words = "the text ends before the JSON does (a ']' or '}' is missing)";
  } else {
    let before = at - 1;
    while (before >= 0 && isSpace(text.charCodeAt(before))) before--;
    const closer = text[at]!;
    if ((closer === "}" || closer === "]") && text[before] === ",") {
      at = before;
      words = TRAILING_COMMA(closer);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      // V8: `Unexpected token 'o', "{"note"... is not valid JSON`, or `… in JSON at position 12 (line 1 column 13)`.
      words = message.replace(/, (?:\.\.\.)?".*$/s, "").replace(/ (?:in JSON )?at position \d+.*$/s, "").slice(0, 200);
    }
  }
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  let line = 1;
  for (let k = text.indexOf("\n"); k >= 0 && k < at; k = text.indexOf("\n", k + 1)) line++;
  return { line, column: at - lineStart + 1, words };
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/**
 * The offset of the first character that makes `t` not JSON (t.length when it stops short), or
 * -1 when it is JSON. A loop with a stack of the open `{` and `[`, so depth costs no recursion.
 */
function firstMistake(t: string): number {
  const open: string[] = [];
  // What may come next: a value (or, first in an array, its end), a field name (or, first in an object, its end), ":", or what follows a value.
  let expect: "value" | "valueOrEnd" | "key" | "keyOrEnd" | "colon" | "after" = "value";
  let i = 0;
  for (;;) {
    while (i < t.length && isSpace(t.charCodeAt(i))) i++;
    if (i >= t.length) return expect === "after" && open.length === 0 ? -1 : t.length;
    const ch = t[i]!;
    if (expect === "after") {
      const top = open[open.length - 1];
      if (top === undefined) return i;
      if (ch === ",") [i, expect] = [i + 1, top === "{" ? "key" : "value"];
      else if (ch === (top === "{" ? "}" : "]")) [i, expect] = [(open.pop(), i + 1), "after"];
      else return i;
    } else if (expect === "colon") {
      if (ch !== ":") return i;
      [i, expect] = [i + 1, "value"];
    } else if (expect === "key" || expect === "keyOrEnd") {
      if (expect === "keyOrEnd" && ch === "}") [i, expect] = [(open.pop(), i + 1), "after"];
      else if (ch !== '"') return i;
      else {
        const end = stringEnd(t, i);
        if (end < 0) return -end - 1;
        [i, expect] = [end, "colon"];
      }
    } else if (expect === "valueOrEnd" && ch === "]") {
      [i, expect] = [(open.pop(), i + 1), "after"];
    } else if (ch === "{" || ch === "[") {
      open.push(ch);
      [i, expect] = [i + 1, ch === "{" ? "keyOrEnd" : "valueOrEnd"];
    } else if (ch === '"') {
      const end = stringEnd(t, i);
      if (end < 0) return -end - 1;
      [i, expect] = [end, "after"];
    } else {
      LITERAL.lastIndex = i;
      if (!LITERAL.test(t)) return i;
      [i, expect] = [LITERAL.lastIndex, "after"];
    }
  }
}

/** The offset after the string that opens at `i`, or -(offset of its mistake) - 1: a control character, a bad escape, the text's end. */
function stringEnd(t: string, i: number): number {
  for (let k = i + 1; k < t.length; k++) {
    const code = t.charCodeAt(k);
    if (code === 34) return k + 1;
    if (code < 32) return -k - 1;
    if (code === 92) {
      const next = t[k + 1];
      if (next === "u") {
        if (!/^[0-9a-fA-F]{4}$/.test(t.slice(k + 2, k + 6))) return -(k + 1) - 1;
        k += 5;
      } else if (next !== undefined && '"\\/bfnrt'.includes(next)) k++;
      else return -(k + 1) - 1;
    }
  }
  return -t.length - 1;
}
