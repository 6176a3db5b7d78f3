package io.github.newinfra.examples.cli;

import io.github.newinfra.core.report.Label;
import io.github.newinfra.core.report.Labels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Checks of the files a command names, before any work, so that the message says which file and what is wrong, in
 * the command's language ({@code evaluate --lang}; English for the commands without one).
 */
final class FileChecks {
  private FileChecks() {
  }

  /**
   * Requires a file that exists, is not a folder and can be read, with the message in English.
   *
   * @param file the file
   * @param what what the file is, e.g. {@link Label#FILE_CATALOG}
   * @throws InputError if it is missing, a folder or unreadable
   */
  static void readable(Path file, Label what) {
    readable(file, what, Labels.of(Locale.ENGLISH));
  }

  /**
   * Requires a file that exists, is not a folder and can be read.
   *
   * @param file the file
   * @param what what the file is, e.g. {@link Label#FILE_OBSERVATIONS}
   * @param l the language of the message
   * @throws InputError if it is missing, a folder or unreadable
   */
  static void readable(Path file, Label what, Labels l) {
    String noun = l.get(what);
    if (file.toString().isEmpty()) {
      throw new InputError(l.format(Label.FILE_NOT_NAMED, noun));
    }
    String name = Messages.escape(file.toString());
    if (!Files.exists(file)) {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        throw new InputError(l.format(Label.FILE_NOT_FOUND_IN_MISSING_FOLDER, noun, name,
            Messages.escape(parent.toString())));
      }
      throw new InputError(l.format(Label.FILE_NOT_FOUND, noun, name));
    }
    if (Files.isDirectory(file)) {
      throw new InputError(l.format(Label.FILE_IS_FOLDER, noun, name));
    }
    if (!Files.isReadable(file)) {
      throw new InputError(l.format(Label.FILE_NOT_READABLE, noun, name));
    }
  }

  /**
   * Requires a file that can be written: its folder exists and is writable, and it is not itself a folder.
   *
   * @param file the file to write
   * @param what what the file is, e.g. {@link Label#FILE_REPORT}
   * @param l the language of the message
   * @throws InputError if it cannot be written
   */
  static void writable(Path file, Label what, Labels l) {
    String noun = l.get(what);
    if (file.toString().isEmpty()) {
      throw new InputError(l.format(Label.WRITE_NOT_NAMED, noun));
    }
    String name = Messages.escape(file.toString());
    if (Files.isDirectory(file)) {
      throw new InputError(l.format(Label.WRITE_TO_FOLDER, noun, name));
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new InputError(l.format(Files.exists(parent) ? Label.WRITE_PARENT_NOT_FOLDER : Label.WRITE_PARENT_MISSING,
          noun, name, Messages.escape(parent.toString())));
    }
    if (Files.exists(file) ? !Files.isWritable(file) : parent != null && !Files.isWritable(parent)) {
      throw new InputError(l.format(Label.WRITE_DENIED, noun, name));
    }
  }
}
