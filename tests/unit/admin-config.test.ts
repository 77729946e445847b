import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { ADMIN_COLLECTIONS, NOT_IN_ADMIN, slugSourceOf, type AdminCollection, type SchemaSource } from '../../src/admin/collections/index';
import { toSlug } from '../../src/lib/text/slug';
import { adminConfig, collectionFields, type AdminConfigInput } from '../../src/admin/config';
import { componentProblems, EDITOR_COMPONENTS } from '../../src/admin/editor-components';
import { frontmatterFormat } from '../../src/admin/formats';
import type { SchemaField } from '../../src/admin/schema-fields';
import { adminSiteFiles } from '../../src/admin/site-files';
import { checkContent } from '../../src/content-check/index';
import { formatProblem } from '../../src/content-check/problems';
import { pageSchema } from '../../src/schemas/pages';
import { fixtureTree, ROOT } from '../build/build-helpers';

const INPUT: AdminConfigInput = {
  settings: undefined,
  choices: {
    category: [
      { value: 'tin-tuc', label: 'Tin tức' },
      { value: 'chuyen-doi-so', label: 'Chuyển đổi số' },
    ],
    person: [{ value: 'giam-doc', label: 'Họ và tên — Giám đốc Sở' }],
    leader: [{ value: 'giam-doc', label: 'Họ và tên — Giám đốc Sở' }],
    portal: [
      { value: 'quoc-gia', label: 'Cổng Dịch vụ công quốc gia' },
      { value: 'tinh', label: 'Cổng Dịch vụ công tỉnh' },
    ],
    documentType: [{ value: 'nghi-dinh', label: 'Nghị định' }],
  },
  contentPath: 'content',
  exists: () => true,
  local: false,
  years: () => [2025, 2024],
};

type Form = Record<string, unknown> & { name: string; fields?: Form[] };
const collectionsOf = (config = adminConfig(INPUT)) => config.cms.collections as Array<Form & { files?: Array<{ fields: Form[] }> }>;
const formOf = (name: string) => {
  const collection = collectionsOf().find((c) => c.name === name)!;
  return collection.fields ?? collection.files![0]!.fields;
};
const field = (form: Form[], name: string) => form.find((f) => f.name === name)!;

/** Every field path of a schema: `cover`, `cover.alt`… */
function paths(fields: readonly SchemaField[], prefix = ''): string[] {
  return fields.flatMap((f) => [`${prefix}${f.name}`, ...paths(f.fields ?? [], `${prefix}${f.name}.`)]);
}

