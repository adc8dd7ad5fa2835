/**
 * California's local educational agencies, counties and regions: import, search, map and
 * API.
 */
package app.accord.directory;
