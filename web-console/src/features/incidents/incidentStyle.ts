// Colours for incidents: priority (markers, badges) and lifecycle status (pills).
import type { IncidentStatus, Priority } from './types';

export const PRIORITY_COLORS: Record<Priority, string> = {
  urgent: '#d0021b',
  high: '#ef7d00',
  normal: '#2f6fdf',
  low: '#6b7a8c',
};

export const INCIDENT_STATUS_COLORS: Record<IncidentStatus, string> = {
  reported: '#7b4fd6',
  registered: '#c98a00',
  rejected: '#8a8f98',
  dispatched: '#e0620d',
  acknowledged: '#2f6fdf',
  onScene: '#0e8a9a',
  handled: '#5a8f00',
  verified: '#1f9d55',
  closed: '#4a5568',
  evaluated: '#2c3e50',
  parked: '#9a5b2e',
};

export function priorityColor(p: string): string {
  return (PRIORITY_COLORS as Record<string, string>)[p] ?? '#555';
}

export function incidentStatusColor(s: string): string {
  return (INCIDENT_STATUS_COLORS as Record<string, string>)[s] ?? '#555';
}
