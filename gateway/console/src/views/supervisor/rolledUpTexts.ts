// 下级汇总: what the child deployments report up the federation bus (decision 0526), kept apart from the shared texts.
export const rolled = {
  nav: '下级汇总',
  title: '下级部署汇总状态',
  hint: '各下级部署经联邦总线上报的在办超期件、预警与督办情况，按下级区划汇总。',
  region: '下级区划',
  openOverdue: '在办超期',
  alarmsRaised: '预警待确认',
  alarmsAcknowledged: '预警已确认',
  alarmsResolved: '预警已解除',
  red: '红牌',
  yellow: '黄牌',
  ordersAwaiting: '督办待回复',
  ordersReplied: '督办已回复',
  ordersEscalated: '督办已升级',
}
