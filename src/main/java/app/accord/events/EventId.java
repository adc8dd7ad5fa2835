package app.accord.events;

import java.io.Serializable;

/**
 * Identifies an event across modules.
 */
public record EventId(long value) implements Serializable {
}
