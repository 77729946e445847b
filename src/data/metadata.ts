/**
 * What page metadata needs from the site's data: the department as search engines see it, and
 * the image that stands for a page when it is shared (Zalo, Facebook) — its cover, else the logo.
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import type { RegistryDocument } from '../lib/documents/registry';
import { documentJsonLd, type ImageFacts, newsArticleJsonLd, type OrganizationFacts } from '../lib/metadata/structured-data';
import { getAgency } from './organisation';
import { absoluteUrl, type Article, articleUrl, getSiteIdentity, href } from './site';

/** Open Graph's preferred width; Astro never enlarges, so a smaller photo keeps its own size. */
const SHARE_WIDTH = 1200;

// Every page asks for a share image and every article for the organisation: worked out once per
// build (per cover, per logo width), as content does not change while a build runs.
const logoPngs = new Map<number, Promise<ImageFacts>>();
let organizationCache: Promise<OrganizationFacts> | undefined;
const shareImages = new WeakMap<object, Promise<ImageFacts & { alt: string; type: string }>>();
let logoShareImage: Promise<ImageFacts & { alt: string; type: string }> | undefined;

/**
 * The department's logo as a PNG at most `width` pixels wide (RSS and Open Graph do not take
 * SVG). Astro never enlarges an image, so a small logo file stays small: the size reported is
 * the size of the file.
 */
export function getLogoPng(width: number): Promise<ImageFacts> {
  let png = logoPngs.get(width);
  if (!png) {
    png = (async () => {
      const { logo } = await getSiteIdentity();
      const actualWidth = Math.min(width, logo.width);
      const image = await getImage({ src: logo, format: 'png', width: actualWidth });
      return { url: absoluteUrl(image.src), width: actualWidth, height: Math.round((logo.height * actualWidth) / logo.width) };
    })();
    logoPngs.set(width, png);
  }
  return png;
}

/** The department's identity and contact for JSON-LD, from `content/organisation/co-quan.yaml`. */
export function getOrganizationFacts(): Promise<OrganizationFacts> {
  organizationCache ??= loadOrganizationFacts();
  return organizationCache;
}

async function loadOrganizationFacts(): Promise<OrganizationFacts> {
  const agency = await getAgency();
  return {
    name: agency.name,
    alternateName: agency.shortName,
    url: absoluteUrl(href('/')),
    logo: await getLogoPng(512),
    address: agency.address,
    phone: agency.phone,
    email: agency.email,
    parentOrganization: agency.governingBody,
  };
}

/** A share image: the cover as a JPEG of at most 1200 pixels, or the logo as PNG. */
export function getShareImage(cover?: { src: ImageMetadata; alt: string }): Promise<ImageFacts & { alt: string; type: string }> {
  if (!cover) {
    logoShareImage ??= loadShareImage();
    return logoShareImage;
  }
  let image = shareImages.get(cover);
  if (!image) shareImages.set(cover, (image = loadShareImage(cover)));
  return image;
}

async function loadShareImage(cover?: { src: ImageMetadata; alt: string }): Promise<ImageFacts & { alt: string; type: string }> {
  if (!cover) {
    const site = await getSiteIdentity();
    return { ...(await getLogoPng(512)), alt: site.name, type: 'image/png' };
  }
  const width = Math.min(SHARE_WIDTH, cover.src.width);
  const image = await getImage({ src: cover.src, width, format: 'jpeg' });
  return {
    url: absoluteUrl(image.src),
    width,
    height: Math.round((cover.src.height * width) / cover.src.width),
    alt: cover.alt,
    type: 'image/jpeg',
  };
}

/** An article page's `NewsArticle` JSON-LD; `section` is its chuyên mục's name. */
export async function getArticleJsonLd(article: Article, section: string) {
  const { data } = article;
  return newsArticleJsonLd(
    {
      url: absoluteUrl(articleUrl(article)),
      headline: data.title,
      description: data.description,
      image: await getShareImage(data.cover ?? data.sharePhoto),
      publishedAt: data.publishedAt,
      updatedAt: data.updatedAt,
      author: data.author,
      section,
      keywords: data.tags,
    },
    await getOrganizationFacts(),
  );
}

/** A registry document's JSON-LD (`Legislation` or `DigitalDocument`). */
export async function getDocumentJsonLd(document: RegistryDocument) {
  return documentJsonLd(
    {
      url: absoluteUrl(document.url),
      name: document.title,
      number: document.number,
      summary: document.summary,
      typeName: document.type.name,
      legislation: document.type.legislation,
      issuer: document.issuer,
      issuedAt: document.issuedAt,
      endsOn: document.endsOn,
      inForce: document.status && document.status === 'con-hieu-luc',
      field: document.field,
      files: document.files.map((file) => ({ ...file, url: absoluteUrl(file.url) })),
      replaces: document.replaces.map((older) => ({ url: absoluteUrl(older.url), name: older.title })),
      sourceUrl: document.sourceUrl,
    },
    await getOrganizationFacts(),
  );
}
