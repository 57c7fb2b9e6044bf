PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO meta VALUES('app_version','0.1.0');
INSERT INTO meta VALUES('created_at','2026-12-04T23:23:07Z');
INSERT INTO meta VALUES('saved_at','2026-12-04T23:23:07Z');
INSERT INTO meta VALUES('summary','{"cards":6,"clvAtRisk":0,"currency":"EUR","effortMinutes":91.5,"openComments":0,"opportunities":2,"opportunitiesByStatus":[2,0,0,0,0],"owner":"","savedAt":"2026-12-04T23:23:07Z","stages":3,"title":"Open a current account"}');
CREATE TABLE journey (id TEXT NOT NULL, title TEXT NOT NULL, description TEXT NOT NULL, currency TEXT NOT NULL);
INSERT INTO journey VALUES('06b6e705-44df-4d16-b853-d2817c97cb62','Open a current account','Current-state journey for opening a personal current account, from first awareness to renewal or closing the account. Prepared for the onboarding workshop. Times, fees and percentages are illustrative estimates from desk research, to be checked with the teams in the room.','EUR');
CREATE TABLE personas (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
                       description TEXT NOT NULL, goals TEXT NOT NULL, frustrations TEXT NOT NULL DEFAULT '');
INSERT INTO personas VALUES(0,'38641947-df8f-4cb4-a563-3ed70a171cf4','Lena, the relocating young professional','29, UX designer, moving from Ljubljana to Vienna for a new job. Digital-first: does everything on her phone and has never been inside a bank branch. Has a rental contract but no local utility bills yet.','Have a working account and debit card before her first salary is paid in three weeks. Avoid monthly fees. Move her subscriptions and direct debits without spending an evening on it.','');
CREATE TABLE departments (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
                          colour TEXT NOT NULL);
INSERT INTO departments VALUES(0,'c1771768-d50f-4065-9dab-2f74051cfe89','Retail network','#0072b2');
INSERT INTO departments VALUES(1,'4e9b1705-7f18-452a-9d80-51eca6aeb300','Digital & IT','#e69f00');
INSERT INTO departments VALUES(2,'0d7fe212-425e-49f4-a84c-f2989ee41844','Operations','#009e73');
CREATE TABLE stages (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
                     description TEXT NOT NULL);
INSERT INTO stages VALUES(0,'34608957-21e3-4909-b9bc-0538383b4f75','Awareness','The customer realises they need an account and first hears of the bank.');
INSERT INTO stages VALUES(1,'6bceaa73-87c0-4a3e-ade8-23c456c3f5c5','Research & compare','Comparing fees, features and eligibility against other banks.');
INSERT INTO stages VALUES(2,'3c51d111-2726-4243-a1ee-5e190cc9c36f','Apply','Filling in the application in the app or at a branch appointment.');
CREATE TABLE lanes (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, kind TEXT NOT NULL,
                    zone TEXT NOT NULL, department_id TEXT);
INSERT INTO lanes VALUES(0,'687d600f-b30c-4ee8-8028-e541258d7bbe','Customer actions','customer-actions','customer','');
INSERT INTO lanes VALUES(1,'39773dfe-58f7-4e10-9c39-c8ab3fafc54c','Touchpoints','touchpoints','customer','');
INSERT INTO lanes VALUES(2,'eab6184a-5405-4520-9023-ad8b4d9ff807','Emotion','emotion','customer','');
INSERT INTO lanes VALUES(3,'0b6ba068-11a1-482e-9b82-ab4c7368abeb','Pain points','pain-points','customer','');
INSERT INTO lanes VALUES(4,'680e9930-0095-4392-99ca-7eb739a902a9','Branch & contact centre','department','front','c1771768-d50f-4065-9dab-2f74051cfe89');
INSERT INTO lanes VALUES(5,'452987dc-bb1c-4de0-9de6-d564c00b123d','Digital channels','department','front','4e9b1705-7f18-452a-9d80-51eca6aeb300');
INSERT INTO lanes VALUES(6,'060477b1-e42e-4bd2-9207-c574cb235dc3','Onboarding & KYC operations','department','middle','0d7fe212-425e-49f4-a84c-f2989ee41844');
INSERT INTO lanes VALUES(7,'c9b6c00a-9e6a-453d-a031-a7d27ca56fda','Core banking & IT','department','back','4e9b1705-7f18-452a-9d80-51eca6aeb300');
CREATE TABLE touchpoints (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, stage_id TEXT NOT NULL,
                          lane_id TEXT NOT NULL, title TEXT NOT NULL, description TEXT NOT NULL,
                          channel TEXT NOT NULL, department_id TEXT, minutes REAL NOT NULL,
                          money_hundredths INTEGER NOT NULL, money_currency TEXT NOT NULL,
                          emotion INTEGER NOT NULL, pain_point INTEGER NOT NULL,
                          moment_of_truth INTEGER NOT NULL, data_key TEXT NOT NULL, notes TEXT NOT NULL, author_id TEXT, system_age_years REAL NOT NULL DEFAULT 0, system_limitations TEXT NOT NULL DEFAULT '', evidence TEXT NOT NULL DEFAULT 'unstated');
