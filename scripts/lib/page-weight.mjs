// What a reader downloads for one built page, read from the HTML in dist/ (deterministic, no
// browser): gzip bytes of the HTML, of the CSS and JS it loads (inline and linked), and the
// requests needed to show the first screen. Used by `npm run bench` and the budget tests.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { inlineScripts, inlineStyles } from '../../src/lib/metadata/csp.ts';

const gzipBytes = (text) => gzipSync(text, { level: 9 }).length;

/** Every match of `pattern` (global, capture group 1) in `text`. */
const all = (text, pattern) => [...text.matchAll(pattern)].map((m) => m[1]);
const attribute = (tag, name) =>
  new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);

/** The file in `dist` a root-relative URL points at, or undefined for other hosts and data: URLs. */
function localFile(dist, url) {
  if (!url || /^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith('data:')) return undefined;
  const path = decodeURI(url.split(/[?#]/)[0]);
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}

/**
 * Weighs the page at `pagePath` (e.g. `/tin-tuc/bai-viet/`) of the site built in `dist`.
 * `requests` counts the HTML, linked stylesheets and scripts, the icon, and the images that load
 * at once (not `loading="lazy"`); `external` lists URLs on other hosts the page would fetch.
 */
export function weighPage(dist, pagePath) {
  const htmlFile = localFile(dist, pagePath);
  const html = readFileSync(htmlFile, 'utf8');
  const tags = (name) => all(html, new RegExp(`(<${name}\\b[^>]*>)`, 'gi'));
  const links = tags('link');
  const stylesheets = links.filter((t) => /\brel=["']?stylesheet/i.test(t)).map((t) => attribute(t, 'href'));
  const scriptTags = tags('script');
  const scriptSources = scriptTags.map((t) => attribute(t, 'src')).filter(Boolean);
  const scripts = inlineScripts(html).filter((s) => s.trim());
  const styles = inlineStyles(html);
  const icons = links.filter((t) => /\brel=["']?(?:icon|apple-touch-icon|preload|modulepreload)/i.test(t)).map((t) => attribute(t, 'href'));
  const images = tags('img').filter((t) => attribute(t, 'loading') !== 'lazy');
  const fonts =
    [...stylesheets, ...icons].filter((u) => /\.(woff2?|ttf|otf|eot)(?:$|\?)/i.test(u ?? '')).length + (/@font-face/i.test(html) ? 1 : 0);

  const fetched = [...stylesheets, ...scriptSources, ...icons, ...images.map((t) => attribute(t, 'src'))].filter(Boolean);
  const external = fetched.filter((u) => /^(?:[a-z]+:)?\/\//i.test(u));
  const fileText = (url) => {
    const file = localFile(dist, url);
    return file && existsSync(file) ? readFileSync(file, 'utf8') : '';
  };
  const cssLinked = stylesheets.reduce((sum, url) => sum + gzipBytes(fileText(url)), 0);
  const jsLinked = scriptSources.reduce((sum, url) => sum + gzipBytes(fileText(url)), 0);
  const htmlGzip = gzipBytes(html);
  return {
    page: pagePath,
    htmlBytes: Buffer.byteLength(html),
    htmlGzip,
    /** Linked stylesheets, gzipped; inline <style> is already inside htmlGzip. */
    cssGzip: cssLinked,
    cssInlineBytes: styles.reduce((sum, css) => sum + Buffer.byteLength(css), 0),
    jsGzip: jsLinked + scripts.reduce((sum, js) => sum + gzipBytes(js), 0),
    jsFiles: scriptSources.length,
    inlineScripts: scripts.length,
    /** HTML + every stylesheet it loads, gzipped: what must arrive before the first paint. */
    firstPaintGzip: htmlGzip + cssLinked,
    requests: 1 + fetched.length,
    fonts,
    external,
  };
}
