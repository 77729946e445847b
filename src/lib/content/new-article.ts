/**
 * What `npm run new` writes: the file path and text of a new article. Pure functions, so the
 * template is tested without touching the content tree.
 */
import { join } from 'node:path';
import { toVietnamIso, vietnamYearMonth } from '../dates/dates.ts';
import { toSlug } from '../text/slug.ts';

/** The sapo written when none is given; `npm run check` warns while it is still there. */
export const PLACEHOLDER_DESCRIPTION = 'Sapo: một hoặc hai câu tóm tắt bài viết (sửa dòng này).';

/** What an editor chose for a new article. */
export interface NewArticle {
  title: string;
  category: string;
  tags: string[];
  description?: string;
  draft: boolean;
  /** A folder `<slug>/index.mdx`, for an article with photos beside it. */
  folder: boolean;
  /** The publication time; the time of running the command. */
  now: Date;
}

/** `2024-03-15 09:30`: a moment written as Vietnam time, the way frontmatter takes it. */
export function toFrontmatterTime(date: Date): string {
  return toVietnamIso(date).slice(0, 16).replace('T', ' ');
}

/** The article's path inside the content tree: `articles/<year>/<slug>.mdx` or `…/<slug>/index.mdx`. */
export function newArticlePath(article: Pick<NewArticle, 'title' | 'folder' | 'now'>): { slug: string; path: string } {
  const slug = toSlug(article.title);
  const year = String(vietnamYearMonth(article.now).year);
  return { slug, path: article.folder ? join('articles', year, slug, 'index.mdx') : join('articles', year, `${slug}.mdx`) };
}

/** Splits `--tags "Chuyển đổi số, Lai Châu"` into tags, NFC, without blanks. */
export function parseTags(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[,;]/)
    .map((tag) => tag.normalize('NFC').trim())
    .filter(Boolean);
}

/** The new file's text: valid frontmatter, the optional fields commented out, and a short guide. */
export function newArticleText(article: NewArticle): string {
  const quote = (text: string) => JSON.stringify(text.normalize('NFC').trim());
  const time = toFrontmatterTime(article.now);
  const lines = [
    '---',
    `title: ${quote(article.title)}`,
    `description: ${quote(article.description?.trim() || PLACEHOLDER_DESCRIPTION)}`,
    `publishedAt: ${time} # giờ Việt Nam; đặt một thời điểm sau này để hẹn giờ đăng`,
    `category: ${article.category}`,
    `tags: [${article.tags.map(quote).join(', ')}]`,
    ...(article.draft ? ['draft: true # bản nháp: chưa lên trang; xóa dòng này khi muốn đăng'] : []),
    '# Bỏ dấu # ở đầu dòng để dùng:',
    `# updatedAt: ${time} # khi sửa bài sau khi đã đăng`,
    article.folder
      ? '# cover: { src: ./anh-1.jpg, alt: "Ảnh chụp gì", caption: "Chú thích", credit: "Người chụp" }'
      : '# cover: ảnh đại diện — tạo bài bằng npm run new -- "…" --folder để đặt ảnh cạnh bài',
    '# author: "Tên tác giả"',
    '# source: "Nguồn, nếu đăng lại từ nơi khác"',
    '# featured: true # đưa lên khối Tin nổi bật ở trang chủ',
    // The guide lives in YAML comments, not an MDX {/* comment */} in the body: a body without
    // any MDX syntax is rendered by the much cheaper Markdown pipeline.
    '# Viết nội dung bài dưới dòng --- cuối cùng. Hướng dẫn đầy đủ: docs/huong-dan-bien-tap.md',
    ...(article.folder
      ? ['# Ảnh: đặt tệp anh-1.jpg trong thư mục này rồi viết <Figure src="./anh-1.jpg" alt="Ảnh chụp gì" caption="Chú thích" />']
      : []),
    '---',
    '',
  ];
  return lines.join('\n');
}
