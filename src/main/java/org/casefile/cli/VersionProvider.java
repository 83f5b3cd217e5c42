package org.casefile.cli;

import org.casefile.Main;
import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"Casefile " + Main.version(), "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
    }
}
