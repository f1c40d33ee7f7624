import type { Feature } from '../../app/feature'

const feature: Feature = {
  name: 'dispatch',
  menu: [],
  routes: [],
  messages: { 'zh-CN': {}, en: {} },
}
export default feature
