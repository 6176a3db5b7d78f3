package io.github.newinfra.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks of the files a command names, before any work, so that the message says which file and what is wrong. */
final class FileChecks {
  private FileChecks() {
  }

  /**
   * Requires a file that exists, is not a folder and can be read.
   *
   * @param file the file
   * @param what what the file is, e.g. {@code observations file}
   * @throws InputError if it is missing, a folder or unreadable
   */
  static void readable(Path file, String what) {
    if (file.toString().isEmpty()) {
      throw new InputError(what + " not named: the file name is empty");
    }
    String name = Messages.escape(file.toString());
    if (!Files.exists(file)) {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        throw new InputError(what + " not found: " + name + " (the folder " + Messages.escape(parent.toString())
            + " does not exist)");
      }
      throw new InputError(what + " not found: " + name);
    }
    if (Files.isDirectory(file)) {
      throw new InputError(what + " " + name + " is a folder, not a file");
    }
    if (!Files.isReadable(file)) {
      throw new InputError(what + " " + name + " cannot be read: permission denied");
    }
  }

  /**
   * Requires a file that can be written: its folder exists and is writable, and it is not itself a folder.
   *
   * @param file the file to write
   * @param what what the file is, e.g. {@code report file}
   * @throws InputError if it cannot be written
   */
  static void writable(Path file, String what) {
    if (file.toString().isEmpty()) {
      throw new InputError("cannot write the " + what + ": the file name is empty");
    }
    String name = Messages.escape(file.toString());
    if (Files.isDirectory(file)) {
      throw new InputError("cannot write the " + what + " to " + name + ": it is a folder; name a file in it");
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new InputError("cannot write the " + what + " to " + name + ": the folder "
          + Messages.escape(parent.toString()) + (Files.exists(parent) ? " is not a folder" : " does not exist"));
    }
    if (Files.exists(file) ? !Files.isWritable(file) : parent != null && !Files.isWritable(parent)) {
      throw new InputError("cannot write the " + what + " to " + name + ": permission denied");
    }
  }
}
