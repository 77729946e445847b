/**
 * The Git host the admin saves to, from `site/admin.yaml` (src/schemas/admin.ts): Decap CMS's
 * backend settings, and the hosts the admin page's Content-Security-Policy must let it reach
 * (src/admin/page.ts). GitHub and GitLab are in the shipped file; Gitea and Forgejo work the same
 * way (`backend: gitea` with its `baseUrl` and `appId`).
 */
import type { AdminSettings, GitHost } from '../schemas/admin.ts';

/** A Git host as the admin uses it. */
export interface Backend {
  /** Decap's `backend` setting. */
  cms: Record<string, unknown>;
  /** Origins the browser calls (the host's API, its OAuth token endpoint). */
  connect: string[];
  /** Origins of pictures the admin shows (the editor's avatar). */
  img: string[];
}

const origin = (url: string) => new URL(url).origin;
const unique = (values: Array<string | undefined>) => [...new Set(values.filter((value): value is string => Boolean(value)))];

/** How each host's settings become Decap's, and which origins it needs. */
const HOSTS: Record<GitHost, (settings: NonNullable<AdminSettings[GitHost]>) => Omit<Backend, 'cms'> & { cms: Record<string, unknown> }> = {
  github: (host) => {
    const apiRoot = host.apiRoot ?? 'https://api.github.com';
    return {
      // The OAuth helper (Netlify's, or the department's own) opens in a window of its own: no CSP entry.
      cms: { base_url: host.baseUrl, auth_endpoint: host.authEndpoint, api_root: host.apiRoot },
      connect: [origin(apiRoot)],
      img: ['https://avatars.githubusercontent.com'],
    };
  },
  gitlab: (host) => {
    const baseUrl = host.baseUrl ?? 'https://gitlab.com';
    const apiRoot = host.apiRoot ?? `${baseUrl}/api/v4`;
    return {
      // PKCE: the browser exchanges the code for a token itself, so the host's origin is called too.
      cms: { auth_type: 'pkce', app_id: host.appId, base_url: baseUrl, api_root: apiRoot },
      connect: unique([origin(baseUrl), origin(apiRoot)]),
      img: unique([origin(baseUrl), 'https://secure.gravatar.com']),
    };
  },
  gitea: (host) => forgeLike(host),
  forgejo: (host) => forgeLike(host),
};

/** Gitea and Forgejo: one address for sign-in (PKCE), API and avatars. */
function forgeLike(host: NonNullable<AdminSettings['gitea']>) {
  const baseUrl = host.baseUrl ?? 'https://gitea.com';
  const apiRoot = host.apiRoot ?? `${baseUrl}/api/v1`;
  return {
    cms: { app_id: host.appId, base_url: baseUrl, api_root: apiRoot },
    connect: unique([origin(baseUrl), origin(apiRoot)]),
    img: unique([origin(baseUrl)]),
  };
}

/** The backend `settings` name, with its repository and branch. */
export function backendOf(settings: AdminSettings): Backend {
  const host = HOSTS[settings.backend](settings[settings.backend] ?? {});
  const cms = Object.fromEntries(Object.entries(host.cms).filter(([, value]) => value !== undefined));
  return { ...host, cms: { name: settings.backend, repo: settings.repo, branch: settings.branch, ...cms } };
}
