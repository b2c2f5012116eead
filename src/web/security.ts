/**
 * HTTP hardening: helmet with a strict Content Security Policy. No inline scripts or styles
 * anywhere (charts are SVG with classes; behaviour is in /assets/*.js), so the policy can
 * forbid them and an article carrying `<script>` cannot run anything even if it slipped past
 * escaping.
 */
import helmet from 'helmet';

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
