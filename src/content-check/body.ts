/**
 * The rules for an article's body: MDX syntax (with line and column, from the same parser the
 * build uses), the safety rules (no imports or code, no scripts, frames, styles, event handlers
 * or `javascript:` links), the content components' props and files, alt text, and the links to
 * other articles it contains (checked once every article is known).
 */
import { dirname } from 'node:path';
import { htmlToHast, markdownToMdast, mdxToMdast } from 'satteri';
import { CONTENT_COMPONENTS, isContentComponent } from '../components/content/names.ts';
import { isRemote, localFileProblem } from './local-files.ts';
import type { Problem } from './problems.ts';

/** Elements that run code, embed other sites or restyle the page: never allowed in an article. */
const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'style', 'object', 'embed', 'frame', 'frameset', 'base', 'link', 'meta', 'form']);
const FORBIDDEN_HINT: Record<string, string> = {
  iframe: 'để đưa video, dùng <Video src="https://…" title="…" />',
  img: 'dùng <Figure src="./anh-1.jpg" alt="…" /> với ảnh đặt cạnh bài viết',
};

/** A link from this article to `/tin-tuc/<slug>/`, to be checked against every article. */
export interface ArticleLink {
  slug: string;
  line: number;
}

/** What checking a body found. */
export interface BodyReport {
  problems: Problem[];
  links: ArticleLink[];
}

interface Node {
  type: string;
  name?: string | null;
  tagName?: string;
  value?: unknown;
  url?: string;
  alt?: string | null;
  attributes?: Attribute[];
  properties?: Record<string, unknown>;
  children?: Node[];
  position?: { start: { line: number; column: number } };
}
interface Attribute {
  type: string;
  name?: string;
  value?: unknown;
}

/** `javascript:` (and `vbscript:`) addresses, however spaced or capitalised. */
// Browsers drop control characters and spaces inside a URL's scheme, so they must not hide one.
// eslint-disable-next-line no-control-regex
const isScriptUrl = (url: string) => /^(?:javascript|vbscript):/i.test(url.replace(/[\u0000-\u0020]/g, ''));

/** An MDX expression that is only a comment, `{/* … *\/}`: the one form editors may use. */
const isComment = (code: string) => /^\s*\/\*[\s\S]*?\*\/\s*$/.test(code) && !/\*\/[\s\S]*\/\*/.test(code);

/**
 * Checks one article body. `source` is the whole file (NFC), so lines match the editor's file;
 * `siteUrl` lets absolute links to this site count as article links.
 */
