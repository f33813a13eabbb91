package org.madang.kiosk.ui.view.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.madang.kiosk.setup.SetupFixtures;
import org.madang.kiosk.ui.model.setup.SetupViewModel;
import org.madang.kiosk.ui.testing.ManualScheduler;
import org.madang.kiosk.ui.text.Texts;
import org.madang.kiosk.ui.view.KoreanFont;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Set-up mode started with a camera: the prompt shows what the camera sees, so staff can aim the sheet. */
@ExtendWith(ApplicationExtension.class)
class SetupCameraUiTest {

    @TempDir
    static Path temp;

    private SetupView view;
    private Stage stage;

    @Start
    void start(Stage primary) throws Exception {
        stage = primary;
        Path dataDir = Files.createTempDirectory(temp, "run").resolve("device");
        SetupViewModel vm = SetupScreens.viewModel(dataDir, temp.resolve("media"), new ManualScheduler(SetupFixtures.NOW),
                true, () -> { });
        view = new SetupView(vm, new Texts(), KoreanFont.find());
        primary.setScene(new Scene(view.root(), 800, 480));
        primary.setX(0);
        primary.setY(0);
        primary.show();
    }

    /** A frame as a camera gives it: grey, with a dark square where a sheet would be. */
    private static BufferedImage frame() {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x8a8a8a));
        g.fillRect(0, 0, 640, 480);
        g.setColor(Color.WHITE);
        g.fillRect(200, 120, 240, 240);
        g.setColor(Color.BLACK);
        g.fillRect(240, 160, 60, 60);
        g.dispose();
        return image;
    }

    @Test
    void thePromptShowsTheCameraPictureAndFitsBothSizes(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (int[] size : new int[][] {{800, 480}, {1920, 1080}}) {
            String name = "setup-camera-" + size[0] + "x" + size[1];
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
                stage.getScene().getRoot().resize(size[0], size[1]);
            });
            view.cameraPreview().accept(frame());
            problems.addAll(SetupScreens.photograph(robot, stage, name, size[0], size[1]));
        }
        ImageView camera = robot.lookup("#setup-camera").queryAs(ImageView.class);
        assertThat(camera.getImage()).as("the camera's picture is shown").isNotNull();
        assertThat(camera.getBoundsInParent().getWidth()).isGreaterThan(200);
        assertThat(problems).isEmpty();
    }
}
