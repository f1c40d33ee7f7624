import { shallowRef } from 'vue'
import { get } from '../../api/http'
import { STAFF_ROLES } from '../../auth/session'

/**
 * The staff of a community by id (security-service accounts), read once per community: the responsible person's
 * picker and the names beside history entries and scrap requests. Only supervisors, property managers, customer
 * service and administrators may list people; for anyone else the names stay unknown and the pages show the id.
 */
export interface StaffMember {
  id: string
  username: string
  name: string
  roles: string[]
}

const staff = shallowRef<Record<string, StaffMember[]>>({})
const pending = new Map<string, Promise<void>>()

export function loadStaff(communityId: string): Promise<void> {
  if (!pending.has(communityId)) {
    pending.set(communityId, get<StaffMember[]>('/api/v1/accounts', { communityId, role: [...STAFF_ROLES], limit: 500 })
      .then((list) => {
        staff.value = { ...staff.value, [communityId]: list }
      })
      .catch(() => {
        /* the caller may not list people: ids are shown instead */
      }))
  }
  return pending.get(communityId)!
}

export function staffOf(communityId: string | undefined | null): StaffMember[] {
  return communityId ? staff.value[communityId] ?? [] : []
}

/** A person's name when known, the system for changes nobody made by hand, else the id itself. */
export function personName(id: string | null | undefined, communityId: string | null | undefined, system: string): string {
  if (!id) return '—'
  if (id === 'system') return system
  return staffOf(communityId).find((p) => p.id === id)?.name ?? id
}
