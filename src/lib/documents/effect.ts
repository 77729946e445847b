/**
 * Tình trạng hiệu lực: whether a registry document has effect at a moment, worked out from its dates
 * and the document that replaces it. Dates are days at 00:00 Vietnam time (see `parseVietnamDate`),
 * and `now` is the build's moment, so a page built in Lai Châu after midnight says the new day's status
 * whatever the build machine's zone.
 */

/** A document's tình trạng hiệu lực: not yet in effect, in effect, no longer in effect. */
export type EffectStatus = 'chua-co-hieu-luc' | 'con-hieu-luc' | 'het-hieu-luc';

/** The dates a status is worked out from. */
export interface EffectDates {
  issuedAt: Date;
  /** Ngày có hiệu lực; without it a document has no status of its own (plans, reports, letters). */
  effectiveFrom?: Date | undefined;
  /** The first day it no longer has effect. */
  expiresOn?: Date | undefined;
}

/**
 * The first day a document no longer has effect: its own `expiresOn`, or the day the document that
 * replaces it takes effect (its `effectiveFrom`, else the day it was issued), whichever comes first.
 */
export function effectEnd(document: EffectDates, replacement?: EffectDates): Date | undefined {
  const replaced = replacement && (replacement.effectiveFrom ?? replacement.issuedAt);
  const ends = [document.expiresOn, replaced].filter((date): date is Date => date !== undefined);
  return ends.length ? new Date(Math.min(...ends.map((date) => date.getTime()))) : undefined;
}

/**
 * The document's status at `now`: no longer in effect from its end (see `effectEnd`), else not yet or
 * already in effect by `effectiveFrom`; `undefined` for a document without a date of effect that has
 * not ended.
 */
export function effectStatus(document: EffectDates, replacement: EffectDates | undefined, now: Date): EffectStatus | undefined {
  const end = effectEnd(document, replacement);
  if (end && end.getTime() <= now.getTime()) return 'het-hieu-luc';
  if (!document.effectiveFrom) return undefined;
  return document.effectiveFrom.getTime() > now.getTime() ? 'chua-co-hieu-luc' : 'con-hieu-luc';
}

/**
 * The last day on or before `now` that changed what the document's page says: its issue, the start or
 * the end of its effect. For the sitemap's `<lastmod>`.
 */
export function lastEffectChange(document: EffectDates, replacement: EffectDates | undefined, now: Date): Date {
  const days = [document.issuedAt, document.effectiveFrom, effectEnd(document, replacement)];
  const past = days.filter((day): day is Date => day !== undefined && day.getTime() <= now.getTime());
  return new Date(Math.max(document.issuedAt.getTime(), ...past.map((day) => day.getTime())));
}
