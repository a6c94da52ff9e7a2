-- Satisfaction surveys: questions, personal invitations (only the SHA-256 of the link's token is kept) and answers.
create table survey (
    id           bigint generated always as identity primary key,
    title        varchar(200)  not null,
    intro        text,
    language     varchar(8)    not null default 'zh' check (language in ('zh', 'en')),
    expires_on   date          not null,
    first_sent_at timestamptz,
    created_by   bigint        not null references app_user(id),
    created_at   timestamptz   not null default now(),
    updated_at   timestamptz   not null default now(),
    version      bigint        not null default 0
);
create index survey_created_idx on survey(created_at desc, id desc);

create table survey_question (
    id         bigint generated always as identity primary key,
    survey_id  bigint        not null references survey(id) on delete cascade,
    position   int           not null,
    kind       varchar(8)    not null check (kind in ('SCALE', 'CHOICE', 'TEXT')),
    text       varchar(500)  not null,
    options    text,
    required   boolean       not null default true
);
-- Not unique: an edit replaces the questions, and Hibernate inserts the new before it deletes the old.
create index survey_question_survey_idx on survey_question(survey_id, position);

create table survey_invitation (
    id            bigint generated always as identity primary key,
    survey_id     bigint        not null references survey(id),
    customer_id   bigint        not null,
    customer_name varchar(200)  not null,
    contact_id    bigint        not null,
    contact_name  varchar(100)  not null,
    email         varchar(320)  not null,
    token_hash    char(64)      not null unique,
    sent_at       timestamptz   not null,
    sent_by       bigint        references app_user(id),
    answered_at   timestamptz,
    unique (survey_id, contact_id)
);
create index survey_invitation_customer_idx on survey_invitation(customer_id);
create index survey_invitation_answered_idx on survey_invitation(survey_id, answered_at);

create table survey_answer (
    id             bigint generated always as identity primary key,
    invitation_id  bigint        not null references survey_invitation(id),
    question_id    bigint        not null references survey_question(id),
    scale_value    int           check (scale_value between 1 and 5),
    choice         varchar(200),
    text_value     text,
    unique (invitation_id, question_id)
);
create index survey_answer_question_idx on survey_answer(question_id);
