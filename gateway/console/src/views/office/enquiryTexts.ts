// 首问负责's page (the enquiry desk), kept apart from the other office texts.
export const q = {
  nav: '首问负责',
  title: '首问负责',
  inbox: '我的待办',
  record: {
    title: '首问登记', topic: '咨询事项（群众所问）', matterCode: '事项编码（可选）', submit: '登记',
    hint: '首位被询问的工作人员登记并负责，直至转交给对口窗口接收',
  },
  topic: '咨询事项', owner: '负责人', window: '转交窗口', recordedAt: '登记时间', covering: '替岗（A角）',
  states: { recorded: '已登记', 'handed-over': '已转交', accepted: '窗口已接收', closed: '已办结' } as Record<string, string>,
  accept: '接收', handOver: '转交', handOverTo: '转交至窗口岗位', handOverNote: '转交说明', close: '办结答复', answer: '答复内容',
  trail: '办理轨迹',
}
