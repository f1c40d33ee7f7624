import { createApp } from 'vue'
import { createPinia } from 'pinia'
import 'element-plus/theme-chalk/base.css'
import 'element-plus/theme-chalk/el-message.css'
import 'element-plus/theme-chalk/el-message-box.css'
import './styles.css'
import App from './App.vue'
import { i18n } from './i18n'
import { router } from './app/router'
import { useSession } from './auth/session'

/** Starts the portal: finishes a sign-in when the authorization server has just sent the browser back. */
async function start() {
  const app = createApp(App)
  app.use(createPinia())
  app.use(i18n)
  document.documentElement.lang = i18n.global.locale.value
  const session = useSession()
  let next: string | null = null
  try {
    next = await session.completeSignIn()
  } catch (e) {
    next = `/sign-in?failed=${encodeURIComponent((e as Error).message)}`
  }
  app.use(router)
  if (next) await router.replace(next)
  await router.isReady()
  app.mount('#app')
}

void start()
