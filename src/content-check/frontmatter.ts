import { parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { normalizeStrings, readFrontmatter, splitFrontmatter } from '../lib/content/frontmatter.ts';
import { issuesToProblems, type Problem } from './problems.ts';

/** How a Markdown/MDX file must begin (the rest of the block is read by splitFrontmatter). */
const FRONTMATTER_START = /^\uFEFF?---\r?\n/;

/** How messages about a collection's frontmatter name it and what it holds. */
export interface FrontmatterHelp {
  /** What the file is: `bài viết`, `trang`, `chân trang`. */
  of: string;
  /** The fields it starts with, for the example: `title:, description:`. */
  fields: string;
  /** Said after the example, when there is more to say (`npm run new` for articles). */
  hint?: string;
}

/**
 * Validates the frontmatter of a `.md`/`.mdx` file against its collection's schema (the build's
 * own). Returns the parsed data when it is valid, and one problem per wrong field, on the line
 * where the field is written.
 */
export function checkFrontmatter<T>(
  file: string,
  source: string,
  schema: z.ZodType<T>,
  help: FrontmatterHelp,
): { data?: T; problems: Problem[] } {
  if (!FRONTMATTER_START.test(source)) {
    return {
      problems: [
        {
          file,
          line: 1,
          field: 'frontmatter',
          message: `tệp không bắt đầu bằng phần thông tin ${help.of} — dòng đầu tiên phải là --- , tiếp theo là ${help.fields} và một dòng --- nữa${help.hint ? ` ${help.hint}` : ''}`,
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
    return { problems: [yamlSyntaxProblem(file, line === undefined ? 1 : line + 2, 'frontmatter', `phần thông tin ${help.of}`)] };
  }
  const result = schema.safeParse(raw);
  if (result.success) return { data: result.data, problems: [] };
  return { problems: issuesToProblems(file, result.error.issues, yamlFieldLines(splitFrontmatter(source).yaml, 2)) };
}

/** A YAML syntax error on `line`, reported under `field`; `what` names the YAML (`phần thông tin bài viết`, `tệp site.yaml`). */
export function yamlSyntaxProblem(file: string, line: number, field: string, what: string): Problem {
  return {
    file,
    line,
    field,
    message: `${what} viết sai cú pháp YAML — mỗi dòng dạng ten: giá trị; giá trị có dấu : hoặc # thì đặt trong dấu ngoặc kép "…"`,
  };
}

/**
 * A lookup from a field path (`['cover', 'alt']`, `['leaders', 1, 'phone']`) to the line it is
 * written on in the YAML `text`, whose first line is the file's line `firstLine`. A path that is
 * not written (a missing field) gives the line of its closest written parent, and the file's
 * first line when there is none. Parsed once, on the first lookup.
 */
export function yamlFieldLines(text: string, firstLine = 1): (path: readonly PropertyKey[]) => number {
  let doc: ReturnType<typeof parseDocument> | undefined;
  return (path) => {
    doc ??= parseDocument(text, { schema: 'core' });
    for (let depth = path.length; depth > 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) {
        return firstLine + (text.slice(0, node.range[0]).match(/\n/g)?.length ?? 0);
      }
    }
    return 1;
  };
}
