/** Formatting for people: dates as "5 Feb 2021", never the reader's time zone. */

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2021-02-05T09:26" → "5 Feb 2021" (or "5 Feb 2021, 09:26" with `withTime`). Dates are shown as written, in the outlet's time. */
export function formatDate(iso: string, withTime = false): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:T(\d{2}:\d{2}))?/.exec(iso);
  if (!m) return iso;
  const day = m[3] ? `${Number(m[3])} ` : '';
  const date = `${day}${months[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
  return withTime && m[4] ? `${date}, ${m[4]}` : date;
}
