// Typed calls for 12345 hotline intake as the console uses it: the triage queue, placing a ticket, the deliveries.
import { request } from '../../api/http';
import { allPages, MAX_LIMIT, type Page, type PageQuery } from '../../api/page';
import { queryString } from '../../api/query';
import type { DeliveryState, HotlineAnswer, HotlineDelivery, TriageTicket } from './types';
import type { LatLon } from '../../api/types';

const enc = encodeURIComponent;

/** One page of the tickets waiting for triage. */
export function getTriageQueue(page: PageQuery = {}): Promise<Page<TriageTicket>> {
  return request<Page<TriageTicket>>(`/api/intake/hotline/triage${queryString(page)}`);
}

/** Every page of them (bounded: see allPages). */
export function getAllTriageTickets(): Promise<Page<TriageTicket>> {
  return allPages((cursor) => getTriageQueue({ cursor, limit: MAX_LIMIT }));
}

export function placeTicket(ticketId: string, category: string, location: LatLon): Promise<HotlineAnswer> {
  return request<HotlineAnswer>(`/api/intake/hotline/triage/${enc(ticketId)}`, { method: 'POST', body: { category, location } });
}

export function getDeliveries(state?: DeliveryState): Promise<HotlineDelivery[]> {
  return request<HotlineDelivery[]>(`/api/intake/hotline/deliveries${state ? `?state=${state}` : ''}`);
}
