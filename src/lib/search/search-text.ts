/**
 * Vietnamese text as the search index sees it.
 *
 * Pagefind folds tone marks (it strips combining marks after NFD: "đổi" → "đoi") but `đ` has no
 * decomposition, so "doi" never finds "đổi". We write `đ` to the index as `d` followed by
 * U+0345, a combining mark that Unicode also counts as alphabetic: Pagefind keeps it inside the
 * word (no split into compound parts) and then folds it away with the tone marks. The index
 * therefore holds one folded word ("doi") with the exact form as a variant ("dͅổi"), exactly as
 * it does for tone marks, instead of a second copy of every word. Queries get the same encoding,
 * so a reader who types `đ` still ranks exact matches first; everything shown to readers goes
 * through `restoreStroke` so they never see the marker.
 */

/** The marker that stands for the stroke of `đ`/`Đ` inside the index. Never shown to readers. */
export const STROKE_MARK = '\u0345';

const STROKED = /[đĐ]/g;
const MARKED = new RegExp(`([dD])${STROKE_MARK}`, 'g');

/** Text for the index: NFC, with `đ`/`Đ` written as `d`/`D` + the stroke marker. */
export function encodeStroke(text: string): string {
  return text.normalize('NFC').replace(STROKED, (c) => (c === 'đ' ? `d${STROKE_MARK}` : `D${STROKE_MARK}`));
}

/** Text from the index back to Vietnamese: every `d`/`D` + marker becomes `đ`/`Đ` again. */
export function restoreStroke(text: string): string {
  return text.replace(MARKED, (_, d: string) => (d === 'd' ? 'đ' : 'Đ'));
}

/** Typographic quotes that phone keyboards insert; Pagefind's phrase search needs plain `"`. */
const CURLY_QUOTES = /[“”„‟«»]/g;

/**
 * What a reader typed, as a Pagefind query: NFC (NFD input searches the same), white space
 * collapsed, typographic quotes made plain so `“chuyển đổi số”` is a phrase search, and `đ`
 * encoded like the index. Upper case and tone marks are left to Pagefind, which folds them
 * and still ranks an exact-diacritics match first.
 */
export function toSearchQuery(input: string): string {
  return encodeStroke(input.normalize('NFC').replace(CURLY_QUOTES, '"').replace(/\s+/g, ' ').trim());
}

/** One piece of an excerpt: text, and whether it matched the query. */
export interface ExcerptPart {
  text: string;
  match: boolean;
}

/**
 * Splits a Pagefind excerpt (`text <mark>hit</mark> text`, with `<` and `>` escaped) into plain
 * pieces, so the page builds it from text nodes instead of trusting it as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  return (
    restoreStroke(excerpt)
      .split(/<\/?mark>/)
      // Pagefind escapes only `<` and `>` in the page text, so those are the only entities to undo.
      .map((text, i) => ({ text: text.replace(/&lt;/g, '<').replace(/&gt;/g, '>'), match: i % 2 === 1 }))
      .filter((part) => part.text.length > 0)
  );
}

/*
 * Pagefind searches metadata too, and splits a value like `/_astro/anh-dien-bien.webp` or
 * `2022-11-28T17:13` into words ("dien", "2022", "28t17"), so a URL or a date in metadata would
 * make pages match words they do not contain. Metadata that is not text is therefore stored as
 * one run of letters and digits that no reader types.
 */

/** A value as one hex token (UTF-8 bytes), for metadata that must not be searchable. */
export function toMetaToken(value: string): string {
  return [...new TextEncoder().encode(value)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The value a hex token stands for. */
export function fromMetaToken(token: string): string {
  const bytes = token.match(/[0-9a-f]{2}/g) ?? [];
  return new TextDecoder().decode(new Uint8Array(bytes.map((b) => parseInt(b, 16))));
}

/** `2022-11-28T17:13:46+07:00` (Vietnam time) as `20221128171346`, for metadata. */
export function toDateToken(vietnamIso: string): string {
  return vietnamIso.slice(0, 19).replace(/\D/g, '');
}

/** The moment a date token stands for (it is Vietnam time), or undefined. */
export function fromDateToken(token: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(token);
  if (!m) return undefined;
  const date = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}+07:00`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Whether a query carries Vietnamese marks (tone marks or `đ`), so exact matches can go first. */
export function hasMarks(query: string): boolean {
  return /[^\p{ASCII}]/u.test(query.normalize('NFC'));
}

/**
 * The results of a folded search with the pages that also matched exactly (marks and all) moved
 * to the front, each group keeping Pagefind's order.
 */
export function exactFirst<T extends { id: string }>(all: readonly T[], exact: readonly { id: string }[]): T[] {
  const exactIds = new Set(exact.map((r) => r.id));
  return [...all.filter((r) => exactIds.has(r.id)), ...all.filter((r) => !exactIds.has(r.id))];
}
