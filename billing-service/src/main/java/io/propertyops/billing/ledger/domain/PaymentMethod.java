package io.propertyops.billing.ledger.domain;

/**
 * How a payment was made: online through a provider (WeChat Pay, Alipay, the development sandbox), or at the
 * service centre's desk by a cashier (cash, POS card terminal, bank transfer, a scanned payment code).
 */
public enum PaymentMethod {
    WECHAT_PAY, ALIPAY, SANDBOX, CASH, POS, BANK_TRANSFER, SCANNED_QR;

    public boolean atDesk() {
        return this == CASH || this == POS || this == BANK_TRANSFER || this == SCANNED_QR;
    }
}
