/**
 * HTTP hardening: helmet with a strict Content Security Policy. No inline scripts or styles
 * anywhere (charts are SVG with classes; behaviour is in /assets/*.js), so the policy can
 * forbid them and an article carrying `<script>` cannot run anything even if it slipped past
 * escaping.
 */
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import { pageWording } from '../report/wording/pages.js';
import { HttpError } from './errors.js';

/** The helmet middleware with Parallax's policy. */
export function security() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
}

/** The origin (scheme, host, port) of a URL, or null when it is not one. */
const originOf = (url: string): string | null => {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
};

/**
 * Refuse a form sent from another site (issue 15, item 6: a cross-site form with `save=1`
 * wrote a file). Browsers name where a POST comes from: `Sec-Fetch-Site`, else `Origin`, else
 * `Referer`; the first of them present naming another site is refused with 403. A request naming none
 * comes from no browser page (curl, scripts), which cannot carry a visitor's session.
 */
export function sameOrigin(): RequestHandler {
  return (req, _res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next();
    const own = `${req.protocol}://${req.get('host') ?? ''}`;
    const site = req.get('sec-fetch-site');
    const origin = req.get('origin');
    const referer = req.get('referer');
    // Sec-Fetch-Site decides where a browser sends it: under the site's `no-referrer` policy
    // Chromium sends `Origin: null` even for the app's own forms. Older browsers: Origin, Referer.
    const foreign =
      site !== undefined
        ? site !== 'same-origin' && site !== 'none'
        : (origin !== undefined && originOf(origin) !== own) || (origin === undefined && referer !== undefined && originOf(referer) !== own);
    return next(foreign ? new HttpError(403, pageWording.errors.crossSite) : undefined);
  };
}
