// Simplified Chinese strings of joint inspections (综合查一次): the console tab, the officer's task cards and the public
// code page (亮码).
import type { StaffKind } from './directoryApi';
import type { AdhocStatus, CreditGrade, Exemption, Outcome, RiskLevel, TaskStatus } from './types';

/** The seven indicators, in the order the county reports them. */
export const INDICATOR_KEYS = ['jointRate', 'visitsSaved', 'plannedRate', 'repeatRate', 'jointInspectionRate', 'codeRate', 'publishedOnTimeRate'] as const;
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

export const INDICATOR_NAMES: Record<IndicatorKey, string> = {
  jointRate: '综合查一次实施率',
  visitsSaved: '减少扰企户次',
  plannedRate: '计划检查率',
  repeatRate: '重复检查率',
  jointInspectionRate: '联合检查率',
  codeRate: '亮码检查率',
  publishedOnTimeRate: '按期公示率',
};

export const TASK_STATUS_NAMES: Record<TaskStatus, string> = {
  planned: '待抽取',
  drawn: '已抽取',
  inspected: '已检查',
  published: '已公示',
};

export const OUTCOME_NAMES: Record<Outcome, string> = {
  pass: '合格',
  problem: '发现问题',
  severe: '严重问题',
};

export const ADHOC_STATUS_NAMES: Record<AdhocStatus, string> = {
  allowed: '已准予',
  queued: '已转入后续检查计划',
  planned: '已纳入计划',
};

export const EXEMPTION_NAMES: Record<Exemption, string> = {
  commitmentApproval: '告知承诺制审批核查',
  environmentSafety: '生态环境与安全生产',
  specialCampaign: '专项整治行动',
};

export const STAFF_KIND_NAMES: Record<StaffKind, string> = {
  officer: '执法人员',
  gridWorker: '网格员',
  auxiliary: '辅助人员',
};

export const RISK_NAMES: Record<RiskLevel, string> = { low: '低', medium: '中', high: '高' };

export const GRADE_NAMES: Record<CreditGrade, string> = { A: 'A 级', B: 'B 级', C: 'C 级', D: 'D 级' };

