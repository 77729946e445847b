/**
 * The site's own settings (`content/site/site.yaml`) and the footer's prose (`content/site/footer.mdx`),
 * shared by the build's collections (src/content.config.ts) and `npm run check`. The `image` helper
 * is passed in, as for articles (src/schemas/article.ts). Plain TypeScript with `.ts` imports.
 */
import { z } from 'astro/zod';
import { imageField, link, requiredText, type ImageHelper } from './fields.ts';

/** The files, relative to the content tree. */
export const SITE_FILE = 'site/site.yaml';
/** The footer is one of these (the first that exists). */
export const FOOTER_FILES = ['site/footer.mdx', 'site/footer.md'] as const;

/**
 * The site's own settings: its description, public address, emblem, page size and menu. The
 * department's name and contacts are organisation data (`src/schemas/organisation.ts`).
 */
export function createSiteSchema<Image extends z.ZodType>({ image }: { image: ImageHelper<Image> }) {
  return z.object({
    /** One sentence describing the site, for search engines and feeds. */
    description: requiredText('mô tả (description)', 'description: "Trang tin điện tử …"'),
    /** The public address of the site, e.g. https://stttt.laichau.gov.vn */
    url: z.url({ protocol: /^https?$/, error: 'url phải là địa chỉ đầy đủ — viết, ví dụ: url: https://stttt.laichau.gov.vn' }),
    /** The emblem shown in the header. */
    logo: imageField(image),
    /** Articles per page in listings. */
    pageSize: z.number({ error: 'pageSize phải là một số từ 1 đến 100 — viết, ví dụ: pageSize: 10' }).int().min(1).max(100).default(10),
    /** Extra header menu links after the chuyên mục (label, href). */
    menu: z
      .array(
        z.object({
          label: requiredText('tên mục menu (label)', 'label: "Sơ đồ trang"'),
          href: link('địa chỉ mục menu (href)', 'href: /so-do-trang/').regex(
            /^(\/|https:\/\/)/,
            'href phải là đường dẫn trong trang (bắt đầu bằng /) hoặc địa chỉ https:// — viết, ví dụ: href: /so-do-trang/',
          ),
        }),
        { error: 'menu phải là một danh sách — mỗi mục viết: - label: Sơ đồ trang, href: /so-do-trang/' },
      )
      .default([]),
  });
}

/** The footer's own prose, shown on every page below the department's name and contacts. */
export function createFooterSchema<Image extends z.ZodType>({ image }: { image: ImageHelper<Image> }) {
  return z.object({
    /** The notice asking re-users to cite the source. */
    citation: requiredText('lời nhắc ghi nguồn (citation)', 'citation: "Ghi rõ nguồn … khi sử dụng thông tin trên website này."'),
    /** The network-trust certification badge: image, alt text and the certificate's link. */
    trustBadge: z
      .object(
        {
          image: imageField(image),
          alt: requiredText('mô tả huy hiệu (trustBadge.alt)', 'alt: "Chứng nhận Tín nhiệm mạng"'),
          href: link('liên kết chứng nhận (trustBadge.href)', 'href: https://tinnhiemmang.vn'),
        },
        { error: 'trustBadge phải có image, alt và href — viết ở ba dòng thụt vào bên dưới trustBadge:' },
      )
      .optional(),
  });
}
