package org.casefile;

import java.lang.management.ManagementFactory;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs how long after JVM start each startup milestone was reached, once per milestone. */
public final class StartupClock {
    private static final Logger LOG = LoggerFactory.getLogger(StartupClock.class);
    private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

    private StartupClock() {
    }

    public static long sinceJvmStartMillis() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    public static void mark(String milestone) {
        if (SEEN.add(milestone)) {
            LOG.info("startup: {} at {} ms after JVM start", milestone, sinceJvmStartMillis());
        }
    }
}
