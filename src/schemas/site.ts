/**
 * The site's identity (`content/site/site.yaml`) and its contact footer (`content/site/footer.mdx`),
 * shared by the build's collections (src/content.config.ts) and `npm run check`. The `image` helper
 * is passed in, as for articles (src/schemas/article.ts). Plain TypeScript with `.ts` imports.
 */
import { z } from 'astro/zod';
import { imageField, link, requiredText, type ImageHelper } from './fields.ts';

/** The files, relative to the content tree. */
export const SITE_FILE = 'site/site.yaml';
/** The footer is one of these (the first that exists). */
export const FOOTER_FILES = ['site/footer.mdx', 'site/footer.md'] as const;

/** The site's identity: name, governing body, address, menu. */
export function createSiteSchema<Image extends z.ZodType>({ image }: { image: ImageHelper<Image> }) {
  return z.object({
    /** The site's full name, as in the header: "Sở Thông tin và Truyền thông tỉnh Lai Châu". */
    name: requiredText('tên đơn vị (name)', 'name: "Sở Thông tin và Truyền thông tỉnh Lai Châu"'),
    /** A short name for titles and feeds: "Sở TT&TT Lai Châu". */
    shortName: requiredText('tên viết tắt (shortName)', 'shortName: "Sở TT&TT Lai Châu"'),
    /** The body the department belongs to, shown above its name: "Ủy ban nhân dân tỉnh Lai Châu". */
    governingBody: requiredText('cơ quan chủ quản (governingBody)', 'governingBody: "UBND tỉnh Lai Châu"'),
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

/** The contact footer shown on every page. */
export function createFooterSchema<Image extends z.ZodType>({ image }: { image: ImageHelper<Image> }) {
  return z.object({
    /** The department, in capitals as on its seal: "SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH LAI CHÂU". */
    department: requiredText('tên cơ quan (department)', 'department: "SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH LAI CHÂU"'),
    /** The governing body: "Ủy ban nhân dân tỉnh Lai Châu". */
    governingBody: requiredText('cơ quan chủ quản (governingBody)', 'governingBody: "Ủy ban nhân dân tỉnh Lai Châu"'),
    /** The person responsible for content, with their title. */
    responsible: z.object(
      {
        name: requiredText('người chịu trách nhiệm (responsible.name)', 'name: "Ông Phạm Quang Cường"'),
        title: requiredText('chức vụ (responsible.title)', 'title: "Phó Giám đốc Sở …"'),
      },
      { error: 'thiếu người chịu trách nhiệm nội dung — viết responsible: với name: và title: ở hai dòng thụt vào bên dưới' },
    ),
    /** Trụ sở: the office address. */
    address: requiredText('địa chỉ (address)', 'address: "Tầng 7, Nhà D, …"'),
    /** Điện thoại, as printed: "0213.3791.558". */
    phone: requiredText('số điện thoại (phone)', 'phone: "0213.3791.558"'),
    /** The newsroom's email. */
    email: z.email({ error: 'email không hợp lệ — viết, ví dụ: email: banbientap@laichau.gov.vn' }),
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
