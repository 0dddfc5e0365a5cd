-- 取扱注意: a confidential meeting's materials leave the platform only with the viewer's name and the time on each page.
ALTER TABLE meetings.meeting ADD COLUMN confidential boolean NOT NULL DEFAULT false;
