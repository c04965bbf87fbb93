/**
 * An event's kind and status in words for readers ("Statement", "called off"), not the data's
 * codes ("statement · held").
 */

/** The kind with a capital: "Talks", "Statement". */
export function eventKindWords(kind: string): string {
  return `${kind.charAt(0).toUpperCase()}${kind.slice(1)}`;
}

const STATUS_WORDS: Record<string, string> = {
  held: 'took place',
  reported: 'reported, not confirmed by the record',
  announced: 'announced, not held',
  planned: 'planned',
  cancelled: 'called off',
};

/** What happened to the event, in words: "took place", "called off". */
export function eventStatusWords(status: string): string {
  return STATUS_WORDS[status] ?? status;
}

/** The status worth saying beside a date in a list: none for an event that simply took place. */
export function eventStatusNote(status: string): string | null {
  return status === 'held' ? null : eventStatusWords(status);
}
