import { describe, expect, test } from 'vitest';
import { formatVietnamDate, parseVietnamDate } from '../../src/lib/dates/dates';
import { effectEnd, effectStatus, lastEffectChange } from '../../src/lib/documents/effect';
import { documentFacts } from '../../src/lib/documents/facts';
import { documentRegistryJson, OPEN_DATA_SCHEMA_VERSION } from '../../src/lib/documents/open-data';
import { byNewestIssued, type RegistryDocument } from '../../src/lib/documents/registry';
import { type Replaceable, replacedByProblem, replacementsOf } from '../../src/lib/documents/relations';
import { documentFeedItem } from '../../src/lib/feeds/documents';
import { fileMimeType, fileTypeLabel } from '../../src/lib/media/files';
import { documentLastmods } from '../../src/lib/metadata/sitemap';
import { documentJsonLd, type OrganizationFacts } from '../../src/lib/metadata/structured-data';

/** A day as documents write it: 00:00 in Vietnam. */
const day = (text: string) => parseVietnamDate(text)!;
const SITE = 'https://stttt.laichau.gov.vn';
const absolute = (path: string) => new URL(path, SITE).href;

describe('days as documents write them', () => {
  test.each([
    ['2022-06-24', '2022-06-23T17:00:00.000Z'],
    ['24/06/2022', '2022-06-23T17:00:00.000Z'],
    ['1/8/2022', '2022-07-31T17:00:00.000Z'],
    [' 2022-08-01 ', '2022-07-31T17:00:00.000Z'],
  ])('%s is 00:00 Vietnam time', (text, iso) => {
    expect(parseVietnamDate(text)?.toISOString()).toBe(iso);
  });
  test.each(['2022-02-30', '31/02/2022', '2022-06-24 08:00', '24.06.2022', '2022-6-24', 'hôm nay', ''])('%s is refused', (text) => {
    expect(parseVietnamDate(text)).toBeUndefined();
  });
  test('shown dd/MM/yyyy in Vietnam, whatever the machine zone', () => {
    expect(formatVietnamDate(day('2022-08-01'))).toBe('01/08/2022');
    expect(formatVietnamDate(new Date('2022-07-31T17:30:00Z'))).toBe('01/08/2022');
  });
});

describe('tình trạng hiệu lực', () => {
  const decree42 = { issuedAt: day('2022-06-24'), effectiveFrom: day('2022-08-01') };
  const decree43 = { issuedAt: day('2011-06-13'), effectiveFrom: day('2011-08-01') };
  test.each<[string, Parameters<typeof effectStatus>[0], Parameters<typeof effectStatus>[1], string, ReturnType<typeof effectStatus>]>([
    ['issued, not yet in effect', decree42, undefined, '2022-07-31T16:59:59Z', 'chua-co-hieu-luc'],
    ['in effect from 00:00 Vietnam time on its day', decree42, undefined, '2022-07-31T17:00:00Z', 'con-hieu-luc'],
    ['replaced: in effect until its replacement takes effect', decree43, decree42, '2022-07-31T16:59:59Z', 'con-hieu-luc'],
    ['replaced: no longer in effect from that day', decree43, decree42, '2022-07-31T17:00:00Z', 'het-hieu-luc'],
    ['its own end', { ...decree42, expiresOn: day('2030-01-01') }, undefined, '2030-01-01T00:00:00Z', 'het-hieu-luc'],
    ['the earlier end counts', { ...decree43, expiresOn: day('2020-01-01') }, decree42, '2021-01-01T00:00:00Z', 'het-hieu-luc'],
    [
      'a replacement without a date of effect ends it on its day of issue',
      decree43,
      { issuedAt: day('2022-06-24') },
      '2022-07-01T00:00:00Z',
      'het-hieu-luc',
    ],
    ['no date of effect: no status', { issuedAt: day('2022-08-04') }, undefined, '2025-01-01T00:00:00Z', undefined],
    [
      'no date of effect but ended',
      { issuedAt: day('2022-08-04'), expiresOn: day('2023-01-01') },
      undefined,
      '2025-01-01T00:00:00Z',
      'het-hieu-luc',
    ],
  ])('%s', (_, document, replacement, now, status) => {
    expect(effectStatus(document, replacement, new Date(now))).toBe(status);
  });

  test('the end is the first day without effect; the last change is the latest past day', () => {
    expect(effectEnd(decree43, decree42)).toEqual(day('2022-08-01'));
    expect(effectEnd(decree42)).toBeUndefined();
    expect(lastEffectChange(decree43, decree42, new Date('2025-01-01T00:00:00Z'))).toEqual(day('2022-08-01'));
    expect(lastEffectChange(decree42, undefined, new Date('2022-07-01T00:00:00Z'))).toEqual(day('2022-06-24'));
  });
});

