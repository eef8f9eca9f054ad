-- Indexes on every foreign key and on the columns pages filter or sort on; CHECK constraints on the columns
-- that hold an enumeration (the values are the Java enums' names, or the five language codes); instants stored
-- with their time zone (the server runs in UTC). The same statements on H2 and PostgreSQL.

-- Foreign keys without an index that starts with them
create index chair_term_participant_fk on chair_term (participant_id);
create index user_account_participant_fk on user_account (participant_id);
create index user_account_observer_fk on user_account (observer_id);
create index membership_application_participant_fk on membership_application (participant_id);
create index membership_application_certificate_document_fk on membership_application (certificate_document_id);
create index application_legislation_application_fk on application_legislation (application_id);
create index application_legislation_document_fk on application_legislation (document_id);
create index application_event_application_fk on application_event (application_id);
create index application_information_request_application_fk on application_information_request (application_id);
create index application_committee_note_application_fk on application_committee_note (application_id);
create index committee_chair_participant_fk on committee (chair_participant_id);
create index committee_participant_participant_fk on committee_participant (participant_id);
create index committee_observer_observer_fk on committee_observer (observer_id);

-- Columns pages filter or sort on
create index participant_status on participant (status);
create index participant_status_change_effective_date on participant_status_change (effective_date);
create index membership_application_submitted_at on membership_application (submitted_at);
create index membership_application_created_at on membership_application (created_at);
create index registration_status on registration (status);
create index observer_request_status on observer_request (status);
create index audit_event_actor on audit_event (actor);
create index audit_event_action on audit_event (action);
create index user_account_email on user_account (email);

-- Enumerations
alter table participant add constraint participant_kind_values check (kind in ('STATE', 'REIO'));
alter table participant add constraint participant_status_values check (status in ('APPLICANT', 'PARTICIPANT', 'SUSPENDED', 'REMOVED'));
alter table participant_status_change add constraint participant_status_change_status_values check (status in ('APPLICANT', 'PARTICIPANT', 'SUSPENDED', 'REMOVED'));
alter table observer add constraint observer_kind_values check (kind in ('INDUSTRY', 'CIVIL_SOCIETY', 'OTHER'));
alter table chair_term add constraint chair_term_office_values check (office in ('CHAIR', 'VICE_CHAIR'));
alter table country_name add constraint country_name_language_values check (language in ('en', 'fr', 'pt', 'es', 'ru'));
alter table user_account add constraint user_account_language_values check (language in ('EN', 'FR', 'PT', 'ES', 'RU'));
alter table user_account_role add constraint user_account_role_role_values check (role in ('SECRETARIAT', 'CHAIR', 'PARTICIPATION_COMMITTEE', 'MONITORING', 'STATISTICS', 'FOCAL_POINT', 'APPLICANT', 'OBSERVER'));
alter table stored_document add constraint stored_document_file_type_values check (file_type in ('PDF', 'PNG', 'JPEG'));
alter table membership_application add constraint membership_application_status_values check (status in ('DRAFT', 'SUBMITTED', 'UNDER_ASSESSMENT', 'INFORMATION_REQUESTED', 'RECOMMENDED_FOR_ADMISSION', 'NOT_RECOMMENDED', 'ADMITTED', 'REJECTED', 'WITHDRAWN'));
alter table membership_application add constraint membership_application_decision_kind_values check (decision_kind in ('PLENARY', 'WRITTEN_PROCEDURE'));
alter table application_event add constraint application_event_from_status_values check (from_status in ('DRAFT', 'SUBMITTED', 'UNDER_ASSESSMENT', 'INFORMATION_REQUESTED', 'RECOMMENDED_FOR_ADMISSION', 'NOT_RECOMMENDED', 'ADMITTED', 'REJECTED', 'WITHDRAWN'));
alter table application_event add constraint application_event_to_status_values check (to_status in ('DRAFT', 'SUBMITTED', 'UNDER_ASSESSMENT', 'INFORMATION_REQUESTED', 'RECOMMENDED_FOR_ADMISSION', 'NOT_RECOMMENDED', 'ADMITTED', 'REJECTED', 'WITHDRAWN'));
alter table registration add constraint registration_status_values check (status in ('EMAIL_UNVERIFIED', 'AWAITING_CONFIRMATION', 'CONFIRMED', 'REFUSED'));
alter table registration add constraint registration_language_values check (language in ('en', 'fr', 'pt', 'es', 'ru'));
alter table participant_contact add constraint participant_contact_contact_role_values check (contact_role in ('FOCAL_POINT', 'ALTERNATE', 'EXPORTING_AUTHORITY', 'IMPORTING_AUTHORITY'));
alter table observer_request add constraint observer_request_kind_values check (kind in ('INDUSTRY', 'CIVIL_SOCIETY', 'OTHER'));
alter table observer_request add constraint observer_request_status_values check (status in ('PENDING', 'APPROVED', 'REFUSED'));
alter table observer_request add constraint observer_request_language_values check (language in ('en', 'fr', 'pt', 'es', 'ru'));
alter table committee add constraint committee_code_values check (code in ('PARTICIPATION_COMMITTEE', 'MONITORING', 'STATISTICS', 'DIAMOND_EXPERTS', 'RULES_OF_PROCEDURE'));

-- Instants with their time zone
alter table participant_status_change alter column recorded_at set data type timestamp with time zone;
alter table user_account alter column locked_until set data type timestamp with time zone;
alter table user_account alter column last_login_at set data type timestamp with time zone;
alter table user_account alter column created_at set data type timestamp with time zone;
alter table user_account alter column password_expires_at set data type timestamp with time zone;
alter table audit_event alter column occurred_at set data type timestamp with time zone;
alter table stored_document alter column uploaded_at set data type timestamp with time zone;
alter table membership_application alter column created_at set data type timestamp with time zone;
alter table membership_application alter column submitted_at set data type timestamp with time zone;
alter table membership_application alter column declared_at set data type timestamp with time zone;
alter table application_event alter column occurred_at set data type timestamp with time zone;
alter table application_information_request alter column asked_at set data type timestamp with time zone;
alter table application_information_request alter column answered_at set data type timestamp with time zone;
alter table application_committee_note alter column written_at set data type timestamp with time zone;
alter table mail_message alter column created_at set data type timestamp with time zone;
alter table mail_message alter column sent_at set data type timestamp with time zone;
alter table registration alter column created_at set data type timestamp with time zone;
alter table registration alter column verified_at set data type timestamp with time zone;
alter table registration alter column decided_at set data type timestamp with time zone;
alter table observer_request alter column created_at set data type timestamp with time zone;
alter table observer_request alter column decided_at set data type timestamp with time zone;
alter table password_reset alter column created_at set data type timestamp with time zone;
alter table password_reset alter column expires_at set data type timestamp with time zone;
alter table password_reset alter column used_at set data type timestamp with time zone;
