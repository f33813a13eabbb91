package org.madang.sync.agent.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.sync.agent.testing.TestDevice;
import org.madang.sync.api.SyncApi;
import org.madang.sync.api.wire.UploadBatch;

class BatchesTest {

    @TempDir
    Path dataDir;

    @Test
    void incompressibleSixtyKibRecordsStillGiveBodiesWithinTheLimitAndSkipNothing() throws Exception {
        try (TestDevice device = TestDevice.create(dataDir, java.net.URI.create("http://127.0.0.1:9/"))) {
            device.appendIncompressible(60, 60 * 1024);
            Batches batches = new Batches(device.journal(), TestDevice.DEVICE_ID, device.journalId(), 2000,
                    SyncApi.MAX_UPLOAD_BYTES);
            List<Long> seqs = new ArrayList<>();
            List<Integer> sizes = new ArrayList<>();
            long after = 0;
            int requests = 0;
            Optional<EncodedBatch> batch;
            while ((batch = batches.next(after)).isPresent()) {
                requests++;
                assertThat(batch.get().body().length).isLessThanOrEqualTo(SyncApi.MAX_UPLOAD_BYTES);
                sizes.add(batch.get().body().length);
                UploadBatch decoded = UploadBatch.decode(batch.get().body(), SyncApi.MAX_INFLATED_BYTES);
                decoded.records().forEach(r -> seqs.add(r.seq()));
                assertThat(decoded.records().getFirst().seq()).isEqualTo(batch.get().firstSeq());
                assertThat(decoded.records().getLast().seq()).isEqualTo(batch.get().lastSeq());
                after = batch.get().lastSeq();
            }
            assertThat(seqs).containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 61).boxed().toList());
            assertThat(requests).isGreaterThan(1);
            assertThat(sizes.subList(0, sizes.size() - 1)).as("split bodies are still well filled")
                    .allMatch(size -> size > SyncApi.MAX_UPLOAD_BYTES / 2);
        }
    }

    @Test
    void restartsFromTheAskedPositionWhenItIsNotWhereTheLastBatchEnded() throws Exception {
        try (TestDevice device = TestDevice.create(dataDir, java.net.URI.create("http://127.0.0.1:9/"))) {
            device.append(49);
            Batches batches = new Batches(device.journal(), TestDevice.DEVICE_ID, device.journalId(), 20,
                    SyncApi.MAX_UPLOAD_BYTES);
            EncodedBatch first = batches.next(0).orElseThrow();
            assertThat(first.firstSeq()).isEqualTo(1);
            assertThat(first.lastSeq()).isEqualTo(20);
            EncodedBatch again = batches.next(7).orElseThrow();
            assertThat(again.firstSeq()).isEqualTo(8);
            assertThat(again.lastSeq()).as("a full batch of 20 from the asked position").isEqualTo(27);
            assertThat(again.hashOf(8)).contains(device.journal().readAfter(7, 1).getFirst().hash().hex());
            assertThat(UploadBatch.decode(again.body(), SyncApi.MAX_INFLATED_BYTES).records())
                    .containsExactlyElementsOf(device.journal().readAfter(7, 20));
            assertThat(batches.next(50)).as("nothing after the journal's end").isEmpty();
        }
    }
}
