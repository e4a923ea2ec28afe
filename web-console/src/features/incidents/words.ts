// Simplified Chinese strings for incidents (事件闭环): statuses, priorities, actions and the pages' texts.
import type { DeadlineKind, EscalationLevel, IncidentAction, IncidentStatus, Priority } from './types';
import { twoDigits } from '../../shared/format';

export const INCIDENT_STATUS_NAMES: Record<IncidentStatus, string> = {
  reported: '待立案',
  registered: '已立案待派遣',
  rejected: '不予立案',
  dispatched: '已派遣待签收',
  acknowledged: '已签收',
  onScene: '已到场',
  handled: '已处置待核查',
  verified: '已核查',
  closed: '已结案',
  evaluated: '已评价',
  parked: '挂账',
};

export const PRIORITY_NAMES: Record<Priority, string> = {
  urgent: '紧急',
  high: '较急',
  normal: '一般',
  low: '较缓',
};

export const ACTION_NAMES: Record<IncidentAction, string> = {
  register: '立案',
  reject: '不予立案',
  dispatch: '派遣',
  acknowledge: '签收',
  decline: '拒绝/退回',
  arrive: '到场',
  handle: '处置完成',
  verify: '核查',
  close: '结案',
  evaluate: '评价',
  sendBack: '回退',
  extend: '延期',
  park: '挂账',
  rework: '返工',
};

/** Timeline entries: the actions plus the system's own entries. */
const TIMELINE_EXTRA: Record<string, string> = {
  report: '上报',
  merge: '合并上报',
  reminder: '超时提醒',
  escalate: '超时上报',
  autoDispatch: '自动派遣',
  autoDispatchWaiting: '自动派遣待人',
  autoDispatchResumed: '自动派遣恢复',
  evidence: '上传照片',
  whistle: '转乡镇吹哨',
};

export const SOURCE_NAMES: Record<string, string> = {
  grid: '网格员上报',
  hotline: '12345 热线',
  whistle: '吹哨报到',
  patrol: '巡查发现',
  sensor: '智能感知',
  assigned: '上级交办',
};

export const DEADLINE_NAMES: Record<DeadlineKind, string> = {
  acknowledge: '签收',
  arrive: '到场',
  handle: '处置',
};

export const ESCALATION_TARGETS: Record<EscalationLevel, string> = {
  reminder: '已提醒执法队员',
  zone: '已上报片区指挥中心',
  county: '已上报县指挥中心',
};

export function incidentStatusName(s: string | null | undefined): string {
  if (!s) return '—';
  return (INCIDENT_STATUS_NAMES as Record<string, string>)[s] ?? s;
}

export function priorityName(p: string | null | undefined): string {
  if (!p) return '—';
  return (PRIORITY_NAMES as Record<string, string>)[p] ?? p;
}

export function actionName(a: string): string {
  return (ACTION_NAMES as Record<string, string>)[a] ?? TIMELINE_EXTRA[a] ?? a;
}

export function sourceName(s: string | null | undefined): string {
  if (!s) return '—';
  return SOURCE_NAMES[s] ?? s;
}

export function deadlineName(k: string): string {
  return (DEADLINE_NAMES as Record<string, string>)[k] ?? k;
}

/** Distance: "850 米" / "1.2 公里". */
export function distanceText(m: number | null | undefined): string {
  if (m == null || !Number.isFinite(m)) return '—';
  if (m < 1000) return `${Math.round(m)} 米`;
  return `${(m / 1000).toFixed(m < 10_000 ? 1 : 0)} 公里`;
}

/** ETA: "约 3 分钟" (at least one minute). */
export function etaText(seconds: number | null | undefined): string {
  if (seconds == null || !Number.isFinite(seconds)) return '—';
  return `约 ${Math.max(1, Math.ceil(seconds / 60))} 分钟`;
}

function hm(totalMinutes: number): string {
  const d = Math.floor(totalMinutes / 1440);
  const h = Math.floor((totalMinutes % 1440) / 60);
  const m = totalMinutes % 60;
  if (d > 0) return `${d}天${h}小时`;
  if (h > 0) return `${h}小时${m}分`;
  return `${m}分`;
}

/** A deadline and its countdown: "签收 剩 04:32". */
export function deadlineCountdown(kind: string, msLeft: number): string {
  return `${deadlineName(kind)} ${countdownText(msLeft)}`;
}

