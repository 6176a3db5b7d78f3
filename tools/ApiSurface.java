import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Checks the public surface of the library's jars, read from their class files as javap reads them: what a user of
 * the jars can name must be the project's API and the JDK's or Jackson's, never Guava's or generated plumbing.
 *
 * <p>Run by {@code .ci/run} after the build, as a single-file program, with every published jar:
 *
 * <pre>
 *   java tools/ApiSurface.java model/target/newinfra-model-*.jar catalog/target/newinfra-catalog-*.jar ...
 * </pre>
 *
 * <p>The API of a jar is every public class of a package its {@code module-info} exports to everyone (every package
 * of a jar without one), nested classes public or protected all the way out; and of such a class, its supertypes,
 * type parameters and every public or protected field, constructor and method, bridges included, with their generic
 * signatures and thrown exceptions. It reports, one line each:
 *
 * <ul>
 *   <li>{@code guava}: a signature of the API that names a {@code com.google.common} type;
 *   <li>{@code abstract}: one of the project's {@code Abstract*} types, the abstract value types of the
 *       Immutables-generated classes, that is public, or a signature that names one;
 *   <li>{@code hidden}: a signature that names another type of the project that is not API (not public, or in a
 *       package not exported);
 *   <li>{@code unexported}: a public class in a package that the module does not export to everyone and whose name
 *       has no {@code internal} segment, so that its being public reads as an oversight;
 *   <li>{@code transitive}: a module that {@code requires transitive} Guava, which makes Guava part of its API.
 * </ul>
 *
 * <p>A public class may extend a package-private class of its own package (as {@code java.lang.StringBuilder}
 * extends {@code AbstractStringBuilder}): users cannot name that class, and what they see of it, its public
 * members, is checked on the public class, where {@code javac} copies them as bridges. Such classes are counted
 * apart. It prints the counts per jar and the lines, sorted, and exits with 1 when there is any line.
 */
public final class ApiSurface {
  private static final String OURS = "io/github/newinfra/";
  private static final String GUAVA = "com/google/common/";
  private static final int PUBLIC = 0x0001;
  private static final int PROTECTED = 0x0004;
  private static final int TRANSITIVE = 0x0020;

  private ApiSurface() {}

  /** What javap would print of one class file, as far as the check needs it. */
  private static final class ClassFile {
    String name;
    int access;
    String superName;
    final List<String> interfaces = new ArrayList<>();
    String signature;
    final List<Member> members = new ArrayList<>();
    /** The access flags of each nested class named in InnerClasses, by name. */
    final Map<String, Integer> innerAccess = new TreeMap<>();
    /** The class enclosing this one, if it is nested. */
    String outer;
    /** Unqualified exports and transitive requirements, if this is a module-info. */
    final Set<String> exports = new TreeSet<>();
    final Set<String> transitive = new TreeSet<>();
    String module;

    String pkg() {
      int slash = name.lastIndexOf('/');
      return slash < 0 ? "" : name.substring(0, slash);
    }
  }

  /** A field or method: its access, name, descriptor, generic signature and thrown exceptions. */
  private record Member(int access, String name, String descriptor, String signature, List<String> exceptions,
      boolean field) {}

  /** One jar: its module's exports and its classes. */
  private record Jar(File file, ClassFile module, Map<String, ClassFile> classes) {
    boolean exported(String pkg) {
      return module == null || module.exports.contains(pkg);
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: java tools/ApiSurface.java JAR...");
      System.exit(2);
    }
    List<Jar> jars = new ArrayList<>();
    Map<String, ClassFile> all = new TreeMap<>();
    Map<String, Jar> jarOf = new TreeMap<>();
    for (String arg : args) {
      File file = new File(arg);
      if (!file.isFile()) {
        System.err.println("[api] no jar at " + file + ": build the modules first (./mvnw -B verify)");
        System.exit(2);
      }
      Jar jar = read(file);
      jars.add(jar);
      for (ClassFile c : jar.classes.values()) {
        all.put(c.name, c);
        jarOf.put(c.name, jar);
      }
    }

