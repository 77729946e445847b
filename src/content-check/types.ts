/**
 * The shapes the content check's parts share: the parsed tree's nodes, what a body rule may do
 * while the walker visits a file, and the articles the tree-wide rules compare. Kept apart from
 * the rules and the walker, which all import them, so that no two modules import each other.
 */
import type { ArticleData } from '../schemas/article.ts';
import type { DocumentData } from '../schemas/document.ts';
import type { Problem } from './problems.ts';
import type { FileScope } from './rules/files.ts';

/**
 * A node of an article's tree as satteri returns it: Markdown/MDX (mdast) or raw HTML (hast).
 * Only the fields the rules read.
 */
export interface Node {
  type: string;
  /** A JSX element's name as written (`Figure`, `span`); `null` for a fragment `<>…</>`. */
  name?: string | null;
  /** A raw HTML element's tag, lower case. */
  tagName?: string;
  value?: unknown;
  url?: string;
  alt?: string | null;
  attributes?: JsxAttribute[];
  /** A raw HTML element's attributes, named as DOM properties (`onError`, `formAction`). */
  properties?: Record<string, unknown>;
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

/**
 * An MDX JSX attribute: `name="text"` (a string), `name={code}` (an object), `name` alone
 * (`null`), or `{...code}` (type `mdxJsxExpressionAttribute`, without a name).
 */
export interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/** A link from a content file to `/tin-tuc/<slug>/`, to be checked against every article. */
export interface ArticleLink {
  slug: string;
  line: number;
}

/** A registry document a content component names by its slug (`<Document slug="…">`), checked once every document is known. */
export interface DocumentReference {
  slug: string;
  line: number;
}

/** What a body rule is given while the walker visits one file. */
export interface RuleContext {
  /** Where the files this file points at (`./anh-1.jpg`) must be (see the file rule). */
  scope: FileScope;
  /** The site's public address, so that full links to this site count as article links. */
  siteUrl?: string;
  /** Records a problem on a line of this file. */
  report(line: number, field: string, message: string): void;
  /** Records a link to another article, checked once every article is known. */
  link(link: ArticleLink): void;
  /** Records a registry document named by a content component, checked once every document is known. */
  reference(reference: DocumentReference): void;
}

/**
 * A file whose body links to articles, with when readers can see it: an article's date and draft
 * flag, or `ALWAYS_PUBLIC` (src/content-check/rules/links.ts) for a page or the footer. Without
 * `data` (invalid frontmatter) only links to missing articles are reported.
 */
export interface LinkSource {
  file: string;
  data?: { draft: boolean; publishedAt: Date };
}

/** An article seen by the check. */
export interface CheckedArticle extends LinkSource {
  slug: string;
  data?: ArticleData;
}

/** A registry document seen by the check: its data when its frontmatter is valid. */
export interface CheckedDocument {
  file: string;
  slug: string;
  data?: DocumentData;
}

/** The registry documents one file names (`<Document slug>`), and whether that file is a draft. */
export interface DocumentReferences {
  file: string;
  draft: boolean;
  references: DocumentReference[];
}

/**
 * What each collection's check (src/content-check/collections/) is given, and where it records
 * what it finds. The checks run in order: the chuyên mục and the site's address first, which the
 * later ones read.
 */
export interface CheckContext {
  /** The content tree, absolute. */
  contentDir: string;
  /** The moment scheduled articles are judged against. */
  now: Date;
  /** Every regular file of the tree, relative to it with `/` (links are reported, never listed). */
  files: readonly string[];
  /** The chuyên mục slugs of `categories.yaml` (set by the categories check). */
  categorySlugs: readonly string[];
  /** The site's public address from `site/site.yaml` (set by the site check), so full links to it count as article links. */
  siteUrl?: string;
  /** Everything wrong, in any order. */
  problems: Problem[];
  /** The links to articles of every file checked, to be checked once every article is known. */
  linksOf: Map<LinkSource, ArticleLink[]>;
  /** Every article file, valid or not (set by the articles check). */
  articles: CheckedArticle[];
  /** Every registry document file, valid or not (set by the documents check). */
  documents: CheckedDocument[];
  /** The registry documents named by every file checked, to be checked once every document is known. */
  references: DocumentReferences[];
  /** What else was checked, for the summary: `1 trang`, `7 chuyên mục`, `chân trang`. */
  checked: string[];
}

/** One collection's check: reads its files from `ctx.files` and records what it finds in `ctx`. */
export type CollectionCheck = (ctx: CheckContext) => void;
