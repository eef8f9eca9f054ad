-- What else an adopted decision does besides a Participant's status: select the Vice-Chair of a year (who becomes
-- the Chair of the next), or adopt a questionnaire version for the reports from a first year. At most one effect per
-- decision (the decision's own rule).
alter table plenary_decision add column vice_chair_iso varchar(2) references participant (iso_code);
alter table plenary_decision add column vice_chair_year integer;
alter table plenary_decision add column questionnaire_version integer;
alter table plenary_decision add column questionnaire_first_year integer;
alter table plenary_decision add constraint plenary_decision_vice_chair_pair
    check ((vice_chair_iso is null) = (vice_chair_year is null));
alter table plenary_decision add constraint plenary_decision_questionnaire_pair
    check ((questionnaire_version is null) = (questionnaire_first_year is null));
create index plenary_decision_vice_chair_iso on plenary_decision (vice_chair_iso);

-- A decision's reference is as long as the references the registry, applications and questionnaires keep.
alter table plenary_decision alter column reference set data type varchar(200);
alter table review_mission alter column decision_ref set data type varchar(200);
