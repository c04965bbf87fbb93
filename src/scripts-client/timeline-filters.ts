/**
 * Timeline filters, added on top of a page that already lists every event without JavaScript.
 * The filter state lives in the URL (?actor=…&kind=…) so a filtered view can be shared, reloaded
 * and navigated with the back button. The strip above the list follows the filters: its dots for
 * the events left are restacked by the rule the build drew it with, the others hidden (a strip of
 * a large archive, which holds too few of its events to restack, is hidden while a filter is on).
 */
import { stackColumn } from '../lib/strip-stack.ts';

/**
 * Redraws one strip (src/components/TimelineOverview.astro) for the events in `shown` (all when
 * null): each column keeps its matching events from the axis up, and its "+n" counts the rest.
 */
export function restackStrip(svg: SVGSVGElement, shown: ReadonlySet<string> | null): void {
  const pitch = Number(svg.dataset.pitch);
  const maxStack = Number(svg.dataset.maxStack);
  const columns = new Map<string, SVGAElement[]>();
  for (const dot of svg.querySelectorAll<SVGAElement>('a[data-event]')) {
    const key = dot.dataset.column ?? '';
    columns.set(key, [...(columns.get(key) ?? []), dot]);
  }
  const more = new Map(
    [...svg.querySelectorAll<SVGAElement>('a.strip__more-link')].map((link) => [link.dataset.column ?? '', link]),
  );
  // Moves an element from the place it was drawn at to `level`, or hides it (null).
  const place = (element: SVGAElement, level: number | null) => {
    element.classList.toggle('strip__off', level === null);
    const shift = level === null ? 0 : (Number(element.dataset.level) - level) * pitch;
    if (shift === 0) element.removeAttribute('transform');
    else element.setAttribute('transform', `translate(0 ${shift})`);
  };
  for (const [key, dots] of columns) {
    dots.sort((a, b) => Number(a.dataset.level) - Number(b.dataset.level));
    const matching = dots.filter((dot) => shown === null || shown.has(dot.dataset.event ?? ''));
    const stack = stackColumn(matching.length, maxStack);
    for (const dot of dots) {
      const index = matching.indexOf(dot);
      place(dot, index >= 0 && index < stack.shown ? index : null);
    }
    const link = more.get(key);
    if (!link) continue;
    place(link, stack.more > 0 ? stack.shown : null);
    const first = matching[stack.shown];
    if (!first) continue;
    link.setAttribute('href', first.getAttribute('href') ?? '');
    link.setAttribute('aria-label', `+${stack.more} more events, the first: ${first.getAttribute('aria-label') ?? ''}`);
    const text = link.querySelector('text');
    if (text) text.textContent = `+${stack.more}`;
  }
}

export function initTimelineFilters(): void {
  // A group of controls, not a form: the choices apply as they change, there is nothing to submit.
  const controls = document.querySelector<HTMLElement>('#timeline-filters');
  if (!controls) return;
  const actorSelect = controls.querySelector<HTMLSelectElement>('select[name="actor"]')!;
  const kindSelect = controls.querySelector<HTMLSelectElement>('select[name="kind"]')!;
  const showAll = controls.querySelector<HTMLButtonElement>('#timeline-show-all');
  const count = document.querySelector<HTMLElement>('#timeline-count');
  const entries = [...document.querySelectorAll<HTMLElement>('.timeline-event')];
  const coverage = [...document.querySelectorAll<HTMLElement>('[data-coverage]')];
  const strips = [...document.querySelectorAll<SVGSVGElement>('svg[data-strip]')];
  controls.hidden = false;

  // Whether any entry is hidden now: an unfiltered page opened fresh needs no DOM writes at all,
  // which keeps the main thread free while a long timeline first paints.
  let anyHidden = false;
  const apply = (params: URLSearchParams) => {
    const actor = params.get('actor') ?? '';
    const kind = params.get('kind') ?? '';
    actorSelect.value = [...actorSelect.options].some((o) => o.value === actor) ? actor : '';
    kindSelect.value = [...kindSelect.options].some((o) => o.value === kind) ? kind : '';
    const filtered = Boolean(actorSelect.value || kindSelect.value);
    // "Show all" is offered only when there is something to show.
    if (showAll && showAll.hidden === filtered) showAll.hidden = !filtered;
    if (!filtered && !anyHidden) {
      if (count) count.textContent = `Showing all ${entries.length} events.`;
      return;
    }
    const shownSlugs = new Set<string>();
    for (const entry of entries) {
      const matches =
        (!actorSelect.value || (entry.dataset.actors ?? '').split(' ').includes(actorSelect.value)) &&
        (!kindSelect.value || entry.dataset.kind === kindSelect.value);
      if (entry.hidden === matches) entry.hidden = !matches;
      if (matches) shownSlugs.add(entry.id);
    }
    const shown = shownSlugs.size;
    for (const strip of strips) {
      // A strip that could not keep every event (a large archive) cannot show the filter: it steps aside.
      if (strip.hasAttribute('data-restackable')) restackStrip(strip, filtered ? shownSlugs : null);
      else {
        const figure = strip.closest('figure');
        if (figure && figure.hidden !== filtered) figure.hidden = filtered;
      }
    }
    for (const marker of coverage) if (marker.hidden !== filtered) marker.hidden = filtered;
    anyHidden = filtered;
    // Hide month and year sections left empty by the filter.
    for (const section of document.querySelectorAll<HTMLElement>('.timeline section')) {
      const empty = !section.querySelector('.timeline-event:not([hidden])');
      if (section.hidden !== empty) section.hidden = empty;
    }
    if (count)
      count.textContent = filtered ? `Showing ${shown} of ${entries.length} events.` : `Showing all ${entries.length} events.`;
  };

  const update = () => {
    const params = new URLSearchParams();
    if (actorSelect.value) params.set('actor', actorSelect.value);
    if (kindSelect.value) params.set('kind', kindSelect.value);
    const query = params.toString();
    history.pushState(null, '', query ? `?${query}` : location.pathname);
    apply(params);
  };

  // Filters apply as soon as a choice changes; there is no Apply button to press.
  controls.addEventListener('change', update);
  showAll?.addEventListener('click', () => {
    actorSelect.value = '';
    kindSelect.value = '';
    update();
    // The button hides itself once nothing is filtered; focus goes to the first filter, not the page.
    actorSelect.focus();
  });
  window.addEventListener('popstate', () => apply(new URLSearchParams(location.search)));
  apply(new URLSearchParams(location.search));
}