export const inspectionText = {
  tab: '综合查一次',
  sections: { plans: '检查计划', merge: '统筹合并', draw: '双随机抽取', indicators: '指标', directory: '名录', tasks: '检查任务' },
  readOnly: '只读：可查看计划、合并结果、抽取记录、指标和名录',
  loadFailed: '加载综合查一次数据失败：',
  department: '部门',
  year: '年度',
  period: '周期',
  item: '检查事项',
  scenario: '一件事场景',
  noScenario: '不限场景',
  enterprise: '企业',
  plannedDate: '计划日期',
  status: '状态',
  inspectors: '检查人员',
  lead: '牵头部门',
  departments: '参与部门',
  items: '检查事项',
  none: '—',
  refresh: '刷新',
  errors: {
    forbidden: '无权为该部门操作',
    published: '结果已公示，不能再修改',
    notAllRecorded: '还有检查事项未录入结果，不能公示',
  },
  plans: {
    title: '已报检查计划',
    empty: '暂无检查计划',
    columns: ['部门', '周期', '检查事项', '场景', '对象', '报送'] as const,
    formTitle: '报送检查计划（一条）',
    target: '检查对象',
    targetRatio: '按信用等级抽查比例',
    targetList: '指定企业（统一社会信用代码）',
    ratioHint: '填百分比，如 5 表示 5%',
    listPlaceholder: '每行一个统一社会信用代码',
    submit: '报送计划',
    filed: (dept: string, period: string) => `已报送：${dept} ${period}（本部门同一周期此前报送的计划事项以本次为准）`,
    ratioText: (parts: string) => `抽查 ${parts}`,
    listText: (n: number) => `指定 ${n} 家`,
    filedBy: (who: string, when: string) => `${who} · ${when}`,
    badPeriod: '周期格式应为“年份-Q季度”，如 2026-Q4',
    periodYear: '周期的年份须与年度一致',
    noItem: '请选择检查事项',
    noDepartment: '请选择部门',
    badRatio: '比例须在 0–100 之间，且至少有一项大于 0',
    noEnterprises: '请至少填写一个统一社会信用代码',
    badCreditCode: (code: string) => `统一社会信用代码格式不对：${code}`,
  },
  adhoc: {
    title: '计划外检查报备',
    listTitle: '计划外检查报备记录',
    empty: '暂无报备',
    columns: ['部门', '企业', '事项', '计划日期', '状态', '说明'] as const,
    enterprise: '企业统一社会信用代码',
    exemption: '豁免情形',
    noExemption: '无（须提前报备）',
    submit: '报备',
    allowed: '报备成功：准予检查',
    refused: '未准予：',
    refusedFallback: '未准予，已转入后续检查计划',
    noDate: '请选择计划日期',
    noEnterprise: '请填写企业统一社会信用代码',
  },
  run: {
    title: '统筹合并',
    start: '开始合并',
    running: '合并中…',
    pastRuns: '历次合并',
    noRuns: '尚未合并',
    pick: '选择',
    visitsPlanned: '合并后户次',
    naiveVisits: '各部门单独检查户次',
    lowerBound: '理论下限',
    visitsSaved: '减少扰企户次',
    repeatFlags: '重复检查提示',
    violations: '规则冲突',
    violationsNone: '规则冲突：0',
    violationsSome: (n: number) => `规则冲突：${n}（须为 0）`,
    tasksTitle: (n: number) => `联合检查任务（${n}）`,
    tasksEmpty: '没有检查任务',
    taskColumns: ['企业', '牵头部门', '参与部门', '检查事项', '计划日期', '状态', '检查码', '检查人员'] as const,
    runLabel: (period: string, when: string, planned: number) => `${period} · ${when} · ${planned} 户次`,
    created: (id: string) => `已生成合并方案 ${id}`,
    deskTasks: '本部门参与的联合检查任务',
    repeat: '重复',
  },
  draw: {
    title: '双随机抽取',
    noRun: '请先在“统筹合并”中生成或选择一次合并',
    forRun: (label: string) => `合并方案：${label}`,
    perVisit: '每户检查人员数',
    start: '抽取检查人员',
    verify: '核验',
    commitment: '种子承诺值',
    seed: '随机种子',
    poolHash: '候选池哈希',
    poolSize: '候选人数',
    result: '抽取结果',
    unstaffed: '未能配齐人员',
    unstaffedNone: '无',
    match: '✓ 核验一致',
    mismatch: '✗ 核验不一致',
    nothingLeft: '该方案的任务均已抽取',
    noDraw: '该方案尚未抽取',
    drawsOfRun: '本方案的抽取记录',
    recusals: '回避名单（选填）',
    recusalsHint: '每行一条：人员编号或执法证号,企业统一社会信用代码',
    recusalsPlaceholder: 'O0012,91330000MA2XXXXXX1',
    badRecusal: (line: number, text: string) => `回避名单第 ${line} 行格式不对：${text}（应为“人员编号,统一社会信用代码”）`,
  },
  directory: {
    enterpriseTitle: '监管对象名录导入',
    inspectorTitle: '检查人员名录导入',
    file: 'CSV 文件',
    check: '校验',
    submit: '导入',
    header: '表头：',
    inspectorNote: '多个值用英文分号“;”分隔；类别 staffKind 为 officer（执法人员）、gridWorker（网格员）或 auxiliary（辅助人员）',
    noFile: '请先选择 CSV 文件',
    units: { enterprise: '户', inspector: '人' },
    checked: (imported: number, updated: number, unit: string) => `校验通过：将新增 ${imported} ${unit}，更新 ${updated} ${unit}（尚未导入）`,
    imported: (imported: number, updated: number, unit: string) => `新增 ${imported} ${unit}，更新 ${updated} ${unit}`,
    errorColumns: ['行', '列', '问题'] as const,
    errorCount: (n: number) => `共 ${n} 处错误，未导入任何数据`,
    errorsShown: (shown: number) => `（仅列出前 ${shown} 处）`,
    poolTitle: '当前检查人员候选池',
    poolImported: (n: number) => `抽取使用已导入的检查人员名录（${n} 人）`,
    poolCounty: (n: number) => `尚未导入检查人员名录，抽取使用全县执法人员名单（${n} 人）`,
    poolEmpty: '候选池为空',
    poolColumns: ['执法证号', '姓名', '部门', '资格', '类别', '回避企业数'] as const,
    searchTitle: '企业查询',
    search: '名称或统一社会信用代码',
    searchButton: '查询',
    searchEmpty: '没有符合条件的企业',
    searchCount: (n: number, max: number) => (n >= max ? `显示前 ${max} 家，请缩小查询范围` : `共 ${n} 家`),
    enterpriseColumns: ['名称', '统一社会信用代码', '乡镇', '行业', '风险', '信用', '重点'] as const,
    keyList: '重点',
  },
  indicators: {
    title: '综合查一次指标',
    from: '开始日期',
    to: '结束日期',
    query: '查询',
    export: '导出 CSV',
    county: '全县',
    own: '本部门',
    chartTitle: '各部门指标对比',
    visits: (visits: number, checks: number) => `检查户次 ${visits}，检查事项 ${checks}`,
    badRange: '开始日期不能晚于结束日期',
    households: (n: number) => `${n} 户次`,
    csvName: (scope: string, from: string, to: string) => `综合查一次指标_${scope}_${from}_${to}.csv`,
  },
  field: {
    title: '检查任务',
    empty: '暂无检查任务',
    newTask: '新的检查任务',
    plannedDate: '检查日期',
    avoid: '避开时段',
    avoidNone: '无',
    items: '检查事项',
    code: '检查码（亮码）',
    codeLink: '打开亮码页面',
    teammates: '同组人员',
    notice: '可提前告知企业',
    results: '检查结果',
    note: '说明',
    notePlaceholder: '发现的问题、整改要求等',
    save: '保存结果',
    publish: '公示',
    saved: '检查结果已保存',
    publishedDone: '已公示',
    publishBy: (when: string) => `公示期限 ${when}`,
    publishOverdue: '公示已超期',
    noOutcome: '请为每个检查事项选择结果',
    photoNeedsOutcome: '已上传照片的检查事项请选择结果，否则照片不会保存',
    photos: '照片',
    photoLimit: (n: number) => `每个检查事项最多 ${n} 张照片`,
    loadFailed: '加载检查任务失败：',
    offered: (name: string) => `新的检查任务：${name}`,
  },
  code: {
    title: '行政检查亮码核验',
    subtitle: '本页面由县综合执法指挥调度平台提供，用于核实上门检查是否为计划内的合法检查。',
    noCode: '链接中没有检查码',
    notFound: '检查码不存在或已失效，请谨慎对待上门人员并向有关部门核实',
    enterprise: '受检企业',
    plannedDate: '计划检查日期',
    departments: '检查部门',
    items: '检查事项',
    legalBasis: '检查依据',
    inspectors: '检查人员',
    certificate: '执法证号',
    status: '状态',
    statuses: { drawn: '已安排检查', inspected: '已完成检查', published: '结果已公示' } as Record<string, string>,
    rateTitle: '对本次检查评价',
    rateAfterVisit: '检查完成后即可评价',
    score: '评分',
    stars: (n: number) => `${n} 分`,
    comment: '意见建议（选填）',
    submit: '提交评价',
    rated: '已评价，感谢您的反馈',
    rateRefused: '暂不能评价：检查完成后方可评价，且每次检查只能评价一次',
    noScore: '请选择 1–5 分',
    verified: '✓ 这是一次登记在册的计划检查',
  },
} as const;

export function taskStatusName(s: string): string {
  return (TASK_STATUS_NAMES as Record<string, string>)[s] ?? s;
}

export function staffKindName(s: string): string {
  return (STAFF_KIND_NAMES as Record<string, string>)[s] ?? s;
}

export function riskName(s: string): string {
  return (RISK_NAMES as Record<string, string>)[s] ?? s;
}

export function adhocStatusName(s: string): string {
  return (ADHOC_STATUS_NAMES as Record<string, string>)[s] ?? s;
}
