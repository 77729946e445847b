/**
 * The site's settings (`site/site.yaml`), the footer's prose (`site/footer.mdx`) and, when present,
 * where the admin saves (`site/admin.yaml`), checked against the build's schemas. Runs before any
 * body: full links to the site's own address count as links to its articles.
 */
import { join } from 'node:path';
import { ADMIN_FILE, adminSettingsSchema } from '../../schemas/admin.ts';
import { FOOTER_FILES, SITE_FILE, createFooterSchema, createSiteSchema } from '../../schemas/site.ts';
import { checkDataFile } from '../data-file.ts';
import { checkEntryFile, checkedImages } from '../entry-file.ts';
import { ALWAYS_PUBLIC } from '../rules/links.ts';
import type { CheckContext, CollectionCheck } from '../types.ts';
import { missingFileProblem } from './missing.ts';

/** Checks `site/site.yaml` (setting `ctx.siteUrl`), the footer and the admin's settings. */
export const checkSite: CollectionCheck = (ctx) => {
  // The emblem and the trust badge are the site's own drawings, SVG allowed (see the file rule).
  const images = checkedImages(ctx.contentDir, 'emblem');
  if (ctx.files.includes(SITE_FILE)) {
    const file = join(ctx.contentDir, SITE_FILE);
    images.at(file);
    const { data, raw } = checkDataFile(ctx, file, createSiteSchema({ image: images.image }), 'site.yaml');
    const url = data?.url ?? (raw as { url?: unknown } | undefined)?.url;
    if (typeof url === 'string') ctx.siteUrl = url;
    ctx.checked.push('cài đặt trang');
  } else {
    missingFileProblem(ctx, SITE_FILE, 'cài đặt trang', 'viết description:, url: và logo:');
  }
  checkFooter(ctx, images);
  if (ctx.files.includes(ADMIN_FILE)) {
    checkDataFile(ctx, join(ctx.contentDir, ADMIN_FILE), adminSettingsSchema, 'admin.yaml');
    ctx.checked.push('cài đặt trang quản trị');
  }
};

/** The footer: exactly one of `FOOTER_FILES`, with its frontmatter and body. */
function checkFooter(ctx: CheckContext, images: ReturnType<typeof checkedImages>): void {
  const [footer, other] = FOOTER_FILES.filter((path) => ctx.files.includes(path));
  if (!footer) {
    missingFileProblem(
      ctx,
      FOOTER_FILES[0],
      'chân trang',
      'viết citation: và nội dung bên dưới (tên và địa chỉ cơ quan ở organisation/co-quan.yaml)',
    );
    return;
  }
  const file = join(ctx.contentDir, footer);
  if (other) {
    ctx.problems.push({
      file: join(ctx.contentDir, other),
      line: 1,
      field: 'tệp',
      message: `trang chỉ có một chân trang, mà ${footer} cũng là chân trang — giữ một trong hai tệp, xóa tệp kia`,
    });
  }
  images.at(file);
  const entry = checkEntryFile(ctx, file, createFooterSchema({ image: images.image }), {
    of: 'chân trang',
    fields: 'citation:',
  });
  if (entry.links.length > 0) ctx.linksOf.set({ file, data: ALWAYS_PUBLIC }, entry.links);
  ctx.checked.push('chân trang');
}
