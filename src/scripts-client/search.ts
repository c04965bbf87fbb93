import { spacedOutCharacters } from '../lib/cjk-words.ts';
import { SEARCH_BUNDLE_LIST_FILE } from '../lib/urls.ts';
import { expandSaid, pageKind, type SaidQuery, type SearchResultData } from './said-results.ts';
import { namesActor, snippetHtml, unmarkStopWords, withEllipsis } from './search-snippet.ts';
import {
  exactPhrases,
  FILTER_KEYS,
  matchesPhrases,
  readSearchState,
  unescapeMeta,
  writeSearchState,
  type FilterKey,
  type SearchState,
} from './search-query.ts';

/** The parts of Pagefind's browser API this page uses. */
interface PagefindSearch {
  results: Array<{ id: string; data: () => Promise<SearchResultData> }>;
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (
    term: string | null,
    options?: { filters?: Record<string, unknown>; sort?: Record<string, string> },
  ) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  mergeIndex: (indexPath: string, options?: { baseUrl?: string }) => Promise<void>;
}

/** The folders of the further search bundles under `pagefind/` (none for an archive that fits one bundle, or when the list cannot be read). */
async function furtherBundles(listUrl: string): Promise<string[]> {
  try {
    const response = await fetch(listUrl);
    const list: unknown = response.ok ? await response.json() : [];
    return Array.isArray(list)
      ? list.filter((folder): folder is string => typeof folder === 'string' && /^[\w/-]+\/$/.test(folder))
      : [];
  } catch {
    return [];
  }
}

const FILTER_LABELS = {
  type: 'Type',
  speaker: 'Speaker',
  outlet: 'Outlet',
  actor: 'Mentions',
} satisfies Record<FilterKey, string>;
/**
 * How many matching pages are read at a time: each read downloads the page's text, so the first
 * search reads ten and "More results" the next ten. An article page stands for the quotes and
 * statements in it that the query matched, so ten pages give more than ten results.
 */
const PAGES_PER_BATCH = 10;
/** With an exact phrase most pages fall away: read up to this many batches before showing what was found. */
const MAX_PHRASE_BATCHES = 5;
/** How long typing pauses before the search runs: long enough not to search every keystroke. */
const TYPING_PAUSE_MS = 250;

/**
 * The search page: our small UI over Pagefind's JS API. The query and filters live in the URL,
 * so a search can be shared and the back button works; results are announced in a live region.
 */
