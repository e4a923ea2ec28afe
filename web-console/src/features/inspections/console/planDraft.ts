// The plan form's one validation path: what was typed → the POST /api/inspections/plans body, or the first problem in
// Chinese. Ratios are typed as percentages (5 = 5%) and sent as fractions; credit codes are 18 characters of the GB
// 32100 alphabet (the server checks the check digit and says which one is wrong).
import { CREDIT_GRADES, type CreditGrade, type NewPlan, type PlanTarget } from '../types';
import { inspectionText } from '../words';

const t = inspectionText.plans;
const PERIOD = /^(\d{4})-Q([1-4])$/;
const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** 18 characters of the GB 32100 alphabet, upper-case (the server checks the check digit). */
export function isCreditCode(code: string): boolean {
  return CREDIT_CODE.test(code);
}

export interface PlanFields {
  departmentId: string;
  year: string;
  itemCode: string;
  scenarioId: string;
  period: string;
  targetKind: 'ratio' | 'list';
  /** Percent per grade as typed. */
  ratios: Record<CreditGrade, string>;
  /** Credit codes, one per line (commas and spaces also separate). */
  enterprises: string;
}

export type DraftResult = { ok: true; body: NewPlan } | { ok: false; error: string };

/** The current quarter, "2026-Q4", of a YYYY-MM-DD day. */
export function quarterOf(isoDay: string): string {
  const month = Number(isoDay.slice(5, 7));
  return `${isoDay.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

export function creditCodes(text: string): string[] {
  return [...new Set(text.split(/[\s,，;；]+/).map((s) => s.trim().toUpperCase()).filter(Boolean))];
}

export function planDraft(f: PlanFields): DraftResult {
  if (!f.departmentId) return { ok: false, error: t.noDepartment };
  if (!f.itemCode) return { ok: false, error: t.noItem };
  const period = f.period.trim().toUpperCase();
  const m = PERIOD.exec(period);
  if (!m) return { ok: false, error: t.badPeriod };
  const year = Number(f.year || m[1]);
  if (String(year) !== m[1]) return { ok: false, error: t.periodYear };
  let target: PlanTarget;
  if (f.targetKind === 'ratio') {
    const ratioByGrade: Partial<Record<CreditGrade, number>> = {};
    let any = false;
    for (const g of CREDIT_GRADES) {
      const raw = f.ratios[g].trim();
      if (!raw) continue;
      const pct = Number(raw);
      if (!Number.isFinite(pct) || pct < 0 || pct > 100) return { ok: false, error: t.badRatio };
      ratioByGrade[g] = Math.round(pct * 100) / 10_000; // 5 → 0.05, kept to hundredths of a percent
      if (pct > 0) any = true;
    }
    if (!any) return { ok: false, error: t.badRatio };
    target = { ratioByGrade };
  } else {
    const codes = creditCodes(f.enterprises);
    if (!codes.length) return { ok: false, error: t.noEnterprises };
    const bad = codes.find((c) => !isCreditCode(c));
    if (bad) return { ok: false, error: t.badCreditCode(bad) };
    target = { enterpriseIds: codes };
  }
  const item = { itemCode: f.itemCode, target, period, ...(f.scenarioId ? { scenarioId: f.scenarioId } : {}) };
  return { ok: true, body: { departmentId: f.departmentId, year, items: [item] } };
}

/** A plan line's target as a short text: "抽查 A 5% · B 10%" or "指定 3 家". */
export function targetText(target: PlanTarget, percent: (r: number) => string): string {
  if (target.enterpriseIds) return t.listText(target.enterpriseIds.length);
  const ratios = target.ratioByGrade ?? {};
  const parts = CREDIT_GRADES.filter((g) => typeof ratios[g] === 'number').map((g) => `${g} ${percent(ratios[g]!)}`);
  return t.ratioText(parts.join(' · '));
}