/** Time left ("剩 04:32", "剩 3小时5分") or overdue ("已超时 12分"). */
export function countdownText(msLeft: number): string {
  if (msLeft < 0) return `已超时 ${hm(Math.max(1, Math.ceil(-msLeft / 60_000)))}`; // a started minute counts
  const s = Math.floor(msLeft / 1000);
  if (s >= 3600) return `剩 ${hm(Math.floor(s / 60))}`;
  return `剩 ${twoDigits(Math.floor(s / 60))}:${twoDigits(s % 60)}`;
}

/** "JPEG" for image/jpeg; the type as given otherwise. */
export function imageTypeName(contentType: string): string {
  return ({ 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/webp': 'WebP' } as Record<string, string>)[contentType] ?? contentType;
}

export function stars(score: number | null | undefined): string {
  if (score == null) return '—';
  const n = Math.max(0, Math.min(5, Math.round(score)));
  return '★'.repeat(n) + '☆'.repeat(5 - n);
}

/** What a timeline entry records (TimelineData), one line per value. */
export const timelineText = {
  officer: (name: string) => `处置队员：${name}`,
  replaces: (name: string) => `改派自：${name}`,
  outsideDepartment: '跨部门派遣',
  result: (text: string) => `处置结果：${text}`,
  evidenceIds: (n: number, ids: string) => `现场照片 ${n} 张（${ids}）`,
  whistle: (id: string) => `已转乡镇吹哨 ${id}`,
  accepted: '核查通过',
  rejected: '核查不通过，返工',
  comment: (text: string) => `意见：${text}`,
  score: (starsText: string, score: number) => `评价：${starsText}（${score} 分）`,
  minutes: (n: number) => `延期 ${n} 分钟`,
  deadline: (kind: string) => `时限：${kind}`,
  due: (time: string) => `截止：${time}`,
  source: (name: string) => `来源：${name}`,
  requestedSource: (name: string) => `上报人选择的来源：${name}`,
  priority: (name: string) => `紧急程度：${name}`,
  priorityChanged: (name: string) => `紧急程度调整为：${name}`,
  requestedPriority: (name: string) => `上报人建议：${name}`,
  description: (text: string) => `补充描述：${text}`,
  evidence: (id: string, type: string) => `照片 #${id}（${type}）`,
  listSeparator: '、',
} as const;

export const incidentText = {
  tabIncidents: '事件',
  tabOfficers: '人员',
  newIncident: '新建事件',
  queueEmpty: '没有符合条件的事件',
  queueOfficer: (name: string) => `队员 ${name}`,
  queueShown: (n: number, total: number) => `显示 ${n} / ${total} 件`,
  filterOpen: '在办事件',
  filterPriority: '全部紧急程度',
  noDeadline: '—',
  loadFailed: '加载事件失败：',
  unknownCategory: '未知类别',
  idLabel: (id: string) => `#${id}`,

  // panel
  description: '问题描述',
  source: '来源',
  township: '乡镇',
  grid: '网格',
  department: '责任部门',
  officer: '处置队员',
  reportedBy: '上报人',
  reports: '上报次数',
  createdAt: '上报时间',
  updatedAt: '更新时间',
  location: '位置',
  result: '处置结果',
  score: '评价',
  deadlines: '时限',
  deadlineMet: '已完成',
  deadlineMetLate: '超时完成',
  overdueCount: (n: number) => `${n} 件已超时`,
  filterStatusLabel: '状态',
  filterPriorityLabel: '紧急程度',
  hotlinePlaceholder: '如：人民路与解放街交叉口有流动摊贩占道经营，影响通行',
  deadlineDue: (t: string) => `截止 ${t}`,
  timeline: '处理记录',
  timelineEmpty: '暂无记录',
  timelineFailed: '加载处理记录失败：',
  actions: '操作',
  noActions: '当前无可执行的操作',
  dispatchTitle: '派遣',
  redispatchTitle: '改派',
  recommendations: '推荐人员（由近到远）',
  recommendationsEmpty: '暂无空闲的合适人员',
  recommendationsFailed: '加载推荐人员失败：',
  dispatchButton: '派遣',
  manualPick: '指定人员',
  manualPlaceholder: '选择执法队员…',
  sameDepartment: '责任部门',
  otherDepartments: '其他部门',
  dispatched: (name: string) => `已派遣给 ${name}`,
  done: (action: string) => `已完成「${action}」`,
  openedMerged: (id: string) => `已合并到附近同类事件 #${id}`,
  created: (id: string) => `已创建事件 #${id}`,
  reportsMore: (n: number) => `（共 ${n} 次上报）`,
  loading: '加载中…',

  // escalation toasts
  escalation: (id: string, kind: string, target: string) => `事件 #${id} ${kind}超时，${target}`,
  reminder: (id: string, kind: string, due: string) => `事件 #${id} ${kind}时限将至（截止 ${due}），已提醒执法队员`,
  escalationsTitle: '超时告警',
  mergedElsewhere: (id: string) => `已并入他人上报的同类事件 #${id}`,
  awaitingOfficer: (id: string, department: string) => `紧急事件 #${id} 暂无空闲的${department}队员，有人空闲时将自动派遣，也可手动派遣`,
  awaitingBadge: '等待空闲队员',
  requestedPriority: '上报人建议',
  registerAsRequested: (priority: string) => `按建议定为「${priority}」并立案`,
  crossDepartmentTitle: (name: string) => `派遣非责任部门队员：${name}`,
  crossDepartmentIntro: '该队员不属于责任部门，请说明理由（将记入事件记录）。',
  crossDepartmentReason: '跨部门派遣理由',
  dismiss: '知道了',

  // new incident (hotline intake)
  newTitle: '新建事件（热线受理）',
  category: '问题类别',
  categoryPlaceholder: '请选择问题类别',
  priority: '紧急程度',
  pickOnMap: '在地图上点击选择事件位置',
  pickedAt: (lat: number, lon: number) => `纬度 ${lat.toFixed(6)}，经度 ${lon.toFixed(6)}`,
  submit: '提交',
  missingCategory: '请选择问题类别',
  missingDescription: '请填写问题描述',
  missingLocation: '请选择事件位置',

  // dialogs
  reason: '原因',
  reasonPlaceholder: '请填写原因',
  minutes: '延长时间（分钟）',
  resultLabel: '处置结果',
  resultPlaceholder: '请填写处置情况，如：已劝离摊贩，现场恢复整洁',
  comment: '意见',
  commentPlaceholder: '可选',
  commentRequired: '请填写不通过的原因',
  commentVerify: '核查不通过时必填',
  verifyResult: '核查结论',
  verifyAccept: '核查通过',
  verifyReject: '核查不通过',
  scoreLabel: '满意度',
  scoreRequired: '请选择评分',
  minutesInvalid: '请输入 1 到 10080 之间的分钟数',
  actionTitle: (action: string, id: string) => `${action} · 事件 #${id}`,

  photo: '现场照片',
  photoHint: '可选，JPEG / PNG / WebP，单张不超过 5 MB（过大的照片会自动压缩）',
  photoUploading: (i: number, n: number) => `正在上传照片 ${i}/${n}…`,
  photoFailed: '照片上传失败：',

  errors: {
    conflict: '当前状态不允许此操作，事件可能已被他人处理，已刷新',
    notFound: '事件不存在或不在您的管辖范围内',
    forbidden: '没有对该事件执行此操作的权限',
    tooLarge: '照片超过 5 MB',
    badImageType: '照片格式不支持，请使用 JPEG / PNG / WebP',
  },
} as const;

/** The 事件 tab's two sub-views (在办 / 历史) and 历史: ended incidents searched on the server and read page by page. */
export const historyText = {
  views: '事件视图',
  viewQueue: '在办',
  viewHistory: '历史',
  statuses: '状态',
  statusesHint: '不选即全部已办结状态',
  township: '乡镇',
  allTownships: '全部乡镇',
  department: '责任部门',
  allDepartments: '全部部门',
  category: '问题类别',
  allCategories: '全部类别',
  from: '开始日期',
  to: '结束日期',
  q: '关键词',
  qPlaceholder: '编号、描述或类别名称',
  search: '查询',
  searching: '查询中…',
  more: '加载更多',
  loadingMore: '加载中…',
  /** The table's columns in order, keyed by the cell's data-col (on a phone a row is a card, and the times say which). */
  columns: {
    id: '编号',
    category: '类别',
    description: '描述',
    status: '状态',
    township: '乡镇',
    department: '部门',
    createdAt: '上报时间',
    updatedAt: '更新时间',
  },
  empty: '没有符合条件的已办结事件，可调整状态、日期或关键词后重新查询',
  asOf: (time: string) => `数据截至 ${time}`,
  asOfHint: '历史列表比实时推送稍有延迟；已打开的事件以详情为准',
  shown: (n: number, more: boolean) => (more ? `已加载 ${n} 件，可继续加载` : `共 ${n} 件`),
  badRange: '开始日期不能晚于结束日期',
} as const;
