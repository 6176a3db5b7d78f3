package io.github.newinfra.catalog.internal;

import io.github.newinfra.model.internal.SafeText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the text resource a catalog file names for a document, only if it is safe to: a path relative to the
 * catalog file's folder that resolves, after following every link, to a regular file inside that folder, of at
 * most {@link #MAX_TEXT_BYTES} bytes of UTF-8. Anything else is refused with a reason, before the file is
 * opened: an absolute path, a path that leaves the folder ({@code ../}) or a link that points out of it, a
 * directory, a device ({@code /dev/zero}), a pipe (which would block the read), a file too large. Not part of
 * the API.
 */
public final class TextResources {
  /** The largest text resource read, in bytes (16 MiB; the built-in plan's text is under 100 KiB). */
  public static final long MAX_TEXT_BYTES = 16L * 1024 * 1024;

  private TextResources() {}

  /** What came of one text resource: its text, nothing (the file does not exist), or a refusal. */
  public static final class Outcome {
    private final String text;
    private final String refusal;

    private Outcome(String text, String refusal) {
      this.text = text;
      this.refusal = refusal;
    }

    /**
     * Returns the text, if it was read.
     *
     * @return the text
     */
    public Optional<String> text() {
      return Optional.ofNullable(text);
    }

    /**
     * Returns why the resource was not read, if it was refused.
     *
     * @return the reason, naming the resource
     */
    public Optional<String> refusal() {
      return Optional.ofNullable(refusal);
    }
  }

  private static Outcome refused(String name, String why) {
    return new Outcome(null, "text resource " + SafeText.quoted(name) + " is not read: " + why);
  }

  /**
   * Reads a text resource if it is safe to.
   *
   * @param folder the catalog file's folder, as a real path (links resolved)
   * @param name the resource as the catalog names it
   * @return the text, or nothing if no such file exists, or the reason it was refused
   * @throws IOException if the file is safe but reading it fails
   */
  public static Outcome read(Path folder, String name) throws IOException {
    if (name.isBlank()) {
      return refused(name, "the name is empty");
    }
    Path relative;
    try {
      relative = folder.getFileSystem().getPath(name);
    } catch (InvalidPathException e) {
      return refused(name, "it is not a valid file name");
    }
    if (relative.isAbsolute() || relative.getRoot() != null) {
      return refused(name, "it is an absolute path; a text resource is a path relative to the catalog file's folder");
    }
    Path lexical = folder.resolve(relative).normalize();
    if (!lexical.startsWith(folder)) {
      return refused(name, "it leads out of the catalog file's folder");
    }
    Path real;
    try {
      real = folder.resolve(relative).toRealPath();
    } catch (NoSuchFileException e) {
      return new Outcome(null, null);
    } catch (FileSystemException e) {
      // The name itself is what the system cannot take: too long, a part that is not a folder, no permission.
      String reason = e.getReason();
      return refused(name, "it cannot be opened: " + (reason == null || reason.isBlank() ? "the system refuses the name"
          : reason.toLowerCase(Locale.ROOT)));
    }
    if (!real.startsWith(folder)) {
      return refused(name, "it is a link to a file outside the catalog file's folder");
    }
    BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (!attributes.isRegularFile()) {
      return refused(name, "it is " + (attributes.isDirectory() ? "a folder" : "a device, pipe or socket")
          + ", not a regular file");
    }
    if (attributes.size() > MAX_TEXT_BYTES) {
      return refused(name, "it is " + attributes.size() + " bytes long; a text resource is at most "
          + MAX_TEXT_BYTES + " bytes");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
      // Bounded even if the file changed since it was checked.
      bytes = in.readNBytes((int) MAX_TEXT_BYTES + 1);
    }
    if (bytes.length > MAX_TEXT_BYTES) {
      return refused(name, "it is longer than " + MAX_TEXT_BYTES + " bytes");
    }
    try {
      return new Outcome(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString(), null);
    } catch (CharacterCodingException e) {
      return refused(name, "it is not UTF-8 text");
    }
  }
}
