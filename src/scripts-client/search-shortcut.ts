/**
 * `/` focuses the search field (the page's own on /search/, the header's elsewhere), as on most
 * news and documentation sites. Not when the reader is typing in a field already.
 */
export function initSearchShortcut(): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement;
    if (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.isContentEditable) return;
    const field =
      document.querySelector<HTMLInputElement>('#search-q') ?? document.querySelector<HTMLInputElement>('#site-search-q');
    if (!field) return;
    event.preventDefault();
    field.focus();
  });
}
