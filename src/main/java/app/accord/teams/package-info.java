/**
 * The labor-management team of an LEA: roster with history, composition, learning-team
 * meetings and practice self-assessments.
 */
package app.accord.teams;
