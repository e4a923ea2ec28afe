// The field app's words for the officer's incident work (the card, the task list, the handling form).
export const taskText = {
  myTasks: '我的任务',
  noTasks: '暂无任务',
  tasksFailed: '加载任务失败：',
  newTask: '新任务',
  currentTask: '当前任务',
  distance: '距离',
  deadline: '时限',
  acknowledge: '签收',
  decline: '拒绝',
  arrive: '到场',
  handle: '处置完成',
  sendBack: '申请回退',
  addPhoto: '拍照 / 选择照片',
  photoHint: '可选，可多张',
  withdrawn: (id: string, reason: string | null) => `任务 #${id} 已撤回${reason ? `：${reason}` : ''}`,
  declined: (id: string) => `已退回任务 #${id}`,
  actionDone: (action: string) =>
    (({ acknowledge: '已签收，请尽快前往现场', arrive: '已到场', handle: '已提交处置结果，等待核查' }) as Record<string, string>)[action] ?? '操作成功',
} as const;
