package org.gdl4j.data;

/**
 * A data file exists but its content does not follow its format: a wrong magic number, an unknown
 * type code, a header that ends early, fewer data bytes than the header promises, or arrays whose
 * shapes do not fit together (such as 100 images with 99 labels).
 *
 * <p>It is unchecked (an {@link IllegalArgumentException}: the file given is a bad argument), so
 * notebook cells and callers need no {@code try} blocks. The message names the file, what the format
 * expected and what was read. Not to be confused with {@code java.util.zip.DataFormatException},
 * which is checked and about compressed streams only.
 */
public class MalformedDataException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** An exception with the given message. */
    public MalformedDataException(String message) {
        super(message);
    }

    /** An exception with the given message and the lower-level cause (for example a zip error). */
    public MalformedDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