    Set<String> lines = new TreeSet<>();
    int totalTypes = 0;
    int totalMembers = 0;
    for (Jar jar : jars) {
      String where = jar.file.getName();
      int types = 0;
      int members = 0;
      int hiddenSupers = 0;
      if (jar.module != null) {
        for (String m : jar.module.transitive) {
          if (m.startsWith("com.google.common")) {
            lines.add("transitive  " + where + ": module " + jar.module.module + " requires transitive " + m);
          }
        }
      }
      for (ClassFile c : jar.classes.values()) {
        if (!visible(c, jar)) {
          continue;
        }
        if (!jar.exported(c.pkg())) {
          if (!internal(c.pkg())) {
            lines.add("unexported  " + where + ": " + dotted(c.name) + " is public in package " + dotted(c.pkg())
                + ", which module " + jar.module.module + " does not export");
          }
          continue;
        }
        types++;
        if (c.name.substring(Math.max(c.name.lastIndexOf('/'), c.name.lastIndexOf('$')) + 1).startsWith("Abstract")) {
          lines.add("abstract    " + where + ": " + dotted(c.name) + " is public");
        }
        Set<String> header = new LinkedHashSet<>();
        if (c.signature != null) {
          names(c.signature, header);
        } else {
          if (c.superName != null) {
            header.add(c.superName);
          }
          header.addAll(c.interfaces);
        }
        for (String named : header) {
          ClassFile s = all.get(named);
          boolean packageSuper = s != null && s.pkg().equals(c.pkg()) && (s.access & PUBLIC) == 0
              && (named.equals(c.superName) || c.interfaces.contains(named));
          if (packageSuper) {
            hiddenSupers++;
            continue;
          }
          flag(lines, where, dotted(c.name), named, all, jarOf);
        }
        for (Member m : c.members) {
          if ((m.access & (PUBLIC | PROTECTED)) == 0) {
            continue;
          }
          members++;
          Set<String> named = new LinkedHashSet<>();
          names(m.signature != null ? m.signature : m.descriptor, named);
          if (m.signature != null) {
            names(m.descriptor, named);
          }
          named.addAll(m.exceptions);
          String what = dotted(c.name) + (m.field ? "." + m.name : "#" + m.name + m.descriptor);
          for (String n : named) {
            flag(lines, where, what, n, all, jarOf);
          }
        }
      }
      System.out.printf("[api] %s: %d public types, %d public or protected members, %d extending a package-private"
          + " type of their package%n", where, types, members, hiddenSupers);
      totalTypes += types;
      totalMembers += members;
    }
    Map<String, Integer> byKind = new TreeMap<>();
    for (String line : lines) {
      byKind.merge(line.substring(0, line.indexOf(' ')), 1, Integer::sum);
      System.out.println(line);
    }
    System.out.printf("[api] %d public types, %d public or protected members; %d problems %s%n", totalTypes,
        totalMembers, lines.size(), byKind);
    if (!lines.isEmpty()) {
      System.out.println("[api] the public surface names types users must not depend on (tools/ApiSurface.java)");
      System.exit(1);
    }
  }

  /** Adds a line when {@code named}, a type a signature of {@code what} names, is not for users. */
  private static void flag(Set<String> lines, String where, String what, String named, Map<String, ClassFile> all,
      Map<String, Jar> jarOf) {
    if (named.startsWith(GUAVA)) {
      lines.add("guava       " + where + ": " + what + " names " + dotted(named));
      return;
    }
    if (!named.startsWith(OURS)) {
      return;
    }
    String simple = named.substring(named.lastIndexOf('/') + 1);
    if (simple.startsWith("Abstract")) {
      lines.add("abstract    " + where + ": " + what + " names " + dotted(named));
      return;
    }
    ClassFile c = all.get(named);
    if (c != null && !(visible(c, jarOf.get(named)) && jarOf.get(named).exported(c.pkg()))) {
      lines.add("hidden      " + where + ": " + what + " names " + dotted(named));
    }
  }

