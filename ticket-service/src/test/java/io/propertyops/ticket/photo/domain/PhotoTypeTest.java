package io.propertyops.ticket.photo.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PhotoTypeTest {

    static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** An ISO-BMFF ftyp box as phones write it: size, "ftyp", major brand, minor version, compatible brands. */
    static byte[] ftyp(String major, String... compatible) {
        int size = 16 + 4 * compatible.length;
        StringBuilder box = new StringBuilder().append((char) 0).append((char) 0).append((char) 0).append((char) size)
                .append("ftyp").append(major).append("\0\0\0\0");
        for (String brand : compatible) {
            box.append(brand);
        }
        return ascii(box.toString());
    }

    @Test
    void recognisesEachAcceptedFormatByItsFirstBytes() {
        assertThat(PhotoType.sniff(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'))).contains(PhotoType.JPEG);
        assertThat(PhotoType.sniff(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13))).contains(PhotoType.PNG);
        assertThat(PhotoType.sniff(ascii("RIFF\u0024\0\0\0WEBPVP8 "))).contains(PhotoType.WEBP);
        assertThat(PhotoType.sniff(ftyp("heic", "mif1", "heic"))).contains(PhotoType.HEIC);
        assertThat(PhotoType.sniff(ftyp("mif1", "mif1", "heic"))).contains(PhotoType.HEIC);
    }

    @Test
    void refusesWhatOnlyLooksLikeAPhotoByName() {
        assertThat(PhotoType.sniff(ascii("%PDF-1.7\n%âãÏÓ\n1 0 obj"))).isEmpty();
        assertThat(PhotoType.sniff(ascii("just some text, saved as leak.jpg"))).isEmpty();
        assertThat(PhotoType.sniff(ascii("GIF89a\u0001\0\u0001\0"))).isEmpty();
        assertThat(PhotoType.sniff(ascii("RIFF\u0024\0\0\0WAVEfmt "))).isEmpty();
        assertThat(PhotoType.sniff(ftyp("avif", "mif1", "avif"))).isEmpty();
        assertThat(PhotoType.sniff(ftyp("mif1", "mif1", "avif"))).isEmpty();
        assertThat(PhotoType.sniff(ftyp("isom", "isom", "mp41"))).isEmpty();
        assertThat(PhotoType.sniff(new byte[0])).isEmpty();
        assertThat(PhotoType.sniff(bytes(0xFF, 0xD8))).isEmpty();
    }

    @Test
    void readsTheDeclaredTypeWithParametersAndCase() {
        assertThat(PhotoType.declared("image/JPEG")).contains(PhotoType.JPEG);
        assertThat(PhotoType.declared("image/png; charset=binary")).contains(PhotoType.PNG);
        assertThat(PhotoType.declared("image/heif")).contains(PhotoType.HEIC);
        assertThat(PhotoType.declared("application/pdf")).isEqualTo(Optional.empty());
        assertThat(PhotoType.declared(null)).isEmpty();
    }
}
