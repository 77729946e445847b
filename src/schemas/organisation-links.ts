/**
 * The schemas of what the department points readers to, and of its prose pages: related
 * agencies (`content/organisation/lien-ket.yaml`), administrative procedures and the public
 * service portals (`content/organisation/thu-tuc-hanh-chinh.yaml`), and the frontmatter of the
 * functions text and the English "about" text (`chuc-nang-nhiem-vu.mdx`, `content/en/*.mdx`).
 * Plain TypeScript that Node runs directly, like the other schemas in this folder.
 */
import { z } from 'astro/zod';
import { optionalText, requiredText, SLUG_PATTERN } from './fields.ts';

/** An address on another site; only https, so a link never leaves readers on an unencrypted page. */
const httpsUrl = (example: string) =>
  z.url({ protocol: /^https$/, error: `phải là địa chỉ đầy đủ bắt đầu bằng https:// — viết, ví dụ: url: ${example}` });

/** A link to another agency's site. */
const linkSchema = z.object({
  /** The agency or site, as readers know it: "Cổng thông tin điện tử tỉnh Lai Châu". */
  name: requiredText('tên liên kết (name)', 'name: "Cổng thông tin điện tử tỉnh Lai Châu"'),
  url: httpsUrl('https://laichau.gov.vn'),
});

/** `lien-ket.yaml`: links to related agencies, in groups, shown on `/gioi-thieu/`. */
export const relatedLinksSchema = z.object({
  groups: z
    .array(
      z.object({
        /** The group's heading: "Cơ quan cấp trên", "Sở Thông tin và Truyền thông các tỉnh lân cận". */
        name: requiredText('tên nhóm (name)', 'name: "Cơ quan cấp trên"'),
        links: z.array(linkSchema).min(1, 'nhóm chưa có liên kết nào — thêm, ví dụ: links: [{ name: "…", url: https://… }]'),
      }),
    )
    .min(1, 'chưa có nhóm liên kết nào — viết, ví dụ: groups: [{ name: "Cơ quan cấp trên", links: [...] }]'),
});

/** `thu-tuc-hanh-chinh.yaml`: the portals where procedures are carried out, and the department's procedure groups. */
export const proceduresSchema = z
  .object({
    /** The paragraph under the page's title. */
    intro: requiredText('lời giới thiệu (intro)', 'intro: "Thủ tục hành chính thuộc thẩm quyền của Sở được thực hiện trên…"'),
    /** The public service portals: the national one and the province's. */
    portals: z
      .array(
        z.object({
          /** The key a group's `links` use: `quoc-gia`, `tinh`. */
          id: z.string().regex(SLUG_PATTERN, 'id chỉ gồm chữ a–z không dấu, số và dấu - — viết, ví dụ: id: quoc-gia'),
          name: requiredText('tên cổng (name)', 'name: "Cổng Dịch vụ công quốc gia"'),
          url: httpsUrl('https://dichvucong.gov.vn'),
          /** One sentence on what readers do there. */
          description: optionalText,
        }),
      )
      .min(
        1,
        'chưa có cổng dịch vụ công nào — viết, ví dụ: portals: [{ id: quoc-gia, name: "Cổng Dịch vụ công quốc gia", url: https://dichvucong.gov.vn }]',
      ),
    /** Nhóm thủ tục (lĩnh vực): each is looked up on every portal. */
    groups: z
      .array(
        z.object({
          /** The field of the procedures: "Báo chí", "Xuất bản, in và phát hành". */
          name: requiredText('tên lĩnh vực (name)', 'name: "Báo chí"'),
          /** What kind of procedures it holds, in a sentence. */
          description: optionalText,
          /** A page of a portal for this group, by portal id, where one is known; otherwise the portal itself. */
          links: z.record(z.string(), httpsUrl('https://dichvucong.gov.vn/…')).default({}),
        }),
      )
      .min(1, 'chưa có nhóm thủ tục nào — viết, ví dụ: groups: [{ name: "Báo chí" }]'),
  })
  .superRefine(({ portals, groups }, ctx) => {
    const ids = portals.map((p) => p.id);
    groups.forEach((group, index) => {
      for (const key of Object.keys(group.links)) {
        if (!ids.includes(key))
          ctx.addIssue({
            code: 'custom',
            path: ['groups', index, 'links', key],
            message: `không có cổng "${key}" trong portals — chọn một trong: ${ids.join(', ')}`,
          });
      }
    });
  });

/** The frontmatter of a prose page of the organisation: the functions text, the English "about". */
export const organisationTextSchema = z.object({
  /** The page's heading and title. */
  title: requiredText('tiêu đề (title)', 'title: "Chức năng, nhiệm vụ và quyền hạn"'),
  /** One sentence for search engines and share previews. */
  description: requiredText('mô tả (description)', 'description: "…"'),
});
