import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { inlineScripts, inlineStyles, pagePolicy } from '../../src/lib/metadata/csp';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const SITE = "default-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

describe('pagePolicy', () => {
  test('allows the page’s own inline code by hash, and nothing else inline', () => {
    const csp = pagePolicy(
      '<style>p{color:red}</style><script>go()</script><script type="application/ld+json">{"a":1}</script><script src="/x.js"></script>',
    );
    expect(csp).toBe(`${SITE}; script-src 'self' ${sha('go()')}; style-src 'self' ${sha('p{color:red}')}`);
    expect(csp).not.toContain('unsafe-inline');
  });

  test('hashes the stylesheet the page inlines besides its parts, once however often it is named', () => {
    const css = 'body{margin:0}';
    expect(pagePolicy('<p>Tin</p>', { styles: [css] })).toBe(`${SITE}; script-src 'self'; style-src 'self' ${sha(css)}`);
    expect(pagePolicy(`<style>${css}</style>`, { styles: [css] })).toBe(pagePolicy('', { styles: [css] }));
  });

  test('allows table alignment attributes by hash, and no other style attribute', () => {
    const csp = pagePolicy(
      '<table><tr><td style="text-align:right">1</td><td style="text-align: left">2</td><td style="color:red">3</td></tr></table>',
    );
    expect(csp).toContain(`'unsafe-hashes' ${sha('text-align:right')} ${sha('text-align: left')}`);
    expect(csp).not.toContain(sha('color:red'));
  });

  test('a page without scripts gets no script hash at all', () => {
    expect(pagePolicy('<p>Tin</p>')).toContain("script-src 'self'; style-src");
  });
});

describe('inlineScripts and inlineStyles', () => {
  test('find each element’s code, whatever its attributes, and skip look-alike tags', () => {
    const html =
      '<scripts>x</scripts><script>a()</script><script type="module">b()</script><script\nasync>c()</script>' +
      '<script type="application/ld+json">{"d":1}</script><script src="/e.js"></script><style media="print">f{}</style><styles>g</styles><style>h{}</style>';
    expect(inlineScripts(html)).toEqual(['a()', 'b()', 'c()']);
    expect(inlineStyles(html)).toEqual(['f{}', 'h{}']);
    expect(inlineScripts('<p>no code</p>')).toEqual([]);
    expect(inlineStyles('<style>unclosed')).toEqual([]);
  });
});
