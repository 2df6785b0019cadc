// A resident's own pages (办事群众: 我的预约), kept apart from the shared texts.
export const r = {
  nav: { appointments: '我的预约' },
  appointments: {
    title: '我的预约', matter: '事项编码', date: '预约日期', time: '时段', place: '办理地点', book: '预约',
    cancel: '取消预约', arrive: '到达取号', ticket: '您的排队号码', hint: '可预约明天起 30 天内工作日的时段',
  },
}
