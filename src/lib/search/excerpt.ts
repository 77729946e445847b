/**
 * The text a search result shows under its title: a window of the sapo or the body around the
 * query's syllables, as plain pieces the page turns into text nodes and `<mark>`s.
 */
import { fold } from './index-plan.ts';

/** One piece of an excerpt: text, and whether it matched the query. */
export interface ExcerptPart {
  text: string;
  match: boolean;
}

/** Syllables an excerpt shows. */
const EXCERPT_SYLLABLES = 30;
/** Syllables shown before the first match, so it does not open the excerpt. */
const LEAD_IN = 3;
const SYLLABLE = /[\p{L}\p{M}\p{N}]+/gu;

/** The syllables a query asks for: folded (any of them matches) and as typed (weighs more). */
export interface ExcerptTerms {
  folded: ReadonlySet<string>;
  typed: ReadonlySet<string>;
}

interface Span {
  start: number;
  end: number;
  /** 0: no match; 1: a folded match; 2: a match as typed. */
  weight: number;
}

function spans(text: string, terms: ExcerptTerms): Span[] {
  return Array.from(text.matchAll(SYLLABLE), (m) => {
    const syllable = m[0].toLowerCase();
    const weight = terms.typed.has(syllable) ? 2 : terms.folded.has(fold(syllable)) ? 1 : 0;
    return { start: m.index, end: m.index + m[0].length, weight };
  });
}

/** The window with the most matches (those as typed counting double): its first syllable and its weight. */
function bestWindow(all: readonly Span[]): { from: number; weight: number } {
  let best = { from: 0, weight: 0 };
  all.forEach((span, i) => {
    if (!span.weight) return;
    // A few syllables before the first match, and a full window where the text allows.
    const from = Math.max(0, Math.min(i - LEAD_IN, all.length - EXCERPT_SYLLABLES));
    const weight = all.slice(from, from + EXCERPT_SYLLABLES).reduce((sum, s) => sum + s.weight, 0);
    if (weight > best.weight) best = { from, weight };
  });
  return best;
}

/** The excerpt of `text` around the query's syllables, every whole syllable that matches marked. */
export function excerptOf(text: string, terms: ExcerptTerms): ExcerptPart[] {
  return excerptFrom(text, spans(text, terms));
}

/** `excerptOf` with the text's spans already found. */
function excerptFrom(text: string, all: Span[]): ExcerptPart[] {
  if (all.length === 0) return [];
  const { from } = bestWindow(all);
  const shown = all.slice(from, from + EXCERPT_SYLLABLES);
  const last = from + shown.length === all.length;
  // The last syllable keeps the punctuation written after it ("số.").
  const end = last ? text.length : shown.at(-1)!.end + (/^\S*/.exec(text.slice(shown.at(-1)!.end))?.[0].length ?? 0);
  const parts: ExcerptPart[] = [];
  const push = (piece: string, match: boolean) => {
    const previous = parts.at(-1);
    if (previous && previous.match === match) previous.text += piece;
    else if (piece) parts.push({ text: piece, match });
  };
  if (from > 0) push('… ', false);
  let at = shown[0]!.start;
  shown.forEach((span, i) => {
    const between = text.slice(at, span.start);
    // Matches next to each other, with only spaces between, are one highlight.
    push(between, Boolean(span.weight && shown[i - 1]?.weight && /^\s+$/.test(between)));
    push(text.slice(span.start, span.end), span.weight > 0);
    at = span.end;
  });
  push(text.slice(at, end), false);
  if (!last) push(' …', false);
  return parts;
}

/** A result's excerpt: from the sapo if it holds a query syllable, else from the body if that does. */
export function resultExcerpt(summary: string, body: string, terms: ExcerptTerms): ExcerptPart[] {
  // Each text is split into syllables once: on a slow phone a body is some 1,900 of them.
  const holds = (all: Span[]) => bestWindow(all).weight > 0;
  const inSummary = spans(summary, terms);
  if (holds(inSummary)) return excerptFrom(summary, inSummary);
  const inBody = spans(body, terms);
  return summary && !holds(inBody) ? excerptFrom(summary, inSummary) : excerptFrom(body, inBody);
}
