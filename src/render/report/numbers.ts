/** Numbers for print: a true minus sign, fixed decimals, and small p-values that stay readable. */

/** `x` with `digits` decimals and a minus sign (−), "0.00" never signed. */
export function num(x: number, digits = 2): string {
  const fixed = Math.abs(x).toFixed(digits);
  return x < 0 && Number(fixed) !== 0 ? `−${fixed}` : fixed;
}

/** A signed score: "+0.43", "−0.85", "0.00". */
export const signed = (x: number, digits = 2): string => (x > 0 && Number(x.toFixed(digits)) !== 0 ? `+${num(x, digits)}` : num(x, digits));

/** A p-value: two significant digits, "< 0.0001" below that. */
export const pValue = (p: number): string => (p < 1e-4 ? '< 0.0001' : p >= 0.01 ? p.toFixed(2) : p.toPrecision(2));
