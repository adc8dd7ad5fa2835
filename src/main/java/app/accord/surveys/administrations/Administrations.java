package app.accord.surveys.administrations;

import app.accord.shared.Secrets;
import app.accord.surveys.instruments.Instruments;
import app.accord.surveys.rules.SurveyRuleViolation;
import java.time.Clock;
import java.time.ZoneOffset;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.accord.directory.Directory;
import app.accord.networks.Networks;
import app.accord.shared.NotFoundException;
import app.accord.surveys.AdministrationSummary;
import app.accord.surveys.Surveys;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Fields instruments to LEAs and reads administrations back. */
@Service
public class Administrations implements Surveys {

	static final int MAX_LEAS = 2000;

	static final int MAX_HEADCOUNT = 1_000_000;

	public record LeaDraft(String cdsCode, Integer headcount, List<String> sites) {
	}

	/**
	 * A new administration; with a {@code networkId}, fielded to that network: every LEA
	 * that is a member on the opening day must be listed (each needs its head-count), and
	 * only those.
	 */
	public record AdministrationDraft(Long instrumentId, String title, LocalDate opensOn, LocalDate closesOn,
			Long networkId, List<LeaDraft> leas) {
	}

	private final JdbcTemplate jdbc;

	private final Instruments instruments;

	private final Directory directory;

	private final Clock clock;

	private final Networks networks;

	Administrations(JdbcTemplate jdbc, Instruments instruments, Directory directory, Clock clock, Networks networks) {
		this.networks = networks;
		this.jdbc = jdbc;
		this.instruments = instruments;
		this.directory = directory;
		this.clock = clock;
	}

