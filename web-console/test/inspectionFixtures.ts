// Builders for joint-inspection views (tasks, runs, indicators) as the backend sends them.
import type { Indicators, InspectionTask, PlannerRun } from '../src/features/inspections/types';

export function task(over: Partial<InspectionTask> = {}): InspectionTask {
  return {
    id: 'IT1',
    runId: 'R1',
    enterpriseId: '91331100MA2A000001',
    enterpriseName: '丽水市莲都区星光娱乐有限公司',
    townshipId: 'T01',
    leadDepartmentId: 'scjg',
    departmentIds: ['scjg', 'yjgl'],
    items: [
      { itemCode: 'SC-01', name: '营业执照及经营范围', departmentId: 'scjg' },
      { itemCode: 'YJ-02', name: '消防安全通道', departmentId: 'yjgl' },
    ],
    plannedDate: '2026-12-08',
    avoidHours: '08:00-11:00;14:00-17:00',
    noticeAllowed: true,
    inspectorIds: ['O0010', 'O0021'],
    inspectors: [
      { officerId: 'O0010', name: '张明', departmentId: 'scjg', certificateNo: 'ZF00010' },
      { officerId: 'O0021', name: '李娜', departmentId: 'yjgl', certificateNo: 'ZF00021' },
    ],
    drawId: 'D1',
    code: 'JC8K2M',
    status: 'drawn',
    results: [],
    publishDeadline: null,
    publishedAt: null,
    publishOverdue: false,
    escalated: false,
    rating: null,
    repeatFlag: false,
    ...over,
  };
}

export function run(over: Partial<PlannerRun> = {}): PlannerRun {
  return {
    id: 'R1',
    year: 2026,
    period: '2026-Q4',
    visitsPlanned: 120,
    naiveVisits: 310,
    lowerBound: 118,
    violations: [],
    repeatFlags: 2,
    tasks: [task()],
    createdAt: '2026-11-30T02:00:00Z',
    createdBy: 'planner',
    ...over,
  };
}

export function indicators(over: Partial<Indicators> = {}): Indicators {
  return {
    scope: 'county',
    id: null,
    from: '2026-01-01',
    to: '2026-12-31',
    visits: 120,
    checks: 310,
    jointRate: 0.6543,
    visitsSaved: 190,
    plannedRate: 0.95,
    repeatRate: 0.0968,
    jointInspectionRate: 0.5,
    codeRate: 1,
    publishedOnTimeRate: null,
    ...over,
  };
}