  /** Tells whether a class is public, and so are the classes that enclose it (a nested class may be protected). */
  private static boolean visible(ClassFile c, Jar jar) {
    if (c.outer == null) {
      return (c.access & PUBLIC) != 0;
    }
    int access = c.innerAccess.getOrDefault(c.name, 0);
    ClassFile outer = jar.classes.get(c.outer);
    return (access & (PUBLIC | PROTECTED)) != 0 && outer != null && visible(outer, jar);
  }

  private static boolean internal(String pkg) {
    return ("/" + pkg + "/").contains("/internal/");
  }

  private static String dotted(String name) {
    return name.replace('/', '.');
  }

  /**
   * Adds the class names a descriptor or generic signature mentions, in the binary form of the class files ({@code
   * a/b/Outer$Inner}). Type variables and primitive types name none.
   */
  static void names(String s, Set<String> out) {
    int i = 0;
    while (i < s.length()) {
      char ch = s.charAt(i);
      if (ch == 'L') {
        i = classType(s, i + 1, out);
      } else if (ch == 'T') {
        i = s.indexOf(';', i) + 1;
      } else if (ch == '<' && i == 0) {
        i = typeParameters(s, i + 1, out);
      } else {
        i++;
      }
    }
  }

  /** Reads formal type parameters, {@code T:Ljava/lang/Object;U::Ljava/lang/Comparable<TU;>;>}, after the {@code <}. */
  private static int typeParameters(String s, int i, Set<String> out) {
    while (s.charAt(i) != '>') {
      i = s.indexOf(':', i);
      while (s.charAt(i) == ':') {
        i++;
        if (s.charAt(i) == ':') {
          continue;
        }
        i = referenceType(s, i, out);
      }
    }
    return i + 1;
  }

  private static int referenceType(String s, int i, Set<String> out) {
    char ch = s.charAt(i);
    if (ch == 'L') {
      return classType(s, i + 1, out);
    }
    if (ch == 'T') {
      return s.indexOf(';', i) + 1;
    }
    if (ch == '[') {
      return referenceType(s, i + 1, out);
    }
    return i + 1;
  }

  /** Reads a class type after its {@code L}, with type arguments and inner classes, to its {@code ;}. */
  private static int classType(String s, int i, Set<String> out) {
    StringBuilder name = new StringBuilder();
    while (true) {
      char ch = s.charAt(i);
      if (ch == ';') {
        out.add(name.toString());
        return i + 1;
      }
      if (ch == '.') {
        out.add(name.toString());
        name.append('$');
        i++;
      } else if (ch == '<') {
        i++;
        while (s.charAt(i) != '>') {
          char a = s.charAt(i);
          if (a == '*') {
            i++;
          } else {
            i = referenceType(s, a == '+' || a == '-' ? i + 1 : i, out);
          }
        }
        i++;
      } else {
        name.append(ch);
        i++;
      }
    }
  }

