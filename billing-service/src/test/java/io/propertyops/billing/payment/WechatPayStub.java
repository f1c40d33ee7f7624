package io.propertyops.billing.payment;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for WeChat Pay API v3, with TEST keys made here (a merchant key pair, a platform key pair and its
 * self-signed certificate, an APIv3 key): it checks that each request's {@code Authorization} verifies with the
 * merchant's public key over the documented message, answers Native orders, queries and closings signed with the
 * platform key, and writes payment notifications as WeChat Pay sends them — and, for the tests of refusal, wrongly
 * signed, of another serial, stale, or with a tampered resource. Written apart from the service's own code, so that
 * the two agree only where both follow the documentation.
 */
public final class WechatPayStub implements AutoCloseable {

    public static final String MCHID = "1900000109";
    public static final String APPID = "wxd678efh567hg6787";
    public static final String MERCHANT_SERIAL = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1";
    private static final Pattern AUTHORIZATION = Pattern.compile(
            "WECHATPAY2-SHA256-RSA2048 mchid=\"([^\"]*)\",nonce_str=\"([^\"]*)\",signature=\"([^\"]*)\",timestamp=\"([^\"]*)\",serial_no=\"([^\"]*)\"");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A request as the stub received it, and whether its signature verified. */
    public record Received(String method, String pathAndQuery, String authorization, String body, boolean verified) {
    }

    /** A notification as WeChat Pay would send it: headers by lower-case name, and the body. */
    public record Notification(Map<String, String> headers, String body) {

        public byte[] bytes() {
            return body.getBytes(StandardCharsets.UTF_8);
        }
    }

    private record Order(String outTradeNo, long totalFen, String transactionId, Instant paidAt, boolean closed) {
    }

    public final KeyPair merchantKey;
    public final KeyPair platformKey;
    public final X509Certificate platformCertificate;
    public final String apiV3Key = HexFormat.of().formatHex(random(16));
    public final Path directory;
    private final HttpServer server;
    private final Clock clock;
    private final Map<String, Order> orders = new ConcurrentHashMap<>();
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong transactions = new AtomicLong(4200000000L);
    /** When set, responses are signed by a key that is not the platform's (a forged answer). */
    public volatile boolean forgeResponses;

    public WechatPayStub(Clock clock) {
        this.clock = clock;
        try {
            merchantKey = rsa();
            platformKey = rsa();
            platformCertificate = selfSigned(platformKey);
            directory = Files.createTempDirectory("wechatpay-test-keys");
            Files.writeString(merchantKeyPath(), pem("PRIVATE KEY", merchantKey.getPrivate().getEncoded()));
            Files.writeString(platformCertificatePath(), pem("CERTIFICATE", platformCertificate.getEncoded()));
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/v3/pay/transactions", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public Path merchantKeyPath() {
        return directory.resolve("apiclient_key.pem");
    }

    public Path platformCertificatePath() {
        return directory.resolve("wechatpay_platform.pem");
    }

    /** The platform certificate's serial number, as {@code Wechatpay-Serial} names it. */
    public String platformSerial() {
        return platformCertificate.getSerialNumber().toString(16).toUpperCase();
    }

    /** The service's properties for this stub. */
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("propertyops.billing.payments.wechat.enabled", "true");
        properties.put("propertyops.billing.payments.wechat.mchid", MCHID);
        properties.put("propertyops.billing.payments.wechat.appid", APPID);
        properties.put("propertyops.billing.payments.wechat.merchant-serial", MERCHANT_SERIAL);
        properties.put("propertyops.billing.payments.wechat.private-key-path", merchantKeyPath().toString());
        properties.put("propertyops.billing.payments.wechat.api-v3-key", apiV3Key);
        properties.put("propertyops.billing.payments.wechat.platform-certificates[0]", platformCertificatePath().toString());
        properties.put("propertyops.billing.payments.wechat.base-url", baseUrl());
        properties.put("propertyops.billing.payments.wechat.notify-url", "https://pay.example.test/api/v1/payments/notify/wechat-pay");
        return properties;
    }

    public List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** The owner pays the order in WeChat: answers the transaction id. */
    public String pay(String outTradeNo) {
        Order order = orders.compute(outTradeNo, (no, known) -> {
            if (known == null) {
                throw new IllegalStateException("No order " + outTradeNo);
            }
            return known.transactionId() != null ? known : new Order(no, known.totalFen(),
                    Long.toString(transactions.incrementAndGet()) + "2026120112345678", clock.instant(), false);
        });
        return order.transactionId();
    }

