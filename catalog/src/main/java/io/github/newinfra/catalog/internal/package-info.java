/**
 * Implementation details of the catalog module: the element-wise JSON reader. Not part of the API; may change
 * in any release.
 */
package io.github.newinfra.catalog.internal;
