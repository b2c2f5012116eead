/**
 * The outlet, recognised from signatures it leaves in its own pages: cross-promotion lines
 * naming its domain ("Also on rt.com …"), its newsroom describing itself ("RFE/RL journalists
 * report …"), a copyright line ("© 2024 Dagens").
 */
import { outletDomains } from '../lexicons/chrome.js';

const signatures: readonly ((line: string) => string | null)[] = [
  (line) => {
    const m = /^also on\s+((?:[\w-]+\.)+[a-z]{2,})\b/i.exec(line);
    return m ? (outletDomains[m[1]!.toLowerCase()] ?? m[1]!.toLowerCase()) : null;
  },
  (line) => /^(\S+(?:\s\S+)?)\s+journalists (?:report|cover)\b/.exec(line)?.[1] ?? null,
  (line) => /^(?:©|copyright)\s*(?:\d{4}\s+)?([\p{Lu}][\p{L}&./ -]{1,40}?)\.?(?:\s+all rights reserved.*)?$/iu.exec(line)?.[1] ?? null,
];

/** The outlet named by a signature line, or null. */
export function inferOutlet(lines: readonly string[]): string | null {
  for (const line of lines) {
    for (const signature of signatures) {
      const name = signature(line);
      if (name) return name;
    }
  }
  return null;
}