    public boolean knows(String outTradeNo) {
        return orders.containsKey(outTradeNo);
    }

    /** An order the stub knows (as if it was created there), for tests that create none through the service. */
    public void know(String outTradeNo, long totalFen) {
        orders.putIfAbsent(outTradeNo, new Order(outTradeNo, totalFen, null, null, false));
    }

    /** The payment notification of a paid order, signed and encrypted as WeChat Pay does. */
    public Notification notification(String outTradeNo) {
        Order order = orders.get(outTradeNo);
        return notification(transactionJson(order, order.totalFen()), platformKey.getPrivate(), platformSerial(),
                clock.instant(), false);
    }

    /** The same, reporting another amount paid than the order's. */
    public Notification notificationOfAmount(String outTradeNo, long paidFen) {
        return notification(transactionJson(orders.get(outTradeNo), paidFen), platformKey.getPrivate(),
                platformSerial(), clock.instant(), false);
    }

    public Notification signedByAnotherKey(String outTradeNo) {
        return notification(transactionJson(orders.get(outTradeNo), orders.get(outTradeNo).totalFen()), rsa().getPrivate(),
                platformSerial(), clock.instant(), false);
    }

    public Notification ofAnotherSerial(String outTradeNo) {
        return notification(transactionJson(orders.get(outTradeNo), orders.get(outTradeNo).totalFen()),
                platformKey.getPrivate(), "1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C", clock.instant(), false);
    }

    public Notification stale(String outTradeNo) {
        return notification(transactionJson(orders.get(outTradeNo), orders.get(outTradeNo).totalFen()),
                platformKey.getPrivate(), platformSerial(), clock.instant().minus(Duration.ofMinutes(6)), false);
    }

    /** The resource's ciphertext changed (one byte), and the whole then signed: the signature holds, the GCM tag not. */
    public Notification tampered(String outTradeNo) {
        return notification(transactionJson(orders.get(outTradeNo), orders.get(outTradeNo).totalFen()),
                platformKey.getPrivate(), platformSerial(), clock.instant(), true);
    }

    /** Sign a body as the platform does (for a test that changes a notification after signing). */
    public Map<String, String> signedHeaders(String body, Instant at, PrivateKey key, String serial) {
        String timestamp = Long.toString(at.getEpochSecond());
        String nonce = HexFormat.of().withUpperCase().formatHex(random(16));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("wechatpay-timestamp", timestamp);
        headers.put("wechatpay-nonce", nonce);
        headers.put("wechatpay-serial", serial);
        headers.put("wechatpay-signature-type", "WECHATPAY2-SHA256-RSA2048");
        headers.put("wechatpay-signature", sign(key, timestamp + "\n" + nonce + "\n" + body + "\n"));
        return headers;
    }

