// 一窗收费: the window's fee pages, kept apart from the shared texts.
export const f = {
  nav: '一窗收费',
  title: '一窗收费', matter: '事项', due: '应收（元）', outstanding: '待收（元）', paid: '已收（元）', refunded: '已退（元）',
  all: '全部', states: { due: '待缴', paid: '已缴', waived: '已免收', free: '不收费' } as Record<string, string>,
  item: '收费项目', basis: '收费依据', relief: '减免',
  collectTitle: '窗口收款', reference: '缴款凭证号', amount: '金额（元）', collect: '确认收款', malformed: '请输入金额，最多两位小数',
  payments: '缴款记录', receiptNumber: '非税收入票据号', receipt: '打印票据', receiptFailed: '票据未能打开',
  refundTitle: '退费', reason: '退费原因', refund: '确认退费',
  reliefTitle: '减免与免收', reliefKind: '减免方式', reliefKinds: { exemption: '免征', reduction: '减征' } as Record<string, string>,
  percent: '减征比例（%）', reliefBasis: '减免依据', relieve: '确认减免', waiverReason: '免收原因', waive: '免收',
  reconcileNav: '日对账', reconcileTitle: '收费日对账', department: '部门', day: '对账日期', reported: '部门报告（元）',
  collected: '窗口实收（元）', difference: '差额（元）', reconcile: '对账', result: '结果',
  flagged: '有差额，已报监察', balanced: '相符', reconciled: '当日对账', flaggedOnly: '只看有差额的',
}
