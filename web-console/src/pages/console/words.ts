// The console page's own words (tabs, legend, load errors); its sides' words are beside them in src/features.
export const consoleText = {
  tabIncidents: '事件',
  tabOfficers: '人员',
  legend: '图例',
  incidentLegend: '事件（紧急程度）',
  loadFailed: '加载数据失败：',
  mapNoOutline: '无可见的乡镇边界',
} as const;
