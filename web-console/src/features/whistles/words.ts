// Simplified Chinese strings for township whistles (乡镇吹哨、部门报到) and the department scorecard (部门考评).
import type { PartRole, PartStatus, Urgency, WhistleAction, WhistleStatus } from './types';

export const WHISTLE_STATUS_NAMES: Record<WhistleStatus, string> = {
  pendingApproval: '待审批',
  open: '进行中',
  closed: '已办结待评价',
  rated: '已评价',
  rejected: '未通过审批',
  cancelled: '已撤销',
};

export const PART_STATUS_NAMES: Record<PartStatus, string> = {
  notified: '待报到',
  assigned: '已派员',
  acknowledged: '队员已确认',
  arrived: '已到场',
  handled: '已完成',
  overdue: '已超时',
};

export const URGENCY_NAMES: Record<Urgency, string> = {
  emergency: '紧急',
  urgent: '较急',
  normal: '一般',
};

export const PART_ROLE_NAMES: Record<PartRole, string> = {
  lead: '主办',
  assist: '协办',
};

export const WHISTLE_ACTION_NAMES: Record<WhistleAction, string> = {
  approve: '审批通过',
  reject: '退回',
  cancel: '撤销',
  assign: '派员报到',
  acknowledge: '确认',
  arrive: '到场',
  handle: '完成本部门任务',
  close: '办结',
  rate: '评价',
};

/** Timeline entries the system writes besides the actions. */
const TIMELINE_EXTRA: Record<string, string> = {
  create: '发起吹哨',
  overdue: '超时',
  remind: '时限提醒',
  escalate: '超时上报',
};

/** Which limit a part's deadline is: reporting (派员报到) until officers are assigned, then arrival. */
export const PART_DEADLINE_NAMES = { report: '报到', arrive: '到场' } as const;

function named(names: Record<string, string>, key: string | null | undefined): string {
  if (!key) return '—';
  return names[key] ?? key;
}

export const whistleStatusName = (s: string | null | undefined): string => named(WHISTLE_STATUS_NAMES, s);
export const partStatusName = (s: string | null | undefined): string => named(PART_STATUS_NAMES, s);
export const urgencyName = (u: string | null | undefined): string => named(URGENCY_NAMES, u);
export const partRoleName = (r: string | null | undefined): string => named(PART_ROLE_NAMES, r);
export const whistleActionName = (a: string): string => WHISTLE_ACTION_NAMES[a as WhistleAction] ?? TIMELINE_EXTRA[a] ?? a;

/** What a whistle timeline entry's data records, one line per value. */
export const whistleTimelineText = {
  department: (name: string) => `部门：${name}`,
  departments: (names: string) => `部门：${names}`,
  officers: (names: string) => `队员：${names}`,
  result: (text: string) => `处置结果：${text}`,
  needs: (text: string) => `需要：${text}`,
  rating: (department: string, r: { response: number; result: number; attitude: number }) =>
    `${department}：响应 ${r.response} 分，结果 ${r.result} 分，态度 ${r.attitude} 分`,
  due: (time: string) => `截止：${time}`,
  kind: (name: string) => `时限：${name}`,
  incident: (id: string) => `关联事件：#${id}`,
  approvalWaived: '紧急吹哨，免审批直接发出',
  other: (key: string, value: string) => `${key}：${value}`,
  listSeparator: '、',
} as const;

