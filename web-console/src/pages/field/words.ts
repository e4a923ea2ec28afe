// The field app page's own words (its title and notices); its parts' words are beside them in src/features.
export const fieldText = {
  title: '执法队员移动端',
  errorsTitle: '提示',
  noOfficerRecord: '当前账号未关联执法队员档案，请联系系统管理员',
} as const;
