package app.accord;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationContext;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.ClassUtils;

/**
 * A class a module keeps to itself, found by the module's name and the class's simple
 * name in whichever of the module's feature packages holds it: tests name what they mean,
 * and a class moving between features does not break them.
 */
public final class ModuleClasses {

	private ModuleClasses() {
	}

	/**
	 * @param module the module's name ({@code "teams"})
	 * @param simpleName the class's simple name ({@code "DemoTeams"}), which must be
	 * unique in the module
	 */
	public static Class<?> find(String module, String simpleName) {
		try {
			var found = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:app/accord/" + module + "/**/" + simpleName + ".class");
			if (found.length != 1) {
				throw new IllegalStateException(found.length + " classes " + simpleName + " in module " + module);
			}
			var path = found[0].getURL().toString();
			var name = path.substring(path.lastIndexOf("app/accord/"), path.length() - ".class".length())
				.replace('/', '.');
			return ClassUtils.forName(name, ModuleClasses.class.getClassLoader());
		}
		catch (IOException | ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The modules whose own classes are beans of the context (mocks standing in for a
	 * module do not count): what a module test booted.
	 */
	public static Set<String> modulesOfBeans(ApplicationContext context) {
		return Arrays.stream(context.getBeanDefinitionNames())
			.map(context::getType)
			.filter(Objects::nonNull)
			.map(type -> ClassUtils.getUserClass(type).getName())
			.filter(type -> type.startsWith("app.accord.") && !type.contains("$MockitoMock$"))
			.map(type -> type.substring("app.accord.".length()))
			.filter(type -> type.contains("."))
			.map(type -> type.substring(0, type.indexOf('.')))
			.collect(Collectors.toSet());
	}

}
