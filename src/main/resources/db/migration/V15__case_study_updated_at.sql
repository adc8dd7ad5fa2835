-- When a case study last changed, so each node's search index catches up with case studies
-- written or edited on another node, as it does with resources. Portable between PostgreSQL
-- and H2 (MODE=PostgreSQL).

ALTER TABLE library_case_study ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP;
CREATE INDEX library_case_study_updated_idx ON library_case_study (updated_at);
