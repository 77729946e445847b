/**
 * Field types every content schema shares: text normalised to NFC, and the two kinds of address an
 * editor writes in frontmatter or a data file — a link and an image — both held to the one
 * allow-list of URL schemes (src/content-check/rules/urls.ts) before anything else reads them.
 * Plain TypeScript with `.ts` imports and no Astro runtime, so that `npm run check` runs it in Node.
 */
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { urlProblem } from '../content-check/rules/urls.ts';
import { normalizeText } from '../lib/text/slug.ts';

/** Text that must be present and not blank, normalised to NFC with white space tidied. */
export const requiredText = (what: string, example: string) =>
  z
    .string({ error: `thiếu ${what} — viết, ví dụ: ${example}` })
    .transform(normalizeText)
    .refine((text) => text.length > 0, { message: `${what} đang để trống — viết, ví dụ: ${example}` });

/** Optional text, normalised to NFC with white space tidied. */
export const optionalText = z.string({ error: 'phải là chữ — đặt nội dung trong dấu ngoặc kép "…"' }).transform(normalizeText).optional();

/** A string held to the scheme allow-list; `missing` is the message when it is absent. */
const allowedAddress = (missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .superRefine((url, ctx) => {
      const problem = urlProblem(url);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, continue: false });
    });

/** A link an editor writes in a field (a menu entry, the footer's badge): `https://…`, `/…`, `mailto:`… */
export const link = (what: string, example: string) => allowedAddress(`thiếu ${what} — viết, ví dụ: ${example}`);

/**
 * The schema of an image field (`cover.src`, `logo`): the caller's `image()` — Astro's in the build,
 * which imports and optimises the file, or the check's, which applies the file rule — behind the
 * scheme allow-list, so that a `data:` or `javascript:` value never reaches either.
 */
export const imageField = <Image extends z.ZodType>(image: () => Image) =>
  // Astro types its `image()` by what it outputs (image metadata); what it reads is the path text.
  allowedAddress('thiếu đường dẫn ảnh — viết, ví dụ: src: ./anh-1.jpg').pipe(image() as unknown as z.ZodType<z.output<Image>, string>);

/** The `image` helper a schema takes from its caller (Astro's `image()` in the build, the check's in `npm run check`). */
export type ImageHelper<Image extends z.ZodType> = () => Image;

/** A slug or id as URLs and anchors use it: letters a–z, digits, single `-` between them. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The entries of a YAML list of slugged items (`categories.yaml`, `loai-van-ban.yaml`) as the
 * build's `file()` loader reads them: each with its `slug` as id. Anything but a list stops with
 * `file: shape`.
 */
export function parseSlugList(text: string, file: string, shape: string): Array<Record<string, unknown>> {
  const data: unknown = parse(text);
  if (!Array.isArray(data)) throw new Error(`${file}: ${shape}`);
  return data.map((item: Record<string, unknown>) => ({ ...item, id: String(item?.slug) }));
}
