/**
 * Reading observations: the CSV readers (from text, {@code CsvRows}, and from bytes, {@code CsvBytes}, with their
 * encodings, {@code Decoding} and {@code Utf8}), the JSON reader ({@code JsonRows}, bounded by
 * {@code JsonElementLimits}), the columns of an in-memory table ({@code Columns}), number parsing ({@code Numbers})
 * and {@code RowSink}, the one interface every reader hands its rows to. A reader decides nothing about a row: it
 * splits records into fields and passes them on. Not part of the API.
 */
package io.github.newinfra.core.internal.reading;
