// 评价: one dialog with three star rows (响应速度 / 处置结果 / 服务态度) per named department, every row required,
// posted as one `rate {"ratings":[…]}`. The dialog is the shared action dialog (src/shared/dialog.ts).
import type { Whistle } from '../types';
import { whistleText as t } from '../words';
import type { FormSpec } from '../../../shared/dialog';

export const RATING_ASPECTS = ['response', 'result', 'attitude'] as const;
type Aspect = (typeof RATING_ASPECTS)[number];

const LABEL: Record<Aspect, string> = { response: t.rateResponse, result: t.rateResult, attitude: t.rateAttitude };

/** Field name of one star row: `${departmentId}-${aspect}` (so its hook is #action-<departmentId>-<aspect>). */
const fieldName = (departmentId: string, aspect: Aspect) => `${departmentId}-${aspect}`;

export function ratingSpec(w: Whistle, departmentName: (id: string) => string): FormSpec {
  return {
    title: t.rateTitle(w.id),
    action: 'rate',
    intro: t.rateIntro,
    fields: w.departments.flatMap((p) =>
      RATING_ASPECTS.map((a) => ({ kind: 'stars' as const, name: fieldName(p.departmentId, a), label: `${departmentName(p.departmentId)} · ${LABEL[a]}` })),
    ),
    validate: (v) => {
      const missing = w.departments.find((p) => RATING_ASPECTS.some((a) => !v[fieldName(p.departmentId, a)]));
      return missing ? t.rateMissing(departmentName(missing.departmentId)) : null;
    },
  };
}

/** The rate body from the dialog's values. */
export function ratingBody(w: Whistle, v: Record<string, string>): { ratings: { departmentId: string; response: number; result: number; attitude: number }[] } {
  return {
    ratings: w.departments.map((p) => ({
      departmentId: p.departmentId,
      response: Number(v[fieldName(p.departmentId, 'response')]),
      result: Number(v[fieldName(p.departmentId, 'result')]),
      attitude: Number(v[fieldName(p.departmentId, 'attitude')]),
    })),
  };
}
