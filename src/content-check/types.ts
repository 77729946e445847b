/**
 * The shapes the content check's parts share: the parsed tree's nodes, what a body rule may do
 * while the walker visits a file, and the articles the tree-wide rules compare. Kept apart from
 * the rules and the walker, which all import them, so that no two modules import each other.
 */
import type { ArticleData } from '../schemas/article.ts';

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

/** A link from this article to `/tin-tuc/<slug>/`, to be checked against every article. */
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
  /** The article's folder, where the files it points at (`./anh-1.jpg`) must be. */
  dir: string;
  /** The site's public address, so that full links to this site count as article links. */
  siteUrl?: string;
  /** Records a problem on a line of this file. */
  report(line: number, field: string, message: string): void;
  /** Records a link to another article, checked once every article is known. */
  link(link: ArticleLink): void;
  /** Records a registry document named by a content component, checked once every document is known. */
  reference(reference: DocumentReference): void;
}

/** An article seen by the check. */
export interface CheckedArticle {
  file: string;
  slug: string;
  data?: ArticleData;
}
