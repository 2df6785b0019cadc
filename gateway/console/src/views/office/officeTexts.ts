// The office rules' pages (中心管理: 否定报备, AB角, 窗口授权), kept apart from the shared texts.
export const o = {
  nav: { filings: '否定报备', posts: 'AB角替岗', authorisations: '窗口授权' },
  filings: {
    title: '否定报备', kind: '类型', reason: '否定理由', reportBy: '报备时限', raisedBy: '提出人', all: '全部',
    kinds: { refusal: '不予受理', 'late-materials-notice': '超期缺件告知', rejection: '不予许可' } as Record<string, string>,
    states: { 'awaiting-approval': '待审批', approved: '已批准', returned: '已退回', due: '待报备', reported: '已报备', unfiled: '未报备' } as Record<string, string>,
    report: '报备', explanation: '情况说明', legalBasis: '法律依据', approve: '同意出具', return: '退回', note: '审批意见',
  },
  posts: {
    title: 'AB角岗位', code: '岗位编号', name: '岗位名称', a: 'A角（账号）', aName: 'A角姓名', b: 'B角（账号）', bName: 'B角姓名',
    save: '保存岗位', dayOffTitle: '登记请假（A角缺岗时由B角接替）', subject: '请假人账号', date: '日期', dayOffReason: '事由',
    record: '登记', coverTitle: '当日替岗情况', covered: '替岗办理',
  },
  authorisations: {
    title: '窗口授权', overall: '总体授权率', department: '部门', departmentId: '部门编号', centres: '中心数', rate: '授权率',
    powers: '已授权', missing: '未授权', grant: '保存授权书', letterTitle: '授权书（窗口可行使的权限）',
    names: { accept: '受理', review: '审核', coordinate: '协调处置', deliver: '送达', litigate: '应诉代理' } as Record<string, string>,
  },
}
