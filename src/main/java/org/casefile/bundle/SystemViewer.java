package org.casefile.bundle;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.casefile.UserFacingException;

/** Opens a finished bundle in the computer's own PDF viewer. Tests put a recorder in its place. */
public interface SystemViewer {
    void open(Path file);

    /** The desktop's viewer: java.awt.Desktop where it works, else xdg-open, open or start. */
    SystemViewer DESKTOP = file -> {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                Desktop.getDesktop().open(file.toFile());
                return;
            }
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            List<String> command = os.contains("win") ? List.of("cmd", "/c", "start", "", file.toString())
                    : os.contains("mac") ? List.of("open", file.toString()) : List.of("xdg-open", file.toString());
            new ProcessBuilder(command).start();
        } catch (IOException | RuntimeException e) {
            throw new UserFacingException(e, "bundle.openFailed");
        }
    };
}
