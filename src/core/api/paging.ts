// Reading every page of a currentPage/pageSize API without trusting the server: stop at `total`,
// at an empty page, at a page that brings nothing new (a server that ignores currentPage), after
// the number of pages `total` implies, and in any case after MAX_PAGES.

const MAX_PAGES = 1000;

export interface PageOf<T> {
  readonly items: readonly T[];
  readonly total: number | undefined;
}

interface CollectOptions<T> {
  readonly pageSize: number;
  readonly idOf: (item: T) => string;
  readonly maxPages?: number;
}

interface Collected<T> {
  readonly items: T[];
  /** Why reading stopped, for the log. */
  readonly stoppedBecause: 'total' | 'emptyPage' | 'nothingNew' | 'lastPage' | 'maxPages';
}

type StopReason = Collected<unknown>['stoppedBecause'];

function stopReason(
  page: number,
  pageItems: number,
  added: number,
  seen: number,
  total: number | undefined,
  pageSize: number,
): StopReason | undefined {
  if (pageItems === 0) {
    return 'emptyPage';
  }
  if (added === 0) {
    return 'nothingNew';
  }
  if (total !== undefined) {
    if (seen >= total) {
      return 'total';
    }
    if (page >= Math.ceil(total / pageSize)) {
      return 'lastPage';
    }
    return undefined;
  }
  return pageItems < pageSize ? 'lastPage' : undefined;
}

/** Fetches pages 1, 2, … and returns each item once (by id), in server order. */
export async function collectPages<T>(
  fetchPage: (page: number) => Promise<PageOf<T>>,
  options: CollectOptions<T>,
): Promise<Collected<T>> {
  const seen = new Map<string, T>();
  const maxPages = options.maxPages ?? MAX_PAGES;
  for (let page = 1; page <= maxPages; page++) {
    const { items, total } = await fetchPage(page);
    const before = seen.size;
    for (const item of items) {
      const id = options.idOf(item);
      if (!seen.has(id)) {
        seen.set(id, item);
      }
    }
    const reason = stopReason(page, items.length, seen.size - before, seen.size, total, options.pageSize);
    if (reason !== undefined) {
      return { items: [...seen.values()], stoppedBecause: reason };
    }
  }
  return { items: [...seen.values()], stoppedBecause: 'maxPages' };
}
