// Types for the parts of Decap CMS the admin bundles that ship none (decap-cms-core ships its own).

declare module 'decap-cms-widget-*' {
  const widget: { Widget(): unknown };
  export default widget;
}

declare module 'decap-cms-backend-*' {
  /** A Decap backend class: constructed by Decap with its configuration. */
  type BackendClass = new (config: unknown, options?: unknown) => Record<string, unknown>;
  export const GitHubBackend: BackendClass;
  export const GitLabBackend: BackendClass;
  export const GiteaBackend: BackendClass;
  export const ForgejoBackend: BackendClass;
  export const ProxyBackend: BackendClass;
}

declare module 'decap-cms-locales' {
  export const en: Record<string, unknown>;
  export const vi: Record<string, unknown>;
}
