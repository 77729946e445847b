/**
 * The admin in the browser (`/admin/admin.js`, bundled by src/admin/bundle.ts): Decap CMS's core
 * with only the widgets, Git hosts and languages the admin uses, the site's file formats, content
 * components, address field and checks, then Decap started on `/admin/config.json`
 * (src/admin/config.ts, written by the build from the schemas and the content tree).
 */
import CMS from 'decap-cms-core';
import type { CmsConfig } from 'decap-cms-core';
import { en, vi } from 'decap-cms-locales';
import BooleanWidget from 'decap-cms-widget-boolean';
import DatetimeWidget from 'decap-cms-widget-datetime';
import FileWidget from 'decap-cms-widget-file';
import ImageWidget from 'decap-cms-widget-image';
import ListWidget from 'decap-cms-widget-list';
import MarkdownWidget from 'decap-cms-widget-markdown';
import NumberWidget from 'decap-cms-widget-number';
import ObjectWidget from 'decap-cms-widget-object';
import SelectWidget from 'decap-cms-widget-select';
import StringWidget from 'decap-cms-widget-string';
import TextWidget from 'decap-cms-widget-text';
import { ADMIN_COLLECTIONS, slugSourceOf, type AdminCollection } from '../collections/index.ts';
import { SLUG_WIDGET, type AdminConfigFile } from '../config.ts';
import { EDITOR_COMPONENTS } from '../editor-components.ts';
import { formatFor } from '../formats.ts';
import { remarkMdxEscapes } from '../mdx-escapes.ts';
import { ADMIN_FILES, LOCAL_API } from '../page.ts';
import { registerBackends } from './backends.ts';
import { mergePhrases, VI_PHRASES, VI_SIMPLE_MODE, type Phrases } from './locale.ts';
import { registerPreviews } from './preview.ts';
import { setCollections, SlugControl } from './slug-widget.ts';
import { beforeSave } from './validate.ts';

/** Decap's widgets the forms use (src/admin/config.ts); none else is bundled. */
const WIDGETS = [
  StringWidget,
  TextWidget,
  NumberWidget,
  BooleanWidget,
  DatetimeWidget,
  SelectWidget,
  ListWidget,
  ObjectWidget,
  ImageWidget,
  FileWidget,
  MarkdownWidget,
];

/** Shown instead of the admin when it cannot work here. */
function notice(text: string): void {
  const paragraph = document.createElement('p');
  paragraph.style.cssText = 'font: 1.1rem/1.6 system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem';
  paragraph.textContent = text;
  document.body.append(paragraph);
}

async function start(): Promise<void> {
  const response = await fetch(`./${ADMIN_FILES.config}`, { cache: 'no-cache' });
  const admin = (await response.json()) as AdminConfigFile;
  if (!admin.hosted && !admin.local) {
    notice(
      'Trang quản trị chưa được cài đặt: cần tệp content/site/admin.yaml cho biết kho Git lưu bài (xem docs/huong-dan-bien-tap.md, phần "Viết bài trên trình duyệt"). Trên máy của mình, chạy npm run dev rồi mở lại trang này.',
    );
    return;
  }

  registerBackends();
  CMS.registerWidget(WIDGETS.map((widget) => widget.Widget()) as unknown as string);
  CMS.registerWidget(SLUG_WIDGET, SlugControl as never);
  // Decap's Vietnamese, completed (src/admin/client/locale.ts); English stays the fallback.
  CMS.registerLocale('en', en);
  const simple = admin.cms.publish_mode !== 'editorial_workflow';
  CMS.registerLocale('vi', mergePhrases(vi as Phrases, VI_PHRASES, ...(simple ? [VI_SIMPLE_MODE] : [])));

  const table: Record<string, AdminCollection> = ADMIN_COLLECTIONS;
  const formats = new Set<string>();
  for (const [name, collection] of Object.entries(admin.collections)) {
    const files = collection.files;
    if (files.kind === 'entries') {
      const spec = table[collection.group]!;
      setCollections({
        [name]: {
          group: collection.group,
          address: files.address,
          source: (data) => slugSourceOf(spec, data, admin.choices),
          identifier: spec.identifier ?? 'title',
        },
      });
    }
    if (formats.has(collection.format)) continue;
    formats.add(collection.format);
    const extension = files.kind === 'entries' ? files.extension : files.file.split('.').pop()!;
    CMS.registerCustomFormat(collection.format, extension, formatFor(files.kind, collection.fields));
  }
  for (const component of EDITOR_COMPONENTS) CMS.registerEditorComponent(component as never);
  // Lists written with `-`, as the editors' guide shows them (Decap's default is `*`), and MDX escapes kept.
  CMS.registerRemarkPlugin({ settings: { bullet: '-' } } as never);
  CMS.registerRemarkPlugin(remarkMdxEscapes as never);
  registerPreviews(Object.keys(admin.collections).filter((name) => table[admin.collections[name]!.group]?.pagePreview));
  CMS.registerEventListener({ name: 'preSave', handler: beforeSave(admin) });

  const config = admin.local
    ? // The dev server answers beside this page (src/integrations/admin.ts); Decap needs the address absolute.
      { ...admin.cms, local_backend: { url: new URL(`./${LOCAL_API}`, location.href).href } }
    : admin.cms;
  CMS.init({ config: config as unknown as CmsConfig });
}

start().catch((error: unknown) => notice(`Không mở được trang quản trị: ${error instanceof Error ? error.message : String(error)}`));
