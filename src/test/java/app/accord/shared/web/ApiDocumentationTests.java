package app.accord.shared.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.accord.ModuleClasses;
import app.accord.directory.Region;
import app.accord.teams.MemberRole;
import app.accord.teams.Side;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI document tells a client every value a coded request field accepts.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiDocumentationTests {

	/** Request fields that hold a code rather than free text. */
	private static final Set<String> CODED = Set.of("role", "side", "topics", "practice", "stage", "region", "language",
			"kind", "format", "registrationMode", "status", "visibility");

	/** Fields with a coded name that hold free text. */
	private static final Set<String> FREE_TEXT = Set.of("POST /api/v1/events topics");

	@Autowired
	MockMvc mvc;

	private Map<String, Object> document;

	@BeforeEach
	void readTheDocument() throws Exception {
		var json = this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.document = JsonPath.parse(json).json();
	}

	@Test
	void everyCodedRequestFieldListsItsValues() {
		var fields = requestFields();
		assertThat(fields).isNotEmpty();
		var undocumented = fields.entrySet()
			.stream()
			.filter(field -> CODED.contains(lastName(field.getKey())))
			.filter(field -> !FREE_TEXT.contains(field.getKey()))
			.filter(field -> !field.getValue().containsKey("enum"))
			.map(Map.Entry::getKey)
			.toList();
		assertThat(undocumented).isEmpty();
	}

	@Test
	void codedRequestFieldsListTheValuesTheServerAccepts() {
		var roles = names(MemberRole.class);
		var sides = names(Side.class);
		var regions = Arrays.stream(Region.values()).map(Region::slug).toList();
		var expected = new LinkedHashMap<String, List<String>>();
		expected.put("POST /api/v1/teams role", roles);
		expected.put("POST /api/v1/teams side", sides);
		expected.put("POST /api/v1/teams/{id}/members role", roles);
		expected.put("POST /api/v1/teams/{id}/members side", sides);
		expected.put("POST /api/v1/teams/{id}/meetings topics[]", names("teams", "MeetingTopic"));
		expected.put("POST /api/v1/teams/{id}/assessments ratings[].practice", names("teams", "Practice"));
		expected.put("POST /api/v1/teams/{id}/assessments ratings[].stage", names("teams", "Stage"));
		expected.put("POST /api/v1/events region", regions);
		expected.put("POST /api/v1/events kind", names("events", "EventKind"));
		expected.put("POST /api/v1/events format", names("events", "EventFormat"));
		expected.put("POST /api/v1/events registrationMode", names("events", "RegistrationMode"));
		expected.put("POST /api/v1/events/{id}/registrations attendees[].role", roles);
		expected.put("POST /api/v1/events/{id}/registrations attendees[].side", sides);
		expected.put("POST /api/v1/events/{id}/registrations person.role", roles);
		expected.put("POST /api/v1/events/{id}/registrations person.side", sides);
		expected.put("POST /api/v1/resources metadata.kind", names("library", "ResourceKind"));
		expected.put("POST /api/v1/resources metadata.language", List.of("en", "es"));
		expected.put("POST /api/v1/resources metadata.visibility", names("library", "Visibility"));
		expected.put("POST /api/v1/networks region", regions);
		expected.put("POST /api/v1/surveys/instruments sections[].items[].kind", names("surveys", "ItemKind"));

		var fields = requestFields();
		expected.forEach((field, values) -> assertThat(fields).as(field).containsKey(field));
		expected.forEach((field, values) -> assertThat(fields.get(field).get("enum")).as(field).isEqualTo(values));
	}

	@Test
	void anEngagementsNewStatusListsItsValues() {
		var parameters = JsonPath.<List<Map<String, Object>>>read(this.document,
				"$.paths['/api/v1/engagements/{id}/status'].post.parameters[?(@.name == 'status')].schema");
		assertThat(parameters).singleElement()
			.extracting(schema -> schema.get("enum"))
			.isEqualTo(names("networks", "EngagementStatus"));
	}

	@Test
	void theDescriptionSaysWhatNeedsNoToken() {
		var description = JsonPath.<String>read(this.document, "$.info.description");
		assertThat(description).contains("without a token", "/api/v1/leas", "/api/v1/resources", "429",
				"Authorization: Bearer");
	}

	/** Every property of every request body, keyed by operation and field path. */
	@SuppressWarnings("unchecked")
	private Map<String, Map<String, Object>> requestFields() {
		var fields = new LinkedHashMap<String, Map<String, Object>>();
		var paths = (Map<String, Map<String, Object>>) this.document.get("paths");
		paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
			var body = (Map<String, Object>) ((Map<String, Object>) operation).get("requestBody");
			if (body == null) {
				return;
			}
			var content = (Map<String, Map<String, Object>>) body.get("content");
			content.values()
				.forEach(media -> walk(method.toUpperCase() + " " + path + " ", "",
						(Map<String, Object>) media.get("schema"), fields, new ArrayList<>()));
		}));
		return fields;
	}

	@SuppressWarnings("unchecked")
	private void walk(String operation, String prefix, Map<String, Object> schema,
			Map<String, Map<String, Object>> fields, List<String> seen) {
		var resolved = resolve(schema);
		if (resolved.get("items") != null) {
			walk(operation, prefix + "[]", (Map<String, Object>) resolved.get("items"), fields, seen);
			return;
		}
		var properties = (Map<String, Map<String, Object>>) resolved.get("properties");
		if (properties == null) {
			if (!prefix.isEmpty()) {
				fields.put(operation + prefix, resolved);
			}
			return;
		}
		var ref = (String) schema.get("$ref");
		if (ref != null && seen.contains(ref)) {
			return;
		}
		var deeper = new ArrayList<>(seen);
		deeper.add(ref);
		properties.forEach((name, property) -> walk(operation, prefix.isEmpty() ? name : prefix + "." + name, property,
				fields, deeper));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> resolve(Map<String, Object> schema) {
		var ref = (String) schema.get("$ref");
		if (ref == null) {
			return schema;
		}
		var name = ref.substring(ref.lastIndexOf('/') + 1);
		return (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) this.document.get("components"))
			.get("schemas")).get(name);
	}

	private static String lastName(String field) {
		var name = field.substring(field.lastIndexOf(' ') + 1).replace("[]", "");
		return name.substring(name.lastIndexOf('.') + 1);
	}

	private static List<String> names(Class<? extends Enum<?>> type) {
		return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
	}

	/**
	 * Enums the modules keep to themselves, named as the server parses them: found by
	 * module and simple name in whichever of the module's packages holds them.
	 */
	@SuppressWarnings("unchecked")
	private static List<String> names(String module, String simpleName) {
		return names((Class<? extends Enum<?>>) ModuleClasses.find(module, simpleName));
	}

}
