import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { build, SMALL_TREE } from './build-helpers';

test('links editors write in articles follow a sub-path build, on pages and in feeds', () => {
  const { status, output, dist } = build(SMALL_TREE, { BASE_PATH: '/stttt/' });
  expect(status, output).toBe(0);
  // A Markdown article (rendered at load time) and an MDX one (compiled), each with a site link.
  expect(readFileSync(join(dist, 'tin-tuc/tin-so-2/index.html'), 'utf8')).toContain('href="/stttt/tin-tuc/tin-so-1/"');
  expect(readFileSync(join(dist, 'tin-tuc/chuyen-doi-so-lai-chau/index.html'), 'utf8')).toContain(
    'href="/stttt/tin-tuc/dien-bien-chuyen-doi-so/"',
  );
  const feed = readFileSync(join(dist, 'rss.xml'), 'utf8');
  expect(feed).toContain('https://thu-nghiem.example.gov.vn/stttt/tin-tuc/tin-so-1/');
  expect(feed).toContain('https://thu-nghiem.example.gov.vn/stttt/tin-tuc/dien-bien-chuyen-doi-so/');
  expect(feed).not.toMatch(/https:\/\/thu-nghiem\.example\.gov\.vn\/tin-tuc\//);
  // Crawlers never read /stttt/robots.txt: the build says what the host root's robots.txt needs.
  expect(output).toContain('robots.txt ở gốc dòng:\n  Sitemap: https://thu-nghiem.example.gov.vn/stttt/sitemap-index.xml');
});
