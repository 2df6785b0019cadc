// The hall's pages (叫号: the window's queue and the public screen), kept apart from the shared texts.
export const h = {
  nav: { queue: '窗口叫号' },
  queue: {
    title: '窗口叫号', window: '本窗口编号', current: '当前号码', none: '当前没有叫到的号码', empty: '暂无等候的号码',
    callNext: '叫下一号', recall: '重呼', skip: '过号', finish: '办结', transfer: '转至业务区', transferTo: '目标业务区',
    recalls: '已重呼', times: '次', appointment: '预约', waiting: '各业务区等候人数', screen: '打开叫号屏',
  },
  display: { title: '叫号屏', number: '号码', window: '请到窗口', waiting: '等候人数', area: '业务区', name: '名称', none: '暂无叫号' },
}
