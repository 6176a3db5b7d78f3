package io.github.newinfra.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonMessagesTest {
  @Test
  void aParserMessageSaysWhatIsWrongWithTheTextNotHowTheParserIsSetUp() {
    assertEquals("unexpected character '/': JSON has no comments", JsonMessages.plain("Unexpected character ('/' "
        + "(code 47)): maybe a (non-standard) comment? (not recognized as one since Feature 'ALLOW_COMMENTS' not "
        + "enabled for parser)"));
    assertEquals("'NaN' is not JSON: JSON has no NaN or Infinity, write a number",
        JsonMessages.plain("Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow"));
    assertEquals("arrays and objects are nested more than 64 levels deep", JsonMessages.plain("Document nesting "
        + "depth (65) exceeds the maximum allowed (64, from `StreamReadConstraints.getMaxNestingDepth()`)"));
    assertEquals("the input ends inside an array", JsonMessages.plain("Unexpected end-of-input: expected close "
        + "marker for Array (start marker at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` "
        + "disabled); line: 1, column: 1])"));
    assertEquals("unexpected character 'x' (line 2, column 3)", JsonMessages.plain("Unexpected character ('x' "
        + "(code 120)) at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 2, "
        + "column: 3]"));
    assertEquals("a character that must be escaped (control character U+0001): has to be escaped using backslash "
        + "to be included in string value", JsonMessages.plain("Illegal unquoted character ((CTRL-CHAR, code 1)): "
        + "has to be escaped using backslash to be included in string value"));
    assertEquals("Cannot read Comparator from String", JsonMessages.plain(
        "Cannot read `io.github.newinfra.model.Comparator` from String"));
    assertEquals("the text is not well-formed JSON", JsonMessages.plain(null));
  }
}
