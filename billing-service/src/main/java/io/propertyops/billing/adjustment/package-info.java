/**
 * Money given up or paid back, each only with a second person's approval: waivers (减免) of charges and late fees,
 * vacancy discounts (空置优惠), refunds (退款) of prepaid money, deposits returned (退押金). A request checks the
 * ledger and asks for an approval; the approval's action posts the lines, capped at what is still owed or held
 * when it is applied — the payer may have paid meanwhile.
 */
package io.propertyops.billing.adjustment;
