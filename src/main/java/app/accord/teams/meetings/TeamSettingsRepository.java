package app.accord.teams.meetings;

import org.springframework.data.jpa.repository.JpaRepository;

/** The single row of team settings. */
interface TeamSettingsRepository extends JpaRepository<TeamSettings, Integer> {

}
