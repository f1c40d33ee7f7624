package io.propertyops.ticket.photo.persistence;

import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import io.propertyops.ticket.workorder.application.TicketScopes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Photos of a work order over HTTP: the reporter, the technician it is dispatched to and the community's staff add
 * them and read them back byte for byte; everyone else meets 404; what is not a photo, too large, or one too many
 * is refused and leaves nothing in the store.
 */
@ServiceTest
class WorkOrderPhotosTest {

    static final String COMMUNITY = "community-photos";
    static final int MB = 1024 * 1024;

    @Autowired
    TestHttp http;

    @Autowired
    MongoTemplate mongo;
    @Autowired
    Clock clock;

    final String owner = TestTokens.owner("owner-" + UUID.randomUUID(), COMMUNITY, "unit-802").token();
    final String otherOwner = TestTokens.owner("owner-" + UUID.randomUUID(), COMMUNITY, "unit-803").token();
    final String agent = TestTokens.staff("agent-" + UUID.randomUUID(), "CUSTOMER_SERVICE", COMMUNITY).token();
    final String foreignAgent = TestTokens.staff("agent-" + UUID.randomUUID(), "CUSTOMER_SERVICE", "community-far").token();
    final String electricianId = "tech-" + UUID.randomUUID();
    final String electrician = TestTokens.staff(electricianId, "TECHNICIAN", COMMUNITY).token();
    final String otherTechnician = TestTokens.staff("tech-" + UUID.randomUUID(), "TECHNICIAN", COMMUNITY).token();

    String report(String token, String unit) {
        var created = http.post("/api/v1/tickets", token, """
                {"kind": "REPAIR", "category": "electrical", "urgency": "NORMAL", "title": "卫生间插座冒火花",
                 "unitId": "%s"}""".formatted(unit));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json("$.id");
    }

    String dispatchedToTheElectrician() {
        String id = report(owner, "unit-802");
        assertThat(http.post("/api/v1/tickets/" + id + "/accept", agent, "{}").status()).isEqualTo(200);
        var dispatched = http.post("/api/v1/tickets/" + id + "/dispatch", agent,
                "{\"technicianId\": \"" + electricianId + "\"}");
        assertThat(dispatched.status()).as(dispatched.toString()).isEqualTo(200);
        return id;
    }

