/**
 * The document registry as pages ask for it: published documents resolved once per build (types,
 * files with their sizes, replacements, related articles, tình trạng hiệu lực), newest first, with
 * the listings by type and by year, and the registry's URLs. Pages call these instead of querying
 * the collections, so the registry's rules live in one place.
 */
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { type CollectionEntry, getCollection } from 'astro:content';
import { buildOptions } from '../build-options';
import { formatProblem } from '../content-check/problems.ts';
import { vietnamYearMonth } from '../lib/dates/dates';
import { effectEnd, effectStatus } from '../lib/documents/effect';
import { documentRegistryJson } from '../lib/documents/open-data';
import { byNewestIssued, type DocumentLink, documentTitle, type RegistryDocument } from '../lib/documents/registry';
import { replacedByProblem, replacementsOf } from '../lib/documents/relations';
import { fileMimeType } from '../lib/media/files';
import { toSlug } from '../lib/text/slug';
import { documentFileProblem } from '../schemas/document';
import { vi } from '../i18n/vi';
import { absoluteUrl, articleUrl, buildTime, getPublishedArticles, getSiteIdentity, href } from './site';

export type DocumentEntry = CollectionEntry<'documents'>;
export type DocumentTypeEntry = CollectionEntry<'documentTypes'>;

/** The registry's first page. */
export const documentsUrl = () => href('/van-ban/');
/** A document's page. */
export const documentUrl = (slug: string) => href(`/van-ban/${slug}/`);
/** The first page of the documents of one type. */
export const documentTypeUrl = (slug: string) => href(`/van-ban/loai/${slug}/`);
/** The first page of the documents issued in one year. */
export const documentYearUrl = (year: number) => href(`/van-ban/nam/${year}/`);
/** The registry's RSS feed. */
export const documentFeedUrl = () => href('/van-ban/rss.xml');
/** The registry as open data. */
export const documentOpenDataUrl = () => href('/du-lieu/van-ban.json');

/** An attached file where the build reads it, and where the site publishes it. */
export interface DocumentFileSource {
  slug: string;
  name: string;
  /** The file on disk. */
  path: string;
  mimeType: string;
}

interface Registry {
  documents: RegistryDocument[];
  bySlug: Map<string, RegistryDocument>;
  entries: Map<string, DocumentEntry>;
  files: DocumentFileSource[];
}

let typesCache: Promise<DocumentTypeEntry[]> | undefined;
let registryCache: Promise<Registry> | undefined;

/** The document types (`loai-van-ban.yaml`) in their order. */
export async function getDocumentTypes(): Promise<DocumentTypeEntry[]> {
  typesCache ??= getCollection('documentTypes').then((types) =>
    types.sort((a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name, 'vi')),
  );
  return [...(await typesCache)];
}

/** Every published document (no drafts), newest issued first. */
export async function getPublishedDocuments(): Promise<RegistryDocument[]> {
  return [...(await getRegistry()).documents];
}

/** One published document by its slug, or undefined. */
export async function getDocument(slug: string): Promise<RegistryDocument | undefined> {
  return (await getRegistry()).bySlug.get(slug);
}

/** A published document's collection entry, to render its body. */
export async function getDocumentEntry(slug: string): Promise<DocumentEntry> {
  const entry = (await getRegistry()).entries.get(slug);
  if (!entry) throw new Error(`Unknown document "${slug}"`);
  return entry;
}

/** Every attached file of the published documents, for the route that publishes them. */
export async function getDocumentFileSources(): Promise<DocumentFileSource[]> {
  return [...(await getRegistry()).files];
}

/** The published documents grouped once per build: by type, and by year of issue (newest first). */
interface RegistryGroups {
  byType: Map<string, RegistryDocument[]>;
  years: { year: number; documents: RegistryDocument[] }[];
}

let groupsCache: Promise<RegistryGroups> | undefined;

/** Every listing page asks for these; filtering the registry per page would grow with its square. */
function getRegistryGroups(): Promise<RegistryGroups> {
  groupsCache ??= getRegistry().then(({ documents }) => ({
    byType: Map.groupBy(documents, (document) => document.type.slug),
    years: [...Map.groupBy(documents, (document) => vietnamYearMonth(document.issuedAt).year)]
      .sort(([a], [b]) => b - a)
      .map(([year, documents]) => ({ year, documents })),
  }));
  return groupsCache;
}

/** The published documents of one type, newest issued first. */
export async function getDocumentsOfType(slug: string): Promise<RegistryDocument[]> {
  return [...((await getRegistryGroups()).byType.get(slug) ?? [])];
}

/** The years documents were issued in, newest first, each with its documents (newest first). */
export async function getDocumentYears(): Promise<{ year: number; documents: RegistryDocument[] }[]> {
  return [...(await getRegistryGroups()).years];
}

/** The types that have documents, with how many: the registry's "by type" links. */
export async function getDocumentTypeCounts(): Promise<{ type: DocumentTypeEntry; count: number }[]> {
  const { byType } = await getRegistryGroups();
  return (await getDocumentTypes()).flatMap((type) => {
    const count = byType.get(type.id)?.length ?? 0;
    return count > 0 ? [{ type, count }] : [];
  });
}

/** A link of the registry's "by type" and "by year" lists, with its count. */
export interface BrowseLink {
  label: string;
  href: string;
  count: number;
}

let browseCache: Promise<{ byType: BrowseLink[]; byYear: BrowseLink[] }> | undefined;

