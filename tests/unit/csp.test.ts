import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { tightenCsp } from '../../scripts/lib/tighten-csp.mjs';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="default-src 'self';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA=' 'sha256-BBB='; style-src 'self' 'sha256-CCC=';"><style>p{color:red}</style></head><body>${body}</body></html>`;
const policy = (html: string) => /content="([^"]*)"/.exec(html)![1]!;

describe('tightenCsp', () => {
  test('keeps only the hashes of the page’s own inline code, and every other source', () => {
    const csp = policy(
      tightenCsp(page('<script>go()</script><script type="application/ld+json">{"a":1}</script><script src="/x.js"></script>')),
    );
    expect(csp).toBe(
      `default-src 'self'; img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' ${sha('go()')}; style-src 'self' ${sha('p{color:red}')}`,
    );
  });

  test('allows table alignment attributes by hash, and nothing else inline', () => {
    const csp = policy(
      tightenCsp(
        page('<table><tr><td style="text-align:right">1</td><td style="text-align: left">2</td><td style="color:red">3</td></tr></table>'),
      ),
    );
    expect(csp).toContain(`'unsafe-hashes' ${sha('text-align:right')} ${sha('text-align: left')}`);
    expect(csp).not.toContain(sha('color:red'));
  });

  test('a page without scripts gets no script hash at all', () => {
    expect(policy(tightenCsp(page('<p>Tin</p>')))).toContain("script-src 'self' 'wasm-unsafe-eval'; style-src");
  });

  test('a page without a CSP meta is left alone', () => {
    expect(tightenCsp('<p>x</p>')).toBe('<p>x</p>');
  });
});
