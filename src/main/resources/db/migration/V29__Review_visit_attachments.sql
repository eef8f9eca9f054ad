-- The team's draft report of a review visit comes with its attachments (PDF, PNG or JPEG files).
create table review_visit_attachment (
    visit_id           bigint not null references review_visit (id),
    stored_document_id bigint not null references stored_document (id),
    primary key (visit_id, stored_document_id)
);
create index review_visit_attachment_document on review_visit_attachment (stored_document_id);
