/** Where the test builds are served (see playwright.config.ts). */
export const SMALL_SITE = 'http://127.0.0.1:4392';
export const SEED_ARTICLE = '/tin-tuc/phien-hop-thu-ba-uy-ban-quoc-gia-ve-chuyen-doi-so/';
