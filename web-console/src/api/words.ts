// Chinese texts for transport and HTTP failures.
export const errorText = {
  network: '无法连接服务器，请检查网络后重试',
  badResponse: '服务器返回了无法识别的数据',
  notConnected: '尚未连接到服务器，请稍后重试',
  unexpected: '发生未知错误',
  retryAfter: (seconds: number) => `请在 ${seconds} 秒后重试`,
  byStatus: {
    400: '请求参数有误',
    401: '未登录或登录已过期，请重新登录',
    403: '没有执行此操作的权限',
    404: '请求的资源不存在',
    409: '操作冲突，数据已被修改',
    422: '提交的数据无法处理',
    429: '操作过于频繁，请稍后再试',
    500: '服务器内部错误',
    502: '网关错误，后端服务不可用',
    503: '服务暂不可用，请稍后再试',
    504: '服务器响应超时',
  } as Record<number, string>,
  httpStatus: (status: number) => `请求失败（HTTP ${status}）`,
} as const;
