/**
 * Text Excel would make something else of when typed in: a formula or a sign (also behind spaces, tabs or line
 * breaks, and in full-width forms ＝＋－＠), a number, a percentage, a date, a boolean. Such text is written as
 * literal text, never as a formula.
 */
export function needsLiteralText(text: string): boolean {
  return (
    /^[\s\u0000-\u001f\u3000]*[=+\-@＝＋－＠]/.test(text) ||
    text.startsWith("'") ||
    /^\s*[+-]?(\d[\d,]*(\.\d*)?|\.\d+)(e[+-]?\d+)?\s*%?\s*$/i.test(text) ||
    /^\s*\d{1,4}[-/.年]\d{1,2}([-/.月]\d{1,4}日?)?\s*$/.test(text) ||
    /^\s*(true|false)\s*$/i.test(text)
  );
}
