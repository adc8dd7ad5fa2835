/**
 * Anonymous staff surveys: an item bank, instruments, administrations fielded to LEAs,
 * anonymous responses and reports that suppress small groups.
 */
package app.accord.surveys;
