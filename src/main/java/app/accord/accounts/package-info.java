/**
 * People, sign-in (password or emailed link), roles, API tokens and the audit trail.
 */
package app.accord.accounts;
