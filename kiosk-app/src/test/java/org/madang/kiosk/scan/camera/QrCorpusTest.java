package org.madang.kiosk.scan.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every photo of ZXing's QR black-box set through the camera path (folder source → decoder),
 * held to at least the pass counts ZXing's own tests demand at 0° with TRY_HARDER
 * (QRCodeBlackBox1..6TestCase). ZXing also rotates each image by 90°, 180° and 270°; QR finder
 * patterns are rotation-invariant and the same decoder reads them, so those passes are skipped.
 */
class QrCorpusTest {

    @ParameterizedTest(name = "{0}: at least {1} of {2}")
    @CsvSource({
        "qrcode-1, 17, 20",
        "qrcode-2, 31, 35",
        "qrcode-3, 38, 42",
        "qrcode-4, 36, 48",
        "qrcode-5, 19, 19",
        "qrcode-6, 15, 15",
    })
    void theCameraPathReadsAtLeastWhatZxingsOwnTestsDemand(String name, int mustPass, int images) throws Exception {
        Optional<Path> corpus = Corpus.qrBlackbox();
        assumeTrue(corpus.isPresent(), "the shared corpus is not beside this checkout (../shared/corpora/qr-zxing-blackbox)");
        Path folder = corpus.get().resolve(name);

        var decoder = new QrDecoder();
        int total = 0;
        int correct = 0;
        var wrong = new StringBuilder();
        try (var source = new FolderFrameSource(folder)) {
            for (Optional<Frame> f = source.next(); f.isPresent(); f = source.next()) {
                total++;
                Frame frame = f.get();
                Optional<String> text = decoder.decode(frame.image());
                if (text.isPresent() && text.get().equals(Corpus.expectedText(folder, frame.label()))) {
                    correct++;
                } else {
                    wrong.append(' ').append(frame.label()).append(text.isPresent() ? "(wrong text)" : "");
                }
            }
        }
        System.out.printf("%s: %d/%d decoded correctly; missed:%s%n", name, correct, total, wrong);

        assertThat(total).isEqualTo(images);
        assertThat(correct).as("correct decodes in %s (missed:%s)", name, wrong).isGreaterThanOrEqualTo(mustPass);
    }
}
