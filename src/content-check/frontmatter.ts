import { parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { normalizeStrings, readFrontmatter, splitFrontmatter } from '../lib/content/frontmatter.ts';
import { issuesToProblems, type Problem } from './problems.ts';

/** How an article must begin (the rest of the block is read by splitFrontmatter). */
const FRONTMATTER_START = /^\uFEFF?---\r?\n/;

/**
 * Validates an article's frontmatter against the shared schema. Returns the parsed data when it
 * is valid, and one problem per wrong field, on the line where the field is written.
 */
export function checkFrontmatter<T>(file: string, source: string, schema: z.ZodType<T>): { data?: T; problems: Problem[] } {
  if (!FRONTMATTER_START.test(source)) {
    return {
      problems: [
        {
          file,
          line: 1,
          field: 'frontmatter',
          message:
            'tệp không bắt đầu bằng phần thông tin bài viết — dòng đầu tiên phải là --- , tiếp theo là title:, description:, publishedAt:, category: và một dòng --- nữa (tạo bài mới bằng npm run new để có sẵn mẫu)',
        },
      ],
    };
  }
  let raw: Record<string, unknown>;
  try {
    raw = normalizeStrings(readFrontmatter(source));
  } catch (error) {
    // js-yaml (see readFrontmatter) gives the 0-based line inside the frontmatter, which starts on the file's line 2.
    const line = (error as { mark?: { line: number } }).mark?.line;
    return {
      problems: [
        {
          file,
          line: line === undefined ? 1 : line + 2,
          field: 'frontmatter',
          message: `phần thông tin bài viết viết sai cú pháp YAML — mỗi dòng dạng ten: giá trị; giá trị có dấu : hoặc # thì đặt trong dấu ngoặc kép "…"`,
        },
      ],
    };
  }
  const result = schema.safeParse(raw);
  if (result.success) return { data: result.data, problems: [] };
  return { problems: issuesToProblems(file, result.error.issues, fieldLines(source)) };
}

/** A lookup from a field path (`['cover', 'alt']`) to the line it is written on; parsed only when needed. */
function fieldLines(source: string): (path: PropertyKey[]) => number {
  // The frontmatter starts on the file's line 2, after the opening `---`.
  const lineOf = yamlFieldLines(splitFrontmatter(source).yaml, 2);
  return (path) => lineOf(path) ?? 1;
}

/**
 * A lookup from a path in a YAML text (`[3, 'slug']`) to the line it is written on, the text starting
 * on line `firstLine` of its file: the nearest enclosing value's line when the path is not there, and
 * `undefined` when none of it is.
 */
export function yamlFieldLines(text: string, firstLine = 1): (path: PropertyKey[]) => number | undefined {
  const doc = parseDocument(text, { schema: 'core' });
  return (path) => {
    for (let depth = path.length; depth > 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return firstLine + (text.slice(0, node.range[0]).match(/\n/g)?.length ?? 0);
    }
    return undefined;
  };
}
