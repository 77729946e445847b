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

const PHOTO_COMPONENT = /<(?:Figure|GalleryImage)\b[^>]*>/;
const MARKDOWN_IMAGE = /!\[([^\]]*)\]\(\s*<?(\.{1,2}\/[^)\s>]+)/;
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * The first photo beside the article that its body shows (a `<Figure>` or `<GalleryImage>`, or a
 * Markdown image), as written: what a chat app or search engine shows for an article without a
 * cover, instead of the site's logo. `undefined` when the body shows no photo of its own.
 *
 * @example firstPhoto('Mở đầu\n<Figure src="./anh-1.jpg" alt="Hội nghị" />') // { src: './anh-1.jpg', alt: 'Hội nghị' }
 */
export function firstPhoto(body: string): { src: string; alt: string } | undefined {
  const component = PHOTO_COMPONENT.exec(body);
  const markdown = MARKDOWN_IMAGE.exec(body);
  const componentPhoto = component && { at: component.index, src: attribute(component[0], 'src'), alt: attribute(component[0], 'alt') };
  const markdownPhoto = markdown && { at: markdown.index, src: markdown[2], alt: markdown[1] };
  const first = [componentPhoto, markdownPhoto]
    .filter((photo) => photo && photo.src && /^\.{1,2}\//.test(photo.src))
    .sort((a, b) => a!.at - b!.at)[0];
  return first ? { src: first.src!, alt: first.alt?.trim() ?? '' } : undefined;
}