export function checkBody(file: string, source: string, isMdx: boolean, siteUrl?: string): BodyReport {
  const problems: Problem[] = [];
  const links: ArticleLink[] = [];
  const dir = dirname(file);
  const add = (line: number, field: string, message: string) => problems.push({ file, line, field, message });

  let tree: Node;
  try {
    tree = (isMdx ? mdxToMdast(source) : markdownToMdast(source)) as Node;
  } catch (error) {
    problems.push(syntaxProblem(file, error));
    return { problems, links };
  }

  const checkUrl = (url: string, line: number, field: string) => {
    if (isScriptUrl(url)) {
      add(
        line,
        field,
        `liên kết "javascript:" chạy mã trên máy người đọc, không được phép — viết địa chỉ trang, ví dụ https://laichau.gov.vn/…`,
      );
      return;
    }
    const slug = articleSlugOf(url, siteUrl);
    if (slug) links.push({ slug, line });
  };

  const checkAttributes = (node: Node, line: number, label: string) => {
    for (const attribute of node.attributes ?? []) {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        add(line, label, `thuộc tính {…} là mã lập trình, không được dùng trong bài viết — viết từng thuộc tính dạng ten="giá trị"`);
        continue;
      }
      const name = attribute.name ?? '';
      if (/^on/i.test(name)) {
        add(line, `${label} ${name}`, `thuộc tính ${name} chạy mã trên máy người đọc, không được phép — xóa thuộc tính này`);
      }
      if (attribute.value && typeof attribute.value === 'object') {
        add(
          line,
          `${label} ${name}`,
          `giá trị {…} là mã lập trình, không được dùng trong bài viết — viết giá trị trong dấu ngoặc kép: ${name}="…"`,
        );
      } else if (typeof attribute.value === 'string' && /^(href|src|action|formaction|poster|xlink:href)$/i.test(name)) {
        checkUrl(attribute.value, line, `${label} ${name}`);
      }
    }
  };

  const checkComponent = (node: Node, name: string, line: number) => {
    const spec = CONTENT_COMPONENTS[name as keyof typeof CONTENT_COMPONENTS];
    const values = new Map<string, string>();
    for (const attribute of node.attributes ?? []) {
      if (attribute.type === 'mdxJsxAttribute' && attribute.name)
        values.set(attribute.name, typeof attribute.value === 'string' ? attribute.value : attribute.value == null ? '' : '{…}');
    }
    for (const [prop, example] of Object.entries(spec.required)) {
      const value = values.get(prop);
      if (value === undefined || value.trim() === '') {
        const what = prop === 'alt' ? 'thiếu mô tả ảnh cho người không xem được ảnh' : `thiếu ${prop}`;
        add(line, `<${name}> ${prop}`, `${what} — viết, ví dụ: <${name} ${example} … />`);
      }
    }
    const urls: readonly string[] = 'urls' in spec ? spec.urls : [];
    for (const [prop, kind] of Object.entries(spec.files)) {
      const value = values.get(prop);
      if (!value || value === '{…}') continue;
      if (urls.includes(prop) && /^https:\/\//i.test(value)) continue;
      const problem = localFileProblem(dir, value, kind);
      if (problem) add(line, `<${name}> ${prop}`, problem);
    }
  };

  const visit = (node: Node) => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'mdxjsEsm':
        add(
          line,
          'import/export',
          `bài viết không được nhập (import) hay xuất (export) mã — xóa dòng này; các thành phần <Figure>, <Gallery>, <Document>, <Note>, <Video> đã có sẵn, không cần import`,
        );
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isComment(String(node.value))) {
          add(
            line,
            'nội dung',
            `dấu { … } là mã lập trình, không được dùng trong bài viết — muốn hiện dấu ngoặc nhọn thì viết \\{ ; ghi chú ẩn thì viết {/* ghi chú */}`,
          );
        }
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name;
        if (name) {
          const label = `<${name}>`;
          if (/^[a-z]/.test(name) && !name.includes('.')) {
            const tag = name.toLowerCase();
            if (FORBIDDEN_ELEMENTS.has(tag) || tag === 'img') {
              add(
                line,
                label,
                `thẻ <${tag}> không được dùng trong bài viết (an toàn cho người đọc) — ${FORBIDDEN_HINT[tag] ?? 'xóa thẻ này'}`,
              );
              return;
            }
          } else if (!isContentComponent(name)) {
            add(
              line,
              label,
              `không có thành phần <${name}> — dùng một trong: ${Object.keys(CONTENT_COMPONENTS)
                .map((n) => `<${n}>`)
                .join(', ')}`,
            );
            return;
          } else {
            checkComponent(node, name, line);
          }
          checkAttributes(node, line, label);
        }
        break;
      }
      case 'html':
        checkHtml(String(node.value), line);
        return;
      case 'link':
      case 'definition':
        checkUrl(node.url ?? '', line, 'liên kết');
        break;
      case 'image':
        if (!node.alt?.trim())
          add(
            line,
            'ảnh',
            `thiếu mô tả ảnh cho người không xem được ảnh — viết mô tả trong ngoặc vuông: ![Quang cảnh hội nghị](${node.url})`,
          );
        if (node.url) {
          const problem = localFileProblem(dir, node.url, 'image');
          if (problem) add(line, 'ảnh', problem);
        }
        return;
    }
    for (const child of node.children ?? []) visit(child);
  };

  /** Raw HTML in a `.md` file: the same rules, read with an HTML parser so entities cannot hide them. */
  const checkHtml = (html: string, line: number) => {
    const walk = (node: Node) => {
      if (node.type === 'element' && node.tagName) {
        const tag = node.tagName.toLowerCase();
        if (FORBIDDEN_ELEMENTS.has(tag) || tag === 'img') {
          add(
            line,
            `<${tag}>`,
            `thẻ <${tag}> không được dùng trong bài viết (an toàn cho người đọc) — ${FORBIDDEN_HINT[tag] ?? 'xóa thẻ này'}`,
          );
        }
        for (const [prop, value] of Object.entries(node.properties ?? {})) {
          if (/^on/i.test(prop))
            add(
              line,
              `<${tag}> ${prop.toLowerCase()}`,
              `thuộc tính ${prop.toLowerCase()} chạy mã trên máy người đọc, không được phép — xóa thuộc tính này`,
            );
          else if (typeof value === 'string' && /^(href|src|action|formAction|poster)$/.test(prop))
            checkUrl(value, line, `<${tag}> ${prop}`);
        }
      }
      for (const child of node.children ?? []) walk(child);
    };
    walk(htmlToHast(html, { fragment: true }) as Node);
  };

  visit(tree);
  return { problems, links };
}

