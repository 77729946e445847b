import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { withCsp } from '../../src/lib/csp';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (body: string) =>
  `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><style>p{color:red}</style></head><body>${body}</body></html>`;
const policy = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html)![1]!;
const SITE = "default-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

describe('withCsp', () => {
  test('allows the page’s own inline code by hash, and nothing else inline', () => {
    const csp = policy(
      withCsp(page('<script>go()</script><script type="application/ld+json">{"a":1}</script><script src="/x.js"></script>')),
    );
    expect(csp).toBe(`${SITE}; script-src 'self' 'wasm-unsafe-eval' ${sha('go()')}; style-src 'self' ${sha('p{color:red}')}`);
    expect(csp).not.toContain('unsafe-inline');
  });

  test('puts the policy right after the charset, before any code it governs', () => {
    expect(withCsp(page('<p>Tin</p>'))).toMatch(
      /^<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="[^"]+"><style>/,
    );
  });

  test('replaces a policy the page already had, instead of adding a second', () => {
    const once = withCsp(page('<p>Tin</p>'));
    expect(withCsp(once)).toBe(once);
    expect(withCsp(once).match(/content-security-policy/g)).toHaveLength(1);
  });

  test('allows table alignment attributes by hash, and no other style attribute', () => {
    const csp = policy(
      withCsp(
        page('<table><tr><td style="text-align:right">1</td><td style="text-align: left">2</td><td style="color:red">3</td></tr></table>'),
      ),
    );
    expect(csp).toContain(`'unsafe-hashes' ${sha('text-align:right')} ${sha('text-align: left')}`);
    expect(csp).not.toContain(sha('color:red'));
  });

  test('a page without scripts gets no script hash at all', () => {
    expect(policy(withCsp(page('<p>Tin</p>')))).toContain("script-src 'self' 'wasm-unsafe-eval'; style-src");
  });

  test('a document that is not one of the site’s pages is left alone', () => {
    expect(withCsp('<p>x</p>')).toBe('<p>x</p>');
  });
});
