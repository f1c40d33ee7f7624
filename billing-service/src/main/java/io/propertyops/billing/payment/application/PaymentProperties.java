package io.propertyops.billing.payment.application;

import io.propertyops.billing.ledger.domain.PaymentMethod;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.ZoneId;

/**
 * Payments ({@code propertyops.billing.payments.*}).
 *
 * @param provider        the provider new online orders go to: SANDBOX (the default, so the platform runs with no
 *                        keys) or WECHAT_PAY (configured under {@code wechat})
 * @param zone            the estates' calendar: a cashier's day, a receipt's year
 * @param orderTtl        how long an owner has to pay an order (WeChat Pay's {@code time_expire})
 * @param reconcileAfter  how long after its creation (and then how often) an unpaid order is asked about
 * @param completeAfter   how long a payment whose posting was cut short waits before the job completes it
 * @param jobInterval     how often the jobs look for due work
 * @param lockAtMostFor   how long a replica that died mid-run keeps the others from running a job
 * @param jobBatch        items one run of a job takes at most
 * @param sandbox         the development sandbox
 * @param receiptFont     the CJK font receipts are printed in: a TrueType/OpenType file, or a collection with the
 *                        face's index after a comma (Debian's fonts-noto-cjk, which the platform's set-up installs:
 *                        index 2 is Noto Sans CJK SC)
 */
@ConfigurationProperties("propertyops.billing.payments")
public record PaymentProperties(
        @DefaultValue("SANDBOX") PaymentMethod provider,
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue("PT15M") Duration orderTtl,
        @DefaultValue("PT5M") Duration reconcileAfter,
        @DefaultValue("PT1M") Duration completeAfter,
        @DefaultValue("PT30S") Duration jobInterval,
        @DefaultValue("PT5M") Duration lockAtMostFor,
        @DefaultValue("200") int jobBatch,
        @DefaultValue Sandbox sandbox,
        @DefaultValue("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2") String receiptFont) {

    /** @param enabled whether the sandbox provider exists (true by default; production turns it off) */
    public record Sandbox(@DefaultValue("true") boolean enabled) {
    }
}
