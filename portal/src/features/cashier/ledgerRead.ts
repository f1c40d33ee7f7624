import { ProblemError } from '../../api/problem'
import { getLedger, unitPayer } from './api'
import type { Ledger } from './types'

/**
 * A unit's ledger as the desk and the ledger page read it: a unit that was never billed nor paid has no ledger yet
 * (billing-service answers 404) and reads as an empty one, so that the first payment can still be taken.
 */
export async function readUnitLedger(communityId: string, unitId: string, asOf?: string): Promise<Ledger> {
  try {
    return await getLedger(unitPayer(unitId), asOf)
  } catch (e) {
    if (e instanceof ProblemError && e.status === 404) return emptyLedger(communityId, unitId, asOf)
    throw e
  }
}

export function emptyLedger(communityId: string, unitId: string, asOf = ''): Ledger {
  return {
    payer: unitPayer(unitId), communityId, asOf, owed: '0.00', overdue: '0.00', prepaid: '0.00', balance: '0.00',
    openCharges: [], lines: [], version: 0,
  }
}
