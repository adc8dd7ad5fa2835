-- Every administration together (the statewide report, and the state beside each LEA's
-- report): survey_count without the administration, kept in the same transaction as the
-- answers. Read from here, the statewide figures cost the same however many
-- administrations there have been; summed from survey_count they grew with every one.
CREATE TABLE survey_count_state (
  lea_cds_code       VARCHAR(14) NOT NULL,
  item_code          VARCHAR(60) NOT NULL,
  group_code         VARCHAR(40) NOT NULL,
  site_code          VARCHAR(40) NOT NULL,
  answer             VARCHAR(40) NOT NULL,
  slot               SMALLINT NOT NULL,
  n                  BIGINT NOT NULL,
  PRIMARY KEY (lea_cds_code, item_code, group_code, site_code, answer, slot)
);

INSERT INTO survey_count_state (lea_cds_code, item_code, group_code, site_code, answer, slot, n)
  SELECT lea_cds_code, item_code, group_code, site_code, answer, 0, sum(n)
  FROM survey_count
  GROUP BY lea_cds_code, item_code, group_code, site_code, answer;
