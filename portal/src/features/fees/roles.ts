import type { Role } from '../../auth/session'

/**
 * Who does what on the fee pages, as billing-service allows it (the server decides every call; the pages only hide
 * what a role cannot do).
 */
/** Keep fee items, standards and attachments; run bills (财务、物业经理、管理员). */
export const FEE_EDITORS: readonly Role[] = ['FINANCE', 'PROPERTY_MANAGER', 'ADMIN']
/** Read fee items, bill runs and bills: the editors and customer service, who answer owners about their fees. */
export const FEE_READERS: readonly Role[] = [...FEE_EDITORS, 'CUSTOMER_SERVICE']
/** Set late-fee policies. */
export const LATE_FEE_EDITORS: readonly Role[] = ['PROPERTY_MANAGER', 'ADMIN']
/** Read late-fee policies, disclosures and reports. */
export const FINANCE_READERS: readonly Role[] = ['FINANCE', 'PROPERTY_MANAGER', 'ADMIN']
/** Publish a disclosure (someone other than whoever entered its figures). */
export const PUBLISHERS: readonly Role[] = ['PROPERTY_MANAGER', 'ADMIN']
