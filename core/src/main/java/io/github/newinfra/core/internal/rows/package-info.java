/**
 * The row store: {@code CompiledCatalog} (a catalog's indicators and regions as indices, and how input texts
 * resolve to them), {@code Ingest} (every input path's rows checked, converted and stored, or rejected with why),
 * {@code Series} (the accepted rows of one indicator and region, in columns), the clean-up of a series (duplicates,
 * revisions, overlapping flows), {@code Rejections} and {@code Suggestions} (what an unknown text may have meant).
 * Not part of the API.
 */
package io.github.newinfra.core.internal.rows;