INSERT INTO touchpoints VALUES(0,'fd9f3719-be44-43f7-9531-1493ec6194b6','34608957-21e3-4909-b9bc-0538383b4f75','687d600f-b30c-4ee8-8028-e541258d7bbe','Realises a local account is needed','The new employer asks for a local IBAN for salary payments; rent and phone contracts ask for one too.','other','',5.0,0,'EUR',3,0,0,'need-trigger','Trigger is external and time-boxed (first payday). Ask: do we know the move date at sign-up?','',0.0,'','unstated');
INSERT INTO touchpoints VALUES(1,'8ab4280e-487a-4582-8c15-66781a234657','34608957-21e3-4909-b9bc-0538383b4f75','39773dfe-58f7-4e10-9c39-c8ab3fafc54c','Sees ''Open your account in 10 minutes'' ad','Paid social campaign targeting people who recently changed city.','social','4e9b1705-7f18-452a-9d80-51eca6aeb300',1.0,0,'EUR',1,0,0,'social-ad','The 10-minute promise sets the expectation that the KYC wait later breaks. Discuss in the moment-of-truth round.','',0.0,'','unstated');
INSERT INTO touchpoints VALUES(2,'71933cad-5c6b-486d-afda-dc54dc9067a1','6bceaa73-87c0-4a3e-ade8-23c456c3f5c5','687d600f-b30c-4ee8-8028-e541258d7bbe','Compares fees and features of four banks','Reads comparison sites, fee tables and app-store reviews.','web','',40.0,0,'EUR',4,0,0,'compare-offers','Customers compare monthly fee, card fees abroad and how fast they can get an IBAN.','',0.0,'','unstated');
INSERT INTO touchpoints VALUES(3,'f95a4112-55b4-4db2-9d6c-6b4627cb6a38','6bceaa73-87c0-4a3e-ade8-23c456c3f5c5','39773dfe-58f7-4e10-9c39-c8ab3fafc54c','Reads product page and fee schedule','Account overview page with a downloadable price list.','web','4e9b1705-7f18-452a-9d80-51eca6aeb300',15.0,0,'EUR',3,0,0,'product-page','The price list is a 14-page PDF and unreadable on a phone. Quick win?','',0.0,'','unstated');
INSERT INTO touchpoints VALUES(4,'6ab2b911-dd9a-464b-9450-1eb8d9ec34e9','3c51d111-2726-4243-a1ee-5e190cc9c36f','687d600f-b30c-4ee8-8028-e541258d7bbe','Downloads the app and starts the application','Installs the app, enters phone number and e-mail, accepts terms.','mobile-app','',12.0,0,'EUR',3,0,0,'app-onboarding-start','','',0.0,'','unstated');
INSERT INTO touchpoints VALUES(5,'fdb208f2-7670-4794-b71d-3393ba5c970f','3c51d111-2726-4243-a1ee-5e190cc9c36f','687d600f-b30c-4ee8-8028-e541258d7bbe','Fills in personal, address and tax details','Name, date of birth, address, employment, income, tax residency and purpose of the account.','mobile-app','',18.5,0,'EUR',5,0,0,'application-form','Address field rejects characters such as ''č'' and ''ß''; several people gave up here in usability tests.','',0.0,'','unstated');
CREATE TABLE connections (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, from_id TEXT NOT NULL,
                          to_id TEXT NOT NULL, label TEXT NOT NULL);
