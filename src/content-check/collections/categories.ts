/**
 * The chuyên mục list (`categories.yaml`), checked against the build's schema. Runs first: every
 * article names one of its slugs.
 */
import { join } from 'node:path';
import { z } from 'astro/zod';
import { CATEGORIES_FILE, CATEGORIES_SHAPE, categorySchema } from '../../schemas/categories.ts';
import { checkDataFile, listedSlugs } from '../data-file.ts';
import type { CollectionCheck } from '../types.ts';
import { missingFileProblem } from './missing.ts';

/** The whole file: a list of chuyên mục. */
const categoriesSchema = z.array(categorySchema, { error: CATEGORIES_SHAPE });

/** Checks `categories.yaml` and sets `ctx.categorySlugs` to every slug it lists, as the build reads them. */
export const checkCategories: CollectionCheck = (ctx) => {
  if (!ctx.files.includes(CATEGORIES_FILE)) {
    missingFileProblem(ctx, CATEGORIES_FILE, 'danh sách chuyên mục', 'mỗi mục viết: - slug: tin-tuc, name: Tin tức');
    return;
  }
  const { raw } = checkDataFile(ctx, join(ctx.contentDir, CATEGORIES_FILE), categoriesSchema, CATEGORIES_FILE);
  // Every slug written, valid or not, as readCategorySlugs gives the build's article schema.
  ctx.categorySlugs = listedSlugs(raw);
  ctx.checked.push(`${ctx.categorySlugs.length} chuyên mục`);
};
