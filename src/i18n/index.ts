/** The interface text by language, for what both languages show (the layout, the organisation's pages). */
import { en, type SharedStrings } from './en';
import { organisationVi } from './organisation';
import { vi } from './vi';
import type { Lang } from './words';

export type { Lang } from './words';

const viShared: SharedStrings = { ...vi, organisation: organisationVi };

/** The shared interface text of `lang`. */
export const strings = (lang: Lang): SharedStrings => (lang === 'en' ? en : viShared);
