package app.accord.accounts;

import java.io.Serializable;

/**
 * Identifies a person across modules.
 */
public record PersonId(long value) implements Serializable {
}
