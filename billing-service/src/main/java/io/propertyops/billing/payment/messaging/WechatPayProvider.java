package io.propertyops.billing.payment.messaging;

import io.propertyops.billing.ledger.domain.PaymentMethod;
import io.propertyops.billing.payment.application.PaymentProperties;
import io.propertyops.billing.payment.application.PaymentProvider;
import io.propertyops.billing.payment.application.WechatPayProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * WeChat Pay API v3 for a directly connected merchant, on the JDK's HttpClient, Signature and Cipher (no SDK).
 *
 * <p>Orders are <b>Native</b> (扫码支付: {@code POST /v3/pay/transactions/native} answers a {@code code_url} the
 * portal or app shows as a QR code the owner scans with WeChat). JSAPI (in a mini-program or the official account)
 * would need the payer's {@code openid} for our {@code appid}, which owners who sign in to our app with an SMS code
 * never gave us; Native needs nothing of the payer, works from the staff portal's screen and the owners' app alike,
 * and the notification and query are the same for both, so JSAPI can be added when a mini-program exists.
 *
 * <p>Every request is signed ({@code Authorization: WECHATPAY2-SHA256-RSA2048 …}) and every successful response's
 * signature verified with the platform key it names before its body is believed — a 2xx without a valid signature
 * is treated as forged. Queries: {@code GET /v3/pay/transactions/out-trade-no/{out_trade_no}?mchid=…}; closing:
 * {@code POST …/{out_trade_no}/close}.
 */
@Component
@ConditionalOnBooleanProperty("propertyops.billing.payments.wechat.enabled")
class WechatPayProvider implements PaymentProvider {

    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WechatPayProperties properties;
    private final PaymentProperties payments;
    private final PrivateKey merchantKey;
    private final WechatPayNotices notices;
    private final Clock clock;
    private final JsonMapper json;
    private final HttpClient http;

    WechatPayProvider(WechatPayProperties properties, PaymentProperties payments, Clock clock, JsonMapper json) {
        this.properties = properties;
        this.payments = payments;
        this.clock = clock;
        this.json = json;
        require(properties.mchid(), "mchid");
        require(properties.appid(), "appid");
        require(properties.merchantSerial(), "merchant-serial");
        require(properties.apiV3Key(), "api-v3-key");
        if (properties.privateKeyPath() == null || properties.notifyUrl() == null) {
            throw new IllegalStateException("propertyops.billing.payments.wechat.private-key-path and notify-url are required");
        }
        this.merchantKey = WechatPayCrypto.privateKey(properties.privateKeyPath());
        this.notices = new WechatPayNotices(platformKeys(properties), properties.apiV3Key(), properties.mchid(), clock, json);
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("propertyops.billing.payments.wechat." + name + " is required");
        }
    }

    /** The platform certificates by serial, and the WeChat Pay public key by its id: whichever are configured. */
    static Map<String, PublicKey> platformKeys(WechatPayProperties properties) {
        Map<String, PublicKey> keys = new HashMap<>();
        if (properties.platformCertificates() != null) {
            for (Path path : properties.platformCertificates()) {
                X509Certificate certificate = WechatPayCrypto.certificate(path);
                keys.put(WechatPayCrypto.serialOf(certificate), certificate.getPublicKey());
            }
        }
        if (properties.publicKeyId() != null && properties.publicKeyPath() != null) {
            keys.put(properties.publicKeyId(), WechatPayCrypto.publicKey(properties.publicKeyPath()));
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException("WeChat Pay needs platform-certificates or public-key-id and public-key-path "
                    + "under propertyops.billing.payments.wechat");
        }
        return keys;
    }

    @Override
    public PaymentMethod method() {
        return PaymentMethod.WECHAT_PAY;
    }

    @Override
    public CreatedOrder create(OrderRequest request) {
        ObjectNode body = json.createObjectNode()
                .put("appid", properties.appid())
                .put("mchid", properties.mchid())
                .put("description", request.description())
                .put("out_trade_no", request.outTradeNo())
                .put("time_expire", RFC3339.format(request.expiresAt().atZone(payments.zone())))
                .put("notify_url", properties.notifyUrl().toString());
        body.putObject("amount").put("total", request.amountFen()).put("currency", "CNY");
        Answer answer = call("POST", "/v3/pay/transactions/native", json.writeValueAsString(body));
        if (answer.status() / 100 != 2) {
            throw new ProviderUnavailable("WeChat Pay refused the order: " + answer.status() + " " + answer.body(), null);
        }
        String codeUrl = notices.read(answer.body(), "response").path("code_url").asString(null);
        if (codeUrl == null) {
            throw new ProviderUnavailable("WeChat Pay answered no code_url", null);
        }
        return new CreatedOrder(codeUrl);
    }

    @Override
    public Notice verify(Map<String, String> headers, byte[] body) {
        return notices.verify(headers, body);
    }

    @Override
    public Optional<Transaction> query(String outTradeNo) {
        Answer answer = call("GET", "/v3/pay/transactions/out-trade-no/" + encode(outTradeNo) + "?mchid="
                + encode(properties.mchid()), null);
        if (answer.status() == 404) {
            return Optional.empty(); // ORDER_NOT_EXIST: never created there
        }
        if (answer.status() / 100 != 2) {
            throw new ProviderUnavailable("WeChat Pay answered " + answer.status() + " to the query of " + outTradeNo, null);
        }
        return Optional.of(notices.transaction(notices.read(answer.body(), "response")));
    }

    @Override
    public void close(String outTradeNo) {
        Answer answer = call("POST", "/v3/pay/transactions/out-trade-no/" + encode(outTradeNo) + "/close",
                json.writeValueAsString(json.createObjectNode().put("mchid", properties.mchid())));
        if (answer.status() / 100 != 2) {
            throw new ProviderUnavailable("WeChat Pay answered " + answer.status() + " to closing " + outTradeNo, null);
        }
    }

    private record Answer(int status, String body) {
    }

    /** Signs and sends a request; a 2xx answer is believed only with a valid signature. */
    private Answer call(String method, String pathAndQuery, String body) {
        long timestamp = clock.instant().getEpochSecond();
        String nonce = nonce();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(properties.baseUrl().toString()
                        .replaceAll("/+$", "") + pathAndQuery))
                .timeout(properties.timeout())
                .header("Accept", "application/json")
                .header("User-Agent", "PropertyOps billing-service")
                .header("Authorization", WechatPayCrypto.authorization(properties.mchid(), properties.merchantSerial(),
                        merchantKey, method, pathAndQuery, timestamp, nonce, body));
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ProviderUnavailable("WeChat Pay cannot be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailable("Interrupted while calling WeChat Pay", e);
        }
        if (response.statusCode() / 100 == 2) {
            try {
                notices.verifySignature(lowerCase(response.headers()), response.body());
            } catch (NotAuthentic forged) {
                throw new ProviderUnavailable("WeChat Pay's answer is not signed by it (" + forged.code() + ")", forged);
            }
        }
        return new Answer(response.statusCode(), response.body());
    }

    static Map<String, String> lowerCase(HttpHeaders headers) {
        Map<String, String> lower = new HashMap<>();
        headers.map().forEach((name, values) -> {
            if (!values.isEmpty()) {
                lower.put(name.toLowerCase(Locale.ROOT), values.getFirst());
            }
        });
        return lower;
    }

    static String nonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
