package io.propertyops.facility.certificate.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats a certificate's scan may have, told by the first bytes of the content, not by what the client says. */
public enum AttachmentType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    /** How many bytes {@link #sniff} needs. */
    public static final int HEAD_LENGTH = 5;

    private final String mediaType;
    private final byte[] magic;

    AttachmentType(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format a declared content type names, if it is one of these. */
    public static Optional<AttachmentType> declared(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String type = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(type) || t == JPEG && type.equals("image/jpg"))
                .findFirst();
    }

    /** The format the content's first bytes show, if it is one of these. */
    public static Optional<AttachmentType> sniff(byte[] head) {
        return Arrays.stream(values()).filter(t -> head.length >= t.magic.length
                && Arrays.equals(Arrays.copyOf(head, t.magic.length), t.magic)).findFirst();
    }
}
