/**
 * A registry document as every output shows it (its page, lists, the feed, open data, JSON-LD):
 * frontmatter resolved into names, URLs, file facts, relations and tình trạng hiệu lực. Built once per
 * build by `src/data/documents.ts`; the helpers that shape it for each output take this type.
 */
import type { EffectStatus } from './effect';

/** An attached file as the site publishes it. */
export interface DocumentFile {
  /** Its file name, also the last part of its URL: `nghi-dinh-42-2022-nd-cp.pdf`. */
  name: string;
  /** What the file is, when the editor said ("Phụ lục I"). */
  title?: string | undefined;
  /** Its site path: `/van-ban/<slug>/<name>`. */
  url: string;
  bytes: number;
  mimeType: string;
}

/** Another registry document, as a link. */
export interface DocumentLink {
  slug: string;
  /** Its site path: `/van-ban/<slug>/`. */
  url: string;
  /** Its name as readers know it: "Nghị định 43/2011/NĐ-CP". */
  title: string;
  number: string;
}

/** One registry document, resolved. */
export interface RegistryDocument extends DocumentLink {
  type: { slug: string; name: string; legislation: boolean };
  issuer: string;
  signer?: string | undefined;
  signerTitle?: string | undefined;
  issuedAt: Date;
  effectiveFrom?: Date | undefined;
  expiresOn?: Date | undefined;
  /** The first day without effect, its own or by replacement (see `effectEnd`). */
  endsOn?: Date | undefined;
  /** Tình trạng hiệu lực as of the build (see `effectStatus`). */
  status?: EffectStatus | undefined;
  field?: string | undefined;
  summary: string;
  files: DocumentFile[];
  replacedBy?: DocumentLink | undefined;
  replaces: DocumentLink[];
  relatedArticles: { url: string; title: string }[];
  sourceUrl?: string | undefined;
}

/** A document's name as readers know it: its type and number, "Nghị định 42/2022/NĐ-CP". */
export const documentTitle = (typeName: string, number: string) => `${typeName} ${number}`;

/**
 * Newest first by the day of issue; documents of one day keep one order in every build (by slug),
 * whatever order the content loader read them in.
 */
export function byNewestIssued<T extends { slug: string; issuedAt: Date }>(a: T, b: T): number {
  return b.issuedAt.getTime() - a.issuedAt.getTime() || a.slug.localeCompare(b.slug);
}
