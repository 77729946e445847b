/**
 * Where the editors' admin (`/admin/`, src/admin/) saves what editors write: `content/site/admin.yaml`,
 * shared by the admin's configuration and `npm run check`. Content, not code, so that another
 * agency's fork changes only `content/`. Plain TypeScript with `.ts` imports, no Astro runtime.
 */
import { z } from 'astro/zod';

/** The file, relative to the content tree. Optional: without it the admin works only in local mode. */
export const ADMIN_FILE = 'site/admin.yaml';

/** The Git hosts the admin can save to. */
export const GIT_HOSTS = ['github', 'gitlab', 'gitea', 'forgejo'] as const;
export type GitHost = (typeof GIT_HOSTS)[number];

const httpsUrl = (field: string, example: string) =>
  z.url({ protocol: /^https$/, error: `${field} phải là địa chỉ https:// đầy đủ — viết, ví dụ: ${field}: ${example}` });

/** How the admin signs in to one Git host and reaches its API. */
const hostSettings = (host: GitHost) =>
  z.object(
    {
      /**
       * The host's address: a self-hosted GitLab, Gitea or Forgejo (`https://git.laichau.gov.vn`); for
       * GitHub, the OAuth helper that signs editors in (GitHub needs one; see the editors' guide).
       */
      baseUrl: httpsUrl('baseUrl', 'https://git.laichau.gov.vn').optional(),
      /** The host's API, when it is not the usual one (`https://gitlab.com/api/v4`). */
      apiRoot: httpsUrl('apiRoot', 'https://git.laichau.gov.vn/api/v1').optional(),
      /**
       * The OAuth application's id (GitLab, Gitea, Forgejo): editors sign in with PKCE, with no
       * server of the department's own.
       */
      appId: z.string({ error: 'appId phải là chữ — viết mã ứng dụng OAuth trong dấu ngoặc kép "…"' }).trim().min(1).optional(),
      /** GitHub: the sign-in path of the OAuth helper at `baseUrl` (default `auth`). */
      authEndpoint: z.string({ error: 'authEndpoint phải là chữ — viết, ví dụ: authEndpoint: auth' }).optional(),
    },
    { error: `${host} phải là một nhóm cài đặt — viết ${host}: rồi các dòng thụt vào bên dưới` },
  );

/** `content/site/admin.yaml`: the Git host and repository the admin saves to. */
export const adminSettingsSchema = z
  .object({
    /** Which host the admin uses now: the one line to change when the repository moves. */
    backend: z.enum(GIT_HOSTS, { error: `backend phải là một trong: ${GIT_HOSTS.join(', ')} — viết, ví dụ: backend: github` }),
    /** The repository, as the host names it: `so-tttt-laichau/trang-tin` (GitLab groups: `a/b/c`). */
    repo: z
      .string({ error: 'thiếu repo — viết, ví dụ: repo: so-tttt-laichau/trang-tin' })
      .regex(/^[\w.-]+(?:\/[\w.-]+)+$/, 'repo phải có dạng chủ-sở-hữu/tên-kho — viết, ví dụ: repo: so-tttt-laichau/trang-tin'),
    /** The branch the site is built from. */
    branch: z.string({ error: 'branch phải là tên một nhánh — viết, ví dụ: branch: main' }).trim().min(1).default('main'),
    /**
     * `true`: every change waits for review as a merge request, and reaches the branch (and the
     * site) when an editor-in-chief publishes it (Decap's editorial workflow). `false`: saving
     * commits to the branch at once (a draft still stays off the site).
     */
    review: z.boolean({ error: 'review phải là true hoặc false — viết review: true để duyệt bài trước khi đăng' }).default(false),
    github: hostSettings('github').optional(),
    gitlab: hostSettings('gitlab').optional(),
    gitea: hostSettings('gitea').optional(),
    forgejo: hostSettings('forgejo').optional(),
  })
  .superRefine((settings, ctx) => {
    // GitLab, Gitea and Forgejo sign in with PKCE, which needs the OAuth application's id.
    if (settings.backend !== 'github' && !settings[settings.backend]?.appId) {
      ctx.addIssue({
        code: 'custom',
        path: [settings.backend, 'appId'],
        message: `đăng nhập ${settings.backend} cần mã ứng dụng OAuth — viết ${settings.backend}: rồi dòng thụt vào appId: "…" (xem hướng dẫn biên tập, mục trang quản trị)`,
      });
    }
  });

/** The settings after validation. */
export type AdminSettings = z.output<typeof adminSettingsSchema>;
