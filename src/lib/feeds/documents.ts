/**
 * Registry documents as feed items (`/van-ban/rss.xml`): the summary as description, the document's
 * facts and files as content for full-content readers, its first file as enclosure.
 */
import { vi } from '../../i18n/vi';
import { formatVietnamDate } from '../dates/dates';
import { documentFacts } from '../documents/facts';
import type { RegistryDocument } from '../documents/registry';
import { fileTypeLabel, formatFileSize } from '../media/files';
import { escapeXml, type FeedItem } from './feeds';

/**
 * A registry document as a feed item, dated by its day of issue. `absolute` turns a site path into a
 * full address; `typeUrl` gives the page of a document type.
 */
export function documentFeedItem(
  document: RegistryDocument,
  absolute: (path: string) => string,
  typeUrl: (slug: string) => string,
): FeedItem {
  const facts = documentFacts(document, typeUrl).map((fact) => {
    const links = fact.links?.map((link) => `<a href="${escapeXml(absolute(link.href))}">${escapeXml(link.text)}</a>`).join(', ');
    const value = fact.text ? escapeXml(fact.text) : fact.date ? formatVietnamDate(fact.date) : links;
    return `<li>${escapeXml(fact.label)}: ${value}</li>`;
  });
  const files = document.files.map(
    (file) =>
      `<li><a href="${escapeXml(absolute(file.url))}">${escapeXml(file.title ?? file.name)}</a> (${fileTypeLabel(file.name)}, ${formatFileSize(file.bytes)})</li>`,
  );
  const [first] = document.files;
  return {
    url: absolute(document.url),
    title: document.title,
    description: document.summary,
    publishedAt: document.issuedAt,
    contentHtml: `<ul>${facts.join('')}</ul><p>${escapeXml(vi.documents.files)}:</p><ul>${files.join('')}</ul>`,
    categories: [document.type.name, ...(document.field ? [document.field] : [])],
    enclosure: first && { url: absolute(first.url), length: first.bytes, type: first.mimeType },
  };
}
