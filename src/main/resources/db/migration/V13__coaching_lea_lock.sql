-- One row per LEA that has had a coaching engagement, locked while an engagement is created
-- for it, so two staff creating overlapping engagements for the same LEA at the same moment
-- cannot both succeed (the periods check reads the LEA's engagements under this lock).
CREATE TABLE coaching_lea_lock (
  lea_cds_code  VARCHAR(14) PRIMARY KEY
);
