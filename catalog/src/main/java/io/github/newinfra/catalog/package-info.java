/**
 * The catalog: the built-in, validated catalog of 苏政办发〔2021〕45号 and 苏政办发〔2020〕31号
 * ({@link io.github.newinfra.catalog.Catalog#builtIn()}), loading and validating catalogs of other plans
 * ({@link io.github.newinfra.catalog.Catalog#load(java.nio.file.Path)}), the validator that reports every
 * problem with its JSON path ({@link io.github.newinfra.catalog.CatalogValidator}), and queries by id, pillar,
 * sub-area, department, document, indicator, due year, region and keyword.
 */
package io.github.newinfra.catalog;
