-- 质量评价: a customer's 1–5 score and comment per delivered order line, once per line (editable for some days).
-- Customers and contacts belong to the customer module, products to the catalogue: referred to by id only.
create table order_quality_evaluation (
    id           bigint generated always as identity primary key,
    order_id     bigint        not null references sales_order(id) on delete cascade,
    line_id      bigint        not null unique references sales_order_line(id) on delete cascade,
    product_id   bigint        not null,
    customer_id  bigint        not null,
    contact_id   bigint,
    score        smallint      not null check (score between 1 and 5),
    comment      varchar(1000),
    created_at   timestamptz   not null default now(),
    updated_at   timestamptz   not null default now()
);
-- The product page's card (newest first) and the quality report by period.
create index order_quality_evaluation_product_idx on order_quality_evaluation(product_id, id desc);
create index order_quality_evaluation_created_idx on order_quality_evaluation(created_at);
