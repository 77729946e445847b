/**
 * The admin's script, `/admin/admin.js`: src/admin/client/main.ts and what it imports (Decap CMS's
 * core and the parts the admin uses, React, the site's schemas and rules) bundled by esbuild into
 * one file, with the licences of the bundled code beside it (`admin.js.LEGAL.txt`).
 *
 * Decap is bundled here rather than copied from `decap-cms/dist/decap-cms.js`: that prebuilt file
 * carries trim@0.0.1 (ReDoS, CVE-2020-7753, high) inside it, which no `overrides` entry can reach;
 * built from `decap-cms-app`'s packages, package.json's override to trim@0.0.3 applies. It also
 * leaves out the widgets and Git hosts the admin does not use (a third of the size).
 *
 * The bundle depends on code only, never on content: it is built once and kept in
 * `node_modules/.astro/admin/` with the hash of every file it was built from; a build whose inputs
 * all hash the same (the usual case) copies it in milliseconds.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { build, version, type Plugin } from 'esbuild';
import { ADMIN_FILES } from './page.ts';

/** The bundle, ready to copy into a site. */
export interface AdminBundle {
  /** The folder holding `admin.js` and `admin.js.LEGAL.txt`. */
  dir: string;
  /** Whether it came from the cache. */
  cached: boolean;
  /** Milliseconds spent, hashing or building. */
  ms: number;
  /** Bytes of `admin.js`. */
  bytes: number;
}

/** The entry, relative to the project. */
const ENTRY = 'src/admin/client/main.ts';
/** This file, whose options and plugins make the bundle what it is. */
const RECIPE = 'src/admin/bundle.ts';

/** What the cache records of a build. */
interface Manifest {
  /** esbuild's version, its options and plugins: another of any is another bundle. */
  key: string;
  /** Every input file (relative to the project) and its SHA-256. */
  inputs: Record<string, string>;
}

const nodeRequire = createRequire(import.meta.url);

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/**
 * Node's built-ins in the browser: the schemas read files with `node:fs` for the build and the
 * check, functions the admin never calls. Each resolves to an object with the module's names, every
 * function throwing if it ever were called, but `node:path`'s `join` and `sep`, which a schema
 * module uses as it loads (`DOCUMENT_TYPES_FILE`): POSIX paths, as the admin's collections name them.
 */
const nodeBuiltins: Plugin = {
  name: 'node-builtins-unused',
  setup(builder) {
    builder.onResolve({ filter: /^node:/ }, (args) => ({ path: args.path, namespace: 'node-builtin' }));
    // `require`, not `import()`: inside Astro's build this module runs in Vite's module runner,
    // closed by the time the integration's hook bundles, where `import()` would fail.
    builder.onLoad({ filter: /.*/, namespace: 'node-builtin' }, (args) => {
      const names = Object.keys(nodeRequire(args.path) as object).filter((name) => name !== 'default' && /^[A-Za-z_$][\w$]*$/.test(name));
      const unavailable = (name: string) =>
        `${name}: () => { throw new Error(${JSON.stringify(`${args.path}.${name} is not available in the browser`)}); }`;
      const own: Record<string, string> =
        args.path === 'node:path'
          ? { join: `join: (...parts) => parts.filter(Boolean).join('/').replace(/\\/{2,}/g, '/')`, sep: `sep: '/'` }
          : {};
      return { loader: 'js', contents: `module.exports = { ${names.map((name) => own[name] ?? unavailable(name)).join(',\n')} };` };
    });
  },
};

/**
 * Zod's messages in its forty-odd languages, a quarter of a megabyte that `astro/zod`'s namespace
 * export keeps in the bundle: the site's schemas write their own Vietnamese messages, and Zod's
 * default (English) is loaded by Zod itself, so only that one is kept.
 */
const zodEnglishOnly: Plugin = {
  name: 'zod-english-only',
  setup(builder) {
    builder.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](?:classic|core)[\\/]/.test(args.importer)
        ? { path: join(dirname(args.importer), '../locales/en.js'), namespace: 'zod-locales' }
        : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      loader: 'js',
      resolveDir: dirname(args.path),
      contents: 'export { default as en } from "./en.js";',
    }));
  },
};

