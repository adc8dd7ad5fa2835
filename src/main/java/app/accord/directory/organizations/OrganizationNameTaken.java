package app.accord.directory.organizations;

/** Another organization already has that name (names are unique in any case). */
public class OrganizationNameTaken extends RuntimeException {

	public OrganizationNameTaken(String name) {
		super("An organization named '" + name + "' exists already.");
	}

}
