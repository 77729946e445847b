/**
 * The preview beside the editor: an entry shown as its page on the site, in the site's own
 * stylesheet (`preview.css`, the compiled src/styles/global.css), with the markup and classes of
 * the article page (src/pages/tin-tuc/[slug].astro). The content components preview themselves
 * (src/admin/editor-components.ts).
 */
import CMS from 'decap-cms-core';
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import { createElement as h } from 'react';
import { ADMIN_FILES } from '../page.ts';

/** An article or page as readers see it: title, sapo, body. */
function PagePreview({ entry, widgetFor }: PreviewTemplateComponentProps) {
  const title = entry.getIn(['data', 'title']) as string | undefined;
  const description = entry.getIn(['data', 'description']) as string | undefined;
  return h(
    'div',
    { className: 'min-h-screen bg-slate-50 p-4' },
    h(
      'article',
      { className: 'mx-auto max-w-3xl rounded bg-white p-4 shadow-sm sm:p-6' },
      h('h1', { className: 'text-2xl leading-tight font-bold text-brand-dark sm:text-3xl' }, title),
      description ? h('p', { className: 'mt-4 leading-relaxed font-semibold sm:text-lg' }, description) : null,
      h('div', { className: 'prose mt-4' }, widgetFor('body')),
    ),
  );
}

/** Shows `collections` as pages of the site in the preview pane. */
export function registerPreviews(collections: readonly string[]): void {
  CMS.registerPreviewStyle(`./${ADMIN_FILES.preview}`);
  for (const name of collections) CMS.registerPreviewTemplate(name, PagePreview);
}
