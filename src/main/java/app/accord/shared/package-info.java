/**
 * What every module may use: the page layout, web helpers and the common "not found"
 * failure.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package app.accord.shared;

import org.springframework.modulith.ApplicationModule;
