import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { build, expectSamePages, listFiles, SMALL_TREE } from './build-helpers';

test('builds under different machine time zones give identical pages', () => {
  const vietnam = build(SMALL_TREE, { TZ: 'Asia/Ho_Chi_Minh' });
  const losAngeles = build(SMALL_TREE, { TZ: 'America/Los_Angeles' });
  expect(vietnam.status, vietnam.output).toBe(0);
  expect(losAngeles.status, losAngeles.output).toBe(0);
  const pages = listFiles(vietnam.dist).filter((f) => f.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(10);
  expectSamePages(losAngeles.dist, vietnam.dist, pages);
  // The unzoned 2025-01-10 14:00 is shown as written, in Vietnam time.
  const listing = readFileSync(join(vietnam.dist, 'chuyen-muc/chuyen-doi-so/index.html'), 'utf8');
  expect(listing).toContain('10/01/2025 2:00:00 CH');
});
