/**
 * Timeline filters, added on top of a page that already lists every event without JavaScript.
 * The filter state lives in the URL (?actor=…&kind=…) so a filtered view can be shared, reloaded
 * and navigated with the back button.
 */
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
    if (!filtered && !anyHidden) {
      if (count) count.textContent = `Showing all ${entries.length} events.`;
      return;
    }
    let shown = 0;
    for (const entry of entries) {
      const matches =
        (!actorSelect.value || (entry.dataset.actors ?? '').split(' ').includes(actorSelect.value)) &&
        (!kindSelect.value || entry.dataset.kind === kindSelect.value);
      if (entry.hidden === matches) entry.hidden = !matches;
      if (matches) shown += 1;
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
  });
  window.addEventListener('popstate', () => apply(new URLSearchParams(location.search)));
  apply(new URLSearchParams(location.search));
}