export function initSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const input = document.querySelector<HTMLInputElement>('#search-q')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  // The filter panel is closed until the reader opens it (or the URL sets a filter): its lists
  // are Pagefind's largest downloads on a big archive, so the first search does without them.
  const panel = document.querySelector<HTMLDetailsElement>('#search-filters')!;
  const groups = document.querySelector<HTMLElement>('#search-filter-groups')!;
  let pagefindPromise: Promise<Pagefind> | undefined;
  let allFilters: Record<string, Record<string, number>> | undefined;
  const moreButton = document.querySelector<HTMLButtonElement>('#search-more')!;
  let runId = 0;
  /** Reads the next batch of matching pages of the current search. */
  let moreResults: (() => Promise<void>) | undefined;

  const loadPagefind = () => {
    // The index is written after the Astro build, so it is loaded at run time, not bundled.
    const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
    pagefindPromise ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (pagefind) => {
      await pagefind.options({ excerptLength: 24 });
      // A large archive is indexed in several bundles (scripts/lib/search-index.ts): search them as one.
      for (const folder of await furtherBundles(`${base}pagefind/${SEARCH_BUNDLE_LIST_FILE}`)) {
        await pagefind.mergeIndex(`${base}pagefind/${folder}`, { baseUrl: base });
      }
      return pagefind;
    });
    return pagefindPromise;
  };

  const currentState = (): SearchState => {
    const filters: Record<string, string[]> = {};
    for (const box of groups.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
      (filters[box.name] ??= []).push(box.value);
    }
    return { query: input.value.trim(), filters };
  };

  const run = async (state: SearchState) => {
    const id = ++runId;
    // While the reader types, the field keeps what they typed (trailing space included).
    if (input.value.trim() !== state.query) input.value = state.query;
    if (!state.query && Object.keys(state.filters).length === 0) {
      // Nothing is downloaded until the reader searches: the filter lists alone can be large.
      list.replaceChildren();
      moreButton.hidden = true;
      status.textContent = 'Type words to search.';
      panel.hidden = true;
      return;
    }
    status.textContent = 'Searching…';
    const pagefind = await loadPagefind();
    if (Object.keys(state.filters).length > 0) panel.open = true;
    // Filter totals are read once, when the panel first opens: Pagefind reuses its count objects.
    if (panel.open) allFilters ??= structuredClone(await pagefind.filters());
    const phrases = exactPhrases(state.query);
    // Chinese and Japanese words are indexed a character at a time (src/lib/cjk-words.ts).
    const terms = spacedOutCharacters(state.query.replace(/["“”]/g, ' ').trim());
    const search = await pagefind.search(terms || null, {
      filters: pagefindFilters(state.filters),
      sort: terms ? undefined : { date: 'desc' },
    });
    if (id !== runId || !search) return;
    const query: SaidQuery = { hasTerms: Boolean(terms), phrases, filters: state.filters };
    const results: SearchResultData[] = [];
    let read = 0;
    const readMore = async () => {
      const batch = await Promise.all(search.results.slice(read, read + PAGES_PER_BATCH).map((r) => r.data()));
      read += batch.length;
      for (const page of batch) {
        if (phrases.length && !matchesPhrases(page.content, phrases)) continue;
        // An article in Chinese or Japanese is indexed twice (its page, and its spaced-out text): list it once.
        for (const result of expandSaid(page, query))
          if (!results.some((other) => other.url === result.url)) results.push(result);
      }
    };
    await readMore();
    for (
      let batches = 1;
      phrases.length && results.length < PAGES_PER_BATCH && read < search.results.length && batches < MAX_PHRASE_BATCHES;
      batches++
    ) {
      await readMore();
    }
    // An actor the query names ("Putin", "zelensky") comes first, however long its page, and
    // then their latest words: the quotes are found by speaker, whatever spelling the query used.
    const named = terms ? results.filter((result) => isActorNamed(result, terms)) : [];
    const namedWords = state.filters.speaker ? [] : await latestWordsOf(pagefind, named, state.filters);
    if (id !== runId) return;
    const show = () => {
      const first = [...named, ...namedWords];
      const ordered = [...first, ...results.filter((result) => !first.some((other) => other.url === result.url))];
      list.replaceChildren(...ordered.map((result) => renderResult(result, state.query)));
      const more = read < search.results.length;
      moreButton.hidden = !more;
      const total = results.length;
      status.textContent =
        total === 0 && !more
          ? `No results for ${describe(state)}.`
          : `${total} ${total === 1 ? 'result' : 'results'} for ${describe(state)}` +
            `${more ? `, from the ${read} best-matching of ${search.results.length} pages; More results reads the next` : ''}.`;
    };
    show();
    moreResults = async () => {
      await readMore();
      if (id === runId) show();
    };
    panel.hidden = false;
    if (allFilters) renderFilters(state, structuredClone(search.filters));
  };

  const renderFilters = (state: SearchState, counts: PagefindSearch['filters'] | null) => {
    const all = allFilters ?? {};
    const fragments = FILTER_KEYS.filter((key) => all[key]).map((key) => {
      const group = document.createElement('div');
      group.className = 'filter-group';
      const heading = document.createElement('h2');
      heading.textContent = FILTER_LABELS[key] ?? key;
      group.append(heading);
      const values = Object.keys(all[key]!).sort((a, b) => (all[key]![b] ?? 0) - (all[key]![a] ?? 0) || a.localeCompare(b));
      for (const value of values) {
        const count = counts ? (counts[key]?.[value] ?? 0) : all[key]![value]!;
        const checked = state.filters[key]?.includes(value) ?? false;
        if (count === 0 && !checked) continue;
        // With a speaker chosen only their words are listed, never the articles that hold them.
        if (key === 'type' && value === 'article' && state.filters.speaker && !checked) continue;
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = key;
        box.value = value;
        box.checked = checked;
        label.append(box, ` ${value} (${countLabel(key, value, count)})`);
        group.append(label);
      }
      return group;
    });
    groups.replaceChildren(...fragments);
  };

  /** Runs a search and puts it in the URL: a new history entry, or (while typing) the same one. */
  const navigate = (state: SearchState, replace = false) => {
    const url = `${location.pathname}${writeSearchState(state)}`;
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    void run(state);
  };

  // Results come as the reader types, after a short pause; Enter searches at once.
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let typedSince = false;
  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      // The first search of a burst of typing gets its own history entry; the rest replace it.
      navigate(currentState(), typedSince);
      typedSince = true;
    }, TYPING_PAUSE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    typedSince = false;
    navigate(currentState(), readSearchState(location.search).query === currentState().query);
  });

  // Arrow keys move between the field and the results' links; Escape goes back to the field.
  const resultLinks = () => [...list.querySelectorAll<HTMLAnchorElement>('h2 a')];
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const [first] = resultLinks();
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  list.addEventListener('keydown', (event) => {
    const links = resultLinks();
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index < 0) return;
    const target =
      event.key === 'ArrowDown'
        ? links[index + 1]
        : event.key === 'ArrowUp'
          ? (links[index - 1] ?? input)
          : event.key === 'Home'
            ? links[0]
            : event.key === 'End'
              ? links.at(-1)
              : event.key === 'Escape'
                ? input
                : undefined;
    if (!target) return;
    event.preventDefault();
    target.focus();
  });
  moreButton.addEventListener('click', () => {
    const firstNew = list.children.length;
    void moreResults?.().then(() => {
      // The reader's place: the first new result, so the keyboard goes on from there.
      list.children[firstNew]?.querySelector<HTMLAnchorElement>('h2 a')?.focus();
    });
  });
  groups.addEventListener('change', () => {
    typedSince = false;
    navigate(currentState());
  });
  // Opening the panel the first time loads the filter lists and reruns the search for its counts.
  panel.addEventListener('toggle', () => {
    if (panel.open && !allFilters) void run(readSearchState(location.search));
  });
  window.addEventListener('popstate', () => {
    typedSince = false;
    void run(readSearchState(location.search));
  });
  void run(readSearchState(location.search));
}

