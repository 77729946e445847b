import { SMALL_PORT } from '../../playwright.config';

/** Where the small fixture tree's build is served (see playwright.config.ts). */
export const SMALL_SITE = `http://127.0.0.1:${SMALL_PORT}`;
export const SEED_ARTICLE = '/tin-tuc/phien-hop-thu-ba-uy-ban-quoc-gia-ve-chuyen-doi-so/';
/** Decree 42/2022/NĐ-CP in the sample registry: the document readers must find. */
export const DECREE_42 = '/van-ban/nghi-dinh-42-2022-nd-cp/';
