package org.casefile.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.casefile.SafeLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way screens do slow work: off the FX thread, on an executor the app owns, with results and failures
 * delivered back on the FX thread. The status bar binds to {@link #busy()} and {@link #message()}.
 */
public final class Background {
    private static final Logger LOG = LoggerFactory.getLogger(Background.class);
    private final ExecutorService executor;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private int running;
    private final javafx.collections.ObservableList<String> notices = javafx.collections.FXCollections.observableArrayList();

    public Background() {
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "casefile-background-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts describing a job; nothing runs until {@link Job#start()}. */
    public <T> Job<T> run(String description, Callable<T> work) {
        return new Job<>(description, work);
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /**
     * Sentences about long jobs that finished while the person was on another screen, oldest first; the window
     * shows the latest in a banner until dismissed.
     */
    public javafx.collections.ObservableList<String> notices() {
        return notices;
    }

    public void shutdown() {
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public final class Job<T> {
        private final String description;
        private final Callable<T> work;
        private Consumer<T> onSuccess = result -> { };
        private Consumer<Throwable> onFailure = failure -> { };
        private boolean quiet;
        private javafx.scene.Node shownIn;
        private java.util.function.Function<T, String> notice;

        private Job(String description, Callable<T> work) {
            this.description = description;
            this.work = work;
        }

        public Job<T> onSuccess(Consumer<T> handler) {
            this.onSuccess = handler;
            return this;
        }

        public Job<T> onFailure(Consumer<Throwable> handler) {
            this.onFailure = handler;
            return this;
        }

        /**
         * When the job succeeds and {@code view} is no longer on screen (the person went elsewhere), the window
         * shows {@code sentence} of the result in a banner, so a long job's end is not missed.
         */
        public Job<T> noticeIfAway(javafx.scene.Node view, java.util.function.Function<T, String> sentence) {
            this.shownIn = view;
            this.notice = sentence;
            return this;
        }

        /** Not shown in the status bar: for housekeeping the person did not ask for. */
        public Job<T> quietly() {
            this.quiet = true;
            return this;
        }

        public Task<T> start() {
            Task<T> task = new Task<>() {
                @Override
                protected T call() throws Exception {
                    return work.call();
                }
            };
            task.setOnSucceeded(e -> {
                finished(quiet);
                if (notice != null && !onScreen(shownIn)) {
                    notices.add(notice.apply(task.getValue()));
                }
                onSuccess.accept(task.getValue());
            });
            task.setOnFailed(e -> {
                finished(quiet);
                LOG.warn("{} failed: {}", description, SafeLog.describe(task.getException()));
                onFailure.accept(task.getException());
            });
            task.setOnCancelled(e -> finished(quiet));
            if (executor.isShutdown()) {
                // The session has ended (signed out, window closing): a screen reacting late, say to losing
                // focus as it is taken down, has nothing left to do.
                LOG.debug("{} not started: the session has ended", description);
                return task;
            }
            if (!quiet) {
                started(description);
            }
            executor.execute(task);
            return task;
        }
    }

    private void started(String description) {
        runFx(() -> {
            running++;
            busy.set(true);
            message.set(description);
        });
    }

    private void finished(boolean quiet) {
        if (quiet) {
            return;
        }
        running = Math.max(0, running - 1);
        if (running == 0) {
            busy.set(false);
            message.set("");
        }
    }

    /** In a showing window, with it and every parent visible. */
    static boolean onScreen(javafx.scene.Node node) {
        if (node == null || node.getScene() == null || node.getScene().getWindow() == null
                || !node.getScene().getWindow().isShowing()) {
            return false;
        }
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static void runFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }
}
