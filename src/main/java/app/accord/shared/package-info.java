/**
 * What every module may use: the page layout, web helpers, the common "not found"
 * failure, spreadsheet exports and the font every PDF is set in.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package app.accord.shared;

import org.springframework.modulith.ApplicationModule;
