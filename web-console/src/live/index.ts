export { LiveConnection, HUBS, type LiveState } from './liveConnection';
export { hubErrorMessage } from './hubError';
export { hubEvents, hubMethods, type HubEvent, type HubEvents, type HubMethod, type HubMethods } from './hubContract';