    TestHttp.Response upload(String id, String token, String contentType, byte[] bytes) {
        return http.send(http.request("/api/v1/tickets/" + id + "/photos", token)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    HttpResponse<byte[]> download(String id, String photoId, String token) throws Exception {
        return HttpClient.newHttpClient().send(http.request("/api/v1/tickets/" + id + "/photos/" + photoId, token).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static void assertProblem(TestHttp.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.<String>json("$.code")).isEqualTo(code);
    }

    /** A real photo in this format, padded to about this size (decoders stop at the image's end marker). */
    static byte[] photo(String format, int size) {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.ORANGE);
        graphics.fillRect(8, 8, 40, 20);
        graphics.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            byte[] padding = new byte[Math.max(0, size - out.size())];
            new Random(size).nextBytes(padding);
            out.write(padding);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything the photo store holds, across work orders. */
    record Stored(long slots, long files, long chunks) {
    }

    Stored stored() {
        return new Stored(mongo.getCollection("photo_slots").countDocuments(),
                mongo.getCollection("photos.files").countDocuments(), mongo.getCollection("photos.chunks").countDocuments());
    }

    @Test
    void theReporterTheAssignedTechnicianAndStaffAddPhotosThatReadBackByteForByte() throws Exception {
        String id = dispatchedToTheElectrician();
        byte[] before = photo("jpg", 3 * MB);
        byte[] after = photo("png", 40_000);

        var fromOwner = upload(id, owner, "image/jpeg", before);
        var fromTechnician = upload(id, electrician, "image/png", after);
        var fromAgent = upload(id, agent, "image/jpeg", photo("jpg", 1000));

        assertThat(fromOwner.status()).as(fromOwner.toString()).isEqualTo(201);
        assertThat(fromTechnician.status()).as(fromTechnician.toString()).isEqualTo(201);
        assertThat(fromAgent.status()).as(fromAgent.toString()).isEqualTo(201);
        String ownersPhoto = fromOwner.json("$.id");
        assertThat(fromOwner.header("Location")).isEqualTo("/api/v1/tickets/" + id + "/photos/" + ownersPhoto);
        assertThat(fromOwner.<Integer>json("$.size")).isEqualTo(before.length);

        var listed = http.get("/api/v1/tickets/" + id + "/photos", owner);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.<String>json("$.workOrderId")).isEqualTo(id);
        assertThat(listed.<List<String>>json("$.items[*].contentType")).containsExactly("image/jpeg", "image/png", "image/jpeg");
        assertThat(listed.<List<Integer>>json("$.items[*].size")).containsExactly(before.length, after.length, 1000);
        assertThat(listed.<List<String>>json("$.items[*].uploadedAt")).doesNotContainNull();
        assertThat(listed.<String>json("$.items[1].uploadedBy")).isEqualTo(electricianId);
        assertThat(http.get("/api/v1/tickets/" + id + "/photos", electrician).<List<String>>json("$.items[*].id"))
                .containsExactlyElementsOf(listed.json("$.items[*].id"));

        HttpResponse<byte[]> bytes = download(id, ownersPhoto, electrician);
        assertThat(bytes.statusCode()).isEqualTo(200);
        assertThat(bytes.body()).isEqualTo(before);
        assertThat(bytes.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(bytes.headers().firstValue("Cache-Control")).contains("private");
        assertThat(bytes.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(download(id, fromTechnician.json("$.id"), owner).body()).isEqualTo(after);
    }

    @Test
    void whoeverMayNotSeeTheWorkOrderMeetsNotFoundForItsPhotos() throws Exception {
        String id = dispatchedToTheElectrician();
        String photoId = upload(id, owner, "image/jpeg", photo("jpg", 5000)).json("$.id");
        String otherOwnersWorkOrder = report(otherOwner, "unit-803");
        Stored before = stored();

        for (String stranger : List.of(otherOwner, otherTechnician, foreignAgent)) {
            assertProblem(upload(id, stranger, "image/jpeg", photo("jpg", 5000)), 404, "not-found");
            assertProblem(http.get("/api/v1/tickets/" + id + "/photos", stranger), 404, "not-found");
            assertThat(download(id, photoId, stranger).statusCode()).isEqualTo(404);
        }
        assertThat(download(otherOwnersWorkOrder, photoId, otherOwner).statusCode())
                .as("a photo asked for under the caller's own work order").isEqualTo(404);
        String integration = TestTokens.integration("crm-" + UUID.randomUUID(), COMMUNITY)
                .scopes(TicketScopes.READ, TicketScopes.WRITE).token();
        assertProblem(upload(id, integration, "image/jpeg", photo("jpg", 5000)), 403, "forbidden");
        assertThat(download(id, photoId, integration).body()).isEqualTo(download(id, photoId, owner).body());
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void onlyJpegPngWebpAndHeicAreAcceptedByTheirContentNotTheirName() {
        String id = report(owner, "unit-802");
        Stored before = stored();
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] text = "插座的照片在我手机里，稍后发".getBytes(StandardCharsets.UTF_8);

        assertProblem(upload(id, owner, "application/pdf", pdf), 415, "unsupported-media-type");
        assertProblem(upload(id, owner, "image/jpeg", pdf), 415, "unsupported-media-type");
        assertProblem(upload(id, owner, "image/jpeg", text), 415, "unsupported-media-type");
        assertProblem(upload(id, owner, "image/png", new byte[0]), 415, "unsupported-media-type");
        assertProblem(upload(id, owner, "application/json", "{}".getBytes(StandardCharsets.UTF_8)), 415, "unsupported-media-type");
        assertThat(stored()).isEqualTo(before);

        byte[] webp = ("RIFF\u0024\0\0\0WEBPVP8 " + "x".repeat(100)).getBytes(StandardCharsets.ISO_8859_1);
        byte[] heic = ("\0\0\0\u0018ftypheic\0\0\0\0mif1heic" + "x".repeat(100)).getBytes(StandardCharsets.ISO_8859_1);
        assertThat(upload(id, owner, "image/webp", webp).<String>json("$.contentType")).isEqualTo("image/webp");
        assertThat(upload(id, owner, "image/heic", heic).<String>json("$.contentType")).isEqualTo("image/heic");
        assertThat(upload(id, owner, "image/jpeg", photo("png", 2000)).<String>json("$.contentType"))
                .as("the bytes decide the format served").isEqualTo("image/png");
    }

    @Test
    void aPhotoOverTenMegabytesIsRefusedWhetherItsLengthIsDeclaredOrNotAndLeavesNothing() {
        String id = report(owner, "unit-802");
        Stored before = stored();
        byte[] tooLarge = photo("jpg", 10 * MB + 300 * 1024);

        assertProblem(upload(id, owner, "image/jpeg", tooLarge), 413, "payload-too-large");
        var chunked = http.send(http.request("/api/v1/tickets/" + id + "/photos", owner).header("Content-Type", "image/jpeg")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(tooLarge))));
        assertProblem(chunked, 413, "payload-too-large");
        assertThat(stored()).as("no slot, file or chunk of the refused uploads").isEqualTo(before);

        assertThat(upload(id, owner, "image/jpeg", photo("jpg", 10 * MB)).status()).isEqualTo(201);
    }

    @Test
    void theOpenApiDocumentDescribesTheUploadAsTheImageItself() {
        var docs = http.get("/v3/api-docs", null);
        String upload = "$.paths['/api/v1/tickets/{id}/photos'].post";

        assertThat(docs.<Map<String, Object>>json(upload + ".requestBody.content"))
                .containsOnlyKeys("image/jpeg", "image/png", "image/webp", "image/heic");
        assertThat(docs.<String>json(upload + ".requestBody.content['image/jpeg'].schema.format")).isEqualTo("binary");
        assertThat(docs.<Map<String, Object>>json(upload + ".responses")).containsKeys("201", "404", "409", "413", "415");
        assertThat(docs.<List<String>>json(upload + ".x-allowed-roles")).contains("OWNER", "TECHNICIAN").doesNotContain("INTEGRATION");
        assertThat(docs.<Map<String, Object>>json("$.paths['/api/v1/tickets/{id}/photos/{photoId}'].get.responses['200'].content"))
                .containsKeys("image/jpeg", "image/heic");
    }

    @Test
    void otherPathsStillRefuseBodiesOver256Kilobytes() {
        String id = report(owner, "unit-802");
        String large = "{\"reason\": \"" + "x".repeat(300 * 1024) + "\"}";

        assertProblem(http.post("/api/v1/tickets/" + id + "/cancel", owner, large), 413, "payload-too-large");
        assertProblem(http.post("/api/v1/tickets/" + id + "/photos/p1", owner, large), 413, "payload-too-large");
        assertProblem(http.post("/api/v1/tickets", owner, large), 413, "payload-too-large");
    }

    @Test
    void theTenthPhotoIsRefusedAndNotStored() {
        String id = report(owner, "unit-802");
        for (int i = 0; i < 9; i++) {
            assertThat(upload(id, owner, "image/jpeg", photo("jpg", 2000 + i)).status()).isEqualTo(201);
        }
        Stored nine = stored();

        assertProblem(upload(id, owner, "image/jpeg", photo("jpg", 3000)), 409, "photo-limit-reached");
        assertThat(stored()).isEqualTo(nine);
        assertThat(http.get("/api/v1/tickets/" + id + "/photos", owner).<List<Object>>json("$.items")).hasSize(9);
    }

    @Test
    void tenUploadsAtOnceStoreNineAndRefuseOne() throws Exception {
        String id = report(owner, "unit-802");
        Stored before = stored();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        try (ExecutorService uploaders = Executors.newFixedThreadPool(10)) {
            for (int i = 0; i < 10; i++) {
                byte[] photo = photo("jpg", 300_000 + i);
                statuses.add(uploaders.submit(() -> {
                    start.await();
                    return upload(id, owner, "image/jpeg", photo).status();
                }));
            }
            start.countDown();
        }
        int[] answers = new int[10];
        for (int i = 0; i < 10; i++) {
            answers[i] = statuses.get(i).get();
        }

        assertThat(Arrays.stream(answers).boxed().toList()).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(9);
        assertThat(http.get("/api/v1/tickets/" + id + "/photos", owner).<List<Object>>json("$.items")).hasSize(9);
        Stored after = stored();
        assertThat(after.slots() - before.slots()).isEqualTo(9);
        assertThat(after.files() - before.files()).isEqualTo(9);
        assertThatThrownBy(() -> mongo.insert(PhotoSlot.claim("late", id, 0, "someone", clock.instant())))
                .as("the store itself refuses a second photo in a slot").isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void anUploadWhoseReplicaDiedMidwayGivesItsSlotAndBytesBackAfterHalfAnHour() throws Exception {
        String id = report(owner, "unit-802");
        mongo.insert(PhotoSlot.claim("died-midway", id, 0, "owner", clock.instant().minus(Duration.ofMinutes(31))));
        mongo.getCollection("photos.chunks").insertOne(new Document("files_id", "died-midway").append("n", 0)
                .append("data", new Binary(new byte[1000])));
        assertThat(http.get("/api/v1/tickets/" + id + "/photos", owner).<List<Object>>json("$.items"))
                .as("an upload under way is not listed").isEmpty();
        assertThat(download(id, "died-midway", owner).statusCode()).isEqualTo(404);
        for (int i = 0; i < 8; i++) {
            assertThat(upload(id, owner, "image/jpeg", photo("jpg", 2000 + i)).status()).isEqualTo(201);
        }

        assertThat(upload(id, owner, "image/jpeg", photo("jpg", 3000)).status()).isEqualTo(201);
        assertThat(http.get("/api/v1/tickets/" + id + "/photos", owner).<List<String>>json("$.items[*].id"))
                .hasSize(9).doesNotContain("died-midway");
        assertThat(mongo.getCollection("photos.chunks").countDocuments(new Document("files_id", "died-midway"))).isZero();
    }
}
