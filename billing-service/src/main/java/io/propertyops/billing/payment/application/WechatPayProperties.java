package io.propertyops.billing.payment.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * WeChat Pay API v3 ({@code propertyops.billing.payments.wechat.*}), for a directly connected merchant (直连商户).
 * Secrets are never in the repository: the key files are mounted, the APIv3 key comes from the environment
 * ({@code PROPERTYOPS_WECHAT_APIV3_KEY}).
 *
 * @param enabled              whether the WeChat Pay provider exists
 * @param mchid                the merchant id (商户号)
 * @param appid                the app id bound to the merchant (the owners' app or official account)
 * @param merchantSerial       the serial number of the merchant API certificate (商户API证书序列号)
 * @param privateKeyPath       the merchant API private key, PKCS#8 PEM ({@code apiclient_key.pem})
 * @param apiV3Key             the APIv3 key (32 characters): decrypts notifications
 * @param platformCertificates WeChat Pay platform certificates (平台证书), PEM; a notification's
 *                             {@code Wechatpay-Serial} picks one by its serial number. Several while they rotate.
 * @param publicKeyId          or instead: the WeChat Pay public key's id ({@code PUB_KEY_ID_…}, 微信支付公钥)
 * @param publicKeyPath        and that public key, PEM
 * @param baseUrl              the API's address
 * @param notifyUrl            where WeChat Pay sends notifications: the gateway's
 *                             {@code /api/v1/payments/notify/wechat-pay}, HTTPS, without a query
 * @param timeout              how long a call to the API may take
 */
@ConfigurationProperties("propertyops.billing.payments.wechat")
public record WechatPayProperties(
        @DefaultValue("false") boolean enabled,
        String mchid,
        String appid,
        String merchantSerial,
        Path privateKeyPath,
        String apiV3Key,
        List<Path> platformCertificates,
        String publicKeyId,
        Path publicKeyPath,
        @DefaultValue("https://api.mch.weixin.qq.com") URI baseUrl,
        URI notifyUrl,
        @DefaultValue("PT10S") Duration timeout) {
}
