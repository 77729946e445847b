/** The languages of the site's pages: Vietnamese, and English under `/en/`. */
export type Lang = 'vi' | 'en';

/** `T` with its words widened to any text, so another language can fill the same shape (`satisfies Words<typeof vi>`). */
export type Words<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : T[K] extends (...args: infer A) => string ? (...args: A) => string : Words<T[K]>;
};
