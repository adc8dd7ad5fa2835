/**
 * The resource library: guidebooks, research, tools and newsletters with full-text search
 * in English and Spanish, and case studies of LEAs.
 */
package app.accord.library;
