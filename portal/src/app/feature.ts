import type { Component } from 'vue'
import type { RouteRecordRaw } from 'vue-router'
import type { Role } from '../auth/session'

/**
 * One area of the portal (the service desk, the dispatch board…): its pages, its entries in the navigation and
 * its texts in both languages. Each feature lives in its own folder under src/features and is listed once in
 * src/features/index.ts. Route meta `roles` says who may open a page; the server still decides every call.
 */
export interface MenuEntry {
  /** the route path the entry opens */
  path: string
  /** i18n key of its label */
  label: string
  icon?: Component
  /** who sees the entry; empty means every staff member */
  roles: readonly Role[]
  /** a smaller number is listed first */
  order: number
}

export interface Feature {
  name: string
  menu: MenuEntry[]
  routes: RouteRecordRaw[]
  messages: { 'zh-CN': Record<string, unknown>; en: Record<string, unknown> }
}

declare module 'vue-router' {
  interface RouteMeta {
    /** who may open the page; absent means every staff member */
    roles?: readonly Role[]
    /** pages that need no sign-in (the sign-in landing, error pages) */
    public?: boolean
    /** i18n key of the page's title */
    title?: string
  }
}

/** The entries a person with these roles sees, in order. */
export function visibleMenu(entries: readonly MenuEntry[], roles: readonly Role[]): MenuEntry[] {
  return entries
    .filter((e) => e.roles.length === 0 || e.roles.some((r) => roles.includes(r)))
    .slice()
    .sort((a, b) => a.order - b.order || a.path.localeCompare(b.path))
}

/** Whether a person with these roles may open a route with these allowed roles. */
export function allowed(routeRoles: readonly Role[] | undefined, roles: readonly Role[]): boolean {
  return !routeRoles || routeRoles.length === 0 || routeRoles.some((r) => roles.includes(r))
}
