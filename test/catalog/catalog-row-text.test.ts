import { describe, expect, it } from "vitest";
import { CODE_ROWS } from "../../src/catalog/index.js";
import { isIsoDate } from "../../src/model/dates.js";

/**
 * The catalog's rows are written as `|`-separated text since the twenty-fourth round (size24) and split at import: the
 * compiler no longer checks each field as it did the object rows (`as const satisfies readonly CodeRow[]`), only the kind
 * letters and the field count (`RowText`). What it checked, checked here on the rows as built: a source name that is not in
 * `codeRows`' table (a typo gives `undefined`), a discipline, a date or a number that is not one.
 */
const CODE = /^(?:\d{4}[0-9A-Z]|[A-Z]\d{4})$/;
const known = new Set(CODE_ROWS.map((r) => r.code));

describe("catalog rows built from text: every field is what the object rows' type allowed", () => {
  it.each(CODE_ROWS.map((r) => [r.code, r] as const))("%s", (_code, row) => {
    expect(row.code).toMatch(CODE);
    for (const source of row.sources) {
      expect(source, "a source name not in codeRows' table").toBeTypeOf("object");
      expect(source.title.length).toBeGreaterThan(3);
    }
    for (const d of row.disciplines) expect(["PT", "OT", "SLP"]).toContain(d);
    expect(new Set(row.disciplines).size).toBe(row.disciplines.length);
    for (const day of [row.effective.from, row.effective.to]) if (day !== undefined) expect(isIsoDate(day), day).toBe(true);
    if (row.effective.from !== undefined && row.effective.to !== undefined) expect(row.effective.from <= row.effective.to).toBe(true);
    for (const n of [row.maxUnitsPerDay, row.unitMinutes]) if (n !== undefined) expect(Number.isInteger(n) && n > 0, String(n)).toBe(true);
    for (const c of [...(row.related ?? []), ...(row.addOnTo === undefined ? [] : [row.addOnTo])]) expect(c).toMatch(CODE);
    if (row.addOnTo !== undefined) expect(known.has(row.addOnTo), row.addOnTo).toBe(true);
    if (row.medicareCode !== undefined) expect(row.medicareCode).toMatch(CODE);
    expect(row.title).not.toContain("|");
  });
});
