// Running an incident action: ask for what it needs (reason, minutes, result, verdict, score), then POST it.
import { postAction, type ActionBody } from './api';
import type { Incident, IncidentAction } from './types';
import { actionName, incidentText as t } from './words';
import { postFromForm, type Field, type FormSpec } from '../../shared/dialog';

/** Actions that take a reason and nothing else. */
const REASON_ONLY: ReadonlySet<IncidentAction> = new Set(['reject', 'sendBack', 'park', 'rework', 'decline']);

/** Buttons of the console's action bar, in workflow order; dispatch has its own section. */
const BAR_ORDER: IncidentAction[] = ['register', 'acknowledge', 'arrive', 'handle', 'verify', 'close', 'evaluate', 'rework', 'extend', 'sendBack', 'decline', 'park', 'reject'];

/** The action bar's buttons for an incident: the actions the server offers the caller, in workflow order. */
export function barActions(inc: Pick<Incident, 'availableActions'>): IncidentAction[] {
  const available = new Set(inc.availableActions ?? []);
  return BAR_ORDER.filter((a) => available.has(a));
}

/** Actions posted without asking anything. */
export const NO_INPUT: ReadonlySet<IncidentAction> = new Set(['register', 'acknowledge', 'arrive', 'close']);

export interface ActionOptions {
  /** verify: preset the verdict (the grid page's 核查通过 / 核查不通过 buttons) and ask only for the comment. */
  accepted?: boolean;
  /** Called on 409 in a dialog (the state moved on): refetch the incident so the buttons are right again. */
  onConflict?: () => void;
}

function reasonField(action: IncidentAction): Field {
  return { kind: 'textarea', name: 'reason', label: `${actionName(action)}${t.reason}`, required: true, placeholder: t.reasonPlaceholder };
}

function formFor(inc: Incident, action: IncidentAction, opts: ActionOptions): { spec: FormSpec; body: (v: Record<string, string>) => ActionBody } {
  const title = t.actionTitle(actionName(action), inc.id);
  if (REASON_ONLY.has(action)) {
    return { spec: { title, action, fields: [reasonField(action)] }, body: (v) => ({ reason: v.reason }) };
  }
  switch (action) {
    case 'extend':
      return {
        spec: {
          title,
          action,
          fields: [
            { kind: 'number', name: 'minutes', label: t.minutes, min: 1, max: 10080, value: 30, invalid: t.minutesInvalid },
            reasonField(action),
          ],
        },
        body: (v) => ({ reason: v.reason, minutes: Number(v.minutes) }),
      };
    case 'handle':
      return {
        spec: { title, action, fields: [{ kind: 'textarea', name: 'result', label: t.resultLabel, required: true, placeholder: t.resultPlaceholder }] },
        body: (v) => ({ result: v.result, evidenceIds: [] }),
      };
    case 'verify': {
      const fields: Field[] = [];
      if (opts.accepted === undefined) {
        fields.push({
          kind: 'choice',
          name: 'accepted',
          label: t.verifyResult,
          value: 'true',
          options: [
            { value: 'true', label: t.verifyAccept },
            { value: 'false', label: t.verifyReject },
          ],
        });
      }
      fields.push({
        kind: 'textarea',
        name: 'comment',
        label: t.comment,
        placeholder: opts.accepted === false ? t.commentRequired : opts.accepted ? t.commentPlaceholder : t.commentVerify,
      });
      const accepted = (v: Record<string, string>) => (opts.accepted !== undefined ? opts.accepted : v.accepted === 'true');
      return {
        spec: {
          title: opts.accepted === undefined ? title : t.actionTitle(opts.accepted ? t.verifyAccept : t.verifyReject, inc.id),
          action,
          fields,
          confirm: opts.accepted === false ? t.verifyReject : opts.accepted ? t.verifyAccept : undefined,
          validate: (v) => (!accepted(v) && !v.comment ? t.commentRequired : null),
        },
        body: (v) => ({ accepted: accepted(v), comment: v.comment ?? '' }),
      };
    }
    case 'evaluate':
      return {
        spec: {
          title,
          action,
          fields: [
            { kind: 'stars', name: 'score', label: t.scoreLabel, required: t.scoreRequired },
            { kind: 'textarea', name: 'comment', label: t.comment, placeholder: t.commentPlaceholder },
          ],
        },
        body: (v) => ({ score: Number(v.score), comment: v.comment ?? '' }),
      };
    default:
      return { spec: { title, action, fields: [] }, body: () => ({}) };
  }
}

/**
 * Runs the action on the incident. Resolves with the updated incident, or null when the user cancelled.
 * Actions without input reject with the error (run them in a BusyRunner); form actions show it in the dialog and call
 * `onConflict` on a 409.
 */
export async function performAction(inc: Incident, action: IncidentAction, opts: ActionOptions = {}): Promise<Incident | null> {
  if (NO_INPUT.has(action)) return postAction(inc.id, action, {}); // a 409 goes to the caller's BusyRunner
  const { spec, body } = formFor(inc, action, opts);
  return postFromForm(spec, (values) => postAction(inc.id, action, body(values)), opts.onConflict);
}
