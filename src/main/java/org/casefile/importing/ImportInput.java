package org.casefile.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A file to read, which can be opened more than once (a zip is read twice: its chat, then the media it names). */
public interface ImportInput {
    String name();

    long size();

    InputStream open() throws IOException;

    static ImportInput of(Path file) {
        return new ImportInput() {
            @Override
            public String name() {
                return file.getFileName().toString();
            }

            @Override
            public long size() {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new ImportProblem("import.unreadable");
                }
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }
        };
    }

    static ImportInput of(String name, byte[] bytes) {
        return new ImportInput() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public long size() {
                return bytes.length;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(bytes);
            }
        };
    }
}
