/**
 * The address field of a new entry: filled from the title by the site's own `toSlug` (the rule of
 * `npm run new`: `đ` → `d`, tone marks dropped, at most 80 characters cut at a word), which
 * Decap's slug settings do not match (no 80-character cut, `_` and `'` kept differently, NFD
 * input split). The editor may change it; an address another entry already has, in any year, is
 * shown as an error, and the save is refused (src/admin/client/validate.ts): Decap itself would
 * write `<slug>/index-1.mdx` into the other entry's folder.
 */
import { Component, createElement as h } from 'react';
import type { Map as ImmutableMap } from 'immutable';
import { slugFromEntryPath } from '../../lib/content/entry-slug.ts';
import { toSlug } from '../../lib/text/slug.ts';

/** What Decap hands a widget, of what this one reads. */
interface SlugProps {
  value?: string;
  forID: string;
  classNameWrapper: string;
  onChange(value: string): void;
  setActiveStyle(): void;
  setInactiveStyle(): void;
  entry: ImmutableMap<string, unknown>;
  /** The entry being edited, as it is now (Decap re-renders a widget only when its own value changes). */
  getEntry?: () => ImmutableMap<string, unknown>;
  /** Searches a collection: with an empty term, every entry. */
  query?: (
    namespace: string,
    collection: string,
    fields: string[],
    term: string,
  ) => Promise<{ payload?: { hits?: Array<{ path: string }> } }>;
}

/** What the widget knows of a collection. */
export interface SlugCollection {
  /** The entry of the admin's table (`articles` for `articles-2024`): one address space. */
  group: string;
  /** The public address before its slugs: `/tin-tuc/`. */
  address: string;
  /** The text an entry's address is made from (its title, or a document's type and number). */
  source: (data: Record<string, unknown>) => string;
  /** The field that names an entry (`title`). */
  identifier: string;
}

const collections = new Map<string, SlugCollection>();
/** The slugs already taken in each group, in every year, with the file that takes each, once listed. */
const takenSlugs = new Map<string, Promise<Map<string, string>>>();

/** Tells the widget which collections share one address space (every year of the articles). */
export function setCollections(byName: Record<string, SlugCollection>): void {
  for (const [name, collection] of Object.entries(byName)) collections.set(name, collection);
}

/** The file that already has `slug` in the group of `collection`, when the widget has listed them. */
export async function fileWithSlug(collection: string, slug: string): Promise<string | undefined> {
  const group = collections.get(collection)?.group;
  return group ? (await takenSlugs.get(group))?.get(slug) : undefined;
}

export class SlugControl extends Component<SlugProps, { taken?: Map<string, string> }> {
  override state: { taken?: Map<string, string> } = {};
  /** The editor typed an address of their own: stop following the title. */
  private edited = false;
  private timer: ReturnType<typeof setInterval> | undefined;

  override componentDidMount() {
    if (!this.isNew()) return;
    this.timer = setInterval(() => this.followTitle(), 300);
    const group = collections.get(String(this.current().get('collection')))?.group;
    const query = this.props.query;
    if (!group) return;
    if (!takenSlugs.has(group) && query) {
      // With an empty term Decap's search lists every entry of a collection.
      const names = [...collections].filter(([, collection]) => collection.group === group).map(([name]) => name);
      const listing = Promise.all(
        names.map((name) =>
          query(`${this.props.forID}-${name}`, name, [collections.get(name)?.identifier ?? 'title'], '')
            .then((action) => action.payload?.hits ?? [])
            .catch(() => []),
        ),
      ).then((lists) => new Map(lists.flat().map((hit) => [slugFromEntryPath(hit.path), hit.path] as const)));
      takenSlugs.set(group, listing);
    }
    void takenSlugs.get(group)?.then((taken) => this.setState({ taken }));
  }

  override componentWillUnmount() {
    clearInterval(this.timer);
  }

  private current(): ImmutableMap<string, unknown> {
    return this.props.getEntry?.() ?? this.props.entry;
  }

  private isNew(): boolean {
    return Boolean(this.current().get('newRecord'));
  }

  private followTitle() {
    if (this.edited) return;
    const entry = this.current();
    const source = collections.get(String(entry.get('collection')))?.source;
    const data = (entry.get('data') as ImmutableMap<string, unknown> | undefined)?.toJS() ?? {};
    const slug = toSlug(source ? source(data) : String(data.title ?? ''));
    if (this.props.value !== slug) this.props.onChange(slug);
  }

  override render() {
    const { forID, value = '', classNameWrapper } = this.props;
    const address = collections.get(String(this.current().get('collection')))?.address ?? '/';
    if (!this.isNew()) {
      const slug = slugFromEntryPath(String(this.current().get('path') ?? ''));
      return h('div', { id: forID, className: classNameWrapper }, `${address}${slug}/ — địa chỉ của bài đã có thì giữ nguyên.`);
    }
    const clash = value ? this.state.taken?.get(value) : undefined;
    return h(
      'div',
      {},
      h('input', {
        type: 'text',
        id: forID,
        className: classNameWrapper,
        value,
        onFocus: this.props.setActiveStyle,
        onBlur: this.props.setInactiveStyle,
        onChange: (event: { target: { value: string } }) => {
          this.edited = true;
          // Letters, digits and dashes as the editor types: `-` kept at the end while typing.
          this.props.onChange(toSlug(event.target.value, Infinity) + (/[\s-]$/.test(event.target.value) ? '-' : ''));
        },
      }),
      h('p', { style: { margin: '6px 0 0', fontSize: '0.85em' } }, `Địa chỉ bài: ${address}${value || '…'}/`),
      clash
        ? h(
            'p',
            { role: 'alert', style: { color: '#b91c1c', margin: '4px 0 0', fontWeight: 600 } },
            `Địa chỉ này đã có: ${clash} — sửa địa chỉ (thêm vài chữ) cho khác rồi mới lưu.`,
          )
        : null,
    );
  }
}
