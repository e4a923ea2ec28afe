// Contract types of 12345 hotline intake as the console uses it (the triage queue and the results sent back): aliases
// of the gateway document's schemas (src/api/types.ts says why).
import type { Holds, Same } from '../../api/contractChecks';
import type { components } from '../../api/generated/openapi';
import type { Page } from '../../api/page';

type Schemas = components['schemas'];

export type TriageTicket = Schemas['TriageView'];
export type HotlineDelivery = Schemas['DeliveryView'];
export type HotlineAnswer = Schemas['HotlineAnswer'];
/** The delivery states the list filters by (the server's DeliveryState, written as a string in DeliveryView). */
export const DELIVERY_STATES = ['pending', 'delivered', 'failed'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

// ---- Held to the gateway's document: the paged list is exactly its TriagePageView (see src/api/page.ts).
export type ContractChecks = Holds<[Same<Schemas['TriagePageView'], Page<TriageTicket>>]>;
