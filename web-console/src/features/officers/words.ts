// Simplified Chinese names of the officers' statuses (the console's list, chips, legend and popups, the field app).
import { common } from '../../shared/words';
import type { OfficerStatus } from './types';

export const STATUS_NAMES: Record<OfficerStatus, string> = {
  offDuty: '休息/离岗',
  available: '空闲',
  assigned: '已派单',
  enRoute: '在途',
  onScene: '到场',
  busy: '忙碌',
};

export function statusName(status: string | null | undefined): string {
  if (!status) return common.unknown;
  return (STATUS_NAMES as Record<string, string>)[status] ?? status;
}