	@PreAuthorize("@surveyPolicy.isStaff(principal)")
	@Transactional
	public long create(AdministrationDraft draft) {
		if (draft.instrumentId() == null || instruments.find(draft.instrumentId()).isEmpty()) {
			throw new SurveyRuleViolation("instrumentId", "surveys.administration.instrumentUnknown");
		}
		if (draft.title() == null || draft.title().isBlank() || draft.title().length() > 300) {
			throw new SurveyRuleViolation("title", "surveys.administration.titleRequired");
		}
		if (draft.opensOn() == null) {
			throw new SurveyRuleViolation("opensOn", "surveys.administration.opensRequired");
		}
		if (draft.closesOn() == null || draft.closesOn().isBefore(draft.opensOn())) {
			throw new SurveyRuleViolation("closesOn", "surveys.administration.closesBeforeOpens");
		}
		if (draft.leas() == null || draft.leas().isEmpty() || draft.leas().size() > MAX_LEAS) {
			throw new SurveyRuleViolation("leas", "surveys.administration.leasRequired");
		}
		var seen = new HashSet<String>();
		var names = new ArrayList<String>();
		for (var lea : draft.leas()) {
			var summary = lea.cdsCode() == null ? Optional.<app.accord.directory.LeaSummary>empty()
					: directory.findLea(lea.cdsCode().strip());
			if (summary.isEmpty()) {
				throw new SurveyRuleViolation("leas", "surveys.administration.leaUnknown",
						String.valueOf(lea.cdsCode()));
			}
			if (!seen.add(lea.cdsCode().strip())) {
				throw new SurveyRuleViolation("leas", "surveys.administration.leaTwice", lea.cdsCode());
			}
			if (lea.headcount() == null || lea.headcount() < 1 || lea.headcount() > MAX_HEADCOUNT) {
				throw new SurveyRuleViolation("leas", "surveys.administration.headcountInvalid", lea.cdsCode());
			}
			var sites = lea.sites() == null ? List.<String>of() : lea.sites();
			if (sites.size() > 200 || sites.stream().anyMatch(s -> s == null || s.isBlank() || s.length() > 200)
					|| sites.stream().map(String::strip).distinct().count() != sites.size()) {
				throw new SurveyRuleViolation("leas", "surveys.administration.sitesInvalid", lea.cdsCode());
			}
			names.add(summary.get().name());
		}
		if (draft.networkId() != null) {
			requireNetworkMembers(draft, seen);
		}
		var keys = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			PreparedStatement statement = connection.prepareStatement(
					"insert into survey_administration (instrument_id, title, opens_on, closes_on, created_at, network_id) values (?, ?, ?, ?, ?, ?)",
					new String[] { "id" });
			statement.setLong(1, draft.instrumentId());
			statement.setString(2, draft.title().strip());
			statement.setObject(3, draft.opensOn());
			statement.setObject(4, draft.closesOn());
			statement.setObject(5, clock.instant().atOffset(ZoneOffset.UTC));
			statement.setObject(6, draft.networkId(), java.sql.Types.BIGINT);
			return statement;
		}, keys);
		var id = keys.getKey().longValue();
		for (var i = 0; i < draft.leas().size(); i++) {
			var lea = draft.leas().get(i);
			var code = lea.cdsCode().strip();
			jdbc.update(
					"insert into survey_administration_lea (administration_id, lea_cds_code, lea_name, headcount, link_token) values (?, ?, ?, ?, ?)",
					id, code, names.get(i), lea.headcount(), Secrets.random());
			var position = 1;
			for (var site : lea.sites() == null ? List.<String>of() : lea.sites()) {
				jdbc.update("insert into survey_site (administration_id, lea_cds_code, code, name) values (?, ?, ?, ?)",
						id, code, "S" + position++, site.strip());
			}
		}
		return id;
	}

	/**
	 * A network's administration lists exactly the LEAs that are members on the opening
	 * day: one left out would be missing from the network's roll-up.
	 */
	private void requireNetworkMembers(AdministrationDraft draft, java.util.Set<String> listed) {
		if (networks.find(draft.networkId()).isEmpty()) {
			throw new SurveyRuleViolation("networkId", "surveys.administration.networkUnknown");
		}
		var members = networks.memberCdsCodesOn(draft.networkId(), draft.opensOn());
		var missing = members.stream().filter(code -> !listed.contains(code)).sorted().toList();
		if (!missing.isEmpty()) {
			throw new SurveyRuleViolation("leas", "surveys.administration.networkMembersMissing",
					String.join(", ", missing));
		}
		var strangers = listed.stream().filter(code -> !members.contains(code)).sorted().toList();
		if (!strangers.isEmpty()) {
			throw new SurveyRuleViolation("leas", "surveys.administration.notNetworkMembers",
					String.join(", ", strangers));
		}
	}

	/** Administrations fielded to any of the networks, newest first. */
	@Transactional(readOnly = true)
	public List<Row> ofNetworks(List<Long> networkIds) {
		if (networkIds.isEmpty()) {
			return List.of();
		}
		var marks = String.join(", ", networkIds.stream().map(c -> "?").toList());
		return rows(" where a.network_id in (" + marks + ")", networkIds.toArray());
	}

	@Transactional(readOnly = true)
	public Administration require(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("No survey administration " + id + "."));
	}

	@Transactional(readOnly = true)
	public Optional<Administration> find(long id) {
		var heads = jdbc.query(
				"select id, instrument_id, title, opens_on, closes_on, closed_at, network_id from survey_administration where id = ?",
				(rs, n) -> new Administration(rs.getLong(1), rs.getLong(2), rs.getString(3),
						rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
						rs.getObject(6, java.time.OffsetDateTime.class), rs.getObject(7, Long.class), List.of()),
				id);
		if (heads.isEmpty()) {
			return Optional.empty();
		}
		var sites = new LinkedHashMap<String, List<Administration.Site>>();
		jdbc.query(
				"select lea_cds_code, code, name from survey_site where administration_id = ? order by lea_cds_code, code",
				rs -> {
					sites.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
						.add(new Administration.Site(rs.getString(2), rs.getString(3)));
				}, id);
		var leas = jdbc.query(
				"select lea_cds_code, lea_name, headcount, link_token from survey_administration_lea where administration_id = ? order by lea_name",
				(rs, n) -> new Administration.Lea(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
						List.copyOf(sites.getOrDefault(rs.getString(1), List.of()))),
				id);
		var head = heads.get(0);
		return Optional.of(new Administration(head.id(), head.instrumentId(), head.title(), head.opensOn(),
				head.closesOn(), head.closedAt(), head.networkId(), leas));
	}

	/** Each LEA's anonymous link, for staff to share. */
	@PreAuthorize("@surveyPolicy.isStaff(principal)")
	@Transactional(readOnly = true)
	public List<Administration.Lea> links(long id) {
		return require(id).leas();
	}

	/** The administration and LEA an anonymous link belongs to. */
	@Transactional(readOnly = true)
	public Optional<LinkTarget> byLinkToken(String token) {
		if (!Secrets.wellFormed(token)) {
			return Optional.empty();
		}
		return jdbc
			.query("select administration_id, lea_cds_code from survey_administration_lea where link_token = ?",
					(rs, n) -> new LinkTarget(rs.getLong(1), rs.getString(2)), token)
			.stream()
			.findFirst();
	}

	public record LinkTarget(long administrationId, String cdsCode) {
	}

	public record Row(long id, String title, LocalDate opensOn, LocalDate closesOn, Administration.State state,
			int leas, long headcount, long responses) {
	}

	@Transactional(readOnly = true)
	public List<Row> list() {
		return rows("", new Object[0]);
	}

	/** Administrations that include any of the LEAs, newest first. */
	@Transactional(readOnly = true)
	public List<Row> including(List<String> cdsCodes) {
		if (cdsCodes.isEmpty()) {
			return List.of();
		}
		var marks = String.join(", ", cdsCodes.stream().map(c -> "?").toList());
		return rows(" where a.id in (select administration_id from survey_administration_lea where lea_cds_code in ("
				+ marks + "))", cdsCodes.toArray());
	}

	private List<Row> rows(String where, Object[] args) {
		var today = LocalDate.now(clock);
		return jdbc
			.query("""
					select a.id, a.title, a.opens_on, a.closes_on, a.closed_at,
					  (select count(*) from survey_administration_lea l where l.administration_id = a.id),
					  (select coalesce(sum(headcount), 0) from survey_administration_lea l where l.administration_id = a.id),
					  (select count(*) from survey_response r where r.administration_id = a.id)
					from survey_administration a"""
					+ where + " order by a.opens_on desc, a.id desc", (rs, n) -> {
						var closedAt = rs.getObject(5, java.time.OffsetDateTime.class);
						var administration = new Administration(rs.getLong(1), 0, rs.getString(2),
								rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), closedAt, null,
								List.of());
						return new Row(rs.getLong(1), rs.getString(2), administration.opensOn(),
								administration.closesOn(), administration.state(today), rs.getInt(6), rs.getLong(7),
								rs.getLong(8));
					}, args);
	}

	/** Responses so far per LEA. */
	@Transactional(readOnly = true)
	public Map<String, Long> responsesPerLea(long id) {
		var counts = new LinkedHashMap<String, Long>();
		jdbc.query(
				"select lea_cds_code, count(*) from survey_response where administration_id = ? group by lea_cds_code",
				rs -> {
					counts.put(rs.getString(1), rs.getLong(2));
				}, id);
		return counts;
	}

	@Override
	@Transactional(readOnly = true)
	public List<AdministrationSummary> administrationsOf(String cdsCode) {
		return including(List.of(cdsCode)).stream()
			.map(row -> new AdministrationSummary(row.id(), row.title(), row.opensOn(), row.closesOn(),
					row.responses()))
			.toList();
	}

}
