import type { LoaderContext } from 'astro/loaders';

// Astro hands content loaders its entry types (how a `.md` or `.mdx` file becomes an entry) at run
// time without declaring them; both the article loader and its plain-MDX path use these parts.

/** The part of Astro's (undeclared) content entry type the loader uses. */
export interface EntryType {
  getEntryInfo(params: { fileUrl: URL; contents: string }): unknown;
  getRenderFunction?(config: LoaderContext['config']): Promise<RenderFunction>;
}
export type EntryTypes = Map<string, EntryType>;
/** Renders one entry's body to HTML at load time, as Astro does for `.md` files. */
export type RenderFunction = (entry: {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
  digest?: string;
}) => Promise<unknown>;
