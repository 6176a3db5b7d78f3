package io.github.newinfra.catalog.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import io.github.newinfra.catalog.Problem;
import io.github.newinfra.catalog.ProblemType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Watches the tokens a parser hands on and notes every field given twice in one object, at its JSON path as it
 * stands in the file, so that a repeated field is a problem like any other rather than the end of the read. Not
 * part of the API.
 *
 * <p>{@code {"id":"a","nameZh":"x","nameZh":"y"}} as the third indicator gives the problem
 * {@code $.indicators[2].nameZh: field 'nameZh' is given twice in this object (again at line 4, column 30); give
 * each field once}.
 */
final class DuplicateFields extends JsonParserDelegate {
  /** One open object or array: where it stands in its parent, its fields so far or its next element's index. */
  private static final class Frame {
    boolean object;
    /** In the parent: the field name, or null for an array element at {@link #at}. */
    String key;
    int at;
    final String[] names = new String[SCANNED];
    int count;
    /** The field whose value comes next. */
    String last;
    /** The names once there are more than {@link #SCANNED}: looked up by hash, so that any object costs linear time. */
    java.util.Set<String> many;
    int index;
  }

  /** Up to this many fields, names are compared one by one. */
  private static final int SCANNED = 16;

  /** The open containers, outermost first; frames are reused, so a read allocates one per level. */
  private Frame[] frames = new Frame[8];
  private int depth;
  private final List<Problem> problems = new ArrayList<>();

  DuplicateFields(JsonParser parser) {
    super(parser);
  }

  /**
   * Returns a problem for each field given twice, in the order they were read.
   *
   * @return the problems
   */
  List<Problem> problems() {
    return problems;
  }

  @Override
  public JsonToken nextToken() throws IOException {
    JsonToken t = super.nextToken();
    if (t == null) {
      return null;
    }
    switch (t) {
      case FIELD_NAME:
        field(frames[depth - 1], currentName());
        return t;
      case START_OBJECT:
      case START_ARRAY:
        open(t == JsonToken.START_OBJECT);
        return t;
      case END_OBJECT:
      case END_ARRAY:
        depth--;
        next();
        return t;
      default:
        next();
        return t;
    }
  }

  private void open(boolean object) {
    Frame parent = depth == 0 ? null : frames[depth - 1];
    if (depth == frames.length) {
      frames = java.util.Arrays.copyOf(frames, depth * 2);
    }
    Frame f = frames[depth];
    if (f == null) {
      f = new Frame();
      frames[depth] = f;
    }
    f.object = object;
    f.key = parent == null || !parent.object ? null : parent.last;
    f.at = parent == null ? 0 : parent.index;
    f.count = 0;
    f.many = null;
    f.index = 0;
    depth++;
  }

  private void field(Frame f, String name) {
    boolean twice = false;
    if (f.many != null) {
      twice = !f.many.add(name);
    } else {
      for (int i = 0; i < f.count && !twice; i++) {
        twice = f.names[i].equals(name);
      }
      if (!twice && f.count < SCANNED) {
        f.names[f.count++] = name;
      } else if (!twice) {
        f.many = new java.util.HashSet<>(java.util.Arrays.asList(f.names));
        f.many.add(name);
      }
    }
    f.last = name;
    if (twice) {
      JsonLocation at = currentTokenLocation();
      problems.add(Problem.of(path() + "." + name, ProblemType.MALFORMED, "field '" + name + "' is given twice in "
          + "this object (again at line " + at.getLineNr() + ", column " + at.getColumnNr() + "); give each field "
          + "once"));
    }
  }

  /** The JSON path of the innermost open container, e.g. {@code $.indicators[2]}. */
  private String path() {
    StringBuilder b = new StringBuilder("$");
    for (int i = 1; i < depth; i++) {
      Frame f = frames[i];
      if (f.key != null) {
        b.append('.').append(f.key);
      } else {
        b.append('[').append(f.at).append(']');
      }
    }
    return b.toString();
  }

  /** A value ended: an array's next element has the next index. */
  private void next() {
    if (depth > 0 && !frames[depth - 1].object) {
      frames[depth - 1].index++;
    }
  }

  @Override
  public JsonToken nextValue() throws IOException {
    JsonToken t = nextToken();
    return t == JsonToken.FIELD_NAME ? nextToken() : t;
  }

  @Override
  public JsonParser skipChildren() throws IOException {
    JsonToken t = currentToken();
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
      return this;
    }
    int open = 1;
    while (open > 0) {
      JsonToken n = nextToken();
      if (n == null) {
        return this;
      }
      if (n.isStructStart()) {
        open++;
      } else if (n.isStructEnd()) {
        open--;
      }
    }
    return this;
  }
}
