/**
 * A registry document's facts in the order readers look for them (số ký hiệu, loại, cơ quan ban hành,
 * người ký, dates, tình trạng hiệu lực, lĩnh vực, replacements): one list for its page's table and
 * its feed item, so both say the same.
 */
import { vi } from '../../i18n/vi';
import type { RegistryDocument } from './registry';

/** One fact: its name, and its value as text, a day, or links to other pages (site paths). */
export interface DocumentFact {
  label: string;
  text?: string | undefined;
  date?: Date | undefined;
  links?: { href: string; text: string }[];
}

/** The facts a document has (those it lacks are left out); `typeUrl` gives the page of a type. */
export function documentFacts(document: RegistryDocument, typeUrl: (slug: string) => string): DocumentFact[] {
  const t = vi.documents;
  const d = document;
  const facts: DocumentFact[] = [
    { label: t.number, text: d.number },
    { label: t.type, links: [{ href: typeUrl(d.type.slug), text: d.type.name }] },
    { label: t.issuer, text: d.issuer },
    { label: t.signer, text: d.signer && (d.signerTitle ? `${d.signer} (${d.signerTitle})` : d.signer) },
    { label: t.issuedAt, date: d.issuedAt },
    { label: t.effectiveFrom, date: d.effectiveFrom },
    { label: t.endsOn, date: d.endsOn },
    { label: t.status, text: d.status && t.statuses[d.status] },
    { label: t.field, text: d.field },
    { label: t.replaces, links: d.replaces.map((older) => ({ href: older.url, text: older.title })) },
    { label: t.replacedBy, links: d.replacedBy ? [{ href: d.replacedBy.url, text: d.replacedBy.title }] : [] },
  ];
  return facts.filter((fact) => fact.text || fact.date || fact.links?.length);
}
