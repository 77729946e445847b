import { splitFrontmatter } from './frontmatter.ts';

/**
 * Marks the first `<Figure>` of an MDX article `eager` when the article has no cover photo, so
 * that the photo a reader sees first loads at once with high priority (it is usually the largest
 * thing on the screen) while every later photo waits until it is scrolled to. With a cover, the
 * cover is that first photo and every `<Figure>` stays lazy. An explicit `eager` is kept.
 *
 * @example eagerFirstFigure('---\ntitle: T\n---\n<Figure src="./a.jpg" alt="A" />') // '…<Figure eager src="./a.jpg" alt="A" />'
 */
export function eagerFirstFigure(source: string): string {
  const { block, yaml } = splitFrontmatter(source);
  if (/^cover:/m.test(yaml)) return source;
  const bodyStart = block.length;
  const first = /<Figure\b[^>]*>/.exec(source.slice(bodyStart));
  if (!first || /\seager\b/.test(first[0])) return source;
  const at = bodyStart + first.index + '<Figure'.length;
  return `${source.slice(0, at)} eager${source.slice(at)}`;
}
