import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ORGANISATION_CASES } from '../fixtures/organisation-invalid/cases';
import { build, fixtureTree, listFiles, ROOT } from './build-helpers';

describe('a mistake in an organisation file stops the build, naming the file, the line and the field', () => {
  test.each(ORGANISATION_CASES)('$rule', ({ fixture, at, field, says }) => {
    const tree = fixtureTree();
    cpSync(join(ROOT, 'tests/fixtures/organisation-invalid', fixture), tree, { recursive: true });
    const { status, output, dist } = build(tree);
    expect(status).not.toBe(0);
    // The same line as the check prints for an article: `path:line: field — what is wrong — what to write`.
    expect(output).toContain(`${join(tree, at)}: ${field} — `);
    for (const text of says) expect(output).toContain(text);
    expect(output).toContain('trang web KHÔNG được cập nhật');
    expect(listFiles(dist)).toEqual([]);
    expect(existsSync(`${dist}.staging`)).toBe(false);
  });
});
