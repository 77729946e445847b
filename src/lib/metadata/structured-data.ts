/**
 * schema.org data (JSON-LD) that search engines read from the site's pages: the department as a
 * GovernmentOrganization, the site, news articles and breadcrumb trails. All URLs absolute; all
 * dates ISO 8601 with the +07:00 offset.
 */
import { toVietnamIso } from '../dates/dates';

/** An image as schema.org wants it. */
export interface ImageFacts {
  url: string;
  width: number;
  height: number;
}

/** The department's identity and contact, from `content/organisation/co-quan.yaml`. */
export interface OrganizationFacts {
  name: string;
  alternateName: string;
  url: string;
  logo: ImageFacts;
  address: string;
  phone: string;
  email: string;
  parentOrganization: string;
}

type JsonLd = Record<string, unknown>;

const imageObject = (image: ImageFacts): JsonLd => ({ '@type': 'ImageObject', url: image.url, width: image.width, height: image.height });

/** The department as a `GovernmentOrganization`, with address, phone and email. */
export function organizationJsonLd(org: OrganizationFacts): JsonLd {
  return {
    '@type': 'GovernmentOrganization',
    '@id': `${org.url}#to-chuc`,
    name: org.name,
    alternateName: org.alternateName,
    url: org.url,
    logo: imageObject(org.logo),
    address: { '@type': 'PostalAddress', streetAddress: org.address, addressCountry: 'VN' },
    telephone: org.phone,
    email: org.email,
    parentOrganization: { '@type': 'GovernmentOrganization', name: org.parentOrganization },
  };
}

/** The home page's data: the site (`WebSite`) published by the department. */
export function homeJsonLd(site: { name: string; description: string; url: string }, org: OrganizationFacts): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'WebSite',
        '@id': `${site.url}#trang-web`,
        name: site.name,
        description: site.description,
        url: site.url,
        inLanguage: 'vi',
        publisher: { '@id': `${org.url}#to-chuc` },
      },
      organizationJsonLd(org),
    ],
  };
}

/** What a `NewsArticle` says about an article. */
export interface ArticleFacts {
  url: string;
  headline: string;
  description: string;
  image: ImageFacts;
  publishedAt: Date;
  updatedAt?: Date | undefined;
  /** The byline; without one the department is the author. */
  author?: string | undefined;
  section: string;
  keywords: readonly string[];
}

/** An article page's `NewsArticle`, published by the department. */
export function newsArticleJsonLd(article: ArticleFacts, org: OrganizationFacts): JsonLd {
  const publisher = organizationJsonLd(org);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    description: article.description,
    image: [imageObject(article.image)],
    datePublished: toVietnamIso(article.publishedAt),
    dateModified: toVietnamIso(article.updatedAt ?? article.publishedAt),
    author: article.author
      ? [{ '@type': 'Person', name: article.author }]
      : [{ '@type': 'GovernmentOrganization', name: org.name, url: org.url }],
    publisher,
    mainEntityOfPage: { '@type': 'WebPage', '@id': article.url },
    articleSection: article.section,
    ...(article.keywords.length > 0 && { keywords: article.keywords.join(', ') }),
    inLanguage: 'vi',
    isAccessibleForFree: true,
  };
}

/** A page's breadcrumb trail as a `BreadcrumbList`; each step's URL absolute. */
export function breadcrumbJsonLd(steps: readonly { name: string; url: string }[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: steps.map((step, i) => ({ '@type': 'ListItem', position: i + 1, name: step.name, item: step.url })),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is escaped so text such as a title
 * containing `</script>` cannot end the element early.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** What a registry document's JSON-LD says about it; all URLs absolute. */
export interface DocumentFacts {
  url: string;
  /** "Nghị định 42/2022/NĐ-CP". */
  name: string;
  number: string;
  summary: string;
  typeName: string;
  /** A legal document (Luật, Nghị định…): `Legislation`; otherwise a `DigitalDocument`. */
  legislation: boolean;
  issuer: string;
  issuedAt: Date;
  /** The first day without effect. */
  endsOn?: Date | undefined;
  /** In force as of the build: `true`, `false`, or unknown (`undefined`). */
  inForce?: boolean | undefined;
  field?: string | undefined;
  files: readonly { url: string; name: string; mimeType: string; bytes: number }[];
  /** The documents this one replaces. */
  replaces: readonly { url: string; name: string }[];
  /** Where the official text is published. */
  sourceUrl?: string | undefined;
}

/**
 * A registry document's page: `Legislation` for legal documents (its number, type, date, who passed
 * it, whether it is in force, what it replaces), a `DigitalDocument` for the others, with its files
 * as `MediaObject`s. Published on the site by the department.
 */
export function documentJsonLd(document: DocumentFacts, org: OrganizationFacts): JsonLd {
  const issuer = { '@type': 'GovernmentOrganization', name: document.issuer };
  const legislation = document.legislation && {
    legislationIdentifier: document.number,
    legislationType: document.typeName,
    legislationDate: toVietnamIso(document.issuedAt).slice(0, 10),
    legislationPassedBy: issuer,
    legislationJurisdiction: 'VN',
    ...(document.inForce !== undefined && { legislationLegalForce: `https://schema.org/${document.inForce ? 'InForce' : 'NotInForce'}` }),
    ...(document.replaces.length > 0 && {
      legislationChanges: document.replaces.map((older) => ({ '@type': 'Legislation', name: older.name, url: older.url })),
    }),
  };
  return {
    '@context': 'https://schema.org',
    '@type': document.legislation ? 'Legislation' : 'DigitalDocument',
    '@id': `${document.url}#van-ban`,
    url: document.url,
    name: document.name,
    identifier: document.number,
    description: document.summary,
    genre: document.typeName,
    creator: issuer,
    dateCreated: toVietnamIso(document.issuedAt),
    ...(document.endsOn && { expires: toVietnamIso(document.endsOn) }),
    ...(document.field && { keywords: document.field }),
    ...(document.sourceUrl && { sameAs: document.sourceUrl }),
    encoding: document.files.map((file) => ({
      '@type': 'MediaObject',
      name: file.name,
      contentUrl: file.url,
      encodingFormat: file.mimeType,
      contentSize: `${file.bytes} B`,
    })),
    ...legislation,
    publisher: organizationJsonLd(org),
    mainEntityOfPage: { '@type': 'WebPage', '@id': document.url },
    inLanguage: 'vi',
    isAccessibleForFree: true,
  };
}
