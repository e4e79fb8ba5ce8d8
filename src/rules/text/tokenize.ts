/**
 * Splits a text into lower-cased tokens in one linear pass: runs of ASCII letters and digits
 * are words; `#` and `%` are tokens of their own (`10#` → `10`, `#`), and so is a `/` between
 * two digits (`8/10` → `8`, `/`, `10`: a score or a date); everything else separates. So
 * `sit<>stand` → `sit stand`, `sit-to-stand` → `sit to stand`, `w/` → `w`, `3x10` stays one
 * token. No regular expression is used.
 *
 * @param text - any text
 * @returns the tokens, in order
 * @example
 * ```ts
 * tokenize("Sit<>stand x10 w/ min A, 5# wts"); //=> ["sit", "stand", "x10", "w", "min", "a", "5", "#", "wts"]
 * tokenize("8/10 trials"); //=> ["8", "/", "10", "trials"]
 * ```
 */
export function tokenize(text: string): string[] {
  const lower = text.toLowerCase();
  const tokens: string[] = [];
  let start = -1;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    const isWordChar = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (isWordChar) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      tokens.push(lower.slice(start, i));
      start = -1;
    }
    if (c === 35) tokens.push("#");
    else if (c === 37) tokens.push("%");
    else if (c === 47 && isDigitAt(lower, i - 1) && isDigitAt(lower, i + 1)) tokens.push("/");
  }
  if (start >= 0) tokens.push(lower.slice(start));
  return tokens;
}

/**
 * Whether the character at `i` is an ASCII digit (false outside the text).
 *
 * @param text - any text
 * @param i - a position, possibly outside the text
 * @returns true for 0–9
 * @example
 * ```ts
 * isDigitAt("8/10", 2); //=> true
 * isDigitAt("8/10", -1); //=> false
 * ```
 */
export function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/**
 * Whether a token is all digits (`10`, `150`).
 *
 * @param token - a token from {@link tokenize}
 * @returns true for a non-empty run of digits
 * @example
 * ```ts
 * isNumber("15"); //=> true
 * isNumber("x15"); //=> false
 * ```
 */
export function isNumber(token: string): boolean {
  if (token.length === 0) return false;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Whether a single token writes sets × repetitions: `3x10`, `x10`, `2x15`.
 *
 * @param token - a token from {@link tokenize}
 * @returns true for digits-x-digits or x-digits
 * @example
 * ```ts
 * isSetsReps("3x10"); //=> true
 * isSetsReps("x10");  //=> true
 * isSetsReps("xray"); //=> false
 * ```
 */
export function isSetsReps(token: string): boolean {
  const x = token.indexOf("x");
  if (x < 0 || x === token.length - 1) return false;
  const before = token.slice(0, x);
  const after = token.slice(x + 1);
  return (before === "" || isNumber(before)) && isNumber(after);
}

/**
 * Whether a single token writes a weight with its unit glued on: `5lb`, `10lbs`, `2kg`.
 *
 * @param token - a token from {@link tokenize}
 * @returns true for digits followed by lb, lbs or kg
 * @example
 * ```ts
 * isGluedWeight("10lbs"); //=> true
 * isGluedWeight("lbs");   //=> false
 * ```
 */
export function isGluedWeight(token: string): boolean {
  for (const unit of ["lbs", "lb", "kg"]) {
    if (token.length > unit.length && token.endsWith(unit) && isNumber(token.slice(0, -unit.length))) return true;
  }
  return false;
}
