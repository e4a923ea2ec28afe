// Typed calls for 12345 hotline intake as the console uses it: the triage queue, placing a ticket, the deliveries.
import { request } from './http';
import type { DeliveryState, HotlineAnswer, HotlineDelivery, LatLon, TriageTicket } from './types';

const enc = encodeURIComponent;

export function getTriageQueue(): Promise<TriageTicket[]> {
  return request<TriageTicket[]>('/api/intake/hotline/triage');
}

export function placeTicket(ticketId: string, category: string, location: LatLon): Promise<HotlineAnswer> {
  return request<HotlineAnswer>(`/api/intake/hotline/triage/${enc(ticketId)}`, { method: 'POST', body: { category, location } });
}

export function getDeliveries(state?: DeliveryState): Promise<HotlineDelivery[]> {
  return request<HotlineDelivery[]>(`/api/intake/hotline/deliveries${state ? `?state=${state}` : ''}`);
}
