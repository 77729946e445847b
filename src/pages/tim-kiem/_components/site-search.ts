/**
 * `<site-search>`: the search page's form, notice and results (SiteSearch.astro), and the only
 * JavaScript the site ships. It shows the filters, removes the no-JavaScript notice, keeps the
 * address in step with the form, and shows what its `SearchSession` decides, built from text
 * nodes (never from Pagefind's HTML). Pagefind loads only once the page opens with a search or
 * the reader focuses the box.
 */
import { PagefindClient } from '../../../lib/search/pagefind-client';
import {
  emptySearchState,
  FILTER_FIELDS,
  SEARCH_FIELDS,
  searchFilters,
  searchQueryString,
  type SearchState,
} from '../../../lib/search/search-params';
import { SEARCH_PARTS } from './search-parts';
import { SearchSession, type ResultView, type SearchView } from './search-session';

type Field = HTMLInputElement | HTMLSelectElement;

class SiteSearch extends HTMLElement implements SearchView {
  private readonly form = this.byId<HTMLFormElement>('form');
  private readonly status = this.byId('status');
  private readonly list = this.byId<HTMLOListElement>('results');
  private readonly more = this.byId('more');
  private readonly help = this.byId('help');
  private readonly template = this.byId<HTMLTemplateElement>('template');
  private readonly selects = [...FILTER_FIELDS, 'sort' as const].map((key) => this.field(key)) as HTMLSelectElement[];
  private readonly session: SearchSession;

  // The script is a module, so it runs once the page is parsed: the element is upgraded with its
  // parts already inside it, and the fields above can find them.
  constructor() {
    super();
    const { pagefind, base } = this.form.dataset;
    // Each choice's name by its value, for the results (the empty "Tất cả" is no name).
    const names = (key: keyof SearchState) =>
      new Map([...(this.field(key) as HTMLSelectElement).options].filter((o) => o.value).map((o) => [o.value, o.text]));
    this.session = new SearchSession(new PagefindClient(pagefind!, base!), this, names('category'), names('type'));

    this.byId('filters').hidden = false;
    this.byId('needsJs').remove();
    const query = this.field('query');
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.search();
    });
    query.addEventListener('input', () => this.search(true));
    query.addEventListener('focus', () => this.session.prepare(), { once: true });
    for (const select of this.selects) select.addEventListener('change', () => this.search());
    this.more.addEventListener('click', () => void this.session.showMore());

    const state = this.readUrl();
    if (state.query.trim() || Object.keys(searchFilters(state)).length > 0) this.search();
  }

  announce(text: string): void {
    this.status.textContent = text;
  }

  clearResults(): void {
    this.list.replaceChildren();
  }

  appendResults(results: ResultView[]): void {
    this.list.append(...results.map((result) => this.renderResult(result)));
  }

  focusResult(index: number): void {
    this.list.children[index]?.querySelector('a')?.focus();
  }

  showMoreButton(visible: boolean): void {
    this.more.hidden = !visible;
  }

  showHelp(visible: boolean): void {
    this.help.hidden = !visible;
  }

  /** Runs the form's search (`typing`: after a pause) and puts it in the address. */
  private search(typing = false): void {
    const state = this.formState();
    this.writeUrl(state);
    void this.session.search(state, { typing });
  }

  /** Keeps the address in step with the search, so it can be shared, bookmarked and reloaded. */
  private writeUrl(state: SearchState): void {
    const query = searchQueryString(state);
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  }

  /** Fills the form from the address (choices the page does not offer are ignored); the result. */
  private readUrl(): SearchState {
    const params = new URLSearchParams(location.search);
    this.field('query').value = params.get(SEARCH_FIELDS.query) ?? '';
    for (const select of this.selects) {
      const value = params.get(select.name);
      if (value && [...select.options].some((o) => o.value === value)) select.value = value;
    }
    return this.formState();
  }

  private formState(): SearchState {
    const state = emptySearchState();
    for (const key of Object.keys(state) as (keyof SearchState)[]) state[key] = this.field(key).value;
    return state;
  }

  /** One result, from the page's `<template>`, its text set as text. */
  private renderResult(result: ResultView): HTMLLIElement {
    const item = this.template.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
    const link = item.querySelector('a')!;
    link.href = result.url;
    link.textContent = result.title;
    const category = item.querySelector('span')!;
    category.textContent = result.category;
    // Made here, not kept empty in the template: a <time> needs a valid date (the Nu checker reads templates too).
    if (result.date) {
      const time = document.createElement('time');
      time.dateTime = result.date.iso;
      time.textContent = result.date.text;
      category.before(time, ' · ');
    }
    const excerpt = item.querySelector('p:last-child')!;
    for (const part of result.excerpt) {
      if (part.match) excerpt.appendChild(document.createElement('mark')).textContent = part.text;
      else excerpt.append(part.text);
    }
    if (result.image) {
      const img = document.createElement('img');
      Object.assign(img, { src: result.image, alt: '', width: 96, height: 64, loading: 'lazy', decoding: 'async' });
      img.className = 'h-16 w-24 shrink-0 rounded bg-slate-200 object-cover';
      item.prepend(img);
    }
    return item;
  }

  private byId<T extends HTMLElement = HTMLElement>(name: keyof typeof SEARCH_PARTS): T {
    return this.querySelector<T>(`#${SEARCH_PARTS[name]}`)!;
  }

  private field(key: keyof SearchState): Field {
    return this.form.elements.namedItem(SEARCH_FIELDS[key]) as Field;
  }
}

customElements.define('site-search', SiteSearch);
