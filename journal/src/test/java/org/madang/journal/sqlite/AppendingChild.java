package org.madang.journal.sqlite;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import org.madang.journal.AppendReceipt;
import org.madang.journal.JournalOptions;
import org.madang.journal.RecordDraft;
import org.madang.journal.RecordKind;
import org.madang.journal.signing.Ed25519KeyPair;

/**
 * A writer process for the crash and concurrency tests: appends check-ins in a loop and prints
 * {@code seq id} for each one only after {@code append} returned, i.e. once it is durable.
 *
 * <p>Arguments: journal file, device key seed (hex), how many to append (0 = until killed).
 */
public final class AppendingChild {

    private AppendingChild() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Ed25519KeyPair key = Ed25519KeyPair.ofSeed(HexFormat.of().parseHex(args[1]));
        long count = Long.parseLong(args[2]);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (SqliteJournal journal = SqliteJournal.open(JournalOptions.defaults(file, key, "appending child"))) {
            out.println("open " + ProcessHandle.current().pid());
            out.flush();
            for (long i = 0; count == 0 || i < count; i++) {
                AppendReceipt receipt = journal.append(RecordDraft.of(RecordKind.CHECKIN,
                        Map.of("event", "crash-test", "member", "m" + i, "points", 100)));
                out.println(receipt.seq() + " " + receipt.id());
                out.flush();
            }
        }
        out.println("done");
        out.flush();
    }
}