describe('replacements', () => {
  const docs = (...list: Replaceable[]) => new Map(list.map((d) => [d.slug, d]));
  test.each<[string, Replaceable[], string | undefined]>([
    ['names an existing document', [{ slug: 'cu', replacedBy: 'moi' }, { slug: 'moi' }], undefined],
    ['names no document', [{ slug: 'cu', replacedBy: 'khong-co' }], 'không có văn bản nào tên "khong-co" (địa chỉ /van-ban/khong-co/) — '],
    [
      'names a draft',
      [
        { slug: 'cu', replacedBy: 'moi' },
        { slug: 'moi', draft: true },
      ],
      'văn bản thay thế "moi" đang là bản nháp',
    ],
    [
      'a draft may name a draft',
      [
        { slug: 'cu', replacedBy: 'moi', draft: true },
        { slug: 'moi', draft: true },
      ],
      undefined,
    ],
    ['names itself', [{ slug: 'cu', replacedBy: 'cu' }], 'văn bản không thể thay thế chính nó'],
    [
      'comes back to itself',
      [
        { slug: 'a', replacedBy: 'b' },
        { slug: 'b', replacedBy: 'c' },
        { slug: 'c', replacedBy: 'a' },
      ],
      'các văn bản thay thế nhau thành vòng (a → b → c → a)',
    ],
  ])('%s', (_, list, says) => {
    const problem = replacedByProblem(list[0]!, docs(...list));
    if (says === undefined) expect(problem).toBeUndefined();
    else expect(problem?.slice(0, says.length)).toBe(says);
  });

  test('the documents a document replaces are the inverse of replacedBy', () => {
    const list = [{ slug: 'a', replacedBy: 'c' }, { slug: 'b', replacedBy: 'c' }, { slug: 'c' }];
    expect([...replacementsOf(list)].map(([slug, older]) => [slug, older.map((d) => d.slug)])).toEqual([['c', ['a', 'b']]]);
  });
});

/** Decree 42 as src/data/documents.ts resolves it, replacing Decree 43. */
const decree42: RegistryDocument = {
  slug: 'nghi-dinh-42-2022-nd-cp',
  url: '/van-ban/nghi-dinh-42-2022-nd-cp/',
  title: 'Nghị định 42/2022/NĐ-CP',
  number: '42/2022/NĐ-CP',
  type: { slug: 'nghi-dinh', name: 'Nghị định', legislation: true },
  issuer: 'Chính phủ',
  signer: 'Vũ Đức Đam',
  signerTitle: 'KT. Thủ tướng, Phó Thủ tướng',
  issuedAt: day('2022-06-24'),
  effectiveFrom: day('2022-08-01'),
  status: 'con-hieu-luc',
  summary: 'Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng',
  files: [
    {
      name: 'nghi-dinh-42-2022-nd-cp.pdf',
      url: '/van-ban/nghi-dinh-42-2022-nd-cp/nghi-dinh-42-2022-nd-cp.pdf',
      bytes: 29619,
      mimeType: 'application/pdf',
    },
  ],
  replaces: [
    {
      slug: 'nghi-dinh-43-2011-nd-cp',
      url: '/van-ban/nghi-dinh-43-2011-nd-cp/',
      title: 'Nghị định 43/2011/NĐ-CP',
      number: '43/2011/NĐ-CP',
    },
  ],
  relatedArticles: [{ url: '/tin-tuc/phien-hop/', title: 'Phiên họp' }],
};
const typeUrl = (slug: string) => `/van-ban/loai/${slug}/`;

