/**
 * `clockMinutes` of the model (minutes after midnight of a 24-hour `HH:MM`, else `undefined`)
 * without a regular expression: the checks read every line's start and end. It accepts
 * exactly what `/^([01]\d|2[0-3]):([0-5]\d)$/` accepts.
 *
 * @param text - the clock time
 * @returns minutes since 00:00, or `undefined` when `text` is not a 24-hour `HH:MM`
 * @internal
 */
export function clockMinutesOf(text: string): number | undefined {
  if (text.length !== 5 || text.charCodeAt(2) !== 58) return undefined;
  const h1 = text.charCodeAt(0) - 48;
  const h2 = text.charCodeAt(1) - 48;
  const m1 = text.charCodeAt(3) - 48;
  const m2 = text.charCodeAt(4) - 48;
  if (h1 < 0 || h1 > 2 || h2 < 0 || h2 > 9 || (h1 === 2 && h2 > 3)) return undefined;
  if (m1 < 0 || m1 > 5 || m2 < 0 || m2 > 9) return undefined;
  return (h1 * 10 + h2) * 60 + m1 * 10 + m2;
}
