import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import { useSession } from '../auth/session'
import { allowed } from './feature'
import { features } from '../features'
import AppShell from './AppShell.vue'
import HomePage from '../pages/HomePage.vue'

/**
 * Hash history: every portal URL is `/#/…`, so the gateway serves one index.html at `/` and needs no fallback for
 * client routes, and the authorization server's redirect to `/` carries the code in the query beside the hash.
 * A page's meta.roles decides whether it opens (the navigation shows the same); the server decides every call.
 */
const routes: RouteRecordRaw[] = [
  { path: '/sign-in', component: () => import('../pages/SignInPage.vue'), meta: { public: true } },
  { path: '/no-access', component: () => import('../pages/NoAccessPage.vue'), meta: { public: true } },
  {
    path: '/',
    component: AppShell,
    children: [
      { path: '', component: HomePage },
      ...features.flatMap((f) => f.routes),
      { path: 'forbidden', component: () => import('../pages/StatusPage.vue'), props: { kind: 'forbidden' } },
      { path: ':rest(.*)*', component: () => import('../pages/StatusPage.vue'), props: { kind: 'notFound' } },
    ],
  },
]

export const router = createRouter({ history: createWebHashHistory(), routes })

router.beforeEach((to) => {
  const session = useSession()
  if (to.meta.public) return true
  if (!session.signedIn) return { path: '/sign-in', query: { to: to.fullPath } }
  if (!session.isStaff) return '/no-access'
  if (!allowed(to.meta.roles, session.roles)) return '/forbidden'
  return true
})
