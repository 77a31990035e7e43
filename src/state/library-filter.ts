import type { Locale } from '../../engine/index.ts';
import type { LibraryItem } from './registry.ts';

export interface LibraryFilter {
  locale: Locale | 'all';
  difficulty: 1 | 2 | 3 | 'all';
}

/** Keep the library items matching the language and difficulty filters, easiest first then by title. */
export function filterItems(items: readonly LibraryItem[], filter: LibraryFilter): LibraryItem[] {
  return items
    .filter((i) => (filter.locale === 'all' || i.summary.locale === filter.locale) && (filter.difficulty === 'all' || i.summary.difficulty === filter.difficulty))
    .sort((a, b) => a.summary.difficulty - b.summary.difficulty || a.summary.title.localeCompare(b.summary.title));
}
