/**
 * The body of a content file (an article, a page, the footer), checked in one visit of its tree:
 * MDX syntax (the parser the build uses), then each node handed to the rules for its kind
 * (src/content-check/rules/): code, forbidden tags, attributes and addresses, content components,
 * photos. Links to articles are collected for the check of the whole tree. The build runs the same
 * function: the Vite guard on every MDX file it compiles, the loaders on every entry they read.
 */
import { htmlToHast, markdownToMdast, mdxToMdast } from 'satteri';
import type { Problem } from './problems.ts';
import { checkHtmlAttributes, checkJsxAttributes } from './rules/attributes.ts';
import { checkExpression, checkImportExport } from './rules/code.ts';
import { checkComponent, fileProps } from './rules/components.ts';
import { checkElement } from './rules/elements.ts';
import { fileScope } from './rules/files.ts';
import { checkImage } from './rules/images.ts';
import { checkUrl } from './rules/links.ts';
import { syntaxProblem } from './rules/syntax.ts';
import type { ArticleLink, DocumentReference, Node, RuleContext } from './types.ts';

/** What checking a body found. */
export interface BodyReport {
  problems: Problem[];
  links: ArticleLink[];
  /** Registry documents named by `<Document slug="…">`. */
  references: DocumentReference[];
}

/** Where the file being checked lies. */
export interface BodyOptions {
  /** The content tree: the files the body names must really lie in the file's collection folder. */
  contentDir: string;
  /** The site's public address, so that absolute links to this site count as article links. */
  siteUrl?: string;
}

/**
 * Checks the body of the `.md` or `.mdx` file `file`. `source` is the whole file (NFC), so lines
 * match the editor's file.
 */
export function checkBody(file: string, source: string, { contentDir, siteUrl }: BodyOptions): BodyReport {
  const problems: Problem[] = [];
  const links: ArticleLink[] = [];
  const references: DocumentReference[] = [];
  let tree: Node;
  try {
    tree = (file.endsWith('.mdx') ? mdxToMdast(source) : markdownToMdast(source)) as Node;
  } catch (error) {
    return { problems: [syntaxProblem(file, error)], links, references };
  }
  const ctx: RuleContext = {
    scope: fileScope(contentDir, file),
    siteUrl,
    report: (line, field, message) => problems.push({ file, line, field, message }),
    link: (link) => links.push(link),
    reference: (reference) => references.push(reference),
  };
  visit(tree, ctx);
  return { problems, links, references };
}

/** A node's rules; returns whether the node's children are to be visited too. */
type NodeRule = (node: Node, line: number, ctx: RuleContext) => boolean;

/** The rules for each kind of node; other kinds only have their children visited. */
const RULES: Record<string, NodeRule> = {
  mdxjsEsm: (_node, line, ctx) => (checkImportExport(line, ctx), false),
  mdxFlowExpression: expression,
  mdxTextExpression: expression,
  mdxJsxFlowElement: jsxElement,
  mdxJsxTextElement: jsxElement,
  html: (node, line, ctx) => (visitHtml(htmlToHast(String(node.value), { fragment: true }) as Node, line, ctx), false),
  link: address,
  definition: address,
  image: (node, line, ctx) => (checkImage(node, line, ctx), false),
};

function visit(node: Node, ctx: RuleContext): void {
  const rule = RULES[node.type];
  if (rule && !rule(node, node.position?.start.line ?? 1, ctx)) return;
  for (const child of node.children ?? []) visit(child, ctx);
}

function expression(node: Node, line: number, ctx: RuleContext): boolean {
  checkExpression(String(node.value), line, ctx);
  return false;
}

/** A link or a link definition (`[x]: url`); its text is visited too. */
function address(node: Node, line: number, ctx: RuleContext): boolean {
  checkUrl(node.url ?? '', line, 'liên kết', ctx);
  return true;
}

/**
 * An MDX tag: an HTML tag when it starts in lower case (`<span>`), else a content component.
 * A forbidden tag or unknown component is reported alone: the editor removes it with its content.
 */
function jsxElement(node: Node, line: number, ctx: RuleContext): boolean {
  const name = node.name;
  if (!name) return true; // a fragment, <>…</>
  const isHtml = /^[a-z]/.test(name) && !name.includes('.');
  if (isHtml ? checkElement(name, line, ctx) : !checkComponent(node, name, line, ctx)) return false;
  checkJsxAttributes(node, `<${name}>`, line, ctx, isHtml ? undefined : fileProps(name));
  return true;
}

/**
 * Raw HTML in a `.md` file, read with an HTML parser so that entities cannot hide a tag or an
 * address. Every element is checked, inside forbidden ones too; all on the HTML block's line.
 */
function visitHtml(node: Node, line: number, ctx: RuleContext): void {
  if (node.type === 'element' && node.tagName) {
    const tag = node.tagName.toLowerCase();
    checkElement(tag, line, ctx);
    checkHtmlAttributes(node, `<${tag}>`, line, ctx);
  }
  for (const child of node.children ?? []) visitHtml(child, line, ctx);
}