INSERT INTO connections VALUES(0,'ad9451e0-2bd0-4be7-af9b-7acd044e5530','fd9f3719-be44-43f7-9531-1493ec6194b6','71933cad-5c6b-486d-afda-dc54dc9067a1','');
INSERT INTO connections VALUES(1,'f3c8ebda-cde4-4852-8506-aa477b98ccb0','71933cad-5c6b-486d-afda-dc54dc9067a1','6ab2b911-dd9a-464b-9450-1eb8d9ec34e9','chooses the bank');
INSERT INTO connections VALUES(2,'fc256412-da73-4261-baec-7c207aa366b0','6ab2b911-dd9a-464b-9450-1eb8d9ec34e9','fdb208f2-7670-4794-b71d-3393ba5c970f','');
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO settings VALUES('business/costPerContact/branch','28');
INSERT INTO settings VALUES('business/costPerContact/phone','6.5');
INSERT INTO settings VALUES('business/customersPerYear','120000');
INSERT INTO settings VALUES('business/discountRate','0.08');
INSERT INTO settings VALUES('business/horizonYears','3');
INSERT INTO settings VALUES('nps/benchmark','31');
INSERT INTO settings VALUES('nps/benchmarkName','Retail banking average (illustrative)');
INSERT INTO settings VALUES('nps/goals','[{"segment":"Newcomers","from":"2024-Q1","start":-45,"perQuarter":5},{"segment":"","from":"2024-Q1","start":-10,"perQuarter":3}]');
CREATE TABLE datasets (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, kind TEXT NOT NULL,
                       currency TEXT NOT NULL, source_name TEXT NOT NULL, source_sha256 TEXT NOT NULL,
                       imported_at TEXT NOT NULL, mapping TEXT NOT NULL, encoding TEXT NOT NULL,
                       rows_read INTEGER NOT NULL, rows_imported INTEGER NOT NULL, rows_rejected INTEGER NOT NULL);
CREATE TABLE dataset_strings (dataset INTEGER NOT NULL, idx INTEGER NOT NULL, text TEXT NOT NULL,
                              PRIMARY KEY (dataset, idx)) WITHOUT ROWID;
CREATE TABLE nps_rows (dataset INTEGER NOT NULL, score INTEGER NOT NULL, day INTEGER NOT NULL,
                       respondent INTEGER NOT NULL, customer INTEGER NOT NULL, segment INTEGER NOT NULL,
                       touchpoint INTEGER NOT NULL, stage INTEGER NOT NULL, channel INTEGER NOT NULL,
                       comment INTEGER NOT NULL);
CREATE TABLE clv_rows (dataset INTEGER NOT NULL, customer INTEGER NOT NULL, value REAL NOT NULL,
                       currency INTEGER NOT NULL, segment INTEGER NOT NULL, acquired INTEGER NOT NULL);
CREATE TABLE dataset_columns (dataset INTEGER NOT NULL, name TEXT NOT NULL, data BLOB NOT NULL,
                              PRIMARY KEY (dataset, name)) WITHOUT ROWID;
CREATE TABLE participants (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
                           department_id TEXT, colour TEXT NOT NULL);
CREATE TABLE votes (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, title TEXT NOT NULL, scope TEXT NOT NULL,
                    budget INTEGER NOT NULL, minutes INTEGER NOT NULL, hidden INTEGER NOT NULL, closed INTEGER NOT NULL,
                    started_at TEXT);
CREATE TABLE vote_dots (vote INTEGER NOT NULL, position INTEGER NOT NULL, participant_id TEXT NOT NULL,
                        touchpoint_id TEXT NOT NULL, PRIMARY KEY (vote, position)) WITHOUT ROWID;
CREATE TABLE agenda (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, title TEXT NOT NULL, done INTEGER NOT NULL);
CREATE TABLE comments (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, reply_to TEXT, target_kind TEXT NOT NULL,
                       target_id TEXT, author TEXT NOT NULL, department_id TEXT, time TEXT NOT NULL, text TEXT NOT NULL,
                       resolved INTEGER NOT NULL);
