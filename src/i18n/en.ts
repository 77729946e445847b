/**
 * The interface text of the English section (`/en/`): the layout's words, in the same shape as
 * their Vietnamese in `vi.ts`, and the organisation's (`organisation.ts`).
 */
import { organisationEn, organisationVi } from './organisation';
import type { vi } from './vi';
import type { Words } from './words';

/** What the layout and the organisation's pages say, in either language. */
export type SharedStrings = Words<
  Pick<
    typeof vi,
    | 'skipToContent'
    | 'home'
    | 'mainMenu'
    | 'breadcrumb'
    | 'footerResponsible'
    | 'footerAddress'
    | 'footerPhone'
    | 'footerEmail'
    | 'footerLinks'
    | 'languageLink'
  > & { organisation: typeof organisationVi }
>;

export const en = {
  skipToContent: 'Skip to main content',
  home: 'Home',
  mainMenu: 'Main menu',
  breadcrumb: 'Breadcrumb',
  footerResponsible: 'Responsible for content',
  footerAddress: 'Office',
  footerPhone: 'Phone',
  footerEmail: 'Email',
  footerLinks: 'Footer links',
  /** The header's link back to the Vietnamese site (written in Vietnamese, `lang="vi"`). */
  languageLink: 'Tiếng Việt',
  organisation: organisationEn,
} as const satisfies SharedStrings;
