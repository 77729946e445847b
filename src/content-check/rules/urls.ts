/**
 * The one allow-list of URL schemes for content: every link and media source an editor writes, in
 * a body (`[…](url)`, `href`, `src`…, `.md` and `.mdx`) or in frontmatter and data files (a cover,
 * a menu link, the footer's badge), passes `urlProblem`. Allowed: relative paths (`./anh-1.jpg`,
 * `/tin-tuc/…`, `?trang=2`), `#fragments`, `//host/…` (which takes the page's own https), and the
 * schemes `http:`, `https:`, `mailto:` and `tel:`. Anything else — `javascript:`, `vbscript:`,
 * `data:`, `file:`, `blob:`… — runs code, carries a whole document, or reaches outside the web.
 *
 * Plain TypeScript with no imports: the schemas (src/schemas/) and the body rules both call it.
 */

/** The schemes a link or media source may use, lower case, without the colon. */
export const ALLOWED_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

/** Why a refused scheme is refused, where a reader would not guess it. */
const REASONS: Record<string, string> = {
  javascript: 'chạy mã trên máy người đọc',
  vbscript: 'chạy mã trên máy người đọc',
  data: 'chứa cả một tệp hay một trang (có thể chạy mã) ngay trong liên kết',
  file: 'trỏ tới một tệp trên máy người đọc',
};

/**
 * The scheme of an address as a browser reads it (`javascript` for ` JaVa\tScRiPt:…`), lower case,
 * or `undefined` for a relative address. Character references are decoded first (`&#106;`,
 * `&colon;`: the body's parsers already decode them, a frontmatter value is decoded here), and
 * control characters and spaces are dropped, as browsers drop them around and inside a scheme.
 */
export function urlScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const bare = decodeReferences(url).replace(/[\u0000-\u0020\u007f]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(bare)?.[1]?.toLowerCase();
}

/**
 * What is wrong with an address in content, or `undefined` when a reader may follow it (see the
 * allow-list above). The message names only the scheme: a `data:` address may be megabytes long.
 */
export function urlProblem(url: string): string | undefined {
  const scheme = urlScheme(url);
  if (scheme === undefined || (ALLOWED_SCHEMES as readonly string[]).includes(scheme)) return undefined;
  const reason = REASONS[scheme] ?? 'không phải địa chỉ trang web';
  return `liên kết "${scheme}:" ${reason}, không được phép — chỉ dùng địa chỉ https://… hoặc http://…, đường dẫn trong trang (/tin-tuc/…, ./anh-1.jpg, #muc), mailto: hoặc tel:`;
}

/** Named references that spell the characters of a scheme (HTML has more, none of which could). */
const NAMED: Record<string, string> = { colon: ':', tab: '\t', newline: '\n' };

/** Decodes numeric character references (`&#106;`, `&#x6A`, with or without `;`) and `&colon;`, `&Tab;`, `&NewLine;`. */
function decodeReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text
    .replace(/&#(x[0-9a-f]+|\d+);?/gi, (whole, code: string) => {
      const point = code[0] === 'x' || code[0] === 'X' ? parseInt(code.slice(1), 16) : parseInt(code, 10);
      return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
    })
    .replace(/&(colon|tab|newline);/gi, (whole, name: string) => NAMED[name.toLowerCase()] ?? whole);
}
