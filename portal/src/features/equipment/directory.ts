import { shallowRef } from 'vue'
import { get } from '../../api/http'
import { STAFF_ROLES, useSession } from '../../auth/session'

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

/**
 * A person's name when known (the caller's own always), the system for changes nobody made by hand, else the start
 * of the id (people who may not list accounts, e.g. technicians).
 */
export function personName(id: string | null | undefined, communityId: string | null | undefined, system: string): string {
  if (!id) return '—'
  if (id === 'system') return system
  const known = staffOf(communityId).find((p) => p.id === id)?.name
  if (known) return known
  const session = useSession()
  if (id === session.userId) return session.displayName
  return id.length > 12 ? `${id.substring(0, 8)}…` : id
}
