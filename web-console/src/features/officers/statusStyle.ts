// Marker colours per officer status (also used by legend, chips and list pills).
import type { OfficerStatus } from './types';

export const STATUS_COLORS: Record<OfficerStatus, string> = {
  offDuty: '#8a8f98',
  available: '#1f9d55',
  assigned: '#d99a00',
  enRoute: '#2f6fdf',
  onScene: '#8e44ad',
  busy: '#d64541',
};

export function statusColor(status: string): string {
  return (STATUS_COLORS as Record<string, string>)[status] ?? '#555';
}
