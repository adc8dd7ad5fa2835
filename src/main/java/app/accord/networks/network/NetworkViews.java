package app.accord.networks.network;

import java.time.LocalDate;
import java.util.List;

import app.accord.directory.LeaType;
import app.accord.directory.OrganizationSummary;
import app.accord.directory.Region;
import app.accord.events.ConveningSummary;
import app.accord.teams.Side;

/** What the network pages and API show. */
public final class NetworkViews {

	private NetworkViews() {
	}

	/** A line of a network list. */
	record NetworkRow(long id, String name, String hubCdsCode, String hubName, Region region, String schoolYears,
			int firstSchoolYear, Integer lastSchoolYear, int currentMembers) {
	}

	/**
	 * A member stretch with the LEA's name and the other networks it currently belongs to
	 * (an LEA may be in more than one).
	 */
	public record MemberRow(long id, String cdsCode, String leaName, LeaType leaType, String county, LocalDate joinedOn,
			LocalDate leftOn, List<String> otherNetworks) {

		public boolean current() {
			return leftOn == null;
		}

	}

	record CommitteeRow(long id, String name, String email, String role, Side side, String organization) {
	}

	record PartnerRow(OrganizationSummary organization, PartnerRole role) {
	}

	record CoordinatorRow(long personId, String name, String email) {
	}

	/**
	 * Convenings of one school year against the target (three network convenings and the
	 * Summer Institute).
	 */
	public record YearTarget(int startYear, String label, int convenings, int target,
			List<ConveningSummary> summerInstitutes) {

		public boolean met() {
			return convenings >= target && !summerInstitutes.isEmpty();
		}

	}

	public record NetworkView(long id, String name, String hubCdsCode, String hubName, Region region,
			String schoolYears, int firstSchoolYear, Integer lastSchoolYear, List<MemberRow> members,
			List<CommitteeRow> committee, List<PartnerRow> partners, List<ConveningSummary> convenings,
			List<CoordinatorRow> coordinators, List<YearTarget> targets) {

		public long currentMemberCount() {
			return members.stream().filter(MemberRow::current).count();
		}

	}

}
