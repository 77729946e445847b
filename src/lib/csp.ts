// Astro writes one Content-Security-Policy <meta> with the same hashes on every page: every
// client directive, every page's inline stylesheet. This narrows each page's policy to the
// inline scripts and styles that page really has — a stricter policy, and a few hundred bytes
// less on every page, which the 14 KB first-flight budget of an article needs.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;
/** The style attributes the Markdown renderers write for table columns; no other is allowed. */
const TABLE_ALIGNMENT = /^text-align: ?(?:left|center|right)$/;

const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The page with its CSP narrowed to its own inline code; unchanged when it has no CSP meta. */
export function tightenCsp(html) {
  const meta = META.exec(html);
  if (!meta) return html;
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => !/\bsrc=/i.test(attributes) && !/type=["']?application\/(?:ld\+)?json/i.test(attributes))
    .map(([, , code]) => hash(code));
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, css]) => hash(css));
  const alignments = [...new Set([...html.matchAll(/\sstyle="([^"]*)"/g)].map(([, value]) => value))]
    .filter((value) => TABLE_ALIGNMENT.test(value))
    .map(hash);
  const directives = meta[1]
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((directive) => {
      const [name, ...sources] = directive.split(/\s+/);
      const kept = sources.filter((s) => !s.startsWith("'sha256-") && s !== "'unsafe-hashes'");
      if (name === 'script-src') return [name, ...kept, ...new Set(scripts)].join(' ');
      if (name === 'style-src') {
        return [name, ...kept, ...new Set(styles), ...(alignments.length ? ["'unsafe-hashes'", ...alignments] : [])].join(' ');
      }
      return directive;
    });
  return html.replace(META, `<meta http-equiv="content-security-policy" content="${directives.join('; ')}">`);
}

/** Narrows the CSP of every HTML page under `dir`; returns how many pages it rewrote. */
export function tightenCspInFolder(dir) {
  let pages = 0;
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) {
        const html = readFileSync(path, 'utf8');
        const tightened = tightenCsp(html);
        if (tightened !== html) {
          writeFileSync(path, tightened);
          pages++;
        }
      }
    }
  };
  walk(dir);
  return pages;
}
