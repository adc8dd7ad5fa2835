-- Survey reports read pre-computed counts instead of scanning every stored answer: each
-- submission adds its answers here in the same transaction that stores them, so a report of
-- one LEA or of a whole statewide administration reads a few thousand rows, however many
-- responses there are. Counts hold nothing a raw answer row does not (no time at all).
--
-- A row counts the responses of one administration that gave one answer:
--   lea_cds_code  the LEA, or '' for every LEA of the administration together;
--   item_code     the item, or '' for the response itself (respondents per group and site);
--   answer        the Likert value (0 = don't know) or choice code; '' for open text and for
--                 response rows;
--   group_code    the respondent's role group ('' = not stated);
--   site_code     the respondent's site ('' = not stated). Item rows of the whole
--                 administration ('' LEA) leave it '' (sites compare within one LEA only);
--   slot          one of a few rows the same figure is spread over, so concurrent submissions
--                 to one LEA do not all wait on one row lock; readers add the slots up.
CREATE TABLE survey_count (
  administration_id  BIGINT NOT NULL REFERENCES survey_administration (id),
  lea_cds_code       VARCHAR(14) NOT NULL,
  item_code          VARCHAR(60) NOT NULL,
  group_code         VARCHAR(40) NOT NULL,
  site_code          VARCHAR(40) NOT NULL,
  answer             VARCHAR(40) NOT NULL,
  slot               SMALLINT NOT NULL,
  n                  BIGINT NOT NULL,
  PRIMARY KEY (administration_id, lea_cds_code, item_code, group_code, site_code, answer, slot)
);
-- An LEA's figures across administrations (its trend, the statewide report of one LEA) and
-- the statewide report (lea_cds_code '').
CREATE INDEX survey_count_lea_idx ON survey_count (lea_cds_code, item_code, administration_id);

-- Counts of the responses stored so far (slot 0).
INSERT INTO survey_count (administration_id, lea_cds_code, item_code, group_code, site_code, answer, slot, n)
  SELECT administration_id, lea_cds_code, '', coalesce(group_code, ''), coalesce(site_code, ''), '', 0, count(*)
  FROM survey_response GROUP BY administration_id, lea_cds_code, coalesce(group_code, ''), coalesce(site_code, '');
INSERT INTO survey_count (administration_id, lea_cds_code, item_code, group_code, site_code, answer, slot, n)
  SELECT administration_id, '', '', coalesce(group_code, ''), coalesce(site_code, ''), '', 0, count(*)
  FROM survey_response GROUP BY administration_id, coalesce(group_code, ''), coalesce(site_code, '');
INSERT INTO survey_count (administration_id, lea_cds_code, item_code, group_code, site_code, answer, slot, n)
  SELECT administration_id, lea_cds_code, item_code, coalesce(group_code, ''), coalesce(site_code, ''),
    coalesce(choice_code, CAST(answer_value AS VARCHAR(40)), ''), 0, count(*)
  FROM survey_answer
  GROUP BY administration_id, lea_cds_code, item_code, coalesce(group_code, ''), coalesce(site_code, ''),
    coalesce(choice_code, CAST(answer_value AS VARCHAR(40)), '');
INSERT INTO survey_count (administration_id, lea_cds_code, item_code, group_code, site_code, answer, slot, n)
  SELECT administration_id, '', item_code, coalesce(group_code, ''), '',
    coalesce(choice_code, CAST(answer_value AS VARCHAR(40)), ''), 0, count(*)
  FROM survey_answer
  GROUP BY administration_id, item_code, coalesce(group_code, ''),
    coalesce(choice_code, CAST(answer_value AS VARCHAR(40)), '');

-- Reports no longer scan answers; only open-text comments are read row by row, newest first
-- within an administration and item (the LEA is in the key so one LEA's comments are picked
-- out without visiting the table). Fewer indexes also make each stored answer cheaper.
DROP INDEX survey_answer_report_idx;
DROP INDEX survey_answer_item_idx;
DROP INDEX survey_answer_lea_trend_idx;
CREATE INDEX survey_answer_text_idx ON survey_answer (administration_id, item_code, response_id, lea_cds_code);

-- Every answer is written by the same code, in the same transaction, right after its
-- response, and responses are never deleted: the per-row foreign-key check costs about as
-- much as the insert itself on a 30-million-answer import, and guards nothing. (H2 names
-- the constraint differently and keeps it; there it only costs time.)
ALTER TABLE survey_answer DROP CONSTRAINT IF EXISTS survey_answer_response_id_fkey;

-- Imports of responses collected elsewhere run in the background on the node that received
-- the file; their progress and outcome are here so that any node can show them.
CREATE TABLE survey_import (
  id                 VARCHAR(64) PRIMARY KEY,
  administration_id  BIGINT NOT NULL REFERENCES survey_administration (id),
  bytes              BIGINT NOT NULL,
  bytes_read         BIGINT NOT NULL,
  rows_read          BIGINT NOT NULL,
  state              VARCHAR(10) NOT NULL,
  imported           BIGINT,
  wrong_rows         BIGINT,
  started_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  finished_at        TIMESTAMP WITH TIME ZONE,
  CONSTRAINT survey_import_state_ck CHECK (state IN ('RUNNING', 'DONE', 'FAILED'))
);
CREATE INDEX survey_import_administration_idx ON survey_import (administration_id);

-- The rows to correct of an import that kept nothing (at most 200).
CREATE TABLE survey_import_error (
  import_id     VARCHAR(64) NOT NULL REFERENCES survey_import (id),
  position      INT NOT NULL,
  row_no    BIGINT NOT NULL,
  column_name   VARCHAR(200),
  message_key   VARCHAR(100) NOT NULL,
  cell_value    VARCHAR(200),
  PRIMARY KEY (import_id, position)
);