export const whistleText = {
  tab: '吹哨',
  tabScorecards: '考评',
  legend: '吹哨（紧急程度）',
  newWhistle: '发起吹哨',
  filterLabel: '状态',
  filterActive: '待办（待审批 / 进行中）',
  filterAll: '全部吹哨',
  listEmpty: '没有符合条件的吹哨',
  shown: (n: number, total: number) => `显示 ${n} / ${total} 件`,
  loadFailed: '加载吹哨失败：',
  idLabel: (id: string) => `#${id}`,
  overdueCount: (n: number) => `${n} 个部门已超时`,
  myPart: (role: string, status: string) => `本部门${role} · ${status}`,

  // panel
  close: '关闭',
  township: '乡镇',
  urgency: '紧急程度',
  createdAt: '发起时间',
  updatedAt: '更新时间',
  location: '位置',
  incident: '关联事件',
  departments: '部门报到情况',
  actions: '操作',
  noActions: '当前无可执行的操作',
  needs: '需要',
  officers: '报到队员',
  noOfficers: '尚未派员',
  deadline: '时限',
  reportedAt: '报到时间',
  arrivedAt: '到场时间',
  handledAt: '完成时间',
  result: '处置结果',
  rating: '评价',
  ratingLine: (r: { response: number; result: number; attitude: number }) => `响应 ${r.response} · 结果 ${r.result} · 态度 ${r.attitude}`,
  deadlineMet: '已完成',
  timeline: '处理记录',
  timelineFailed: '加载处理记录失败：',
  loading: '加载中…',
  done: (action: string) => `已完成「${action}」`,
  created: (id: string) => `已发起吹哨 #${id}`,
  waitingApproval: '等待乡镇主要领导审批',

  // assign
  assignTitle: (department: string) => `派员报到 · ${department}`,
  assignHint: '勾选要派出的执法队员（推荐人员由近到远）',
  candidatesEmpty: '暂无可派的本部门在岗队员',
  recommendationsFailed: '加载推荐人员失败：',
  assignButton: '派出所选队员',
  assignNone: '请至少勾选一名队员',
  assignTooMany: (n: number) => `一次最多派出 ${n} 名队员`,
  assigned: (names: string) => `已派出：${names}`,

  // dialogs
  rejectReason: '退回原因',
  cancelReason: '撤销原因',
  reasonPlaceholder: '请填写原因',
  resultLabel: '处置结果',
  resultPlaceholder: '请填写本部门的处置情况，如：已查封违规设备，责令限期整改',
  actionTitle: (action: string, id: string) => `${action} · 吹哨 #${id}`,
  handleTitle: (department: string, id: string) => `完成本部门任务 · ${department} · 吹哨 #${id}`,
  rateTitle: (id: string) => `评价各部门报到情况 · 吹哨 #${id}`,
  rateIntro: '请按响应速度、处置结果、服务态度为每个部门打分（1–5 分）。',
  rateResponse: '响应速度',
  rateResult: '处置结果',
  rateAttitude: '服务态度',
  rateMissing: (department: string) => `请为「${department}」的三项都打分`,
  confirmCancel: '撤销后已派出的队员将被释放。',
  escalatedLabel: '督办',
  escalated: '超时未报到/到场，已上报片区指挥中心',

  // new whistle form
  formTitle: '发起吹哨（乡镇吹哨、部门报到）',
  title: '标题',
  titlePlaceholder: '如：城东菜市场周边违规占道及食品安全隐患',
  description: '情况说明',
  descriptionPlaceholder: '说明现场情况、乡镇无法单独处置的原因',
  pickOnMap: '在地图上点击选择位置',
  pickedAt: (lat: number, lon: number) => `纬度 ${lat.toFixed(6)}，经度 ${lon.toFixed(6)}`,
  partNone: '不参与',
  needsPlaceholder: '需要该部门带来的人员、装备或资质',
  incidentId: '关联事件编号（可选）',
  submit: '提交审批',
  cancel: '取消',
  missingTitle: '请填写标题',
  missingDescription: '请填写情况说明',
  missingLocation: '请选择位置',
  missingTownship: '当前账号未关联乡镇，不能发起吹哨',
  missingLead: '请指定一个主办部门',
  tooManyLeads: '只能指定一个主办部门',
  missingNeeds: (department: string) => `请填写需要「${department}」做什么`,

  // scorecard
  scoreTitle: '部门考评',
  from: '开始日期',
  to: '结束日期',
  zone: '片区',
  allZones: '全部片区',
  query: '查询',
  scoreColumns: ['部门', '接哨', '按时报到', '按时到场', '报到中位用时', '到场中位用时', '平均评分'] as const,
  scoreEmpty: '该时段没有吹哨记录',
  scoreFailed: '加载考评失败：',
  badRange: '开始日期不能晚于结束日期',
  minutes: (m: string) => `${m} 分钟`,
  share: (n: number, percent: string) => `${n}（${percent}）`,

  // field
  fieldTasks: '吹哨任务',
  fieldNew: '新吹哨任务',
  fieldNoTasks: '暂无吹哨任务',
  fieldFailed: '加载吹哨任务失败：',
  fieldDone: (action: string) =>
    (({ acknowledge: '已确认，请尽快前往现场', arrive: '已到场', handle: '已提交本部门处置结果' }) as Record<string, string>)[action] ?? '操作成功',

  errors: {
    conflict: '当前状态不允许此操作，吹哨可能已被他人处理，已刷新',
    notFound: '吹哨不存在或不在您的管辖范围内',
    forbidden: '没有对该吹哨执行此操作的权限',
    resultMissing: '请填写处置结果',
  },
} as const;