/**
 * The admin's own imports of Decap's packages (`decap-cms-core`, `decap-cms-widget-string`…) resolve
 * from `decap-cms-app`, the one Decap package the project depends on, whose exact versions of
 * them are the set that works together.
 */
function decapParts(root: string): Plugin {
  const appDir = dirname(createRequire(join(root, 'package.json')).resolve('decap-cms-app/package.json'));
  return {
    name: 'decap-parts',
    setup(builder) {
      builder.onResolve({ filter: /^decap-cms-/ }, (args) => {
        if (args.pluginData === 'decap-parts' || !resolve(args.importer).startsWith(join(root, 'src'))) return undefined;
        return builder.resolve(args.path, { kind: args.kind, resolveDir: appDir, pluginData: 'decap-parts' });
      });
    },
  };
}

/** esbuild's options, but for where it writes. */
function options(root: string) {
  return {
    entryPoints: [join(root, ENTRY)],
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: 'iife' as const,
    platform: 'browser' as const,
    // Editors use current Chrome, Edge or Firefox; Decap itself needs nothing older.
    target: ['es2020'],
    legalComments: 'linked' as const,
    metafile: true,
    logLevel: 'silent' as const,
    // Minified for the browser, esbuild also defines Node's environment flag as "production".
    define: { global: 'globalThis' },
    plugins: [nodeBuiltins, zodEnglishOnly, decapParts(root)],
  };
}

/** The cached bundle, when every file it was built from is unchanged. */
function fromCache(dir: string, key: string, root: string): boolean {
  const manifestFile = join(dir, 'manifest.json');
  if (!existsSync(manifestFile) || !existsSync(join(dir, ADMIN_FILES.script))) return false;
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
  } catch {
    return false;
  }
  if (manifest.key !== key) return false;
  return Object.entries(manifest.inputs).every(([file, hash]) => {
    try {
      return sha256(readFileSync(join(root, file))) === hash;
    } catch {
      return false;
    }
  });
}

/**
 * The admin's bundle for the project at `root`: from the cache when its inputs are unchanged,
 * else built (some 10–20 s on two busy cores) and cached. Several builds at once may each build
 * it; every file is replaced whole.
 */
export async function adminBundle(root: string): Promise<AdminBundle> {
  const started = Date.now();
  const dir = join(root, 'node_modules/.astro/admin');
  const settings = options(root);
  // The recipe is part of the key: esbuild's version, and this file (its options and plugins).
  const key = sha256(JSON.stringify({ esbuild: version, recipe: sha256(readFileSync(join(root, RECIPE))) }));
  const done = (cached: boolean): AdminBundle => ({
    dir,
    cached,
    ms: Date.now() - started,
    bytes: statSync(join(dir, ADMIN_FILES.script)).size,
  });
  if (fromCache(dir, key, root)) return done(true);

  mkdirSync(dir, { recursive: true });
  const scratch = mkdtempSync(join(dir, 'build-'));
  try {
    const result = await build({ ...settings, outfile: join(scratch, ADMIN_FILES.script) });
    const inputs: Record<string, string> = {};
    for (const input of Object.keys(result.metafile?.inputs ?? {})) {
      // Inputs of another namespace (`node-builtin:node:fs`) are no files.
      if (!input.includes(':')) inputs[input] = sha256(readFileSync(join(root, input)));
    }
    for (const file of [ADMIN_FILES.script, ADMIN_FILES.licences]) renameSync(join(scratch, file), join(dir, file));
    const manifest: Manifest = { key, inputs };
    writeFileSync(join(scratch, 'manifest.json'), JSON.stringify(manifest));
    renameSync(join(scratch, 'manifest.json'), join(dir, 'manifest.json'));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return done(false);
}

/** Copies the bundle's files into `target` (the built site's `admin/`). */
export function copyAdminBundle(bundle: AdminBundle, target: string): void {
  mkdirSync(target, { recursive: true });
  for (const file of [ADMIN_FILES.script, ADMIN_FILES.licences]) copyFileSync(join(bundle.dir, file), join(target, file));
}
