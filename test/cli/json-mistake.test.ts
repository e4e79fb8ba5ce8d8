import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { jsonMistake } from "../../src/cli/json-mistake.js";
import { run } from "./run-cli.js";
import { CLEAN_VISIT } from "../validate/fixtures.js";

/**
 * Where a day's file is not JSON, and what to do (twenty-third round, edge23). A biller who edits
 * a pretty-printed array of 40 visits and leaves one comma after the last field got
 * `visits.json is not JSON or NDJSON: line 1: Unexpected end of JSON input (as one JSON document:
 * Unexpected token ']')`: line 1 is the "[" and nothing says where the mistake is. RFC 8259 (JSON)
 * allows no comma after an object's last member or an array's last value (§4, §5).
 */
const dir = mkdtempSync(join(tmpdir(), "therapy-claims-json-mistake-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
const syntaxError = (text: string): unknown => {
  try {
    JSON.parse(text);
  } catch (error) {
    return error;
  }
  throw new Error("valid JSON");
};
const mistake = (text: string) => {
  const m = jsonMistake(text, syntaxError(text));
  return m === undefined ? undefined : `line ${m.line}, column ${m.column}: ${m.words}`;
};

describe("jsonMistake: the line, column and words of a JSON text's first mistake", () => {
  it.each<[string, string, string]>([
    ["a comma after an object's last field", `{\n  "a": 1,\n  "b": 2,\n}`, "line 3, column 9: a comma before '}' (JSON allows no comma after the last field or item: remove it)"],
    ["a comma after an array's last item", `[\n  {"a": 1},\n  {"a": 2},\n]`, "line 3, column 11: a comma before ']' (JSON allows no comma after the last field or item: remove it)"],
    ["a comma inside a string is no mistake; the bare word after it is", `{"note": "a, }", "x": oops}`, "line 1, column 23: Unexpected token 'o'"],
    ["an escaped quote keeps the string open", `{"note": "say \\"hi,]\\" ok", "n": 1,}`, "line 1, column 35: a comma before '}' (JSON allows no comma after the last field or item: remove it)"],
    ["the text stops short", `[\n  {"a": 1}`, "line 2, column 11: the text ends before the JSON does (a ']' or '}' is missing)"],
    ["a single-quoted name", `{\n  'a': 1}`, "line 2, column 3: Expected property name or '}'"],
    ["a second document after the first", `{"a": 1}\n{"a": 2}`, "line 2, column 1: Unexpected non-whitespace character after JSON"],
  ])("%s", (_name, text, want) => {
    expect(mistake(text)).toBe(want);
  });

  it("quotes none of the text; valid JSON has no mistake", () => {
    expect(mistake(`{"name": "Jane Roe", "x": Roe}`)).toBe("line 1, column 27: Unexpected token 'R'");
    expect(jsonMistake(`{"a": [1, {"b": "\\u00e9"}]}`, new Error("x"))).toBeUndefined();
  });

  it("property: a trailing comma put after any value of a valid document is found at its line and column", () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { minLength: 1, maxLength: 5 }), fc.boolean(), (values, pretty) => {
        const valid = pretty ? JSON.stringify(values, null, 2) : JSON.stringify(values);
        const at = valid.lastIndexOf("]");
        const broken = `${valid.slice(0, at).replace(/\s+$/, "")},${valid.slice(at)}`;
        const before = broken.slice(0, broken.lastIndexOf(","));
        const line = before.split("\n").length;
        const column = before.length - before.lastIndexOf("\n");
        expect(mistake(broken)).toBe(`line ${line}, column ${column}: a comma before ']' (JSON allows no comma after the last field or item: remove it)`);
      }),
    );
  });
});

describe.concurrent("validate: a file that is not JSON says where and what", () => {
  const pretty = (text: string) => text.replace(/\n/g, "\r\n");
  it("a pretty-printed array with a comma after a visit's last field: its line and column, the fix, exit 2", async () => {
    const visits = JSON.stringify([CLEAN_VISIT, CLEAN_VISIT], null, 2);
    const lines = visits.split("\n");
    const k = lines.findIndex((l, i) => i > 5 && l === "  },"); // the end of the first visit
    lines[k - 1] += ",";
    const path = file("day.json", "\uFEFF" + pretty(lines.join("\n")));
    const r = await run(["validate", path]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`therapy-claims: ${path} is not valid JSON: line ${k}, column ${lines[k - 1]!.length}: a comma before '}' (JSON allows no comma after the last field or item: remove it)\n`);
  });

  it("an NDJSON line with a comma after its last field: the line, the column and the fix; the other lines are checked", async () => {
    const bad = JSON.stringify(CLEAN_VISIT).replace(/\}$/, ",}");
    const r = await run(["validate", file("day.ndjson", `${JSON.stringify(CLEAN_VISIT)}\n${bad}\n`), "--format", "ndjson"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`day.ndjson, line 2: not valid JSON (column ${bad.length - 1}: a comma before '}' (JSON allows no comma after the last field or item: remove it)); line skipped`);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
  });
});
