// Cursor-paged lists (GET /api/incidents, /api/whistles, /api/intake/hotline/triage): one page, and every page of a
// list for the callers that need all of it.
//
// Page<T> is the one shape of the gateway's IncidentPageView, WhistlePageView and TriagePageView ({ items, nextCursor,
// asOf }, every property always written), kept generic so readPages/allPages serve all three. Each feature's types hold
// it to its generated schema (features/incidents/types.ts: Page<Incident> is IncidentPageView exactly; hotline:
// Page<TriageTicket> is TriagePageView; whistles: Page<Whistle> reads WhistlePageView with the same paging fields), so a
// change on the server the console does not follow fails `tsc`.

export interface Page<T> {
  items: T[];
  /** Pass back as `cursor` for the next page; null on the last page. A page may hold fewer than `limit` items and still have one. */
  nextCursor: string | null;
  /** ISO time up to which the list reflects changes (the list may lag the live items by a moment). */
  asOf: string;
}

/** Where a page starts and how long it may be (1–200, the server's default 50). */
export interface PageQuery {
  cursor?: string;
  limit?: number;
}

/** The longest page the server gives: callers that follow every page ask for this many. */
export const MAX_LIMIT = 200;
/** How many pages a caller follows at most: a list that never ends (a server fault) must not hang the page. */
export const MAX_PAGES = 50;

/** How far readPages goes: from which cursor (none: the first page), at most how many pages, until how many items. */
export interface ReadLimits {
  cursor?: string;
  maxPages?: number;
  /** Stop once this many items were read (a page may hold fewer than `limit`: read on to fill a screen). */
  enough?: number;
}

/**
 * Pages of a list read one after another, following nextCursor until it is null, `enough` items or `maxPages` pages
 * were read, or the server sends back the cursor it was given (a list that would never end). The answer is one page:
 * the items in the server's order; nextCursor null when the list was read to its end, else where to go on; asOf the
 * earliest of the pages' (what every item read reflects at least).
 */
export async function readPages<T>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>, limits: ReadLimits = {}): Promise<Page<T>> {
  const { maxPages = MAX_PAGES, enough = Number.POSITIVE_INFINITY } = limits;
  const first = await fetchPage(limits.cursor);
  const items = [...first.items];
  let { nextCursor, asOf } = first;
  for (let n = 1; n < maxPages && nextCursor !== null && items.length < enough; n++) {
    const page = await fetchPage(nextCursor);
    items.push(...page.items);
    if (Date.parse(page.asOf) < Date.parse(asOf)) asOf = page.asOf;
    if (page.nextCursor === nextCursor) break;
    nextCursor = page.nextCursor;
  }
  return { items, nextCursor, asOf };
}

/** Every page of a list (for callers that need all of it), at most `maxPages` of them: see readPages. */
export function allPages<T>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>, maxPages: number = MAX_PAGES): Promise<Page<T>> {
  return readPages(fetchPage, { maxPages });
}