CREATE TABLE system_supports (touchpoint INTEGER NOT NULL, position INTEGER NOT NULL, supported_id TEXT NOT NULL,
                              PRIMARY KEY (touchpoint, position)) WITHOUT ROWID;
CREATE TABLE opportunities (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, title TEXT NOT NULL,
                            description TEXT NOT NULL, type TEXT NOT NULL, owner_department_id TEXT, status TEXT NOT NULL,
                            one_off_hundredths INTEGER NOT NULL, one_off_currency TEXT NOT NULL,
                            running_hundredths INTEGER NOT NULL, running_currency TEXT NOT NULL,
                            months_to_deliver INTEGER NOT NULL, confidence TEXT NOT NULL, evidence TEXT NOT NULL);
INSERT INTO opportunities VALUES(0,'3e601d12-01b6-41be-a34c-702e53fbdb9d','Eligibility check before applying','Three questions on the product page tell a new resident whether they can open the account and which documents to have ready.','process','c1771768-d50f-4065-9dab-2f74051cfe89','idea',9000000,'EUR',1000000,'EUR',2,'high','About 1,400 eligibility calls a month; detractors often mention unclear rules for newcomers.');
INSERT INTO opportunities VALUES(1,'02f6dba7-641d-402c-b544-dae40e4eeacb','Pre-filled application that saves progress','Read name, address and tax number from the ID document, and let an application paused on the web continue in the app.','technology','4e9b1705-7f18-452a-9d80-51eca6aeb300','idea',45000000,'EUR',6000000,'EUR',5,'medium','Form analytics: 41 % of drop-outs happen at the address and tax step.');
CREATE TABLE opportunity_changes (opportunity INTEGER NOT NULL, position INTEGER NOT NULL, touchpoint_id TEXT NOT NULL,
                                  removes_card INTEGER NOT NULL, minutes_kind TEXT NOT NULL, minutes REAL NOT NULL,
                                  money_kind TEXT NOT NULL, money REAL NOT NULL, emotion_kind TEXT NOT NULL,
                                  emotion REAL NOT NULL, reach REAL NOT NULL, contacts_avoided REAL NOT NULL,
                                  detractors_to_passives REAL NOT NULL, detractors_to_promoters REAL NOT NULL,
                                  PRIMARY KEY (opportunity, position)) WITHOUT ROWID;
INSERT INTO opportunity_changes VALUES(0,0,'f95a4112-55b4-4db2-9d6c-6b4627cb6a38',0,'percent',20.0,'same',0.0,'value',2.0,1.0,0.0,0.010000000000000000208,0.0);
INSERT INTO opportunity_changes VALUES(1,0,'fdb208f2-7670-4794-b71d-3393ba5c970f',0,'percent',60.0,'same',0.0,'value',2.0,0.8000000000000000444,0.0,0.014999999999999999444,0.005000000000000000104);
CREATE TABLE opportunity_added_cards (opportunity INTEGER NOT NULL, position INTEGER NOT NULL, id TEXT NOT NULL,
                                      stage_id TEXT NOT NULL, lane_id TEXT NOT NULL, title TEXT NOT NULL,
                                      channel TEXT NOT NULL, minutes REAL NOT NULL, money_hundredths INTEGER NOT NULL,
                                      money_currency TEXT NOT NULL, emotion INTEGER NOT NULL,
                                      PRIMARY KEY (opportunity, position)) WITHOUT ROWID;
INSERT INTO opportunity_added_cards VALUES(0,0,'adb9df9b-1927-4363-8672-951f01081cda','6bceaa73-87c0-4a3e-ade8-23c456c3f5c5','39773dfe-58f7-4e10-9c39-c8ab3fafc54c','Answers three eligibility questions','web',1.0,0,'EUR',1);
CREATE TABLE opportunity_systems (opportunity INTEGER NOT NULL, position INTEGER NOT NULL, touchpoint_id TEXT NOT NULL,
                                  PRIMARY KEY (opportunity, position)) WITHOUT ROWID;
