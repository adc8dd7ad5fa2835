package app.accord.teams;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller whose pages choose a member's role and side (the {@code teams/fields ::
 * roleAndSide} selects): every model it fills holds {@code roles} and {@code sides}, see
 * {@link RoleAndSideChoicesAdvice}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RoleAndSideChoices {

}
