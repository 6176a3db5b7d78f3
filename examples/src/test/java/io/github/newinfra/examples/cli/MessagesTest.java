package io.github.newinfra.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class MessagesTest {
  @Test
  void countsOfOneAreSingular() {
    assertEquals("1 target", Messages.count(1, "target"));
    assertEquals("0 targets", Messages.count(0, "target"));
    assertEquals("2 facilities", Messages.count(2, "facility", "facilities"));
    assertEquals("1 observation", Messages.count(1, "observation"));
  }

  @Test
  void escapesControlCharactersAndBidirectionalOverrides() {
    assertEquals("a\\nb\\u001B[31mc\\u202Ed\\t", Messages.escape("a\nb\u001b[31mc\u202ed\t"));
    assertEquals("南京市, plain", Messages.escape("南京市, plain"));
  }

  @Test
  void cleansJavaTypesOutOfLibraryMessages() {
    assertEquals("Cannot read catalog file /x/plan.json: no such file or folder: /x/plan.json",
        Messages.clean("Cannot read catalog file /x/plan.json: java.nio.file.NoSuchFileException: /x/plan.json"));
    assertEquals("\"X\" is not a valid comparator: expected one of A, B",
        Messages.clean("Cannot deserialize value of type `io.github.newinfra.model.Comparator` from String \"X\": "
            + "not one of the values accepted for Enum class: [A, B]"));
    assertEquals("Unexpected end-of-input (line 3, column 7)",
        Messages.clean("Unexpected end-of-input\n at [Source: (sun.nio.ch.ChannelInputStream); line: 3, column: 7]"));
    assertEquals("cannot read a region code from number",
        Messages.clean("Cannot deserialize value of type `io.github.newinfra.model.RegionCode$Inner` from Number"));
    assertEquals("disk full", Messages.clean("java.io.IOException: disk full"));
    assertEquals("bad", Messages.clean("UncheckedIOException: bad"));
    assertEquals("$.targets[0].value: [MALFORMED] x", Messages.clean("$.targets[0].value: [MALFORMED] x"));
    assertEquals("file data.v2.Report.csv", Messages.clean("file data.v2.Report.csv"));
    assertEquals("Invalid value for option '--observations': 'a' is not a valid file name (Nul character not "
        + "allowed: a)", Messages.clean("Invalid value for option '--observations': cannot convert 'a' to class "
        + "java.nio.file.Path (java.nio.file.InvalidPathException: Nul character not allowed: a)"));
    assertEquals("cannot convert 'x' to a local date", Messages.clean("cannot convert 'x' to class java.time.LocalDate"));
  }

  @Test
  void failureMessagesHaveExitCodesAndNoClassNames() {
    StringWriter err = new StringWriter();
    int code = NewInfraCli.fail(new UncheckedIOException(new NoSuchFileException("/a/b")), new PrintWriter(err));
    assertEquals(NewInfraCli.INVALID_INPUT, code);
    assertEquals("newinfra: no such file or folder: /a/b\n", err.toString());

    err = new StringWriter();
    code = NewInfraCli.fail(new IllegalStateException(), new PrintWriter(err));
    assertEquals(NewInfraCli.INTERNAL, code);
    assertTrue(err.toString().startsWith("newinfra: internal error") && !err.toString().contains("IllegalState"),
        err.toString());

    err = new StringWriter();
    code = NewInfraCli.fail(new OutOfMemoryError("Java heap space"), new PrintWriter(err));
    assertEquals(NewInfraCli.OUT_OF_MEMORY, code);
    assertTrue(err.toString().contains("input too large for the heap (-Xmx"), err.toString());
  }

  @Test
  void theHeapMessageSaysTheCurrentMaximumAndSuggestsDoubleIt() {
    assertEquals("input too large for the heap (-Xmx512m): the Java heap may grow to 512 MB and the input needs "
        + "more. Raise it, e.g. java -Xmx1g -jar newinfra.jar …, or split the input",
        NewInfraCli.outOfMemory(512L << 20));
    assertTrue(NewInfraCli.outOfMemory(4L << 30).contains("(-Xmx4096m)") && NewInfraCli.outOfMemory(4L << 30)
        .contains("java -Xmx8g "));
  }
}
