/**
 * The file rule: only regular files that really lie inside the content tree are published. One
 * module for every place that reads a file because content names it — `npm run check` (covers,
 * `<Figure>`, `<Document>`, Markdown images and links, the files of the pages and the footer), the
 * build's Vite guard (what an MDX file or `astro:assets` imports), and the loaders (the content
 * files themselves) — so that all of them refuse the same files with the same words.
 *
 * A symbolic link is never followed: Node, Vite and astro:assets would read whatever it points at
 * (a token, `~/.npmrc`, `/proc/self/environ`) and publish it. Git stores links, so one commit
 * could add one; the rule compares each file's real path with the path content names.
 */
import { lstatSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { FILE_EXTENSIONS, FILE_SIZE_LIMITS, fileKindOf, type FileKind } from '../../components/content/names.ts';
import { formatFileSize } from '../../lib/media/files.ts';
import { urlProblem } from './urls.ts';

/**
 * What a reference names: a kind of file the site publishes (`image`, `document`, `video`), the
 * site's own emblem or badge (`emblem`: an image that may be SVG), or any file (`file`: a link).
 */
export type ReferenceKind = FileKind | 'emblem' | 'file';

const KIND_NAMES: Record<ReferenceKind, string> = { image: 'ảnh', emblem: 'ảnh', document: 'văn bản', video: 'video', file: 'tệp' };
const EXAMPLES: Record<ReferenceKind, string> = {
  image: './anh-1.jpg',
  emblem: './logo.svg',
  document: './ke-hoach.pdf',
  video: './video.mp4',
  file: './ke-hoach.pdf',
};
/** The extensions of each kind; `file` takes any. */
const EXTENSIONS: Partial<Record<ReferenceKind, readonly string[]>> = {
  ...FILE_EXTENSIONS,
  // The department's emblem and the trust badge are drawn as SVG; astro.config.mjs lets the image
  // service read them. Photos in articles may not be SVG (see FILE_EXTENSIONS).
  emblem: [...FILE_EXTENSIONS.image, 'svg'],
};

/** How messages name the file that refers to another, by its collection's folder. */
const REFERRERS: Record<string, string> = { articles: 'bài viết', pages: 'trang' };

/** Where the files one content file names must lie, and how messages name that file. */
export interface FileScope {
  /** The content tree (`content/`): no symbolic link is allowed anywhere below it. */
  contentDir: string;
  /**
   * The collection's folder under `contentDir` (`articles`, `pages`, `site`): every file named
   * must really lie inside it. `''` for a file directly in `contentDir` (`categories.yaml`).
   */
  folder: string;
  /** The referring file's folder, from which `./anh-1.jpg` is read. */
  dir: string;
}

/** The scope of a file of the content tree: its own collection's folder, from its own folder. */
export function fileScope(contentDir: string, file: string): FileScope {
  const path = relative(contentDir, file);
  const inside = path !== '' && !path.startsWith('..') && !isAbsolute(path);
  const parts = path.split(sep);
  return { contentDir: resolve(contentDir), folder: inside && parts.length > 1 ? parts[0]! : '', dir: dirname(resolve(file)) };
}

/** Whether a reference is an address with a scheme (`https:`, `data:`) or a `//host` address, rather than a path. */
export const isRemote = (reference: string) => /^[a-z][a-z0-9+.-]*:|^\/\//i.test(reference.trim());

/**
 * What is wrong with a file a content file names (`./anh-1.jpg`, as written), or `undefined` when
 * it is a regular file of the expected kind, really inside the referring collection's folder.
 */
export function localFileProblem(scope: FileScope, reference: string, kind: ReferenceKind): string | undefined {
  const schemeProblem = urlProblem(reference);
  if (schemeProblem) return schemeProblem;
  const what = KIND_NAMES[kind];
  const example = EXAMPLES[kind];
  if (isRemote(reference) || reference.startsWith('/')) {
    return `${what} "${reference}" không nằm cạnh ${referrer(scope)} (trang chỉ dùng tệp của mình, không tải từ nơi khác) — tải tệp về, đặt cạnh ${referrer(scope)} và viết đường dẫn như ${example}`;
  }
  // A path that climbs out of the collection (`../../…`) could publish any file of the build
  // machine, and one without `./` or `../` is not turned into a file import.
  const target = resolve(scope.dir, reference);
  if (!/^\.\.?\//.test(reference) || !isInside(target, collectionDir(scope))) {
    return `${what} "${reference}" phải nằm cạnh ${referrer(scope)}, trong thư mục ${folderName(scope)} — viết đường dẫn bắt đầu bằng ./ như ${example}`;
  }
  const extensions = EXTENSIONS[kind];
  if (extensions && !extensions.includes(extname(reference).slice(1).toLowerCase())) {
    return `"${reference}" không phải tệp ${what} được hỗ trợ — dùng tệp ${extensions.join(', ')}`;
  }
  const named = `${what} "${reference}"`;
  return (
    realFileProblem(
      scope,
      target,
      named,
      `không tìm thấy ${named} — đặt tệp cạnh ${referrer(scope)} hoặc sửa lại tên tệp (phân biệt chữ hoa, chữ thường)`,
    ) ?? sizeProblem(target, kind, named)
  );
}

/** What to do with a file that is too big, by its kind. */
const SHRINK: Record<FileKind, string> = {
  image: 'thu nhỏ ảnh (ví dụ xuất lại rộng 2000 điểm ảnh, JPG chất lượng 80 %) rồi thay tệp',
  document: 'nén tệp PDF, quét lại ở 150 dpi, hoặc chia thành nhiều tệp',
  video: 'đưa video lên kênh video của Sở rồi viết <Video src="https://…" title="…" />',
};

/**
 * What is wrong with the size of the regular file `target`, named by content as `named`: more
 * than `FILE_SIZE_LIMITS` allows for its kind (a reference of any kind, `file`, by its extension).
 */
function sizeProblem(target: string, kind: ReferenceKind, named: string): string | undefined {
  const fileKind = kind === 'emblem' ? 'image' : kind === 'file' ? fileKindOf(target) : kind;
  if (!fileKind) return undefined;
  const limit = FILE_SIZE_LIMITS[fileKind];
  const bytes = statSync(target).size;
  if (bytes <= limit) return undefined;
  return `${named} nặng ${formatFileSize(bytes)}, quá giới hạn ${formatFileSize(limit)} cho một tệp ${KIND_NAMES[fileKind]} — ${SHRINK[fileKind]}`;
}

/**
 * What is wrong with a file found at `target` (a lexical path inside the content tree, as the
 * content names it) or `undefined` when it is a regular file that really is there: no symbolic
 * link, neither the file nor any folder between the content tree and it. `named` is how messages
 * name it (`ảnh "./anh-1.jpg"`), `missing` the message when there is nothing at `target`.
 */
function realFileProblem(scope: FileScope, target: string, named: string, missing: string): string | undefined {
  const link = linkOnPath(scope.contentDir, target);
  if (link === target) {
    return `${named} là liên kết tượng trưng (symlink), không phải tệp thật — trang chỉ đăng tệp nằm thật trong thư mục nội dung: thay liên kết bằng chính tệp (hoặc thư mục) đó`;
  }
  if (link) {
    return `${named} nằm trong "${displayIn(scope.contentDir, link)}", một liên kết tượng trưng (symlink) tới nơi khác — trang chỉ đăng tệp nằm thật trong thư mục nội dung: thay liên kết bằng thư mục thật`;
  }
  const stat = lstatSync(target, { throwIfNoEntry: false });
  if (!stat) return missing;
  if (!stat.isFile())
    return `${named} không phải một tệp (là thư mục hoặc tệp đặc biệt) — viết đường dẫn tới một tệp, như ${EXAMPLES.file}`;
  return undefined;
}

/**
 * What is wrong with a content file itself (an article, a page, `site.yaml`…) or with a file a
 * build step is about to read from the content tree: the file rule's second half, as above.
 */
export function contentFileProblem(contentDir: string, file: string): string | undefined {
  const scope = fileScope(contentDir, file);
  const named = `tệp "${displayIn(scope.contentDir, resolve(file))}"`;
  return realFileProblem(
    scope,
    resolve(file),
    named,
    `không tìm thấy ${named} — tạo tệp này, hoặc sửa lại tên tệp (phân biệt chữ hoa, chữ thường)`,
  );
}

/**
 * What is wrong with the symbolic link `link` found in the content tree: every link is refused,
 * to a file or a folder, inside the tree or out of it (the loaders would follow it).
 */
export function symlinkProblem(contentDir: string, link: string): string {
  const scope = fileScope(contentDir, link);
  const kind = statSync(link, { throwIfNoEntry: false })?.isDirectory() ? 'thư mục' : 'tệp';
  const named = `${kind} "${displayIn(scope.contentDir, resolve(link))}"`;
  return realFileProblem(scope, resolve(link), named, '') ?? `${named} là liên kết tượng trưng (symlink)`;
}

/**
 * The symbolic link nearest to `contentDir` on the way down to `target` (`target` itself when the
 * file is one), or `undefined` when there is none. One `realpath` call answers for the usual file;
 * only a mismatch walks the path with `lstat`, to name the link (and to tell a link from a
 * file-system that spells the path in another case).
 */
function linkOnPath(contentDir: string, target: string): string | undefined {
  const path = relative(contentDir, target);
  try {
    if (realpathSync.native(target) === join(realTree(contentDir), path)) return undefined;
  } catch {
    // Missing, or a link to nothing: the walk below finds which.
  }
  let current = contentDir;
  for (const part of path.split(sep)) {
    current = join(current, part);
    const stat = lstatSync(current, { throwIfNoEntry: false });
    if (!stat) return undefined;
    if (stat.isSymbolicLink()) return current;
  }
  return undefined;
}

/** The content tree's real path, asked once per tree (the build asks for every file). */
const realTrees = new Map<string, string>();

/**
 * The real path of the content tree `contentDir` (itself where it does not exist). It differs from
 * the written one where the tree lies behind a link outside it (macOS's /tmp), which is allowed.
 */
export function realTree(contentDir: string): string {
  let real = realTrees.get(contentDir);
  if (real === undefined) {
    try {
      real = realpathSync.native(contentDir);
    } catch {
      real = resolve(contentDir);
    }
    realTrees.set(contentDir, real);
  }
  return real;
}

/** The collection folder a scope's references must stay in. */
const collectionDir = (scope: FileScope) => join(scope.contentDir, scope.folder);

/** The folder's name as editors see it in the content tree: `articles`, `pages`, `site`. */
const folderName = (scope: FileScope) => scope.folder || basename(scope.contentDir);

/** How messages name the file that refers (`bài viết`, `trang`, else `tệp này`). */
const referrer = (scope: FileScope) => REFERRERS[scope.folder] ?? 'tệp này';

/** Whether `path` lies strictly inside `dir` (both absolute, lexical). */
export const isInside = (path: string, dir: string) => path.startsWith(`${dir}${sep}`);

/** A path inside the content tree as editors see it: `articles/2024/bai/anh.jpg`. */
const displayIn = (contentDir: string, path: string) => relative(contentDir, path).split(sep).join('/');
