-- Knowledge base (知识库): articles with categories, tags, visibility, status and every saved version; attachments,
-- "helpful?" votes, the tickets an article solved and the searches that found nothing.
-- Search: title_doc / body_doc are tsvectors built by the application from words and overlapping pairs of Chinese
-- characters (PostgreSQL's parser does not segment Chinese, and a pg_trgm index cannot serve a two-character search:
-- see docs/decisions.md); pg_trgm ranks titles by similarity and finds misspelt titles when nothing matched.
create extension if not exists pg_trgm;

create table knowledge_category (
    code       varchar(40)  primary key,
    name_zh    varchar(100) not null,
    name_en    varchar(100) not null,
    sort_order int          not null default 0
);

insert into knowledge_category(code, name_zh, name_en, sort_order) values
 ('INSTALLATION', '安装调试', 'Installation', 10),
 ('MAINTENANCE', '维护保养', 'Maintenance', 20),
 ('FAULTS', '故障处理', 'Faults', 30),
 ('ORDERING', '订购与交付', 'Ordering and delivery', 40),
 ('INVOICES', '发票与付款', 'Invoices and payment', 50),
 ('WARRANTY', '质保与维修', 'Warranty and repair', 60),
 ('INTERNAL', '内部流程', 'Internal procedures', 70);

create table knowledge_article (
    id            bigint generated always as identity primary key,
    title         varchar(200)  not null,
    body          text          not null,
    category_code varchar(40)   not null references knowledge_category(code),
    tags          varchar(40)[] not null default '{}',
    visibility    varchar(20)   not null check (visibility in ('STAFF', 'CUSTOMERS', 'BOTH')),
    status        varchar(20)   not null check (status in ('DRAFT', 'PUBLISHED')),
    title_doc     tsvector      not null,
    body_doc      tsvector      not null,
    view_count    bigint        not null default 0,
    helpful_yes   int           not null default 0,
    helpful_no    int           not null default 0,
    created_by    bigint        references app_user(id),
    created_at    timestamptz   not null default now(),
    updated_by    bigint        references app_user(id),
    updated_at    timestamptz   not null default now(),
    version       bigint        not null default 0
);
create index knowledge_article_title_doc on knowledge_article using gin (title_doc);
create index knowledge_article_body_doc on knowledge_article using gin (body_doc);
create index knowledge_article_title_trgm on knowledge_article using gin (title gin_trgm_ops);
create index knowledge_article_tags on knowledge_article using gin (tags);
create index knowledge_article_updated on knowledge_article (updated_at desc, id desc);
create index knowledge_article_public on knowledge_article (updated_at desc, id desc)
    where status = 'PUBLISHED' and visibility <> 'STAFF';

create table knowledge_article_version (
    article_id    bigint        not null references knowledge_article(id) on delete cascade,
    version       bigint        not null,
    title         varchar(200)  not null,
    body          text          not null,
    category_code varchar(40)   not null,
    tags          varchar(40)[] not null,
    visibility    varchar(20)   not null,
    status        varchar(20)   not null,
    edited_by     bigint        references app_user(id),
    edited_at     timestamptz   not null,
    primary key (article_id, version)
);

create table knowledge_attachment (
    id           bigint generated always as identity primary key,
    article_id   bigint       not null references knowledge_article(id) on delete cascade,
    filename     varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null,
    content      bytea        not null,
    created_by   bigint       references app_user(id),
    created_at   timestamptz  not null default now()
);
create index knowledge_attachment_article on knowledge_attachment (article_id);

-- One vote per voter: a staff member ('u' + id) or a portal visitor's session ('s' + a hash of its id).
create table knowledge_vote (
    article_id bigint      not null references knowledge_article(id) on delete cascade,
    voter      varchar(80) not null,
    helpful    boolean     not null,
    voted_at   timestamptz not null default now(),
    primary key (article_id, voter)
);

-- The article that solved a ticket; tickets belong to the support module, referred to by id.
create table knowledge_ticket_link (
    article_id bigint      not null references knowledge_article(id) on delete cascade,
    ticket_id  bigint      not null,
    linked_by  bigint      references app_user(id),
    linked_at  timestamptz not null default now(),
    primary key (article_id, ticket_id)
);
create index knowledge_ticket_link_ticket on knowledge_ticket_link (ticket_id);

-- Searches that found nothing, by normalised text and audience, counted: the articles that are missing.
create table knowledge_missing_search (
    query      varchar(200) not null,
    audience   varchar(20)  not null,
    searches   int          not null default 1,
    first_at   timestamptz  not null default now(),
    last_at    timestamptz  not null default now(),
    primary key (query, audience)
);
create index knowledge_missing_search_count on knowledge_missing_search (searches desc, last_at desc);
