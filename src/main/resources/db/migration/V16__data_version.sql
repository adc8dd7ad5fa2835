-- One number that grows with every committed change of what public pages show, so every
-- node knows at once that a page it cached is out of date (see docs/adr/0011).
CREATE TABLE data_version (
  id         INTEGER PRIMARY KEY,
  version    BIGINT  NOT NULL,
  CONSTRAINT data_version_single CHECK (id = 1)
);

INSERT INTO data_version (id, version) VALUES (1, 0);
