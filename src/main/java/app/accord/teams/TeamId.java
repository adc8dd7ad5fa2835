package app.accord.teams;

import java.io.Serializable;

/**
 * Identifies a team across modules.
 */
public record TeamId(long value) implements Serializable {
}
