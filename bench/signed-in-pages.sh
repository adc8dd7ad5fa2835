#!/usr/bin/env bash
# Signed-in pages under load: "p99 under 100 ms at 16 concurrent users with demo data x10
# (10,000 teams' worth of rows)". Starts Accord with the demo data on a throw-away PostgreSQL
# database (accord_bench_signed_in, dropped and created again at each run and left in place
# afterwards for EXPLAIN), adds 10,000 teams' worth of rows with plain SQL, signs in as the
# staff admin the way a browser does and loads each page with wrk, page by page, printing a
# Markdown table.
#
#   bash bench/signed-in-pages.sh
#   CONNECTIONS=16 DURATION=10s WARMUP=3s TIMEOUT=60s   # the defaults
#   TEAMS=10000                               # teams added (one active per LEA, the rest closed)
#   JFR_DIR=/tmp/jfr                          # also record a JFR profile of each measured run
#
# Staff only: the demo's other accounts (a coordinator, consultants, the Alisal co-leads) have
# no password and sign in by emailed link, so no team member or co-lead session is measured.
#
# The rows added: at most one active team per LEA can exist (team_active_lea_uk), so the first
# round of teams is active on every LEA the demo left without one (about 1,009) and the others
# are closed teams of the same LEAs. Each team has six members (four with a person, the two
# co-leads with a member account), twelve meetings, three self-assessments; 190 events with
# 50 team registrations each (a statewide institute with every active team), four attendees
# per registration; 100 networks of 40 member LEAs with their committees and convenings; 300
# survey administrations of 10 LEAs each (no responses).
#
# Needs wrk, curl, psql (PostgreSQL at 127.0.0.1:5432, user postgres without password) and
# target/accord.jar (./mvnw -DskipTests package).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

CONNECTIONS=${CONNECTIONS:-16}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-3s}
# wrk's own default (2 s) would count slower answers as errors and leave them out of the latencies.
TIMEOUT=${TIMEOUT:-60s}
PORT=${PORT:-18082}
TEAMS=${TEAMS:-10000}
JFR_DIR=${JFR_DIR:-}
DB_NAME=accord_bench_signed_in
ADMIN_EMAIL=bench-admin@example.org
ADMIN_PASSWORD='signed-in pages benchmark passphrase'
PG=(psql -h 127.0.0.1 -U postgres -qtAX -v ON_ERROR_STOP=1)

for tool in wrk curl psql java; do
  command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install -y wrk curl postgresql-client)" >&2; exit 1; }
done
[[ -f target/accord.jar ]] || ./mvnw -q -DskipTests package

