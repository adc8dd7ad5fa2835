-- An administration fielded to every member LEA of a regional network remembers the network,
-- so its report is the network's roll-up and the network's coordinators may read it.
ALTER TABLE survey_administration ADD COLUMN network_id BIGINT;
CREATE INDEX survey_administration_network_idx ON survey_administration (network_id);
