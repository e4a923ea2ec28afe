// Simplified Chinese strings shared by every page.
import type { Role } from '../api/types';

export const APP_TITLE = 'Dispatch 综合执法指挥调度平台';

export const common = {
  embeddedBanner: '演示模式（嵌入式单进程）：数据仅保存在内存中，重启后丢失',
  logout: '退出',
  loading: '加载中…',
  conn: {
    connected: '已连接',
    connecting: '连接中…',
    reconnecting: '重新连接中…',
    disconnected: '已断开',
  },
  noAccessTitle: '该角色的页面尚未开放',
  noAccessBody: '当前账号的角色暂无可用页面，请联系系统管理员或使用其他账号登录。',
  signedInAs: '当前用户',
  unknown: '未知',
  none: '—',
  noFix: '无定位',
} as const;

export const ROLE_NAMES: Record<Role, string> = {
  countyCommander: '县指挥长',
  zoneDispatcher: '片区指挥中心值班员',
  departmentDesk: '部门值班',
  townshipStaff: '乡镇工作人员',
  officer: '执法队员',
  gridWorker: '网格员',
  enterprise: '监管对象',
  auditor: '审计（司法局）',
  admin: '系统管理员',
  planner: '联席会议办公室',
};

/** Actors that are not account roles (timeline entries written by the server itself). */
const OTHER_ACTORS: Record<string, string> = { system: '系统' };

export function roleName(role: string | null | undefined): string {
  if (!role) return common.unknown;
  return (ROLE_NAMES as Record<string, string>)[role] ?? OTHER_ACTORS[role] ?? role;
}

/** A username as shown to people: the server's own actions read 系统. */
export function actorName(username: string | null | undefined): string {
  if (!username) return common.none;
  return OTHER_ACTORS[username] ?? username;
}

/** Where the device's position comes from: why it could not be read. */
export const geoText = {
  noGeolocation: '此浏览器不支持定位',
  geoDenied: '定位权限被拒绝，请在浏览器设置中允许定位',
  geoUnavailable: '暂时无法获取位置',
  geoTimeout: '获取位置超时',
  geoInsecure: '定位需要 HTTPS 安全连接',
} as const;

/** The forms' and dialogs' own words (the action dialog, the forms over the map). */
export const formText = {
  confirm: '确定',
  cancel: '取消',
  working: '处理中…',
  close: '关闭',
  required: (label: string) => `请填写${label}`,
  scoreNames: ['非常不满意', '不满意', '一般', '满意', '非常满意'] as const,
} as const;

/** Photos picked for upload and the evidence thumbnails. */
export const photoText = {
  evidence: '现场照片',
  evidenceNone: '暂无照片',
  evidenceFailed: '照片加载失败',
  photoUnsupported: '无法读取该照片，请换一张（支持 JPEG / PNG / WebP）',
  photoRemove: '移除',
} as const;
