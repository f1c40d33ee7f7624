import { shallowRef } from 'vue'
import { get } from '../../api/http'

/**
 * What the boards look up per community, read once and kept for the session: the category tree (names, and the
 * trade a category belongs to — skills and SLA rules name trades) and the unit numbers ("1-1-101").
 */
export interface Category {
  code: string
  name: string
  active: boolean
  children: Category[]
}

export interface CategoryTree {
  communityId: string
  trades: Category[]
}

export interface UnitInfo {
  id: string
  number: string
  buildingId?: string
  floor?: number
}

/** The trade a category belongs to: itself when it is a trade, its parent when a subject, itself when unknown. */
export function tradeOf(category: string | null | undefined, tree: CategoryTree | undefined): string | undefined {
  if (!category) return undefined
  for (const trade of tree?.trades ?? []) {
    if (trade.code === category || trade.children.some((c) => c.code === category)) return trade.code
  }
  return category
}

/** The category's name ("给排水 · 漏水" for a subject), or its code when the tree does not know it. */
export function categoryName(category: string | null | undefined, tree: CategoryTree | undefined): string {
  if (!category) return '—'
  for (const trade of tree?.trades ?? []) {
    if (trade.code === category) return trade.name
    const subject = trade.children.find((c) => c.code === category)
    if (subject) return `${trade.name} · ${subject.name}`
  }
  return category
}

const trees = new Map<string, Promise<CategoryTree>>()
const units = new Map<string, Promise<Map<string, UnitInfo>>>()

function cached<T>(cache: Map<string, Promise<T>>, key: string, read: () => Promise<T>): Promise<T> {
  let found = cache.get(key)
  if (!found) {
    found = read()
    cache.set(key, found)
    found.catch(() => cache.delete(key))
  }
  return found
}

export function loadCategories(communityId: string): Promise<CategoryTree> {
  return cached(trees, communityId, () => get<CategoryTree>(`/api/v1/categories/${encodeURIComponent(communityId)}`))
}

export function loadUnits(communityId: string): Promise<Map<string, UnitInfo>> {
  return cached(units, communityId, async () => {
    const list = await get<UnitInfo[]>(`/api/v1/communities/${encodeURIComponent(communityId)}/units`)
    return new Map(list.map((u) => [u.id, u]))
  })
}

/**
 * Lookups for a page: call `use(communityIds)` when the work orders are known; `category(code)` and `unit(id)` read
 * what has arrived (a page shows codes until then, and never fails for want of a name).
 */
export function useLookups() {
  const treesById = shallowRef(new Map<string, CategoryTree>())
  const unitsById = shallowRef(new Map<string, UnitInfo>())

  async function use(communityIds: Iterable<string>) {
    const wanted = [...new Set(communityIds)].filter((id) => !treesById.value.has(id))
    await Promise.all(wanted.map(async (id) => {
      const [tree, unitMap] = await Promise.all([
        loadCategories(id).catch(() => undefined),
        loadUnits(id).catch(() => new Map<string, UnitInfo>()),
      ])
      if (tree) treesById.value = new Map(treesById.value).set(id, tree)
      if (unitMap.size) unitsById.value = new Map([...unitsById.value, ...unitMap])
    }))
  }

  return {
    use,
    tree: (communityId: string | undefined) => (communityId ? treesById.value.get(communityId) : undefined),
    category: (code: string | null | undefined, communityId: string | undefined) =>
      categoryName(code, communityId ? treesById.value.get(communityId) : undefined),
    trade: (code: string | null | undefined, communityId: string | undefined) =>
      tradeOf(code, communityId ? treesById.value.get(communityId) : undefined),
    unit: (id: string | null | undefined) => (id ? unitsById.value.get(id)?.number : undefined),
  }
}
