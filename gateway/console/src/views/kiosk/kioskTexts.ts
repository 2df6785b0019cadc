// The kiosk's own words: short, large, for residents at a hall terminal (自助终端).
export const k = {
  title: '自助服务终端',
  home: '返回首页',
  end: '结束使用',
  idleNotice: '无人操作将自动退出',
  tiles: { guide: '办事指南', ticket: '取号排队', status: '办件查询', verify: '证照核验', rate: '办事评价' },
  guide: { keyword: '输入事项名称关键字', search: '查询', where: '办理地点', none: '没有找到相关事项' },
  ticket: { choose: '请选择办理业务', yours: '您的号码', wait: '请留意大厅屏幕叫号', area: '业务区', again: '继续取号' },
  verify: { identifier: '证照标识码', submit: '核验', valid: '证照有效', invalid: '证照无效', holder: '持证人', name: '证照名称' },
  status: {
    caseNumber: '办件编号', code: '查询码（8位数字）', submit: '查询', missing: '未找到该办件，请核对办件编号和查询码',
    applicant: '申请人', where: '办理单位', due: '承诺办结日期',
    states: { received: '已接收，待受理', 'awaiting-materials': '待补齐材料', accepted: '已受理，办理中', 'awaiting-supplement': '待补正材料',
      completed: '已办结', refused: '不予受理', terminated: '已终止' } as Record<string, string>,
  },
  rate: {
    token: '评价码（扫描或输入邀请上的评价码）', grades: ['非常不满意', '不满意', '基本满意', '满意', '非常满意'], submit: '提交评价',
    thanks: '感谢您的评价', missing: '评价码无效或已使用',
  },
  failed: '操作未成功，请重试或咨询工作人员',
}