    private Notification notification(String transaction, PrivateKey key, String serial, Instant at, boolean tamper) {
        String nonce = HexFormat.of().formatHex(random(6));
        String ciphertext = encrypt(transaction, nonce);
        if (tamper) {
            byte[] bytes = Base64.getDecoder().decode(ciphertext);
            bytes[3] ^= 0x01;
            ciphertext = Base64.getEncoder().encodeToString(bytes);
        }
        String body = "{\"id\":\"EV-" + HexFormat.of().formatHex(random(8)) + "\",\"create_time\":\""
                + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atOffset(ZoneOffset.ofHours(8)))
                + "\",\"resource_type\":\"encrypt-resource\",\"event_type\":\"TRANSACTION.SUCCESS\",\"summary\":\"支付成功\","
                + "\"resource\":{\"original_type\":\"transaction\",\"algorithm\":\"AEAD_AES_256_GCM\",\"ciphertext\":\""
                + ciphertext + "\",\"associated_data\":\"transaction\",\"nonce\":\"" + nonce + "\"}}";
        return new Notification(signedHeaders(body, at, key, serial), body);
    }

    private String transactionJson(Order order, long paidFen) {
        boolean paid = order.transactionId() != null;
        return "{\"appid\":\"" + APPID + "\",\"mchid\":\"" + MCHID + "\",\"out_trade_no\":\"" + order.outTradeNo() + "\","
                + (paid ? "\"transaction_id\":\"" + order.transactionId() + "\"," : "")
                + "\"trade_type\":\"NATIVE\",\"trade_state\":\"" + (paid ? "SUCCESS" : order.closed() ? "CLOSED" : "NOTPAY")
                + "\",\"trade_state_desc\":\"" + (paid ? "支付成功" : "订单未支付") + "\",\"bank_type\":\"OTHERS\","
                + (paid ? "\"success_time\":\"" + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        order.paidAt().atOffset(ZoneOffset.ofHours(8))) + "\"," : "")
                + "\"payer\":{\"openid\":\"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o\"},"
                + "\"amount\":{\"total\":" + paidFen + ",\"payer_total\":" + paidFen
                + ",\"currency\":\"CNY\",\"payer_currency\":\"CNY\"}}";
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String pathAndQuery = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        boolean verified = verifies(authorization, method, pathAndQuery, body);
        received.add(new Received(method, pathAndQuery, authorization, body, verified));
        if (!verified) {
            answer(exchange, 401, "{\"code\":\"SIGN_ERROR\",\"message\":\"签名错误\"}");
            return;
        }
        String path = exchange.getRequestURI().getPath();
        if (method.equals("POST") && path.equals("/v3/pay/transactions/native")) {
            String outTradeNo = field(body, "out_trade_no");
            long total = Long.parseLong(body.replaceAll(".*\"total\":(\\d+).*", "$1"));
            orders.putIfAbsent(outTradeNo, new Order(outTradeNo, total, null, null, false));
            answer(exchange, 200, "{\"code_url\":\"weixin://wxpay/bizpayurl?pr=" + outTradeNo.substring(0, 7) + "\"}");
        } else if (method.equals("GET") && path.startsWith("/v3/pay/transactions/out-trade-no/")) {
            Order order = orders.get(path.substring("/v3/pay/transactions/out-trade-no/".length()));
            if (order == null) {
                answer(exchange, 404, "{\"code\":\"ORDER_NOT_EXIST\",\"message\":\"订单不存在\"}");
            } else {
                answer(exchange, 200, transactionJson(order, order.totalFen()));
            }
        } else if (method.equals("POST") && path.endsWith("/close")) {
            String outTradeNo = path.substring("/v3/pay/transactions/out-trade-no/".length(), path.length() - "/close".length());
            orders.computeIfPresent(outTradeNo, (no, order) -> order.transactionId() != null ? order
                    : new Order(no, order.totalFen(), null, null, true));
            answer(exchange, 204, "");
        } else {
            answer(exchange, 404, "{\"code\":\"NOT_FOUND\",\"message\":\"no such API\"}");
        }
    }

    private boolean verifies(String authorization, String method, String pathAndQuery, String body) {
        if (authorization == null) {
            return false;
        }
        Matcher matcher = AUTHORIZATION.matcher(authorization);
        if (!matcher.matches() || !matcher.group(1).equals(MCHID) || !matcher.group(5).equals(MERCHANT_SERIAL)) {
            return false;
        }
        String message = method + "\n" + pathAndQuery + "\n" + matcher.group(4) + "\n" + matcher.group(2) + "\n" + body + "\n";
        return verify(merchantKey.getPublic(), message, matcher.group(3));
    }

    private void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Request-ID", "08F78BB5AF0610D302A1D9AC0120EFA0");
        signedHeaders(body, clock.instant(), forgeResponses ? rsa().getPrivate() : platformKey.getPrivate(), platformSerial())
                .forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private String encrypt(String plaintext, String nonce) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(apiV3Key.getBytes(StandardCharsets.UTF_8), "AES"),
                    new GCMParameterSpec(128, nonce.getBytes(StandardCharsets.UTF_8)));
            cipher.updateAAD("transaction".getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sign(PrivateKey key, String message) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(message.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean verify(PublicKey key, String message, String signatureBase64) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(key);
            signature.update(message.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        return matcher.find() ? matcher.group(1) : null;
    }

    static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate selfSigned(KeyPair key) throws Exception {
        X500Name name = new X500Name("CN=Tenpay.com Root CA TEST, O=PropertyOps tests, C=CN");
        Instant now = Instant.now();
        return new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name,
                new BigInteger(64, RANDOM).abs().add(BigInteger.ONE), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(365))), name, key.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(key.getPrivate())));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static byte[] random(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return random;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
