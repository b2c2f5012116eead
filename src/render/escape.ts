/**
 * The one escaping function: every piece of article text that reaches HTML (web pages, the HTML
 * report, SVG charts) goes through `escapeHtml`, directly or via `highlight`.
 */

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML and XML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]!);
}
