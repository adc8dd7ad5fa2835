/**
 * The initiative's public face and its impact: home page, participation figures and
 * history.
 */
package app.accord.insights;
