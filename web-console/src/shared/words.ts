// Simplified Chinese strings shared by every page.
import type { OfficerStatus, Role } from '../api/types';

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

export const STATUS_NAMES: Record<OfficerStatus, string> = {
  offDuty: '休息/离岗',
  available: '空闲',
  assigned: '已派单',
  enRoute: '在途',
  onScene: '到场',
  busy: '忙碌',
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

export function statusName(status: string | null | undefined): string {
  if (!status) return common.unknown;
  return (STATUS_NAMES as Record<string, string>)[status] ?? status;
}
