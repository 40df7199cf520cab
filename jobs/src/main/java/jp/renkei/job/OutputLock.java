package jp.renkei.job;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One load at a time per output folder: a lock file that also says who holds it, for `renkei runs` while a load
 * runs. The operating system releases the lock when the process ends, however it ends.
 */
public final class OutputLock implements AutoCloseable {

    private static final String FILE = ".renkei.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock of {@code output}, taken for a load of {@code runDate}; null when another load holds it. */
    static OutputLock tryTake(Path output, LocalDate runDate) throws IOException {
        FileChannel channel = FileChannel.open(file(output), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            return null;
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ", started "
                + LocalDateTime.now().withNano(0) + ", run date " + runDate + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        return new OutputLock(channel, lock);
    }

    static Path file(Path output) {
        return output.resolve(FILE);
    }

    /** Who holds the output folder's lock, as the load wrote it; empty when unknown. */
    public static String holder(Path output) {
        try {
            return Files.readString(file(output)).strip();
        } catch (IOException e) {
            return "";
        }
    }

    /** True when a load holds the output folder now. */
    public static boolean isHeld(Path output) {
        Path file = file(output);
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true; // held by this very process
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