  private static Jar read(File file) throws IOException {
    Map<String, ClassFile> classes = new TreeMap<>();
    ClassFile module = null;
    try (JarFile jar = new JarFile(file)) {
      for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
        JarEntry entry = e.nextElement();
        String name = entry.getName();
        if (!name.endsWith(".class") || name.startsWith("META-INF/") || name.endsWith("package-info.class")) {
          continue;
        }
        ClassFile c = parse(jar.getInputStream(entry).readAllBytes());
        if (name.equals("module-info.class")) {
          module = c;
        } else {
          classes.put(c.name, c);
        }
      }
    }
    return new Jar(file, module, classes);
  }

  /** Reads a class file (JVMS chapter 4) as far as names, access, signatures and a module's exports go. */
  private static ClassFile parse(byte[] bytes) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file");
    }
    in.readUnsignedShort();
    in.readUnsignedShort();
    int count = in.readUnsignedShort();
    Object[] pool = new Object[count];
    int[] refs = new int[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> pool[i] = in.readUTF();
        case 3, 4 -> in.readInt();
        case 5, 6 -> {
          in.readLong();
          i++;
        }
        case 7, 8, 16, 19, 20 -> refs[i] = in.readUnsignedShort();
        case 9, 10, 11, 12, 17, 18 -> in.readInt();
        case 15 -> {
          in.readUnsignedByte();
          in.readUnsignedShort();
        }
        default -> throw new IOException("constant pool tag " + tag);
      }
    }
    ClassFile c = new ClassFile();
    c.access = in.readUnsignedShort();
    c.name = utf(pool, refs[in.readUnsignedShort()]);
    int superIndex = in.readUnsignedShort();
    c.superName = superIndex == 0 ? null : utf(pool, refs[superIndex]);
    int interfaces = in.readUnsignedShort();
    for (int i = 0; i < interfaces; i++) {
      c.interfaces.add(utf(pool, refs[in.readUnsignedShort()]));
    }
    for (int kind = 0; kind < 2; kind++) {
      int members = in.readUnsignedShort();
      for (int m = 0; m < members; m++) {
        int access = in.readUnsignedShort();
        String name = utf(pool, in.readUnsignedShort());
        String descriptor = utf(pool, in.readUnsignedShort());
        String signature = null;
        List<String> exceptions = new ArrayList<>();
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
          String attribute = utf(pool, in.readUnsignedShort());
          byte[] body = in.readNBytes(in.readInt());
          DataInputStream b = new DataInputStream(new ByteArrayInputStream(body));
          if (attribute.equals("Signature")) {
            signature = utf(pool, b.readUnsignedShort());
          } else if (attribute.equals("Exceptions")) {
            int n = b.readUnsignedShort();
            for (int x = 0; x < n; x++) {
              exceptions.add(utf(pool, refs[b.readUnsignedShort()]));
            }
          }
        }
        c.members.add(new Member(access, name, descriptor, signature, exceptions, kind == 0));
      }
    }
    int attributes = in.readUnsignedShort();
    for (int a = 0; a < attributes; a++) {
      String attribute = utf(pool, in.readUnsignedShort());
      DataInputStream b = new DataInputStream(new ByteArrayInputStream(in.readNBytes(in.readInt())));
      switch (attribute) {
        case "Signature" -> c.signature = utf(pool, b.readUnsignedShort());
        case "InnerClasses" -> {
          int n = b.readUnsignedShort();
          for (int x = 0; x < n; x++) {
            int inner = b.readUnsignedShort();
            int outer = b.readUnsignedShort();
            b.readUnsignedShort();
            int access = b.readUnsignedShort();
            String innerName = utf(pool, refs[inner]);
            c.innerAccess.put(innerName, access);
            if (innerName.equals(c.name)) {
              c.outer = outer == 0 ? enclosing(c.name) : utf(pool, refs[outer]);
            }
          }
        }
        case "Module" -> {
          c.module = utf(pool, refs[b.readUnsignedShort()]);
          b.readUnsignedShort();
          b.readUnsignedShort();
          int requires = b.readUnsignedShort();
          for (int x = 0; x < requires; x++) {
            String required = utf(pool, refs[b.readUnsignedShort()]);
            if ((b.readUnsignedShort() & TRANSITIVE) != 0) {
              c.transitive.add(required);
            }
            b.readUnsignedShort();
          }
          int exports = b.readUnsignedShort();
          for (int x = 0; x < exports; x++) {
            String pkg = utf(pool, refs[b.readUnsignedShort()]);
            b.readUnsignedShort();
            int to = b.readUnsignedShort();
            for (int y = 0; y < to; y++) {
              b.readUnsignedShort();
            }
            if (to == 0) {
              c.exports.add(pkg);
            }
          }
        }
        default -> {
        }
      }
    }
    return c;
  }

  /** The class enclosing a local or anonymous class, which InnerClasses gives no outer class for. */
  private static String enclosing(String name) {
    int dollar = name.lastIndexOf('$');
    return dollar < 0 ? null : name.substring(0, dollar);
  }

  private static String utf(Object[] pool, int index) {
    return (String) pool[index];
  }
}
