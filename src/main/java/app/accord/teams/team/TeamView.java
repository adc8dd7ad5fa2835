package app.accord.teams.team;

import java.time.LocalDate;
import java.util.List;

import app.accord.shared.NotFoundException;
import app.accord.teams.Composition;
import app.accord.teams.MemberRole;
import app.accord.teams.Participation;
import app.accord.teams.Side;
import app.accord.teams.assessment.Assessment;
import app.accord.teams.assessment.Practice;
import app.accord.teams.assessment.Stage;
import app.accord.teams.meetings.Meeting;
import app.accord.teams.meetings.MeetingTopic;

/**
 * Everything the team page shows, for a reader allowed to see it.
 *
 * @param asOf the day the roster is shown for
 * @param roster members on {@code asOf}
 * @param history every membership, current and past
 * @param participation the events and other occasions the team took part in, newest first
 */
public record TeamView(long id, String displayName, String name, String leaCdsCode, String leaName, String county,
		boolean active, LocalDate asOf, boolean today, List<MemberRow> roster, List<MemberRow> history,
		Composition composition, MeetingStatus meetingStatus, List<MeetingRow> meetings,
		List<AssessmentRow> assessments, List<PracticeProgress> progress, List<Participation> participation,
		boolean canManage, boolean staff) {

	/** A member of the team, past or present. */
	public MemberRow member(long memberId) {
		return history.stream()
			.filter(m -> m.id() == memberId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No member " + memberId));
	}

	public record MemberRow(long id, String name, String email, String title, MemberRole role, Side side,
			String organization, boolean coLead, LocalDate joinedOn, LocalDate leftOn, boolean current) {

		static MemberRow of(Membership m) {
			return new MemberRow(m.getId(), m.getName(), m.getEmail(), m.getTitle(), m.getRole(), m.getSide(),
					m.getOrganization(), m.isCoLead(), m.getJoinedOn(), m.getLeftOn(), m.isCurrent());
		}

	}

	/** Whether the team meets the rule today and when it last met. */
	public record MeetingStatus(boolean regular, LocalDate lastMeeting, int minMeetings, int windowDays) {
	}

	public record MeetingRow(long id, LocalDate heldOn, int laborAttendees, int managementAttendees,
			List<MeetingTopic> topics, String otherTopics, String decisions, String nextSteps) {

		static MeetingRow of(Meeting m) {
			return new MeetingRow(m.getId(), m.getHeldOn(), m.getLaborAttendees(), m.getManagementAttendees(),
					List.copyOf(m.getTopics()), m.getOtherTopics(), m.getDecisions(), m.getNextSteps());
		}

	}

	public record AssessmentRow(long id, LocalDate assessedOn, List<RatingRow> ratings) {

		static AssessmentRow of(Assessment a) {
			return new AssessmentRow(a.getId(), a.getAssessedOn(),
					a.getRatings()
						.stream()
						.map(r -> new RatingRow(r.getPractice(), r.getStage(), r.getEvidence()))
						.toList());
		}

	}

	public record RatingRow(Practice practice, Stage stage, String evidence) {
	}

	/**
	 * One practice's stages over the last assessments, as bars of a small SVG chart.
	 */
	public record PracticeProgress(Practice practice, Stage latest, List<Bar> bars) {

		static final int MAX_BARS = 8;

		public int width() {
			return Math.max(1, bars.size()) * Bar.STEP;
		}

	}

	/** A bar in SVG user units; the chart is {@link #HEIGHT} units high. */
	public record Bar(LocalDate date, Stage stage, int x, int y, int height) {

		static final int STEP = 28;

		static final int WIDTH = 20;

		public static final int HEIGHT = 52;

		static Bar at(int index, LocalDate date, Stage stage) {
			var height = stage.level() == 0 ? 3 : stage.level() * 16;
			return new Bar(date, stage, index * STEP, HEIGHT - height, height);
		}

		public int width() {
			return WIDTH;
		}

	}

}
