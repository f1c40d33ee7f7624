package io.propertyops.ticket.photo.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The image formats a work-order photo may have, told by the file's first bytes, not by what the client declares. */
public enum PhotoType {

    JPEG("image/jpeg"),
    PNG("image/png"),
    WEBP("image/webp"),
    HEIC("image/heic");

    /** Enough of a file to tell its format: a HEIF file's ftyp box names its brands within the first 32 bytes. */
    public static final int HEAD_LENGTH = 32;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final Set<String> HEIC_BRANDS = Set.of("heic", "heix", "heim", "heis", "hevc", "hevx");
    /** Generic HEIF brands: phones that write them list a HEIC brand among the compatible ones. */
    private static final Set<String> HEIF_BRANDS = Set.of("mif1", "msf1");

    private final String mediaType;

    PhotoType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** What a Content-Type header names, when it is one of these formats (image/heif counts as HEIC). */
    public static Optional<PhotoType> declared(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (type.equals("image/heif")) {
            return Optional.of(HEIC);
        }
        return Arrays.stream(values()).filter(candidate -> candidate.mediaType.equals(type)).findFirst();
    }

    public static Optional<PhotoType> sniff(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (head.length >= 8 && Arrays.equals(head, 0, 8, PNG_SIGNATURE, 0, 8)) {
            return Optional.of(PNG);
        }
        if (head.length >= 12 && ascii(head, 0).equals("RIFF") && ascii(head, 8).equals("WEBP")) {
            return Optional.of(WEBP);
        }
        if (head.length >= 12 && ascii(head, 4).equals("ftyp") && isHeic(head)) {
            return Optional.of(HEIC);
        }
        return Optional.empty();
    }

    /** ftyp box: size (4), "ftyp", major brand (4), minor version (4), then compatible brands to the box's end. */
    private static boolean isHeic(byte[] head) {
        String major = ascii(head, 8);
        if (HEIC_BRANDS.contains(major)) {
            return true;
        }
        if (!HEIF_BRANDS.contains(major)) {
            return false;
        }
        long boxSize = ((head[0] & 0xFFL) << 24) | ((head[1] & 0xFF) << 16) | ((head[2] & 0xFF) << 8) | (head[3] & 0xFF);
        for (int at = 16; at + 4 <= Math.min(boxSize, head.length); at += 4) {
            if (HEIC_BRANDS.contains(ascii(head, at))) {
                return true;
            }
        }
        return false;
    }

    private static String ascii(byte[] bytes, int offset) {
        return new String(bytes, offset, 4, StandardCharsets.ISO_8859_1);
    }
}
