import type { ImageMetadata } from 'astro';

/** The props a photo of an MDX article has, in `<Figure>` and `<GalleryImage>`. */
export interface PhotoProps {
  /** A file beside the article, turned into AVIF/WebP in several sizes. */
  src: ImageMetadata;
  /** What the photo shows, for readers who cannot see it. */
  alt: string;
  caption?: string | undefined;
  /** The photographer, or "Ảnh minh họa". */
  credit?: string | undefined;
}

/** Stops the build when a photo has no alt text (`npm run check` reports it earlier, with the line). */
export function requireAlt(component: string, { src, alt }: PhotoProps): void {
  if (!alt?.trim()) throw new Error(`${component}: thiếu mô tả ảnh (alt) cho ảnh ${src?.src ?? ''}.`);
}
