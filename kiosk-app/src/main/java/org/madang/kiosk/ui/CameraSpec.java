package org.madang.kiosk.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.madang.kiosk.scan.Sleeper;
import org.madang.kiosk.scan.camera.Backoff;
import org.madang.kiosk.scan.camera.CameraCommands;
import org.madang.kiosk.scan.camera.CommandFrameSource;
import org.madang.kiosk.scan.camera.FolderFrameSource;
import org.madang.kiosk.scan.camera.FrameSource;
import org.madang.kiosk.scan.camera.LoopingFolderSource;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Which camera the kiosk reads QR codes from, from {@code --camera SPEC}: {@code none},
 * {@code folder:DIR} (the images of a folder in a loop, for demos), {@code rpicam} (the Raspberry
 * Pi camera module through rpicam-vid) or {@code command:CMD} (any shell command writing MJPEG to
 * standard output, e.g. {@code command:ffmpeg -f v4l2 -i /dev/video0 -f mjpeg -}).
 */
public sealed interface CameraSpec {

    /** The forms {@code --camera} accepts, for messages. */
    String FORMS = "none, folder:DIR, rpicam or command:CMD";

    /** No camera: scanners only. */
    record None() implements CameraSpec {
    }

    /** The images of {@code folder}, over and over. */
    record Folder(Path folder) implements CameraSpec {
        public Folder {
            Objects.requireNonNull(folder, "folder");
        }
    }

    /** A command whose standard output is an MJPEG stream. */
    record Command(List<String> command) implements CameraSpec {
        public Command {
            command = List.copyOf(command);
            if (command.isEmpty()) {
                throw new IllegalArgumentException("--camera command: needs a command");
            }
        }
    }

    /** Parses a {@code --camera} value; a bad one names the option, the value and the accepted forms. */
    static CameraSpec parse(String text) {
        String value = text.strip();
        if (value.equals("none")) {
            return new None();
        }
        if (value.equals("rpicam")) {
            return new Command(CameraCommands.rpicamVid(640, 480, 15));
        }
        if (value.startsWith("folder:")) {
            String dir = value.substring("folder:".length()).strip();
            if (dir.isEmpty()) {
                throw new IllegalArgumentException("--camera folder: needs a folder of images, e.g. folder:demo-data/camera");
            }
            Path folder = Path.of(dir);
            if (!Files.isDirectory(folder)) {
                throw new IllegalArgumentException("--camera " + value + ": there is no folder " + folder.toAbsolutePath());
            }
            if (imagesIn(folder).isEmpty()) {
                throw new IllegalArgumentException("--camera " + value + ": the folder holds no PNG, JPEG, GIF or BMP images");
            }
            return new Folder(folder);
        }
        if (value.startsWith("command:")) {
            String command = value.substring("command:".length()).strip();
            if (command.isEmpty()) {
                throw new IllegalArgumentException(
                        "--camera command: needs a command writing MJPEG to standard output, e.g. command:rpicam-vid -t 0 -n --codec mjpeg -o -");
            }
            // Through the shell, so quoting and pipes work as the person typing it expects; closing the
            // source stops the shell's children too.
            return new Command(List.of("/bin/sh", "-c", command));
        }
        throw new IllegalArgumentException("--camera must be one of " + FORMS + ", got '" + text + "'");
    }

    private static List<Path> imagesIn(Path folder) {
        try {
            return FolderFrameSource.imagesIn(folder);
        } catch (IOException e) {
            throw new IllegalArgumentException("--camera folder:" + folder + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Opens the frame source this spec names; {@code None} has none. */
    default FrameSource open(Sleeper sleeper) throws IOException {
        return switch (this) {
            case None none -> throw new IllegalStateException("--camera none has no frames");
            case Folder f -> new LoopingFolderSource(f.folder(), LoopingFolderSource.DEFAULT_INTERVAL, sleeper);
            case Command c -> new CommandFrameSource(c.command(), Backoff.defaults(), sleeper);
        };
    }

    /** Picocli's converter, so a bad value is a usage error naming the option. */
    final class Converter implements ITypeConverter<CameraSpec> {
        @Override
        public CameraSpec convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