/** The registry's "by type" and "by year" links (every listing page's, and /so-do-trang/'s), made once per build. */
export function getDocumentBrowseLinks(): Promise<{ byType: BrowseLink[]; byYear: BrowseLink[] }> {
  browseCache ??= (async () => ({
    byType: (await getDocumentTypeCounts()).map(({ type, count }) => ({ label: type.data.name, href: documentTypeUrl(type.id), count })),
    byYear: (await getDocumentYears()).map(({ year, documents }) => ({
      label: String(year),
      href: documentYearUrl(year),
      count: documents.length,
    })),
  }))();
  return browseCache;
}

/** What the search page offers to filter documents by: their types, issuers and years (newest first). */
export async function getDocumentSearchFacets(): Promise<{
  types: { slug: string; name: string }[];
  issuers: { slug: string; name: string }[];
  years: number[];
}> {
  const documents = await getPublishedDocuments();
  const issuers = new Map(documents.map((document) => [toSlug(document.issuer), document.issuer]));
  return {
    types: (await getDocumentTypeCounts()).map(({ type }) => ({ slug: type.id, name: type.data.name })),
    issuers: [...issuers].map(([slug, name]) => ({ slug, name })).sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    years: (await getDocumentYears()).map(({ year }) => year),
  };
}

/** The registry as open data (`/du-lieu/van-ban.json`, see `documentRegistryJson`). */
export async function getDocumentRegistryJson() {
  const site = await getSiteIdentity();
  return documentRegistryJson(
    {
      title: `${vi.documents.title} | ${site.name}`,
      publisher: { name: site.name, url: absoluteUrl(href('/')) },
      url: absoluteUrl(documentOpenDataUrl()),
      htmlUrl: absoluteUrl(documentsUrl()),
      feedUrl: absoluteUrl(documentFeedUrl()),
    },
    await getPublishedDocuments(),
    absoluteUrl,
  );
}

function getRegistry(): Promise<Registry> {
  registryCache ??= loadRegistry();
  return registryCache;
}

/** Stops the build with the check's message for a file (the check, run first by `npm run build`, reports it earlier). */
function stop(entry: DocumentEntry, field: string, message: string): never {
  throw new Error(formatProblem({ file: resolve(entry.filePath ?? entry.id), line: 1, field, message }));
}

async function loadRegistry(): Promise<Registry> {
  const entries = await getCollection('documents', ({ data }) => !data.draft);
  const types = new Map((await getDocumentTypes()).map((type) => [type.id, type.data]));
  const entryBySlug = new Map(entries.map((entry) => [entry.id, entry]));
  const replaceable = new Map(entries.map((entry) => [entry.id, { slug: entry.id, replacedBy: entry.data.replacedBy }]));
  const replaces = replacementsOf([...replaceable.values()]);
  const articles = new Map((await getPublishedArticles()).map((article) => [article.id, article]));
  const files: DocumentFileSource[] = [];

  const link = (entry: DocumentEntry): DocumentLink => ({
    slug: entry.id,
    url: documentUrl(entry.id),
    title: documentTitle(types.get(entry.data.type)!.name, entry.data.number),
    number: entry.data.number,
  });

  const documents = entries.map((entry): RegistryDocument => {
    const { data } = entry;
    const problem = replacedByProblem(replaceable.get(entry.id)!, replaceable);
    if (problem) stop(entry, 'replacedBy', problem);
    const replacement = data.replacedBy ? entryBySlug.get(data.replacedBy)!.data : undefined;
    const type = types.get(data.type)!;
    const folder = dirname(resolve(entry.filePath ?? ''));
    return {
      ...link(entry),
      type: { slug: data.type, name: type.name, legislation: type.legislation },
      issuer: data.issuer,
      signer: data.signer,
      signerTitle: data.signerTitle,
      issuedAt: data.issuedAt,
      effectiveFrom: data.effectiveFrom,
      expiresOn: data.expiresOn,
      endsOn: effectEnd(data, replacement),
      status: effectStatus(data, replacement, buildTime),
      field: data.field,
      summary: data.summary,
      files: data.files.map(({ src, title }) => {
        const name = src.slice(2);
        const problem = documentFileProblem(buildOptions.contentDir, resolve(entry.filePath ?? ''), src);
        if (problem) stop(entry, 'files', problem);
        const source = { slug: entry.id, name, path: resolve(folder, name), mimeType: fileMimeType(name) };
        files.push(source);
        return { name, title, url: href(`/van-ban/${entry.id}/${name}`), bytes: statSync(source.path).size, mimeType: source.mimeType };
      }),
      replacedBy: data.replacedBy ? link(entryBySlug.get(data.replacedBy)!) : undefined,
      replaces: (replaces.get(entry.id) ?? [])
        .map((older) => entryBySlug.get(older.slug)!)
        .sort((a, b) => byNewestIssued({ slug: a.id, issuedAt: a.data.issuedAt }, { slug: b.id, issuedAt: b.data.issuedAt }))
        .map(link),
      // A related article that is not public yet (a draft, or scheduled) is left out until it is.
      relatedArticles: data.relatedArticles.flatMap((slug) => {
        const article = articles.get(slug);
        return article ? [{ url: articleUrl(article), title: article.data.title }] : [];
      }),
      sourceUrl: data.sourceUrl,
    };
  });
  documents.sort(byNewestIssued);
  return { documents, bySlug: new Map(documents.map((document) => [document.slug, document])), entries: entryBySlug, files };
}
