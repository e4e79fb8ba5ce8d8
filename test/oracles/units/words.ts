// ORACLE: a frozen copy of the implementation before the issue-7 speed work (branch checksfast).
// Tests compare the fast implementation in src/ with it; do not optimise or fix it here.
/**
 * "1 unit", "3 units".
 *
 * @param count - how many
 * @param word - the singular noun
 * @returns count and noun, plural when count is not 1
 * @internal
 */
export function count(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
