/**
 * The department's organisation (`organisation/*.yaml`) and its prose pages
 * (`organisation/*.mdx`, `en/*.mdx`), checked against the build's schemas (src/schemas/organisation*.ts).
 * People are named across files by id, as in the build: the ids are read first, so a file naming an
 * unknown person is refused on the line where it names them.
 */
import { join } from 'node:path';
import { createAgencySchema, createLeadersSchema, createUnitsSchema, readOrganisationIds } from '../../schemas/organisation.ts';
import { organisationTextSchema, proceduresSchema, relatedLinksSchema } from '../../schemas/organisation-links.ts';
import { checkDataFile } from '../data-file.ts';
import { checkEntryFile, checkedImages } from '../entry-file.ts';
import { ALWAYS_PUBLIC } from '../rules/links.ts';
import type { CheckContext, CollectionCheck } from '../types.ts';
import { missingFileProblem } from './missing.ts';
import type { z } from 'astro/zod';

/** The prose pages the site renders: `/gioi-thieu/` and the English `/en/`. */
const TEXT_FILES = ['organisation/chuc-nang-nhiem-vu.mdx', 'en/gioi-thieu.mdx'] as const;

/** Checks every organisation file. */
export const checkOrganisation: CollectionCheck = (ctx) => {
  const images = checkedImages(ctx.contentDir);
  const { leaderIds, personIds } = readOrganisationIds(ctx.contentDir);
  const leadersFile = join(ctx.contentDir, 'organisation/lanh-dao.yaml');
  images.at(leadersFile);
  const files: Array<{ path: string; what: string; how: string; schema: () => z.ZodType }> = [
    {
      path: 'organisation/co-quan.yaml',
      what: 'thông tin cơ quan',
      how: 'viết name:, shortName:, governingBody:, address:, phone:, email:, responsible: và spokesperson:',
      schema: () => createAgencySchema({ personIds }),
    },
    {
      path: 'organisation/lanh-dao.yaml',
      what: 'danh sách lãnh đạo',
      how: 'viết leaders: với id:, name:, position: của từng người',
      schema: () => createLeadersSchema({ image: images.image }),
    },
    {
      path: 'organisation/don-vi.yaml',
      what: 'danh sách phòng và đơn vị',
      how: 'viết divisions: và units: với id:, name: của từng đơn vị',
      schema: () => createUnitsSchema({ leaderIds }),
    },
    {
      path: 'organisation/lien-ket.yaml',
      what: 'liên kết đến các cơ quan',
      how: 'viết groups: với name: và links: của từng nhóm',
      schema: () => relatedLinksSchema,
    },
    {
      path: 'organisation/thu-tuc-hanh-chinh.yaml',
      what: 'thủ tục hành chính',
      how: 'viết portals: và groups: theo mẫu trong content/ của dự án',
      schema: () => proceduresSchema,
    },
  ];
  for (const { path, what, how, schema } of files) {
    if (!ctx.files.includes(path)) {
      missingFileProblem(ctx, path, what, how);
      continue;
    }
    checkDataFile(ctx, join(ctx.contentDir, path), schema(), path.slice('organisation/'.length));
  }
  checkTexts(ctx);
  ctx.checked.push('thông tin cơ quan');
};

/** The prose pages: the ones the site needs must exist; every one present is checked. */
function checkTexts(ctx: CheckContext): void {
  for (const path of TEXT_FILES) {
    if (!ctx.files.includes(path)) missingFileProblem(ctx, path, 'trang giới thiệu', 'viết title: và nội dung bên dưới');
  }
  const texts = ctx.files.filter((path) => /^(organisation|en)\/[^/]+\.mdx$/.test(path));
  for (const path of texts) {
    const file = join(ctx.contentDir, path);
    const entry = checkEntryFile(ctx, file, organisationTextSchema, { of: 'trang giới thiệu', fields: 'title:' });
    if (entry.links.length > 0) ctx.linksOf.set({ file, data: ALWAYS_PUBLIC }, entry.links);
  }
}