/**
 * The latest quotes and statements of the actors in `named` (actor pages the query names): the
 * articles with their words, newest first, one batch read, within the reader's other filters.
 */
async function latestWordsOf(
  pagefind: Pagefind,
  named: readonly SearchResultData[],
  filters: Record<string, string[]>,
): Promise<SearchResultData[]> {
  if (named.length === 0) return [];
  const speakers = named.map((result) => unescapeMeta(result.meta.title ?? ''));
  const wanted = { ...filters, speaker: speakers };
  const search = await pagefind.search(null, { filters: pagefindFilters(wanted), sort: { date: 'desc' } });
  const pages = await Promise.all((search?.results ?? []).slice(0, PAGES_PER_BATCH).map((r) => r.data()));
  return pages.flatMap((page) => expandSaid(page, { hasTerms: false, phrases: [], filters: wanted }));
}

/** The reader's filters as Pagefind takes them: a page matches any of a filter's values. */
function pagefindFilters(filters: Record<string, string[]>): Record<string, { any: string[] }> {
  return Object.fromEntries(Object.entries(filters).map(([key, values]) => [key, { any: values }]));
}

/**
 * A filter's count in words. Quotes and statements are found through their articles, so Pagefind
 * counts the articles that hold a speaker's words, or any quotes: "in 3 articles", not "3".
 */
function countLabel(key: FilterKey, value: string, count: number): string {
  const perArticle = key === 'speaker' || (key === 'type' && (value === 'quote' || value === 'statement'));
  return perArticle ? `in ${count} ${count === 1 ? 'article' : 'articles'}` : String(count);
}

function describe(state: SearchState): string {
  const parts = state.query ? [`“${state.query}”`] : [];
  for (const [key, values] of Object.entries(state.filters))
    parts.push(`${FILTER_LABELS[key as FilterKey] ?? key}: ${values.join(' or ')}`);
  return parts.join(', ');
}

/**
 * True for an actor page whose name, or another spelling of it, is the query. Only the results
 * already loaded are looked at: a search filtered to actors would download the filter lists,
 * Pagefind's largest files, on the first search; the page's weighted name ranks it high anyway.
 */
function isActorNamed(result: SearchResultData, terms: string): boolean {
  if (pageKind(result) !== 'actor') return false;
  const names = [unescapeMeta(result.meta.title ?? ''), ...unescapeMeta(result.meta.aliases ?? '').split(', ')];
  return namesActor(terms, names, result.meta.kind === 'person');
}

/**
 * A result's snippet, as HTML: a quote's words (its title says who, where and when); an actor's
 * or an event's summary (its excerpt would repeat its title or start mid-page); otherwise
 * Pagefind's excerpt, stop words unmarked and cut ends shown with `…`.
 */
function snippetOf(result: SearchResultData, query: string): string {
  const type = pageKind(result);
  if (type === 'quote' && result.meta.words) return `“${snippetHtml(unescapeMeta(result.meta.words), query, 40)}”`;
  if (type === 'statement' && result.meta.words) return snippetHtml(unescapeMeta(result.meta.words), query, 40);
  if ((type === 'actor' || type === 'event') && result.meta.summary)
    return snippetHtml(unescapeMeta(result.meta.summary), query, 30);
  return withEllipsis(unmarkStopWords(result.excerpt, query), result.content);
}

function renderResult(result: SearchResultData, query: string): HTMLLIElement {
  const item = document.createElement('li');
  const kind = document.createElement('span');
  kind.className = 'result-kind';
  kind.textContent = pageKind(result);
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = unescapeMeta(result.meta.title ?? result.url);
  heading.append(link);
  const excerpt = document.createElement('p');
  // Escaped text with <mark> around the matches (Pagefind's excerpt, or `snippetHtml`'s).
  excerpt.innerHTML = snippetOf(result, query);
  const meta = document.createElement('p');
  meta.className = 'meta';
  // A quote's or a statement's title already says who, where and when.
  const type = pageKind(result);
  const said = type === 'quote' || type === 'statement';
  meta.textContent = (said ? [] : [result.meta.speaker, result.meta.outlet, result.meta.date])
    .filter(Boolean)
    .map((value) => unescapeMeta(value!))
    .join(' · ');
  item.append(kind, heading, excerpt);
  if (meta.textContent) item.append(meta);
  return item;
}
