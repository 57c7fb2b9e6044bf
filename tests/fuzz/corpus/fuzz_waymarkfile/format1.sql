-- A .waymark file as Waymark 0.1.0 wrote it: file format (user_version) 1, before the
-- settings table. Frozen on purpose: it must never follow changes to waymarkschema.cpp,
-- because files like this exist on people's disks. tst_waymarkfile builds a database from
-- this script and checks that it opens as the journey the test expects.
PRAGMA application_id = 1465470283; -- 0x57594D4B, "WYMK"
PRAGMA user_version = 1;

CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE journey (id TEXT NOT NULL, title TEXT NOT NULL, description TEXT NOT NULL, currency TEXT NOT NULL);
CREATE TABLE personas (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
                       description TEXT NOT NULL, goals TEXT NOT NULL);
CREATE TABLE departments (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
                          colour TEXT NOT NULL);
CREATE TABLE stages (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
                     description TEXT NOT NULL);
CREATE TABLE lanes (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, kind TEXT NOT NULL,
                    zone TEXT NOT NULL, department_id TEXT);
CREATE TABLE touchpoints (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, stage_id TEXT NOT NULL,
                          lane_id TEXT NOT NULL, title TEXT NOT NULL, description TEXT NOT NULL,
                          channel TEXT NOT NULL, department_id TEXT, minutes REAL NOT NULL,
                          money_hundredths INTEGER NOT NULL, money_currency TEXT NOT NULL,
                          emotion INTEGER NOT NULL, pain_point INTEGER NOT NULL,
                          moment_of_truth INTEGER NOT NULL, data_key TEXT NOT NULL, notes TEXT NOT NULL);
CREATE TABLE connections (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, from_id TEXT NOT NULL,
                          to_id TEXT NOT NULL, label TEXT NOT NULL);

INSERT INTO meta VALUES ('app_version', '0.1.0'), ('created_at', '2026-03-02T09:15:00Z'),
                        ('saved_at', '2026-03-02T11:40:12Z');
INSERT INTO journey VALUES ('0a1d0000-0000-4000-8000-000000000001', 'Пријава штете — 보험 청구',
                            'Claim a car insurance payout. Radionica u Nišu 🚗', 'RSD');
INSERT INTO personas VALUES (0, '0a1d0001-0000-4000-8000-000000000001', 'Марко', 'Vozač, 34 godine', 'Brza isplata');
INSERT INTO departments VALUES (0, '0a1d0002-0000-4000-8000-000000000001', 'Процена штете', '#2ca02c'),
                               (1, '0a1d0002-0000-4000-8000-000000000002', 'Isplate', '#80d62728');
INSERT INTO stages VALUES (0, '0a1d0003-0000-4000-8000-000000000001', 'Nezgoda', ''),
                          (1, '0a1d0003-0000-4000-8000-000000000002', '접수', 'Prijava preko aplikacije');
INSERT INTO lanes VALUES (0, '0a1d0004-0000-4000-8000-000000000001', 'Kupac', 'customer-actions', 'customer', NULL),
                         (1, '0a1d0004-0000-4000-8000-000000000002', 'Процена', 'department', 'middle',
                          '0a1d0002-0000-4000-8000-000000000001');
-- Stored out of canonical order (stage 2 before stage 1): position is the global card order.
INSERT INTO touchpoints VALUES
  (0, '0a1d0005-0000-4000-8000-000000000002', '0a1d0003-0000-4000-8000-000000000002',
   '0a1d0004-0000-4000-8000-000000000002', 'Procenjuje štetu', 'Фотографије из апликације', 'mobile-app',
   '0a1d0002-0000-4000-8000-000000000001', 1440.25, 0, 'RSD', 7, 1, 0, 'assess', ''),
  (1, '0a1d0005-0000-4000-8000-000000000001', '0a1d0003-0000-4000-8000-000000000001',
   '0a1d0004-0000-4000-8000-000000000001', 'Зове асистенцију 📞', '', 'phone', '', 12.5, 350000, 'RSD', 9, 0,
   1, 'call', 'Čekao 40 minuta'),
  (2, '0a1d0005-0000-4000-8000-000000000003', '0a1d0003-0000-4000-8000-000000000002',
   '0a1d0004-0000-4000-8000-000000000001', '사진 업로드', '', 'web', '', 0, 1999, 'EUR', 0, 0, 0, '', '');
INSERT INTO connections VALUES (0, '0a1d0006-0000-4000-8000-000000000001', '0a1d0005-0000-4000-8000-000000000001',
                                '0a1d0005-0000-4000-8000-000000000002', 'затим');
