// The kiosk's own words: short, large, for residents at a hall terminal (自助终端).
export const k = {
  title: '自助服务终端',
  home: '返回首页',
  end: '结束使用',
  idleNotice: '无人操作将自动退出',
  tiles: { guide: '办事指南', ticket: '取号排队', verify: '证照核验' },
  guide: { keyword: '输入事项名称关键字', search: '查询', where: '办理地点', none: '没有找到相关事项' },
  ticket: { choose: '请选择办理业务', yours: '您的号码', wait: '请留意大厅屏幕叫号', area: '业务区', again: '继续取号' },
  verify: { identifier: '证照标识码', submit: '核验', valid: '证照有效', invalid: '证照无效', holder: '持证人', name: '证照名称' },
  failed: '操作未成功，请重试或咨询工作人员',
}
