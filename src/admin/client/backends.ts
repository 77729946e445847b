/**
 * The Git hosts the admin can save to (src/admin/backends.ts), and the dev server's local backend.
 * Only these are bundled: Decap's others (Azure, Bitbucket, Netlify's git-gateway…) stay out.
 */
import CMS from 'decap-cms-core';
import { ForgejoBackend } from 'decap-cms-backend-forgejo';
import { GiteaBackend } from 'decap-cms-backend-gitea';
import { GitHubBackend } from 'decap-cms-backend-github';
import { GitLabBackend } from 'decap-cms-backend-gitlab';
import { ProxyBackend } from 'decap-cms-backend-proxy';

/**
 * GitHub, without its status check: Decap polls www.githubstatus.com every few minutes to show
 * a banner when GitHub is down, a request to another host that the admin's CSP refuses (and a
 * console error each time). Whether the editor is still signed in is checked as before.
 */
class GitHubWithoutStatusPage extends GitHubBackend {
  async status() {
    const api = this.api as { getUser(options: { token: string }): Promise<unknown> } | undefined;
    const auth = Boolean(await api?.getUser({ token: String(this.token ?? '') }).catch(() => false));
    return { auth: { status: auth }, api: { status: true, statusPage: '' } };
  }
}

export function registerBackends(): void {
  CMS.registerBackend('github', GitHubWithoutStatusPage);
  CMS.registerBackend('gitlab', GitLabBackend);
  CMS.registerBackend('gitea', GiteaBackend);
  CMS.registerBackend('forgejo', ForgejoBackend);
  // `npm run dev`: Decap switches to this backend when the dev server answers at /api/v1.
  CMS.registerBackend('proxy', ProxyBackend);
}
