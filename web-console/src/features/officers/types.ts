// Contract types of officers: aliases of the gateway document's schemas (src/api/types.ts says why), and the list of
// statuses the console iterates over, checked against the generated enum. Their hub events (officersMoved,
// officerStatusChanged) and hub calls (ReportPosition, SetOnDuty) are in src/live/hubContract.ts.
import { every } from '../../api/contractChecks';
import type { components } from '../../api/generated/openapi';

type Schemas = components['schemas'];

export type OfficerStatus = Schemas['OfficerStatus'];
export const OFFICER_STATUSES = every<OfficerStatus>()(['offDuty', 'available', 'assigned', 'enRoute', 'onScene', 'busy']);

export type Position = Schemas['PositionView'];
export type Officer = Schemas['OfficerView'];
