package org.casefile.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How the store's folder reads on screen (the unlock screen and the status bar). */
class StoreLocationTest {
    private String home;

    @BeforeEach
    void rememberHome() {
        home = System.getProperty("user.home");
        System.setProperty("user.home", "/home/catrin");
    }

    @AfterEach
    void restoreHome() {
        System.setProperty("user.home", home);
    }

    @Test
    void aFolderInsideTheHomeFolderStartsWithATilde() {
        assertThat(new StoreLocation(Path.of("/home/catrin/.local/share/casefile")).shown())
                .isEqualTo("~/.local/share/casefile");
        assertThat(new Database.Embedded(new StoreLocation(Path.of("/home/catrin/Casefile store"))).describe())
                .isEqualTo("~/Casefile store");
    }

    @Test
    void aFolderElsewhereIsShownInFull() {
        assertThat(new StoreLocation(Path.of("/srv/casefile")).shown()).isEqualTo("/srv/casefile");
        // A neighbour whose name merely starts like the home folder is not inside it.
        assertThat(new StoreLocation(Path.of("/home/catrina/casefile")).shown()).isEqualTo("/home/catrina/casefile");
        assertThat(new StoreLocation(Path.of("/home/catrin")).shown()).isEqualTo("/home/catrin");
    }
}
