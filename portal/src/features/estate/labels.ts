import type { SpaceState, UnitState } from './api'

/** The colour of a unit's state tag: moved in is green, let is blue, work in progress amber, the rest grey. */
export function stateTagType(state: UnitState): 'success' | 'primary' | 'warning' | 'info' {
  switch (state) {
    case 'OCCUPIED': return 'success'
    case 'RENTED': return 'primary'
    case 'HANDED_OVER':
    case 'RENOVATING': return 'warning'
    default: return 'info'
  }
}

export function spaceTagType(state: SpaceState): 'success' | 'primary' | 'info' {
  return state === 'SOLD' ? 'success' : state === 'RENTED' ? 'primary' : 'info'
}
