/**
 * JSON support for the model: the one {@link io.github.newinfra.model.json.ModelJson mapper configuration}
 * the project reads and writes with.
 */
package io.github.newinfra.model.json;