describe('a document as readers and programs receive it', () => {
  test('its facts, in order, only those it has', () => {
    expect(documentFacts(decree42, typeUrl).map((f) => [f.label, f.text ?? f.date?.toISOString() ?? f.links?.map((l) => l.href)])).toEqual([
      ['Số ký hiệu', '42/2022/NĐ-CP'],
      ['Loại văn bản', ['/van-ban/loai/nghi-dinh/']],
      ['Cơ quan ban hành', 'Chính phủ'],
      ['Người ký', 'Vũ Đức Đam (KT. Thủ tướng, Phó Thủ tướng)'],
      ['Ngày ban hành', '2022-06-23T17:00:00.000Z'],
      ['Ngày có hiệu lực', '2022-07-31T17:00:00.000Z'],
      ['Tình trạng hiệu lực', 'Còn hiệu lực'],
      ['Văn bản này thay thế', ['/van-ban/nghi-dinh-43-2011-nd-cp/']],
    ]);
  });

  test('open data: a versioned shape, every key present, absolute URLs, ISO dates with +07:00', () => {
    const json = documentRegistryJson(
      {
        title: 'Văn bản | Sở',
        publisher: { name: 'Sở', url: `${SITE}/` },
        url: `${SITE}/du-lieu/van-ban.json`,
        htmlUrl: `${SITE}/van-ban/`,
        feedUrl: `${SITE}/van-ban/rss.xml`,
      },
      [decree42],
      absolute,
    );
    expect(json).toMatchObject({ schemaVersion: OPEN_DATA_SCHEMA_VERSION, count: 1 });
    expect(json.documents[0]).toEqual({
      slug: 'nghi-dinh-42-2022-nd-cp',
      url: `${SITE}/van-ban/nghi-dinh-42-2022-nd-cp/`,
      number: '42/2022/NĐ-CP',
      title: 'Nghị định 42/2022/NĐ-CP',
      type: { slug: 'nghi-dinh', name: 'Nghị định' },
      issuer: 'Chính phủ',
      signer: { name: 'Vũ Đức Đam', title: 'KT. Thủ tướng, Phó Thủ tướng' },
      issuedAt: '2022-06-24T00:00:00+07:00',
      effectiveFrom: '2022-08-01T00:00:00+07:00',
      expiresOn: null,
      effectEndsOn: null,
      status: { code: 'con-hieu-luc', name: 'Còn hiệu lực' },
      field: null,
      summary: decree42.summary,
      files: [
        {
          name: 'nghi-dinh-42-2022-nd-cp.pdf',
          title: null,
          url: `${SITE}/van-ban/nghi-dinh-42-2022-nd-cp/nghi-dinh-42-2022-nd-cp.pdf`,
          mimeType: 'application/pdf',
          size: 29619,
        },
      ],
      replaces: [
        {
          slug: 'nghi-dinh-43-2011-nd-cp',
          number: '43/2011/NĐ-CP',
          title: 'Nghị định 43/2011/NĐ-CP',
          url: `${SITE}/van-ban/nghi-dinh-43-2011-nd-cp/`,
        },
      ],
      replacedBy: null,
      relatedArticles: [{ title: 'Phiên họp', url: `${SITE}/tin-tuc/phien-hop/` }],
      sourceUrl: null,
    });
  });

  test('feed item: summary as description, facts and files as content, the file as enclosure', () => {
    const item = documentFeedItem(decree42, absolute, typeUrl);
    expect(item).toMatchObject({
      url: `${SITE}/van-ban/nghi-dinh-42-2022-nd-cp/`,
      title: 'Nghị định 42/2022/NĐ-CP',
      description: decree42.summary,
      publishedAt: day('2022-06-24'),
      categories: ['Nghị định'],
      enclosure: { url: `${SITE}/van-ban/nghi-dinh-42-2022-nd-cp/nghi-dinh-42-2022-nd-cp.pdf`, length: 29619, type: 'application/pdf' },
    });
    expect(item.contentHtml).toContain('<li>Ngày có hiệu lực: 01/08/2022</li>');
    expect(item.contentHtml).toContain(
      `<li>Văn bản này thay thế: <a href="${SITE}/van-ban/nghi-dinh-43-2011-nd-cp/">Nghị định 43/2011/NĐ-CP</a></li>`,
    );
    expect(item.contentHtml).toContain('(PDF, 29 KB)</li>');
  });

  test('JSON-LD: Legislation with its number, force and what it changes; DigitalDocument otherwise', () => {
    const org = { name: 'Sở', url: `${SITE}/`, logo: { url: `${SITE}/logo.png`, width: 512, height: 512 } } as OrganizationFacts;
    const facts = {
      url: absolute(decree42.url),
      name: decree42.title,
      number: decree42.number,
      summary: decree42.summary,
      typeName: 'Nghị định',
      legislation: true,
      issuer: 'Chính phủ',
      issuedAt: decree42.issuedAt,
      inForce: true,
      files: decree42.files.map((f) => ({ ...f, url: absolute(f.url) })),
      replaces: [{ url: absolute('/van-ban/nghi-dinh-43-2011-nd-cp/'), name: 'Nghị định 43/2011/NĐ-CP' }],
    };
    expect(documentJsonLd(facts, org)).toMatchObject({
      '@type': 'Legislation',
      legislationIdentifier: '42/2022/NĐ-CP',
      legislationDate: '2022-06-24',
      legislationPassedBy: { '@type': 'GovernmentOrganization', name: 'Chính phủ' },
      legislationLegalForce: 'https://schema.org/InForce',
      legislationChanges: [{ '@type': 'Legislation', name: 'Nghị định 43/2011/NĐ-CP' }],
      encoding: [{ '@type': 'MediaObject', encodingFormat: 'application/pdf', contentSize: '29619 B' }],
    });
    const plan = documentJsonLd({ ...facts, legislation: false, inForce: undefined, replaces: [] }, org);
    expect(plan['@type']).toBe('DigitalDocument');
    expect(plan).not.toHaveProperty('legislationIdentifier');
  });

  test('sitemap: a page changes when its document is issued, takes effect or ends; listings with their newest', () => {
    const now = new Date('2025-01-01T00:00:00Z');
    const older = { slug: 'nd-43', type: 'nghi-dinh', issuedAt: day('2011-06-13'), effectiveFrom: day('2011-08-01') };
    const newer = { slug: 'nd-42', type: 'nghi-dinh', issuedAt: day('2022-06-24'), effectiveFrom: day('2022-08-01') };
    const lastmods = documentLastmods([{ ...older, replacement: newer }, newer], now);
    expect(lastmods.get('/van-ban/nd-43/')).toEqual(day('2022-08-01'));
    expect(lastmods.get('/van-ban/nd-42/')).toEqual(day('2022-08-01'));
    expect(lastmods.get('/van-ban/nam/2011/')).toEqual(day('2022-08-01'));
    expect(lastmods.get('/van-ban/loai/nghi-dinh/')).toEqual(day('2022-08-01'));
    expect(documentLastmods([newer], new Date('2022-07-01T00:00:00Z')).get('/van-ban/')).toEqual(day('2022-06-24'));
  });

  test('newest issued first, one order for documents of one day', () => {
    const list = [
      { slug: 'b', issuedAt: day('2022-06-24') },
      { slug: 'c', issuedAt: day('2011-06-13') },
      { slug: 'a', issuedAt: day('2022-06-24') },
    ];
    expect(list.sort(byNewestIssued).map((d) => d.slug)).toEqual(['a', 'b', 'c']);
  });

  test.each([
    ['nd.pdf', 'PDF', 'application/pdf'],
    ['phu-luc.docx', 'Word (DOCX)', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['bieu-mau.XLSX', 'Excel (XLSX)', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['ho-so.zip', 'ZIP', 'application/zip'],
    ['la.xyz', 'XYZ', 'application/octet-stream'],
  ])('file %s: %s, %s', (name, label, mime) => {
    expect(fileTypeLabel(name)).toBe(label);
    expect(fileMimeType(name)).toBe(mime);
  });
});
