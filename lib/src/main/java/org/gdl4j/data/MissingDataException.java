package org.gdl4j.data;

/**
 * A data file or folder that a loader needs does not exist. The message names the path (or every
 * path that was tried) and, where the loader knows one, how to install the data.
 *
 * <p>Unchecked, like {@link MalformedDataException}; I/O failures other than a missing file (no
 * permission, a disk error) surface as {@link java.io.UncheckedIOException}.
 */
public class MissingDataException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** An exception with the given message. */
    public MissingDataException(String message) {
        super(message);
    }

    /** An exception with the given message and the lower-level cause. */
    public MissingDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
