package io.github.newinfra.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run of the build: runs, in one JVM, the commands users run, so that the build can record the
 * classes they load in an application class-data-sharing archive ({@code java -XX:ArchiveClassesAtExit=newinfra.jsa
 * -cp newinfra.jar io.github.newinfra.examples.cli.ArchiveTraining FOLDER}) that {@code examples/newinfra} then
 * maps instead of loading and verifying those classes again on every start. Not a command of the tool.
 *
 * <p>It loads the built-in catalog and runs {@code --help}, a usage error, {@code catalog} (text and JSON),
 * {@code validate} of that JSON, {@code indicators} (text, CSV, JSON, with {@code --search}), {@code search},
 * {@code targets} (text, CSV, JSON), the built-in {@code evaluate} and {@code evaluate} of a CSV and a JSON
 * observations file in every report format, writing every file into FOLDER and discarding the printed output.
 */
public final class ArchiveTraining {
  private ArchiveTraining() {}

  /**
   * Runs the commands.
   *
   * @param args one argument: the folder to write the training files in (made if missing), e.g. {@code
   *     examples/target/cds-training}; a second, optional argument names the sample observations CSV (by default
   *     a small file written into the folder)
   * @throws IOException if the folder or a file in it cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      throw new IllegalArgumentException("usage: ArchiveTraining FOLDER [OBSERVATIONS.csv]");
    }
    Path folder = Files.createDirectories(Paths.get(args[0]));
    Path csv;
    if (args.length == 2) {
      csv = Paths.get(args[1]);
    } else {
      csv = folder.resolve("observations.csv");
      Files.writeString(csv, "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS,COMMENT,"
          + "PUBLISHED,SOURCE\nbase_stations_5g,320000,2023,18.7,万座,0,A,,,\n"
          + "base_stations_5g,320000,2024,22,万座,0,P,,2025-01-20,\nrsu_road_length,320000,2023,1000,KM,0,A,,,\n"
          + "base_stations_5g,320000,2023,x,万座,0,A,,,\n", StandardCharsets.UTF_8);
    }
    Path json = folder.resolve("observations.json");
    Files.writeString(json, "[{\"indicator\":\"base_stations_5g\",\"region\":\"320000\",\"period\":\"2023\","
        + "\"value\":18.7,\"unit\":\"万座\"}]", StandardCharsets.UTF_8);
    Path catalog = folder.resolve("catalog.json");
    List<String[]> runs = new ArrayList<>();
    runs.add(new String[] {"--help"});
    runs.add(new String[] {"evaluate", "--help"});
    runs.add(new String[] {"no-such-command"});
    runs.add(new String[] {"catalog"});
    runs.add(new String[] {"indicators"});
    runs.add(new String[] {"indicators", "--search", "5G", "--format", "csv"});
    runs.add(new String[] {"indicators", "--format", "json"});
    runs.add(new String[] {"search", "基站"});
    runs.add(new String[] {"search", "broadband", "--format", "json"});
    runs.add(new String[] {"targets"});
    runs.add(new String[] {"targets", "--format", "csv"});
    runs.add(new String[] {"targets", "--format", "json"});
    runs.add(new String[] {"evaluate"});
    for (String format : new String[] {"text", "markdown", "json", "html", "xlsx"}) {
      runs.add(new String[] {"evaluate", "--observations", csv.toString(), "--as-of", "2025-06-30", "--format",
          format, "--out", folder.resolve("report." + format).toString()});
    }
    runs.add(new String[] {"evaluate", "--observations", csv.toString(), "--lang", "en", "--show", "all"});
    runs.add(new String[] {"evaluate", "--observations", json.toString(), "--as-of", "2025-06-30", "--format",
        "json"});
    for (String[] run : runs) {
      run(run);
    }
    try (OutputStream out = Files.newOutputStream(catalog)) {
      NewInfraCli.run(new String[] {"catalog", "--format", "json"}, writer(out), writer(OutputStream.nullOutputStream()));
    }
    run(new String[] {"validate", catalog.toString()});
  }

  private static void run(String[] args) {
    PrintWriter discard = writer(OutputStream.nullOutputStream());
    NewInfraCli.run(args, discard, discard);
    if (discard.checkError()) {
      throw new UncheckedIOException(new IOException("cannot write the output of " + String.join(" ", args)));
    }
  }

  private static PrintWriter writer(OutputStream out) {
    return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
  }
}
