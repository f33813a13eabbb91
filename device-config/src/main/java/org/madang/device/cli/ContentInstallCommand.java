package org.madang.device.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.madang.device.content.ContentBundle;
import org.madang.device.content.ContentBundles;
import org.madang.device.content.ContentException;
import org.madang.device.content.ContentStore;
import org.madang.device.content.Event;
import org.madang.device.content.poll.Poll;
import org.madang.device.content.poll.SealKey;
import org.madang.device.content.survey.Survey;
import org.madang.device.profile.DeviceProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code device-config content-install --data-dir DIR FILE}: staff load a content bundle from a
 * USB stick when the device has no network. The bundle must be signed by a central key in the
 * profile and newer than the installed one; otherwise nothing changes.
 */
@Command(name = "content-install")
final class ContentInstallCommand implements Callable<Integer> {

    @Mixin
    private CommonOptions common;

    @Mixin
    private DataDirOption dataDir;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "content-install.file")
    private Path file;

    @Override
    public Integer call() throws CommandFailure {
        DataDirectory directory = dataDir.existing();
        DeviceProfile profile = directory.readProfile();
        byte[] bytes = read(file);
        ContentStore store = ContentStore.in(directory.root(), ContentFailures.trustedKeys(profile));
        ContentBundle bundle;
        try {
            bundle = store.install(bytes);
        } catch (ContentException e) {
            throw ContentFailures.refused(file, e);
        } catch (IOException e) {
            throw Failures.io(store.directory(), e);
        }
        print(common.messages(), bundle, store.directory().resolve(ContentStore.CURRENT));
        return ExitStatus.OK.code();
    }

    static byte[] read(Path file) throws CommandFailure {
        try {
            if (Files.isRegularFile(file) && Files.size(file) > ContentBundles.MAX_CHARS) {
                throw new CommandFailure(ExitStatus.CHECK_FAILED, Text.of("error.content.too-large", file,
                        ContentBundles.MAX_CHARS / (1024 * 1024)));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw Failures.io(file, e);
        }
    }

    /** Staff read local times: events are published in Asia/Seoul. */
    static String seoul(java.time.Instant instant) {
        return instant.atZone(DemoKitCommand.SEOUL).toOffsetDateTime().toString();
    }

    private void print(Messages messages, ContentBundle bundle, Path installedAs) {
        var out = common.environment().out();
        out.println(messages.get("content.installed", String.valueOf(bundle.version()), bundle.district(), installedAs));
        out.println("  " + messages.get("content.installed.issued", bundle.issuedAt().toString()));
        out.println("  " + messages.get("content.installed.revocations", bundle.revocations().size()));
        out.println("  " + messages.get("content.installed.events", bundle.events().size()));
        for (Event event : bundle.events()) {
            out.println("    " + messages.get("content.installed.event", event.id(), event.titleKo(), event.titleEn(),
                    seoul(event.start()), seoul(event.end()), event.points(), event.limit().contentName(),
                    event.siteCode().orElse("*")));
        }
        out.println("  " + messages.get("content.installed.polls", bundle.polls().size()));
        out.println("  " + messages.get("content.installed.surveys", bundle.surveys().size()));
        pollsAndSurveys(out, messages, bundle, "    ");
    }

    /** One line per poll and per survey, for content-install and demo-kit. */
    static void pollsAndSurveys(java.io.PrintWriter out, Messages messages, ContentBundle bundle, String indent) {
        for (Poll poll : bundle.polls()) {
            out.println(indent + messages.get("content.installed.poll", poll.id(), poll.title().ko(), poll.title().en(),
                    poll.rule().contentName(), poll.items().size(), poll.seal().map(SealKey::keyId).orElse("-"),
                    seoul(poll.opens()), seoul(poll.closes())));
        }
        for (Survey survey : bundle.surveys()) {
            out.println(indent + messages.get("content.installed.survey", survey.id(), survey.title().ko(),
                    survey.title().en(), survey.questions().size(), survey.points(), seoul(survey.opens()),
                    seoul(survey.closes())));
        }
    }
}
