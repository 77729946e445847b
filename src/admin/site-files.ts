/**
 * The admin's files that come from the content tree: `config.json` (the chuyên mục of
 * `categories.yaml`, the Git host of `site/admin.yaml`) and `index.html` (whose policy names that
 * host), with the admin's stylesheet. The build writes them into `dist/admin/` and the dev server
 * serves them (src/integrations/admin.ts); the bundle beside them is the same for every tree
 * (src/admin/bundle.ts). Node only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { parse } from 'yaml';
import { readDataFile } from '../content-check/data-file.ts';
import { stopOn } from '../content-check/guard.ts';
import { vietnamYearMonth } from '../lib/dates/dates.ts';
import { ADMIN_FILE, adminSettingsSchema, type AdminSettings } from '../schemas/admin.ts';
import { CATEGORIES_FILE, parseCategories } from '../schemas/categories.ts';
import { readDocumentTypes } from '../schemas/document.ts';
import { backendOf } from './backends.ts';
import type { ChoiceList, ChoiceOption } from './collections/index.ts';
import { adminConfig } from './config.ts';
import { ADMIN_FILES, ADMIN_STYLE, adminPage, adminPolicy } from './page.ts';

/** Where the content tree lies in its Git repository. */
export interface ContentLocation {
  /** The repository's folder, which the local backend writes into. */
  repoDir: string;
  /** The content tree's path inside it, as the admin's collections name it: `content`. */
  contentPath: string;
}

/**
 * The content tree `contentDir` in the project at `root` (`content/`), or, for a tree elsewhere
 * (a test's temporary copy), in the folder above it.
 */
export function contentLocation(root: string, contentDir: string): ContentLocation {
  const inside = relative(root, contentDir);
  if (inside && !inside.startsWith('..') && !isAbsolute(inside)) return { repoDir: root, contentPath: inside.split('\\').join('/') };
  return { repoDir: dirname(contentDir), contentPath: basename(contentDir) };
}

/** `site/admin.yaml`, validated (`npm run check` reports its mistakes line by line), when there is one. */
export function readAdminSettings(contentDir: string): AdminSettings | undefined {
  const file = join(contentDir, ADMIN_FILE);
  if (!existsSync(file)) return undefined;
  // Reported as every data file is, `path:line: field — what — what to write`.
  const { data, problems } = readDataFile(file, adminSettingsSchema, 'admin.yaml');
  stopOn(problems);
  return data;
}

/** The year folders of `dir` (`2022`, `2024`), with this year's in Vietnam, where new entries go. */
export function yearFolders(dir: string): number[] {
  const years = new Set([vietnamYearMonth(new Date()).year]);
  for (const entry of existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : [])
    if (entry.isDirectory() && /^\d{4}$/.test(entry.name)) years.add(Number(entry.name));
  return [...years];
}

/** The values of each choice list of the content tree, with their labels. */
export function choiceLists(contentDir: string): Record<ChoiceList, ChoiceOption[]> {
  const organisation = (file: string) => {
    const path = join(contentDir, 'organisation', file);
    return (existsSync(path) ? (parse(readFileSync(path, 'utf8')) ?? {}) : {}) as Record<string, unknown>;
  };
  const list = (value: unknown) =>
    (Array.isArray(value) ? (value as Array<Record<string, unknown> | null>) : []).filter((item) => item?.id);
  const person = (p: Record<string, unknown>) => ({
    value: String(p.id),
    label: `${String(p.name ?? p.id)} — ${String(p.position ?? '')}`,
  });
  const units = organisation('don-vi.yaml');
  const leaders = list(organisation('lanh-dao.yaml').leaders).map((leader) => person(leader!));
  const heads = [...list(units.divisions), ...list(units.units)].flatMap((unit) => {
    const head = unit!.head as Record<string, unknown> | undefined;
    return head?.id ? [{ ...person(head), label: `${person(head).label}, ${String(unit!.name ?? '')}` }] : [];
  });
  return {
    category: parseCategories(readFileSync(join(contentDir, CATEGORIES_FILE), 'utf8')).map((category) => ({
      value: String(category.slug),
      label: String(category.name ?? category.slug),
    })),
    person: [...leaders, ...heads],
    leader: leaders,
    documentType: readDocumentTypes(contentDir).map((type) => ({ value: String(type.slug), label: String(type.name ?? type.slug) })),
    portal: list(organisation('thu-tuc-hanh-chinh.yaml').portals).map((portal) => ({
      value: String(portal!.id),
      label: String(portal!.name ?? portal!.id),
    })),
  };
}

/** The files of `/admin/` that depend on the content tree, by name. */
export function adminSiteFiles({ root, contentDir, local }: { root: string; contentDir: string; local: boolean }): Record<string, string> {
  const settings = readAdminSettings(contentDir);
  const config = adminConfig({
    settings,
    choices: choiceLists(contentDir),
    exists: (relative) => existsSync(join(contentDir, relative)),
    contentPath: contentLocation(root, contentDir).contentPath,
    local,
    years: (folder) => yearFolders(join(contentDir, folder)),
  });
  // The department's names are organisation data (co-quan.yaml).
  const agencyFile = join(contentDir, 'organisation', 'co-quan.yaml');
  const agency = (existsSync(agencyFile) ? parse(readFileSync(agencyFile, 'utf8')) : null) as { shortName?: string; name?: string } | null;
  const page = adminPage({
    policy: adminPolicy(settings && backendOf(settings)),
    favicon: '../favicon.svg',
    siteName: agency?.shortName ?? agency?.name ?? '',
  });
  return {
    [ADMIN_FILES.page]: page,
    [ADMIN_FILES.config]: `${JSON.stringify(config, null, 2)}\n`,
    [ADMIN_FILES.style]: ADMIN_STYLE,
  };
}
