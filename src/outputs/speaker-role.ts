/**
 * The role a note gives beside a speaker's name: of the roles the actor's data records, each with
 * a date on which the actor held it, the one that is the newest on the article's date (or, when
 * every recorded date is later, the earliest), so that a note on an old article does not give a
 * title the speaker took afterwards without saying when it was held.
 */

/** A role as the actor's data records it: the title and a date on which it was held (`YYYY-MM-DD`). */
export interface DatedRole {
  title: string;
  asOf: string;
}

/** The role to show for a speaker in an article published on `articleDate` (`YYYY-MM-DD…`), or null if none is recorded. */
export function roleForArticle(roles: readonly DatedRole[], articleDate: string): DatedRole | null {
  if (roles.length === 0) return null;
  const day = articleDate.slice(0, 10);
  const byDate = [...roles].sort((a, b) => a.asOf.localeCompare(b.asOf));
  return byDate.filter((role) => role.asOf <= day).at(-1) ?? byDate[0]!;
}
