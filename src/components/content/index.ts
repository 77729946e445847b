import Figure from './Figure.astro';

/**
 * The components an MDX article may use without importing them. Anything not listed here is
 * not available to editors.
 */
export const contentComponents = { Figure };
