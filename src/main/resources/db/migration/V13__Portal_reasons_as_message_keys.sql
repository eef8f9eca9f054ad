-- What the portal itself writes into a state's public status history is a message key with arguments, translated
-- for each reader, never English prose or a username. Rows written before are rewritten to that form.
alter table participant_status_change add column reason_key varchar(80);
alter table participant_status_change add column reason_arguments varchar(400);

-- A removed state applying again through the sign-up ("Sign-up of <username>", "Applies again").
update participant_status_change
set reason_key = 'registry.history.appliesAgain', reason = null, decision_reference = null
where decision_reference like 'Sign-up of %' and reason = 'Applies again';

-- A state entered by the sign-up ("Sign-up of <username>").
update participant_status_change
set reason_key = 'registry.history.signUp', decision_reference = null
where decision_reference like 'Sign-up of %' and reason_key is null;

-- An admission ("Admitted on application KP-YYYY-NNN").
update participant_status_change
set reason_key = 'registry.history.admitted', reason_arguments = substring(reason from 25), reason = null
where reason like 'Admitted on application KP-%';
