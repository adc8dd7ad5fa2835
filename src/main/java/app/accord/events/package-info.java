/**
 * Convenings: events and their registration, complimentary seats and fees, the waitlist,
 * confirmations with calendar files, and check-in at the door.
 */
package app.accord.events;