CREATE TABLE scenarios (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL);
INSERT INTO scenarios VALUES(0,'5af8996b-1105-471d-a37b-e735a20cc05e','Quick wins');
CREATE TABLE scenario_opportunities (scenario INTEGER NOT NULL, position INTEGER NOT NULL, opportunity_id TEXT NOT NULL,
                                     PRIMARY KEY (scenario, position)) WITHOUT ROWID;
INSERT INTO scenario_opportunities VALUES(0,0,'3e601d12-01b6-41be-a34c-702e53fbdb9d');
CREATE TABLE touchpoint_links (touchpoint INTEGER PRIMARY KEY, path TEXT NOT NULL);
CREATE TABLE touchpoint_personas (touchpoint INTEGER NOT NULL, position INTEGER NOT NULL, persona_id TEXT NOT NULL,
                                  PRIMARY KEY (touchpoint, position)) WITHOUT ROWID;
CREATE TABLE touchpoint_persona_emotions (touchpoint INTEGER NOT NULL, position INTEGER NOT NULL, persona_id TEXT NOT NULL,
                                          emotion INTEGER NOT NULL, PRIMARY KEY (touchpoint, position)) WITHOUT ROWID;
CREATE TABLE card_images (touchpoint INTEGER NOT NULL, position INTEGER NOT NULL, id TEXT NOT NULL, format TEXT NOT NULL,
                          width INTEGER NOT NULL, height INTEGER NOT NULL, caption TEXT NOT NULL,
                          original_name TEXT NOT NULL, data BLOB NOT NULL, thumbnail BLOB,
                          PRIMARY KEY (touchpoint, position));
INSERT INTO card_images VALUES(0,0,'8eaf9ccf-4d17-4de9-a8b2-62ecbba60a71','png',8,6,'Стена','wall.png',X'89504e470d0a1a0a0000000d49484452000000080000000604030000000c2bc2c80000000467414d410000b18f0bfc6105000000206348524d00007a26000080840000fa00000080e8000075300000ea6000003a98000017709cba513c00000015504c5445ff0000cc00339900666600993300cc0000ffffffff7e4f48ce00000001624b4744066166b87d0000000774494d4507ea0c04171707b3174cd20000001c4944415408d76360000141206050020206632060700102865020000024a403fd038b0c900000002574455874646174653a63726561746500323032362d31322d30345432333a32333a30372b30303a303091d7d96d0000002574455874646174653a6d6f6469667900323032362d31322d30345432333a32333a30372b30303a3030e08a61d10000000049454e44ae426082',NULL);
INSERT INTO card_images VALUES(0,1,'6afb1321-9562-4db0-8bc6-e81df6cb684a','jpeg',12,12,'','',X'ffd8ffe000104a46494600010100000100010000ffdb004300030202020202030202020303030304060404040404080606050609080a0a090809090a0c0f0c0a0b0e0b09090d110d0e0f101011100a0c12131210130f101010ffdb00430103030304030408040408100b090b1010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010ffc0001108000c000c03011100021101031101ffc4001500010100000000000000000000000000000007ffc40014100100000000000000000000000000000000ffc400160101010100000000000000000000000000000809ffc40014110100000000000000000000000000000000ffda000c03010002110311003f00bc33e94d80000fffd9',NULL);
CREATE TABLE persona_photos (persona INTEGER PRIMARY KEY, id TEXT NOT NULL, format TEXT NOT NULL, width INTEGER NOT NULL,
                             height INTEGER NOT NULL, caption TEXT NOT NULL, original_name TEXT NOT NULL,
                             data BLOB NOT NULL, thumbnail BLOB);
INSERT INTO persona_photos VALUES(0,'e0241468-6d8e-474e-b46d-f73d100f2e78','jpeg',12,12,'','lena.jpg',X'ffd8ffe000104a46494600010100000100010000ffdb004300030202020202030202020303030304060404040404080606050609080a0a090809090a0c0f0c0a0b0e0b09090d110d0e0f101011100a0c12131210130f101010ffdb00430103030304030408040408100b090b1010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010ffc0001108000c000c03011100021101031101ffc4001500010100000000000000000000000000000007ffc40014100100000000000000000000000000000000ffc400160101010100000000000000000000000000000809ffc40014110100000000000000000000000000000000ffda000c03010002110311003f00bc33e94d80000fffd9',NULL);
COMMIT;