work=$(mktemp -d)
app_pid=
cleanup() {
  if [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null; then wait "$app_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

"${PG[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB_NAME" -c "CREATE DATABASE $DB_NAME" >/dev/null
db() { "${PG[@]}" -d "$DB_NAME" "$@"; }

started=$SECONDS
ACCORD_ADMIN_EMAIL=$ADMIN_EMAIL ACCORD_ADMIN_PASSWORD=$ADMIN_PASSWORD \
  java -Xmx512m -jar target/accord.jar --spring.profiles.active=demo --server.port="$PORT" \
  --accord.data-dir="$work/data" --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB_NAME" \
  --spring.datasource.username=postgres >"$work/app.log" 2>&1 &
app_pid=$!
base="http://127.0.0.1:$PORT"
until curl -sf "$base/actuator/health" >/dev/null; do
  kill -0 "$app_pid" 2>/dev/null || { tail -50 "$work/app.log"; exit 1; }
  (( SECONDS - started < 600 )) || { echo "Accord did not start within 600 s" >&2; exit 1; }
  sleep 1
done
# The demo data is written in stages after start, the network (with its coaching sessions)
# last; wait until it exists and the rows of every stage have stopped changing for 5 s.
demo_rows() {
  db -c "SELECT (SELECT count(*) FROM network) || ' ' || (SELECT count(*) FROM person) + (SELECT count(*) FROM team_meeting)
    + (SELECT count(*) FROM event_attendee) + (SELECT count(*) FROM survey_response) + (SELECT count(*) FROM coaching_session)
    + (SELECT count(*) FROM network_member) + (SELECT count(*) FROM library_resource)"
}
previous= stable=0
while (( stable < 5 )); do
  kill -0 "$app_pid" 2>/dev/null || { tail -50 "$work/app.log"; exit 1; }
  (( SECONDS - started < 900 )) || { echo "the demo data was not complete within 900 s" >&2; exit 1; }
  now=$(demo_rows)
  if [[ "$now" != 0\ * && "$now" == "$previous" ]]; then stable=$((stable + 1)); else stable=0; fi
  previous=$now
  sleep 1
done
if grep -q 'Demo data of .* not created' "$work/app.log"; then
  grep -A3 'Demo data of .* not created' "$work/app.log" >&2
  exit 1
fi
echo "Accord up with demo data after $((SECONDS - started)) s"

tables=(person account team team_membership team_member_profile team_meeting team_assessment team_assessment_rating
  event event_registration event_attendee network network_member network_committee_member network_convening
  network_coordinator network_organization survey_administration survey_administration_lea)
count_rows() {
  local sql="" t
  for t in "${tables[@]}"; do sql+="${sql:+, }(SELECT count(*) FROM $t)"; done
  db -F ' ' -c "SELECT $sql"
}
read -r -a before < <(count_rows)

loading=$SECONDS
db -v teams="$TEAMS" <<'SQL'
BEGIN;
-- Today in the initiative's time zone, as the application sees it.
CREATE TEMP TABLE b_today AS SELECT (now() AT TIME ZONE 'America/Los_Angeles')::date AS d;
CREATE TEMP TABLE b_lea AS
  SELECT (row_number() OVER (ORDER BY l.cds_code) - 1)::int AS n, l.cds_code, l.name, l.type, c.name AS county, c.region
  FROM directory_lea l JOIN directory_county c ON c.id = l.county_id;
CREATE TEMP TABLE b_base AS SELECT
  (SELECT count(*) FROM b_lea)::int AS leas,
  (SELECT coalesce(max(id), 0) FROM team) AS team, (SELECT coalesce(max(id), 0) FROM person) AS person,
  (SELECT coalesce(max(id), 0) FROM team_membership) AS membership,
  (SELECT coalesce(max(id), 0) FROM team_meeting) AS meeting,
  (SELECT coalesce(max(id), 0) FROM team_assessment) AS assessment,
  (SELECT coalesce(max(id), 0) FROM event) AS event, (SELECT coalesce(max(id), 0) FROM event_registration) AS registration,
  (SELECT coalesce(max(id), 0) FROM event_attendee) AS attendee, (SELECT coalesce(max(id), 0) FROM network) AS network,
  (SELECT coalesce(max(id), 0) FROM network_member) AS network_member,
  (SELECT coalesce(max(id), 0) FROM network_committee_member) AS committee,
  (SELECT coalesce(max(id), 0) FROM survey_administration) AS administration;

-- Teams: the g-th on the (g mod LEAs)-th LEA; the first round is active where the demo has no
-- team, the others closed 100 to 2,099 days ago. Their last meeting is 0 to 44 days before
-- today or before the closing.
CREATE TEMP TABLE b_team AS
  SELECT g, b.team + g + 1 AS id, l.cds_code, l.name AS lea_name, l.county, l.region,
         (g < b.leas AND NOT EXISTS (SELECT 1 FROM team t WHERE t.active_lea_cds_code = l.cds_code)) AS active,
         20 + g % 60 AS period, g % 45 AS last_offset, 0 AS closed_offset
  FROM generate_series(0, :teams - 1) g CROSS JOIN b_base b JOIN b_lea l ON l.n = g % b.leas;
UPDATE b_team SET last_offset = 100 + (g * 7) % 2000 + g % 45, closed_offset = 100 + (g * 7) % 2000 WHERE NOT active;
ALTER TABLE b_team ADD COLUMN created date;
UPDATE b_team SET created = (SELECT d FROM b_today) - (last_offset + 12 * period + 30);

INSERT INTO team (id, lea_cds_code, lea_name, county, region, name, active_lea_cds_code, created_at, closed_at)
SELECT id, cds_code, lea_name, county, region,
       CASE WHEN g % 3 = 0 THEN left(lea_name, 170) || ' Labor Management Team' END,
       CASE WHEN active THEN cds_code END, created::timestamp AT TIME ZONE 'America/Los_Angeles',
       CASE WHEN NOT active THEN now() - closed_offset * interval '1 day' END
FROM b_team;

-- Six members: the minimum four (two co-leads) with a person, a principal and a site
-- representative entered without an email. One team in seven has lost its board member.
CREATE TEMP TABLE b_member AS
  SELECT t.g, t.id AS team_id, k, b.membership + t.g * 6 + k + 1 AS id,
         CASE WHEN k < 4 THEN b.person + t.g * 4 + k + 1 END AS person_id,
         (ARRAY['Ana','Luis','Maria','James','Mei','Carlos','Fatima','David','Rosa','Kevin','Lupe','Grace','Omar','Linda','Tuan','Elena'])[1 + (t.g * 5 + k * 3) % 16]
           || ' ' || (ARRAY['Garcia','Nguyen','Smith','Hernandez','Kim','Lopez','Johnson','Patel','Martinez','Chen','Brown','Rivera','Singh','Flores','Davis','Okafor','Reyes','Tanaka'])[1 + (t.g * 7 + k) % 18] AS name,
         (ARRAY['SUPERINTENDENT','CERTIFICATED_UNION_PRESIDENT','CLASSIFIED_UNION_PRESIDENT','BOARD_MEMBER','PRINCIPAL','SITE_REPRESENTATIVE'])[k + 1] AS role,
         (ARRAY['MANAGEMENT','LABOR','LABOR','MANAGEMENT','MANAGEMENT','LABOR'])[k + 1] AS side,
         (ARRAY['Superintendent','President','Chapter president','Board member','Principal','Site representative'])[k + 1] AS title,
         CASE k WHEN 0 THEN left(t.lea_name, 200) WHEN 1 THEN 'Teachers association' WHEN 2 THEN 'CSEA chapter' END AS organization,
         t.created AS joined_on,
         CASE WHEN k = 3 AND t.g % 7 = 0 THEN t.created + 200 END AS left_on
  FROM b_team t CROSS JOIN generate_series(0, 5) k CROSS JOIN b_base b;

INSERT INTO person (id, email, email_normalized, display_name, preferred_language, created_at)
SELECT m.person_id, 'bench-team' || m.g || '-' || m.k || '@bench.example.org',
       'bench-team' || m.g || '-' || m.k || '@bench.example.org', m.name,
       CASE WHEN m.g % 5 = 0 THEN 'es' ELSE 'en' END, m.joined_on::timestamp AT TIME ZONE 'America/Los_Angeles'
FROM b_member m WHERE m.person_id IS NOT NULL;

INSERT INTO account (person_id, role, password_hash, enabled, created_at)
SELECT person_id, 'MEMBER', NULL, true, joined_on::timestamp AT TIME ZONE 'America/Los_Angeles'
FROM b_member WHERE k < 2;

INSERT INTO team_membership (id, team_id, person_id, active_person_id, name, email, title, role, side, organization,
                             co_lead, joined_on, left_on)
SELECT id, team_id, person_id, CASE WHEN left_on IS NULL THEN person_id END, name,
       CASE WHEN person_id IS NOT NULL THEN 'bench-team' || g || '-' || k || '@bench.example.org' END,
       title, role, side, organization, k < 2, joined_on, left_on
FROM b_member;

INSERT INTO team_member_profile (person_id, language, accessibility_needs, dietary_needs, updated_at)
SELECT person_id, CASE WHEN g % 5 = 0 THEN 'es' END, CASE WHEN g % 8 = 0 THEN 'Step-free access' END,
       CASE WHEN (g + k) % 3 = 0 THEN 'Vegetarian' ELSE 'No pork' END, now()
FROM b_member WHERE person_id IS NOT NULL AND (g + k) % 4 = 0;

-- Twelve meetings, every 20 to 79 days back from the last one (the active teams' last
-- meeting is 0 to 44 days ago), recorded by the first co-lead.
INSERT INTO team_meeting (id, team_id, held_on, labor_attendees, management_attendees, topics, other_topics, decisions,
                          next_steps, recorded_by, recorded_at)
SELECT b.meeting + t.g * 12 + j + 1, t.id, (SELECT d FROM b_today) - (t.last_offset + j * t.period),
       2 + (t.g + j) % 3, 2 + (t.g + j) % 2,
       least(tp[1 + (t.g + j) % 10], tp[1 + (t.g + j + 3) % 10]) || ',' || greatest(tp[1 + (t.g + j) % 10], tp[1 + (t.g + j + 3) % 10]),
       CASE WHEN j % 4 = 0 THEN 'Calendar for next year' END,
       'Sample text: agreed on the agenda for the next board meeting.', 'Sample text: draft a joint message to staff.',
       b.person + t.g * 4 + 1, ((SELECT d FROM b_today) - (t.last_offset + j * t.period))::timestamp + time '18:00'
FROM b_team t CROSS JOIN generate_series(0, 11) j CROSS JOIN b_base b
CROSS JOIN (SELECT ARRAY['STUDENT_LEARNING','BUDGET','WORKING_CONDITIONS','PROFESSIONAL_DEVELOPMENT','COMMUNICATION',
                         'SCHOOL_CLIMATE','HEALTH_AND_SAFETY','EVALUATION','CONTRACT_IMPLEMENTATION','TEAM_DEVELOPMENT'] AS tp) topics;

-- Three self-assessments, 120 days apart, each rating the seven practices (later ones higher).
INSERT INTO team_assessment (id, team_id, assessed_on, recorded_by, recorded_at)
SELECT b.assessment + t.g * 3 + a + 1, t.id, (SELECT d FROM b_today) - (t.last_offset + (2 - a) * 120),
       b.person + t.g * 4 + 1, now()
FROM b_team t CROSS JOIN generate_series(0, 2) a CROSS JOIN b_base b;
INSERT INTO team_assessment_rating (assessment_id, practice, stage, evidence)
SELECT b.assessment + t.g * 3 + a + 1, p.practice,
       (ARRAY['NOT_STARTED','EMERGING','DEVELOPING','ESTABLISHED'])[1 + least(3, (t.g + p.n) % 2 + a)],
       CASE WHEN p.n % 3 = 0 THEN 'Sample text: discussed at the learning-team meeting.' END
FROM b_team t CROSS JOIN generate_series(0, 2) a CROSS JOIN b_base b
CROSS JOIN (SELECT n - 1 AS n, practice FROM unnest(ARRAY['COLLABORATIVE_PROBLEM_SOLVING','GUIDING_PRINCIPLES','DIVERSE_TEAM',
  'SHARED_VISION','DECISION_MAKING','COMMUNICATION','STRUCTURE_FOR_COLLABORATION']) WITH ORDINALITY AS x(practice, n)) p;

-- Events: 190, one every 10 days from five years ago to three months ahead.
CREATE TEMP TABLE b_event AS
  SELECT e, b.event + e + 1 AS id,
         (ARRAY['UNIVERSAL_CONVENING','SUMMER_INSTITUTE','REGIONAL_NETWORK_CONVENING','WEBINAR','SYMPOSIUM','COURSE'])[1 + e % 6] AS kind,
         ((SELECT d FROM b_today) - 1800 + e * 10)::timestamp + time '09:00' AS starts_at
  FROM generate_series(0, 189) e CROSS JOIN b_base b;
INSERT INTO event (id, title, kind, format, region, venue, address, online_url, starts_at, ends_at, description, topics,
                   registration_opens_on, registration_closes_on, capacity, seats_taken, registration_mode, fee_cents,
                   complimentary_seats, complimentary_deadline, reminder_days_before, reminder_sent_at, status, created_at,
                   cancelled_at)
SELECT id, initcap(replace(kind, '_', ' ')) || ' ' || to_char(starts_at, 'YYYY-MM-DD') || ' (bench ' || e || ')', kind,
       CASE WHEN kind = 'WEBINAR' THEN 'ONLINE' WHEN kind = 'COURSE' THEN 'HYBRID' ELSE 'IN_PERSON' END,
       CASE WHEN kind IN ('UNIVERSAL_CONVENING', 'REGIONAL_NETWORK_CONVENING')
            THEN (ARRAY['northern-california','central-valley','southern-california'])[1 + e % 3] END,
       CASE WHEN kind <> 'WEBINAR' THEN 'Conference center ' || e END, CASE WHEN kind <> 'WEBINAR' THEN e || ' Main Street' END,
       CASE WHEN kind IN ('WEBINAR', 'COURSE') THEN 'https://meet.example.org/bench-' || e END,
       starts_at, starts_at + CASE WHEN kind = 'SUMMER_INSTITUTE' THEN interval '2 days 6 hours' ELSE interval '6 hours' END,
       'Sample text: a convening of labor-management teams.', 'STUDENT_LEARNING,BUDGET',
       starts_at::date - 60, starts_at::date - 3, 400, 0,
       CASE WHEN kind = 'WEBINAR' THEN 'BOTH' ELSE 'TEAM' END, CASE WHEN e % 2 = 0 THEN 5000 ELSE 0 END, 4,
       starts_at::date - 13, 3,
       CASE WHEN starts_at < now() THEN (starts_at - interval '3 days') AT TIME ZONE 'America/Los_Angeles' END,
       CASE WHEN e % 25 = 24 THEN 'CANCELLED' WHEN e % 31 = 30 THEN 'DRAFT' ELSE 'PUBLISHED' END,
       (starts_at::date - 70)::timestamp AT TIME ZONE 'America/Los_Angeles',
       CASE WHEN e % 25 = 24 THEN (starts_at::date - 20)::timestamp AT TIME ZONE 'America/Los_Angeles' END
FROM b_event;

-- Registrations: 50 active teams per event; the last summer institute has every active team.
CREATE TEMP TABLE b_active AS SELECT (row_number() OVER (ORDER BY g) - 1)::int AS r, g, id FROM b_team WHERE active;
CREATE TEMP TABLE b_reg AS
  SELECT row_number() OVER (ORDER BY ev.e, x.j) AS rn, ev.e, ev.id AS event_id, ev.starts_at, x.j, t.g, t.id AS team_id,
         t.lea_name,
         CASE WHEN x.j % 20 = 7 THEN 'WAITLISTED' WHEN x.j % 20 = 13 THEN 'CANCELLED' ELSE 'CONFIRMED' END AS status
  FROM b_event ev
  CROSS JOIN LATERAL generate_series(0, CASE WHEN ev.e = (SELECT max(e) FROM b_event WHERE kind = 'SUMMER_INSTITUTE')
                                             THEN (SELECT count(*) FROM b_active) - 1 ELSE 49 END) x(j)
  JOIN b_active a ON a.r = (ev.e * 50 + x.j) % (SELECT count(*) FROM b_active)
  JOIN b_team t ON t.g = a.g;
INSERT INTO event_registration (id, event_id, team_id, team_name, active_team_id, registered_by, contact_email,
                                estimated_size, seats, complimentary_allowance, status, invoice_number, payment_status,
                                access_token, created_at, confirmed_at, cancelled_at)
SELECT b.registration + r.rn, r.event_id, r.team_id, left(r.lea_name, 300), CASE WHEN r.status <> 'CANCELLED' THEN r.team_id END,
       b.person + r.g * 4 + 1, 'bench-team' || r.g || '-0@bench.example.org', 4, 4, CASE WHEN r.j % 2 = 0 THEN 4 ELSE 0 END,
       r.status, 'BENCH-' || (b.registration + r.rn),
       (ARRAY['UNPAID','PAID','WAIVED'])[1 + r.j % 3], 'bench-registration-' || (b.registration + r.rn),
       (r.starts_at::date - 50)::timestamp AT TIME ZONE 'America/Los_Angeles',
       CASE WHEN r.status = 'CONFIRMED' THEN (r.starts_at::date - 50)::timestamp AT TIME ZONE 'America/Los_Angeles' END,
       CASE WHEN r.status = 'CANCELLED' THEN (r.starts_at::date - 20)::timestamp AT TIME ZONE 'America/Los_Angeles' END
FROM b_reg r CROSS JOIN b_base b;
INSERT INTO event_attendee (id, registration_id, event_id, person_id, active_person_id, name, email, role, side,
                            dietary_needs, check_in_token, checked_in_at, walk_in)
SELECT b.attendee + (r.rn - 1) * 4 + m.k + 1, b.registration + r.rn, r.event_id, m.person_id,
       CASE WHEN r.status <> 'CANCELLED' THEN m.person_id END, m.name, 'bench-team' || r.g || '-' || m.k || '@bench.example.org',
       m.role, m.side, CASE WHEN m.k = 2 THEN 'Vegetarian' END, 'bench-attendee-' || (b.attendee + (r.rn - 1) * 4 + m.k + 1),
       CASE WHEN r.status = 'CONFIRMED' AND r.starts_at < now() AND (m.k + r.j) % 5 <> 0
            THEN r.starts_at AT TIME ZONE 'America/Los_Angeles' END, false
FROM b_reg r JOIN b_member m ON m.g = r.g AND m.k < 4 CROSS JOIN b_base b;
UPDATE event e SET seats_taken = s.seats, capacity = greatest(e.capacity, s.seats + 20)
FROM (SELECT event_id, sum(seats) AS seats FROM event_registration WHERE status = 'CONFIRMED' GROUP BY event_id) s
WHERE s.event_id = e.id AND e.id IN (SELECT id FROM b_event);

-- Networks: 100 of 40 member LEAs (one in ten has left), hubbed by a county office.
CREATE TEMP TABLE b_network AS
  SELECT n, b.network + n + 1 AS id, h.cds_code AS hub, upper(replace(h.region, '-', '_')) AS region,
         2015 + n % 8 AS first_year
  FROM generate_series(0, 99) n CROSS JOIN b_base b
  JOIN (SELECT (row_number() OVER (ORDER BY cds_code) - 1)::int AS r, cds_code, region FROM b_lea WHERE type = 'county-office') h
    ON h.r = n % (SELECT count(*) FROM b_lea WHERE type = 'county-office');
INSERT INTO network (id, name, hub_cds_code, region, first_school_year, last_school_year, created_at)
SELECT id, 'Bench regional network ' || lpad(n::text, 3, '0'), hub, region, first_year,
       CASE WHEN n % 3 <> 0 THEN first_year + 2 END, now() - interval '400 days'
FROM b_network;
INSERT INTO network_member (id, network_id, lea_cds_code, joined_on, left_on)
SELECT b.network_member + nw.n * 40 + j + 1, nw.id, l.cds_code, make_date(nw.first_year, 8, 15),
       CASE WHEN j % 10 = 9 THEN make_date(nw.first_year + 1, 6, 30) END
FROM b_network nw CROSS JOIN generate_series(0, 39) j CROSS JOIN b_base b
JOIN b_lea l ON l.n = (nw.n * 37 + j * 13) % b.leas;
INSERT INTO network_committee_member (id, network_id, name, email, role, side, organization)
SELECT b.committee + nw.n * 4 + k + 1, nw.id, 'Committee member ' || nw.n || '-' || k,
       CASE WHEN k < 2 THEN 'committee' || nw.n || '-' || k || '@bench.example.org' END,
       (ARRAY['Network coordinator','Superintendent','Teachers association president','Classified chapter president'])[k + 1],
       (ARRAY['MANAGEMENT','MANAGEMENT','LABOR','LABOR'])[k + 1], 'Bench organization ' || k
FROM b_network nw CROSS JOIN generate_series(0, 3) k CROSS JOIN b_base b;
INSERT INTO network_coordinator (network_id, person_id)
SELECT nw.id, p.id FROM b_network nw JOIN person p ON p.email_normalized = 'coordinator@monterey-coe.example.org'
WHERE nw.n % 2 = 0;
INSERT INTO network_organization (network_id, organization_id, role)
SELECT nw.id, o.id, 'FUNDER' FROM b_network nw JOIN directory_organization o ON o.short_name = 'CCEE';
-- Three of the regional convenings each.
INSERT INTO network_convening (network_id, event_id)
SELECT DISTINCT nw.id, c.id FROM b_network nw CROSS JOIN generate_series(0, 2) i
JOIN (SELECT (row_number() OVER (ORDER BY e) - 1)::int AS r, id FROM b_event WHERE kind = 'REGIONAL_NETWORK_CONVENING') c
  ON c.r = (nw.n + i * 7) % (SELECT count(*) FROM b_event WHERE kind = 'REGIONAL_NETWORK_CONVENING');

-- Survey administrations: 300 of 10 LEAs each, a week apart, one in five fielded to a network.
INSERT INTO survey_administration (id, instrument_id, title, opens_on, closes_on, closed_at, created_at, network_id)
SELECT b.administration + a + 1, (SELECT min(id) FROM survey_instrument), 'Bench staff survey ' || lpad(a::text, 3, '0'),
       (SELECT d FROM b_today) - 30 - a * 7, (SELECT d FROM b_today) - a * 7,
       CASE WHEN a > 0 THEN ((SELECT d FROM b_today) - a * 7 + 1)::timestamp AT TIME ZONE 'America/Los_Angeles' END,
       now() - (a * 7 + 40) * interval '1 day',
       CASE WHEN a % 5 = 0 THEN b.network + (a / 5) % 100 + 1 END
FROM generate_series(0, 299) a CROSS JOIN b_base b;
INSERT INTO survey_administration_lea (administration_id, lea_cds_code, lea_name, headcount, link_token)
SELECT b.administration + a + 1, l.cds_code, l.name, 50 + j * 7, 'bench-' || a || '-' || j
FROM generate_series(0, 299) a CROSS JOIN generate_series(0, 9) j CROSS JOIN b_base b
JOIN b_lea l ON l.n = (a * 17 + j * 29) % b.leas;

-- The identity columns go on after the ids given here.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['team','person','team_membership','team_meeting','team_assessment','event',
      'event_registration','event_attendee','network','network_member','network_committee_member','survey_administration'] LOOP
    EXECUTE format('SELECT setval(pg_get_serial_sequence(%L, ''id''), (SELECT max(id) FROM %I))', t, t);
  END LOOP;
END $$;
-- Pages kept in memory for anonymous visitors are checked against this number (where it exists).
DO $$
BEGIN
  IF to_regclass('data_version') IS NOT NULL THEN
    UPDATE data_version SET version = version + 1;
  END IF;
END $$;
COMMIT;
VACUUM ANALYZE;
SQL
read -r -a after < <(count_rows)
echo
echo "Rows added in $((SECONDS - loading)) s:"
echo
echo "| table | demo | after loading |"
echo "| --- | ---: | ---: |"
for i in "${!tables[@]}"; do echo "| ${tables[$i]} | ${before[$i]} | ${after[$i]} |"; done

# Sign in as a browser does: the form's hidden _csrf field (or the XSRF-TOKEN cookie) and
# the cookies of GET /signin go back with the POST; the SESSION cookie is what signs in.
signin() {
  local jar="$work/cookies-$1" page token xsrf
  page=$(curl -s -c "$jar" -b "$jar" "$base/signin")
  token=$(grep -oE 'name="_csrf"[^>]*value="[^"]*"' <<<"$page" | head -1 | sed -E 's/.*value="([^"]*)"/\1/' || true)
  xsrf=$(awk '$6 == "XSRF-TOKEN" { print $7 }' "$jar")
  local args=(-s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar"
    --data-urlencode "email=$1" --data-urlencode "password=$2")
  [[ -n "$token" ]] && args+=(--data-urlencode "_csrf=$token")
  [[ -z "$token" && -n "$xsrf" ]] && args+=(-H "X-XSRF-TOKEN: $xsrf")
  local answer
  answer=$(curl "${args[@]}" "$base/signin")
  [[ "$answer" == 302\ * && "$answer" != *signin* ]] || { echo "sign-in of $1 answered $answer" >&2; return 1; }
  awk '$6 == "SESSION" { print $7 }' "$jar"
}
session=$(signin "$ADMIN_EMAIL" "$ADMIN_PASSWORD")
[[ -n "$session" ]] || { echo "no SESSION cookie after signing in" >&2; exit 1; }
cookie="Cookie: SESSION=$session"

# The biggest of each: the active team with most event registrations, the event with most
# registrations, the network with most current members (then the lowest id).
team=$(db -c "SELECT t.id FROM team t LEFT JOIN event_registration r ON r.team_id = t.id
  WHERE t.active_lea_cds_code IS NOT NULL GROUP BY t.id ORDER BY count(r.id) DESC, t.id LIMIT 1")
event=$(db -c "SELECT event_id FROM event_registration GROUP BY event_id ORDER BY count(*) DESC, event_id LIMIT 1")
network=$(db -c "SELECT network_id FROM network_member WHERE left_on IS NULL GROUP BY network_id
  ORDER BY count(*) DESC, network_id LIMIT 1")
pages=("/staff" "/staff/teams" "/staff/teams?region=southern-california&complete=true" "/teams/$team"
  "/staff/events" "/staff/events/$event" "/networks" "/networks/$network" "/networks/$network/dashboard"
  "/staff/people" "/staff/people?q=garcia" "/staff/surveys")

for page in "${pages[@]}"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "$cookie" "$base$page")
  [[ "$code" == 200 ]] || { echo "$page answered $code with the staff session" >&2; exit 1; }
done

# wrk counts only answers outside 2xx/3xx; a lost session would answer 302 to /signin, so
# every answer's status is checked here.
cat >"$work/status.lua" <<'LUA'
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) non2xx = 0 end
function response(status, headers, body) if status < 200 or status > 299 then non2xx = non2xx + 1 end end
function done(summary, latency, requests)
  local n = 0
  for _, thread in ipairs(threads) do n = n + thread:get("non2xx") end
  io.write(string.format("Answers not 2xx: %d\n", n))
end
LUA

# wrk's figures: answers completed within DURATION (none: no latency), requests per second,
# p50 and p99 latency, answers not 2xx, socket errors.
measure() {
  wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" --timeout "$TIMEOUT" -H "$cookie" "$1" >/dev/null
  [[ -n "$JFR_DIR" ]] && jcmd "$app_pid" JFR.start name=page settings=profile filename="$JFR_DIR/$2.jfr" >/dev/null
  local out
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout "$TIMEOUT" --latency -s "$work/status.lua" -H "$cookie" "$1")
  [[ -n "$JFR_DIR" ]] && jcmd "$app_pid" JFR.stop name=page >/dev/null
  awk '/^Requests\/sec:/ { rps = $2 } $2 == "requests" && $3 == "in" { n = $1 } $1 == "50%" { p50 = $2 }
    $1 == "99%" { p99 = $2 } /^Answers not 2xx:/ { bad = $4 } /Socket errors:/ { gsub(",", ""); errors = $4 + $6 + $8 + $10 }
    END { if (n == 0) { p50 = "-"; p99 = "-" } printf "%d %.1f %s %s %d %d\n", n, rps, p50, p99, bad, errors }' <<<"$out"
}

[[ -n "$JFR_DIR" ]] && mkdir -p "$JFR_DIR"
printf '\n%s, PostgreSQL, %s teams, wrk -t2 -c%s -d%s (after %s warm-up), Accord -Xmx512m, staff session\n\n' \
  "$(date -u +%Y-%m-%d)" "$TEAMS" "$CONNECTIONS" "$DURATION" "$WARMUP"
echo "| page | bytes | answers | req/s | p50 | p99 | non-2xx | socket errors |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
# Answers still being computed when wrk stops would slow the next page down: wait until a
# single request to the staff home answers within 2 s again (at most 120 s).
settle() {
  local waited=$SECONDS
  while (( SECONDS - waited < 120 )); do
    awk '{ exit !($1 < 2) }' <<<"$(curl -s -o /dev/null -w '%{time_total}' -H "$cookie" "$base/staff")" && return
    sleep 1
  done
}
for i in "${!pages[@]}"; do
  settle
  size=$(curl -s -o /dev/null -w '%{size_download}' -H "$cookie" "$base${pages[$i]}")
  read -r answers rps p50 p99 bad errors < <(measure "$base${pages[$i]}" "page$i")
  echo "| \`${pages[$i]}\` | $size | $answers | $rps | $p50 | $p99 | $bad | $errors |"
done
code=$(curl -s -o /dev/null -w '%{http_code}' -H "$cookie" "$base/staff")
echo
echo "The staff session after the load: /staff answered $code."
[[ -n "$JFR_DIR" ]] && echo "JFR recordings (page0.jfr is the table's first line, and so on) in $JFR_DIR"
exit 0