/** The slug of an article link (`/tin-tuc/<slug>/`, also as a full address on this site), else `undefined`. */
export function articleSlugOf(url: string, siteUrl?: string): string | undefined {
  let path = url.trim();
  if (isRemote(path) || path.startsWith('//')) {
    if (!siteUrl) return undefined;
    let target: URL;
    let site: URL;
    try {
      target = new URL(path, siteUrl);
      site = new URL(siteUrl);
    } catch {
      return undefined;
    }
    if (target.host !== site.host || !/^https?:$/.test(target.protocol)) return undefined;
    path = target.pathname;
  }
  const match = /^\/tin-tuc\/([^/?#]+)\/?(?:[?#].*)?$/.exec(path);
  const slug = match?.[1];
  if (!slug || slug === 'trang') return undefined;
  try {
    return decodeURIComponent(slug).normalize('NFC');
  } catch {
    return slug;
  }
}

/** A parser error turned into a message an editor can act on, with line and column. */
function syntaxProblem(file: string, error: unknown): Problem {
  const text = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):(\d+):\s*([\s\S]*?)(?:\s*\([\w:-]+\))?$/.exec(text);
  const field = 'nội dung (MDX)';
  if (!match) return { file, line: 1, field, message: explainSyntaxError(text) };
  return { file, line: Number(match[1]), column: Number(match[2]), field, message: explainSyntaxError(match[3] ?? text) };
}

/** The parser's English message, explained in Vietnamese with what to write instead. */
function explainSyntaxError(detail: string): string {
  let m: RegExpExecArray | null;
  if ((m = /Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]*)>`/.exec(detail))) {
    return `thẻ đóng </${m[1]}> không khớp với thẻ mở <${m[2]}> — đóng thẻ <${m[2]}> bằng </${m[2]}> trước`;
  }
  if ((m = /Unexpected closing tag `<\/([^>]*)>`/.exec(detail))) {
    return `thẻ đóng </${m[1]}> không có thẻ mở tương ứng — xóa </${m[1]}> hoặc thêm <${m[1]}> phía trước`;
  }
  if ((m = /Expected a closing tag for `<([^>]*)>`/.exec(detail))) {
    return `thẻ <${m[1]}> chưa được đóng — thêm </${m[1]}> sau nội dung của thẻ, hoặc viết <${m[1]} … /> nếu thẻ không có nội dung`;
  }
  if (/comment in MDX/.test(detail)) {
    return `MDX không dùng ghi chú <!-- … --> — viết {/* ghi chú */}`;
  }
  if (/closing brace|expression/i.test(detail)) {
    return `dấu { không hợp lệ ở đây — muốn hiện dấu ngoặc nhọn thì viết \\{ ; ghi chú ẩn thì viết {/* ghi chú */}`;
  }
  if (/after `<`|valid JSX tag|before name|attribute/i.test(detail)) {
    return `thẻ <…> viết chưa đúng (thiếu dấu > hoặc />, hoặc giá trị thiếu dấu ngoặc kép) — viết, ví dụ: <Figure src="./anh-1.jpg" alt="Mô tả ảnh" />; muốn hiện dấu < thì viết \\<`;
  }
  return `MDX sai cú pháp (${detail}) — kiểm tra các thẻ <…> đã đóng đủ, giá trị trong dấu ngoặc kép, và viết \\{ \\< nếu muốn hiện các dấu này`;
}
