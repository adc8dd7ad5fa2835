/**
 * Constraints for what people type into forms and API bodies alike: dates in a sensible
 * range, amounts of money within a stated maximum, web addresses that are absolute
 * http(s) URLs.
 */
package app.accord.shared.validation;
