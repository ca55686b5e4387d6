package org.gdl4j.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/** Opening data files (gzipped or not) and reading byte counts that may come up short. */
final class DataStreams {

    private static final int BUFFER = 1 << 16;
    private static final int GZIP_MAGIC_0 = 0x1f;
    private static final int GZIP_MAGIC_1 = 0x8b;

    private DataStreams() {
    }

    /**
     * Opens {@code path} for reading, decompressing it when it starts with the gzip header
     * {@code 1f 8b}, whatever its name.
     *
     * @param what the kind of file, for the message ("IDX file")
     * @throws MissingDataException if the file does not exist
     */
    static InputStream open(Path path, String what) throws IOException {
        InputStream raw = openRaw(path, what);
        try {
            raw.mark(2);
            boolean gzipped = raw.read() == GZIP_MAGIC_0 && raw.read() == GZIP_MAGIC_1;
            raw.reset();
            return gzipped ? new BufferedInputStream(new GZIPInputStream(raw, BUFFER), BUFFER) : raw;
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    private static InputStream openRaw(Path path, String what) throws IOException {
        if (Files.isDirectory(path)) {
            throw new MissingDataException(what + " expected at " + path + " but that is a folder");
        }
        try {
            return new BufferedInputStream(Files.newInputStream(path), BUFFER);
        } catch (NoSuchFileException e) {
            throw new MissingDataException(what + " not found: " + path, e);
        }
    }

    /**
     * Reads up to {@code count} bytes, fewer only when the stream ends first. A gzip stream that
     * is cut off ({@link EOFException}) counts as an early end, so callers report the shortfall.
     */
    static byte[] readUpTo(InputStream in, int count) throws IOException {
        byte[] buffer = new byte[count];
        int filled = 0;
        try {
            while (filled < count) {
                int n = in.read(buffer, filled, count - filled);
                if (n < 0) {
                    break;
                }
                filled += n;
            }
        } catch (EOFException cutOff) {
            // a truncated gzip stream: report what arrived
        }
        return filled == count ? buffer : Arrays.copyOf(buffer, filled);
    }

    /** Whether the stream has no more bytes (a cut-off gzip trailer also counts as the end). */
    static boolean atEnd(InputStream in) throws IOException {
        try {
            return in.read() < 0;
        } catch (EOFException cutOff) {
            return true;
        }
    }
}
