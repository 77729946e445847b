import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getDocumentFileSources } from '../../../data/documents';

/**
 * Each attached file of a registry document, published beside its page at a stable address
 * (`/van-ban/<slug>/<file>`) that open data and feeds can keep: copied byte for byte, never inlined.
 */
export const getStaticPaths = (async () =>
  (await getDocumentFileSources()).map((file) => ({
    params: { slug: file.slug, file: file.name },
    props: { file },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { file } = props as InferGetStaticPropsType<typeof getStaticPaths>;
  return new Response(readFileSync(file.path), { headers: { 'Content-Type': file.mimeType } });
};
