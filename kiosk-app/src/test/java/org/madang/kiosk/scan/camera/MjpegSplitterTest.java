package org.madang.kiosk.scan.camera;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MjpegSplitterTest {

    private static final byte[] A = TestImages.jpeg(TestImages.qr("frame A", 200));
    private static final byte[] B = TestImages.jpeg(TestImages.qr("frame B", 240));

    private static List<byte[]> split(byte[]... parts) throws IOException {
        var stream = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            stream.write(p);
        }
        var splitter = new MjpegSplitter(new ByteArrayInputStream(stream.toByteArray()), 1 << 20);
        List<byte[]> frames = new ArrayList<>();
        for (Optional<byte[]> f = splitter.next(); f.isPresent(); f = splitter.next()) {
            frames.add(f.get());
        }
        return frames;
    }

    @Test
    void backToBackJpegsComeOutWhole() throws IOException {
        assertThat(split(A, B, A)).containsExactly(A, B, A);
    }

    @Test
    void garbageBeforeAndBetweenFramesIsSkipped() throws IOException {
        byte[] garbage = {0x00, (byte) 0xFF, 0x12, (byte) 0xFF, (byte) 0xD9, 'x', 'y'};
        assertThat(split(garbage, A, garbage, B, garbage)).containsExactly(A, B);
    }

    @Test
    void aTruncatedLastFrameIsDropped() throws IOException {
        assertThat(split(A, Arrays.copyOf(B, B.length / 2))).containsExactly(A);
    }

    @Test
    void aFrameCutOffByTheNextImageIsDroppedAndTheNextIsKept() throws IOException {
        assertThat(split(Arrays.copyOf(A, A.length / 2), B)).containsExactly(B);
    }

    @Test
    void anExifThumbnailsEndMarkerDoesNotEndTheFrame() throws IOException {
        // APP1 segment holding a tiny "thumbnail" with its own SOI ... EOI, inserted after SOI.
        byte[] thumb = {(byte) 0xFF, (byte) 0xD8, 1, 2, 3, (byte) 0xFF, (byte) 0xD9};
        byte[] app1 = new byte[4 + thumb.length];
        app1[0] = (byte) 0xFF;
        app1[1] = (byte) 0xE1;
        app1[2] = 0;
        app1[3] = (byte) (2 + thumb.length);
        System.arraycopy(thumb, 0, app1, 4, thumb.length);
        var withExif = new ByteArrayOutputStream();
        withExif.write(A, 0, 2);
        withExif.write(app1);
        withExif.write(A, 2, A.length - 2);

        assertThat(split(withExif.toByteArray(), B)).containsExactly(withExif.toByteArray(), B);
    }

    @Test
    void anEmptyStreamHasNoFrames() throws IOException {
        assertThat(split()).isEmpty();
    }

    @Test
    void aFrameOverTheSizeCapIsDroppedAndTheStreamGoesOn() throws IOException {
        var stream = new ByteArrayOutputStream();
        stream.write(B);
        stream.write(A);
        var splitter = new MjpegSplitter(new ByteArrayInputStream(stream.toByteArray()), A.length + 10);

        assertThat(splitter.next()).hasValueSatisfying(f -> assertThat(f).isEqualTo(A));
        assertThat(splitter.next()).isEmpty();
    }
}
