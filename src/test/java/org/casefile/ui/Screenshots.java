package org.casefile.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Saves what a UI test sees as a PNG when {@code -Dcasefile.screenshots=DIR} is given, so the pictures in docs/
 * come from the real screens: {@code mvn test -Dtest='*UiTest' -Dcasefile.screenshots=docs/images}.
 */
public final class Screenshots {
    private Screenshots() {
    }

    public static void save(Scene scene, String name) {
        String folder = System.getProperty("casefile.screenshots", "");
        if (folder.isBlank()) {
            return;
        }
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)));
        try {
            Path dir = Path.of(folder);
            Files.createDirectories(dir);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", dir.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
