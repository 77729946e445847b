import Document from './Document.astro';
import Figure from './Figure.astro';
import Gallery from './Gallery.astro';
import GalleryImage from './GalleryImage.astro';
import type { ContentComponentName } from './names';
import Note from './Note.astro';
import Video from './Video.astro';

/**
 * The components an MDX article may use without importing them: exactly those listed in
 * `names.ts`, which `npm run check` enforces. Anything else is not available to editors.
 */
export const contentComponents = { Figure, Gallery, GalleryImage, Document, Note, Video } satisfies Record<
  ContentComponentName,
  unknown
>;
