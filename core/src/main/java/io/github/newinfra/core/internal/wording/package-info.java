/**
 * Wording: {@code Text} writes numbers, shares and statuses as the reports print them, and {@code Explanations}
 * writes each result's explanation from its decision facts. Not part of the API.
 */
package io.github.newinfra.core.internal.wording;
