/**
 * Regional networks (hub county office, member LEAs over time, planning committee,
 * convenings, dashboard) and individualized supports (coaching engagements and their
 * session logs).
 */
package app.accord.networks;
