// 一窗收费: the window's fee pages, kept apart from the shared texts.
export const f = {
  nav: '一窗收费',
  title: '一窗收费', matter: '事项', due: '应收（元）', outstanding: '待收（元）', paid: '已收（元）', refunded: '已退（元）',
  all: '全部', states: { due: '待缴', paid: '已缴', waived: '已免收', free: '不收费' } as Record<string, string>,
  item: '收费项目', basis: '收费依据', relief: '减免',
  collectTitle: '窗口收款', reference: '缴款凭证号', amount: '金额（元）', collect: '确认收款', malformed: '请输入金额，最多两位小数',
  payments: '缴款记录', receiptNumber: '非税收入票据号', receipt: '打印票据', receiptFailed: '票据未能打开',
  refundTitle: '退费', reason: '退费原因', refund: '确认退费',
}
