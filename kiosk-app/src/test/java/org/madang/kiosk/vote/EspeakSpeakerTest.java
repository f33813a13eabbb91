package org.madang.kiosk.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EspeakSpeakerTest {

    @TempDir
    Path dir;

    @Test
    void startsTheSpeechProcessOnItsRunnerNeverOnTheCallersThread() throws Exception {
        Path said = dir.resolve("said.txt");
        List<Runnable> queued = new ArrayList<>();
        // $0 = sh, $1 = "--", $2 = the sentence.
        EspeakSpeaker speaker = new EspeakSpeaker(List.of("sh", "-c", "printf %s \"$2\" > \"" + said + "\"", "sh"),
                queued::add);

        speaker.say("-투표가 기록되었습니다.");

        assertThat(queued).hasSize(1);
        assertThat(said).doesNotExist();
        queued.getFirst().run();
        // The child process writes the file; wait for it (not for a timer of ours).
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!(Files.exists(said) && Files.size(said) > 0) && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(Files.readString(said, StandardCharsets.UTF_8)).isEqualTo("-투표가 기록되었습니다.");
    }
}
