export { LiveConnection, HUBS, type LiveState } from './liveConnection';
export { hubErrorMessage } from './hubError';
