/**
 * The registry as open data, `/du-lieu/van-ban.json`: a stable shape other portals consume like the
 * feeds (documented in the README). Every key is always present (`null` when a document has no such
 * fact), URLs are absolute, and dates are ISO 8601 in Vietnam time (`2022-06-24T00:00:00+07:00`).
 * A change that would break a consumer needs a new `schemaVersion`.
 */
import { vi } from '../../i18n/vi';
import { toVietnamIso } from '../dates/dates';
import type { DocumentLink, RegistryDocument } from './registry';

/** The shape's version: raised when a key is renamed, removed or changes meaning. */
export const OPEN_DATA_SCHEMA_VERSION = 1;

/** The registry's own facts, all URLs absolute. */
export interface OpenDataFacts {
  title: string;
  publisher: { name: string; url: string };
  /** This file's address. */
  url: string;
  /** The registry's page for people, and its RSS feed. */
  htmlUrl: string;
  feedUrl: string;
}

const iso = (date: Date | undefined) => (date ? toVietnamIso(date) : null);

/**
 * The JSON document of the registry: `documents` newest first as given. `absolute` turns a site path
 * (`/van-ban/x/`) into a full address.
 */
export function documentRegistryJson(facts: OpenDataFacts, documents: readonly RegistryDocument[], absolute: (path: string) => string) {
  const link = (document: DocumentLink) => ({
    slug: document.slug,
    number: document.number,
    title: document.title,
    url: absolute(document.url),
  });
  return {
    schemaVersion: OPEN_DATA_SCHEMA_VERSION,
    title: facts.title,
    publisher: facts.publisher,
    url: facts.url,
    htmlUrl: facts.htmlUrl,
    feedUrl: facts.feedUrl,
    count: documents.length,
    documents: documents.map((document) => ({
      slug: document.slug,
      url: absolute(document.url),
      number: document.number,
      title: document.title,
      type: { slug: document.type.slug, name: document.type.name },
      issuer: document.issuer,
      signer: document.signer ? { name: document.signer, title: document.signerTitle ?? null } : null,
      issuedAt: toVietnamIso(document.issuedAt),
      effectiveFrom: iso(document.effectiveFrom),
      expiresOn: iso(document.expiresOn),
      effectEndsOn: iso(document.endsOn),
      status: document.status ? { code: document.status, name: vi.documents.statuses[document.status] } : null,
      field: document.field ?? null,
      summary: document.summary,
      files: document.files.map((file) => ({
        name: file.name,
        title: file.title ?? null,
        url: absolute(file.url),
        mimeType: file.mimeType,
        size: file.bytes,
      })),
      replaces: document.replaces.map(link),
      replacedBy: document.replacedBy ? link(document.replacedBy) : null,
      relatedArticles: document.relatedArticles.map((article) => ({ title: article.title, url: absolute(article.url) })),
      sourceUrl: document.sourceUrl ?? null,
    })),
  };
}