describe('admin configuration: derived from the content schemas', () => {
  test('every object schema of src/schemas/ is edited in the admin, or says why not', async () => {
    const dir = join(ROOT, 'src/schemas');
    const inTables = new Set<SchemaSource>([
      ...Object.values(ADMIN_COLLECTIONS).map((c: AdminCollection) => c.schema),
      ...NOT_IN_ADMIN.map((n) => n.schema),
    ]);
    const missing: string[] = [];
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
      const module = (await import(join(dir, file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module)) {
        const isObjectSchema = typeof value === 'object' && value !== null && '_zod' in value && (value as z.ZodType).def.type === 'object';
        const isFactory = typeof value === 'function' && /^create\w*Schema$/.test(name);
        if ((isObjectSchema || isFactory) && !inTables.has(value as SchemaSource)) missing.push(`${file}: ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test.each(Object.entries(ADMIN_COLLECTIONS))(
    '%s: every schema field has a Vietnamese label, and no label names a field the schema lacks',
    (_name, collection) => {
      const fieldPaths = paths(collectionFields(collection));
      expect(fieldPaths.filter((path) => !collection.fields[path as keyof typeof collection.fields])).toEqual([]);
      expect(Object.keys(collection.fields).filter((path) => !fieldPaths.includes(path))).toEqual([]);
    },
  );

  test('a field added to a schema without a label in the admin fails the configuration', () => {
    const pages = { ...ADMIN_COLLECTIONS.pages, schema: pageSchema.extend({ summary: z.string().optional() }) };
    expect(() => adminConfig(INPUT, { pages })).toThrow('pages.summary has no label');
  });

  test('articles: each field of its kind, required as the schema says, with the chuyên mục as a choice', () => {
    const form = formOf('articles-2025');
    expect(form.map((f) => f.name)).toEqual([
      'title',
      'slug',
      'description',
      'publishedAt',
      'updatedAt',
      'category',
      'tags',
      'cover',
      'author',
      'source',
      'draft',
      'featured',
      'body',
    ]);
    expect(field(form, 'title')).toMatchObject({ widget: 'string', required: true, label: 'Tiêu đề' });
    expect(field(form, 'description')).toMatchObject({ widget: 'text', required: true });
    expect(field(form, 'publishedAt')).toMatchObject({ widget: 'datetime', required: true, format: 'YYYY-MM-DD HH:mm', picker_utc: false });
    expect(field(form, 'updatedAt')).toMatchObject({ widget: 'datetime', required: false });
    expect(field(form, 'category')).toMatchObject({
      widget: 'select',
      required: true,
      options: [
        { label: 'Tin tức', value: 'tin-tuc' },
        { label: 'Chuyển đổi số', value: 'chuyen-doi-so' },
      ],
    });
    expect(field(form, 'tags')).toMatchObject({ widget: 'list', required: false, default: [] });
    // A new article is a draft until the editor says otherwise, as `npm run new` makes it.
    expect(field(form, 'draft')).toMatchObject({ widget: 'boolean', required: false, default: true, label: 'Bản nháp' });
    const cover = field(form, 'cover');
    expect(cover).toMatchObject({ widget: 'object', required: false });
    expect(field(cover.fields!, 'src')).toMatchObject({
      widget: 'image',
      choose_url: false,
      media_library: { config: { max_file_size: 5 * 1024 * 1024 } },
    });
    expect(String(field(cover.fields!, 'alt').hint)).toContain('Cần điền khi có phần này.');
    expect(field(form, 'body')).toMatchObject({
      widget: 'markdown',
      editor_components: ['figure', 'gallery', 'document', 'note', 'video', 'comment'],
    });
    for (const f of form) expect(f.label, f.name).toMatch(/\p{L}/u);
  });

  test('articles: one list per year folder, newest first, each entry a folder with its photos beside it', () => {
    const articles = collectionsOf().filter((c) => String(c.name).startsWith('articles-'));
    expect(articles.map((c) => [c.name, c.folder])).toEqual([
      ['articles-2025', 'content/articles/2025'],
      ['articles-2024', 'content/articles/2024'],
    ]);
    // Uploads are named without tone marks, as the check and the registry want file names.
    expect(adminConfig(INPUT).cms.slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
    expect(articles[0]).toMatchObject({
      path: '{{slug}}/index',
      slug: '{{fields.slug}}',
      media_folder: '',
      public_folder: '.',
      extension: 'mdx',
    });
  });

  test('registry: documents by year of issue, with their type chosen, days as dates and files beside them', () => {
    const documents = collectionsOf().find((c) => c.name === 'documents-2025')!;
    expect(documents).toMatchObject({
      folder: 'content/documents/2025',
      extension: 'md',
      path: '{{slug}}/index',
      identifier_field: 'number',
    });
    const form = formOf('documents-2025');
    expect(form.slice(0, 2).map((f) => f.name)).toEqual(['number', 'slug']);
    expect(field(form, 'type')).toMatchObject({ widget: 'select', required: true, options: [{ label: 'Nghị định', value: 'nghi-dinh' }] });
    expect(field(form, 'issuedAt')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false, required: true });
    expect(field(form, 'effectiveFrom')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', required: false });
    const files = field(form, 'files');
    expect(files).toMatchObject({ widget: 'list' });
    expect(field(files.fields!, 'src')).toMatchObject({ widget: 'file', media_library: { config: { max_file_size: 20 * 1024 * 1024 } } });
    expect(field(form, 'draft')).toMatchObject({ default: true });
    // The address of a new document, as `npm run new -- --van-ban` makes it.
    const source = slugSourceOf(ADMIN_COLLECTIONS.documents, { type: 'nghi-dinh', number: '42/2022/NĐ-CP' }, INPUT.choices);
    expect(toSlug(source)).toBe('nghi-dinh-42-2022-nd-cp');
    expect(collectionsOf().find((c) => c.name === 'documentTypes')).toBeDefined();
    // A content tree without a registry has no document lists.
    const without = adminConfig({ ...INPUT, exists: (file) => !file.startsWith('documents/') });
    expect(collectionsOf(without).filter((c) => String(c.name).startsWith('document'))).toEqual([]);
  });

  test('organisation: people chosen by id, a procedure group’s page on each portal as pairs of portal and address', () => {
    const agency = formOf('agency');
    expect(field(field(agency, 'responsible').fields!, 'person')).toMatchObject({
      widget: 'select',
      options: [{ value: 'giam-doc', label: 'Họ và tên — Giám đốc Sở' }],
    });
    expect(field(field(agency, 'contacts').fields!, 'person')).toMatchObject({ widget: 'select' });
    const groups = field(formOf('procedures'), 'groups');
    const links = field(groups.fields!, 'links');
    expect(links).toMatchObject({ widget: 'list', default: [] });
    expect(links.fields!.map((f) => [f.name, f.widget])).toEqual([
      ['key', 'select'],
      ['value', 'string'],
    ]);
    expect(field(links.fields!, 'key').options).toEqual([
      { label: 'Cổng Dịch vụ công quốc gia', value: 'quoc-gia' },
      { label: 'Cổng Dịch vụ công tỉnh', value: 'tinh' },
    ]);
    expect(field(field(formOf('leaders'), 'leaders').fields!, 'photo')).toMatchObject({ widget: 'image' });
    // The English pages are edited, not created: each needs a route.
    expect(collectionsOf().find((c) => c.name === 'english')).toMatchObject({ create: false, folder: 'content/en' });
  });

  test('the shipped content: GitHub, with its API allowed by the page policy and nothing else', () => {
    const files = adminSiteFiles({ root: ROOT, contentDir: join(ROOT, 'content'), local: false });
    const config = JSON.parse(files['config.json']!) as { cms: { backend: Record<string, unknown> }; hosted: boolean };
    expect(config.hosted).toBe(true);
    expect(config.cms.backend).toMatchObject({ name: 'github', branch: 'main' });
    const policy = /content-security-policy" content="([^"]+)"/.exec(files['index.html']!)![1]!;
    expect(policy).toContain("connect-src 'self' blob: https://api.github.com;");
    expect(policy).toContain("script-src 'self' 'unsafe-eval';");
    expect(files['index.html']).toContain('<meta name="robots" content="noindex, nofollow" />');
    expect(files['index.html']).toContain('<title>Quản trị nội dung · Sở TT&amp;TT Lai Châu</title>');
  });

  test('switching to GitLab is one line: its API and sign-in take the place of GitHub', () => {
    const gitlab = adminConfig({
      ...INPUT,
      settings: { backend: 'gitlab', repo: 'so/trang', branch: 'main', review: true, gitlab: { appId: 'abc' } },
    });
    expect(gitlab.cms.backend).toEqual({
      name: 'gitlab',
      repo: 'so/trang',
      branch: 'main',
      auth_type: 'pkce',
      app_id: 'abc',
      base_url: 'https://gitlab.com',
      api_root: 'https://gitlab.com/api/v4',
    });
    expect(gitlab.cms.publish_mode).toBe('editorial_workflow');
  });
});

describe('admin editor components: the MDX they write passes npm run check', () => {
  const samples: Record<string, Record<string, unknown>> = {
    figure: { src: 'anh-1.jpg', alt: 'Quang cảnh "hội nghị" & đại biểu', caption: 'Sáng 15/3', credit: 'Ngọc Anh' },
    gallery: {
      caption: 'Hình ảnh hội nghị',
      images: [
        { src: 'anh-2.jpg', alt: 'Đại biểu phát biểu' },
        { src: './anh-3.jpg', alt: 'Toàn cảnh', credit: 'Minh Đức' },
      ],
    },
    document: { src: 'ke-hoach.pdf', title: 'Kế hoạch số 12/KH-STTTT', description: 'Ban hành ngày 15/3/2024.' },
    note: { type: 'warning', title: 'Lưu ý', content: 'Hạn nộp hồ sơ là **30/4**.\n\nXem thêm hướng dẫn.' },
    video: { src: 'https://www.youtube.com/watch?v=abc123', title: 'Phóng sự chuyển đổi số' },
    comment: { text: 'Chờ ảnh của phóng viên' },
  };

  test.each(EDITOR_COMPONENTS.map((c) => [c.id, c] as const))('%s: read back as written', (id, component) => {
    const block = component.toBlock(samples[id]!);
    const match = block.match(component.pattern);
    expect(match?.[0]).toBe(block);
    expect(component.toBlock(component.fromBlock(match!))).toBe(block);
  });

  test('an article holding every component, written by the admin, passes the check', () => {
    const article = frontmatterFormat(collectionFields(ADMIN_COLLECTIONS.articles));
    const body = ['Mở đầu bài.', ...EDITOR_COMPONENTS.map((c) => c.toBlock(samples[c.id]!))].join('\n\n');
    const text = article.toFile({
      title: 'Bài có đủ thành phần',
      description: 'Sapo.',
      publishedAt: '2025-03-15 09:30',
      category: 'tin-tuc',
      body,
    });
    const photos = join(ROOT, 'tests/fixtures/components/thanh-phan');
    const tree = fixtureTree({ 'articles/2025/bai-co-du-thanh-phan/index.mdx': text });
    for (const file of ['anh-1.jpg', 'anh-2.jpg', 'anh-3.jpg', 'ke-hoach.pdf'])
      copyFileSync(join(photos, file), join(tree, 'articles/2025/bai-co-du-thanh-phan', file));
    const report = checkContent(tree);
    expect(report.problems.map((p) => formatProblem(p, tree))).toEqual([]);
    expect(text).toContain(
      '<Figure src="./anh-1.jpg" alt="Quang cảnh &quot;hội nghị&quot; &amp; đại biểu" caption="Sáng 15/3" credit="Ngọc Anh" />',
    );
    expect(componentProblems(text)).toEqual([]);
  });

  test('a registry document by its address: <Document slug> alone, read back as written', () => {
    const document = EDITOR_COMPONENTS.find((c) => c.id === 'document')!;
    const block = document.toBlock({ slug: 'nghi-dinh-42-2022-nd-cp', title: 'bỏ qua', src: '' });
    expect(block).toBe('<Document slug="nghi-dinh-42-2022-nd-cp" />');
    expect(document.toBlock(document.fromBlock(block.match(document.pattern)!))).toBe(block);
  });

  test('a photo without its description is refused before saving, in the words of the check', () => {
    const problems = componentProblems(
      '<Figure src="./anh-1.jpg" />\n\n<Gallery>\n  <GalleryImage src="./anh-2.jpg" alt="" />\n</Gallery>',
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^<Figure> alt — /);
    expect(problems[1]).toMatch(/^<GalleryImage> alt — /);
    // A registry document by its address needs no file nor title.
    expect(componentProblems('<Document slug="nghi-dinh-42-2022-nd-cp" />')).toEqual([]);
    expect(componentProblems('<Document description="x" />')).toHaveLength(2);
    // Code is no component.
    expect(componentProblems('```\n<Figure src="./a.jpg" />\n```')).toEqual([]);
  });
});
