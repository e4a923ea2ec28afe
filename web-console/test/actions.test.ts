// Which buttons show for which incident: only the actions the server offers the caller (availableActions, computed
// per role), in workflow order; the field card's buttons per status.
import { describe, expect, it } from 'vitest';
import type { IncidentAction } from '../src/features/incidents/types';
import { barActions, NO_INPUT } from '../src/features/incidents/actions';
import { has } from '../src/features/incidents/model';
import { cardButtons } from '../src/features/incidents/field/assignmentCard';
import { incident } from './fixtures';

const ids = (list: { id: string }[]) => list.map((b) => b.id);

describe('console action bar', () => {
  it('shows only offered actions, in workflow order, without dispatch (it has its own section)', () => {
    const inc = incident({ status: 'registered', availableActions: ['reject', 'dispatch', 'park', 'extend'] });
    expect(barActions(inc)).toEqual(['extend', 'park', 'reject']);
  });

  it('a zone dispatcher on a new report registers or rejects it', () => {
    const inc = incident({ status: 'reported', availableActions: ['register', 'reject'] });
    expect(barActions(inc)).toEqual(['register', 'reject']);
  });

  it('an auditor (read only) gets no buttons', () => {
    expect(barActions(incident({ status: 'handled', availableActions: [] }))).toEqual([]);
  });

  it('posts register, acknowledge, arrive and close without asking', () => {
    for (const a of ['register', 'acknowledge', 'arrive', 'close'] as IncidentAction[]) expect(NO_INPUT.has(a)).toBe(true);
    for (const a of ['reject', 'extend', 'handle', 'verify', 'evaluate'] as IncidentAction[]) expect(NO_INPUT.has(a)).toBe(false);
  });

  it('has() reads availableActions', () => {
    const inc = incident({ availableActions: ['verify'] });
    expect(has(inc, 'verify')).toBe(true);
    expect(has(inc, 'evaluate')).toBe(false);
    expect(has(incident({ availableActions: null as never }), 'verify')).toBe(false);
  });
});

describe('officer card', () => {
  it('offered work: 签收 and 拒绝', () => {
    expect(ids(cardButtons(incident({ status: 'dispatched', availableActions: ['acknowledge', 'decline'] })))).toEqual(['ack-button', 'decline-button']);
  });

  it('acknowledged: 到场 and 退回', () => {
    expect(ids(cardButtons(incident({ status: 'acknowledged', availableActions: ['arrive', 'sendBack'] })))).toEqual(['arrive-button', 'sendback-button']);
  });

  it('on scene: 处置完成 and 退回', () => {
    expect(ids(cardButtons(incident({ status: 'onScene', availableActions: ['handle', 'sendBack'] })))).toEqual(['handle-button', 'sendback-button']);
  });

  it('no button the server does not offer, none once handled', () => {
    expect(ids(cardButtons(incident({ status: 'dispatched', availableActions: ['acknowledge'] })))).toEqual(['ack-button']);
    expect(cardButtons(incident({ status: 'handled', availableActions: [] }))).toEqual([]);
  });
});
