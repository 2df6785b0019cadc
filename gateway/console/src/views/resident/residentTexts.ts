// A resident's own pages (办事群众: 我的预约, 我的评价), kept apart from the shared texts.
export const r = {
  nav: { appointments: '我的预约', ratings: '我的评价' },
  appointments: {
    title: '我的预约', matter: '事项编码', date: '预约日期', time: '时段', place: '办理地点', book: '预约',
    cancel: '取消预约', arrive: '到达取号', ticket: '您的排队号码', hint: '可预约明天起 30 天内工作日的时段',
  },
  ratings: {
    title: '我的评价', hint: '您的差评由办理单位回访整改，结果反馈后可追评一次', caseNumber: '办件编号', status: '整改进度',
    result: '办理单位反馈', dates: '时间', opened: '评价', fedBack: '反馈', closed: '办结', followUp: '追评', followedUp: '已追评',
    followUpGrade: '追评等级', comment: '追评意见', yourComment: '评价内容',
    grades: { 5: '非常满意', 4: '满意', 3: '基本满意', 2: '不满意', 1: '非常不满意' } as Record<number, string>,
  },
}
