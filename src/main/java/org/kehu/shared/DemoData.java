package org.kehu.shared;

/**
 * A module's share of the demo data, implemented inside the module that owns the tables it fills, so
 * that no module writes another's tables. The demo loader runs every share once, on an empty database,
 * in the order of their {@link Step}s, all in one transaction.
 */
public interface DemoData {

    /**
     * When a share is loaded: after the data it refers to. The order is written here, in one place, rather
     * than worked out from numbers spread over the modules.
     */
    enum Step {
        /** identity: departments, their heads and a user for every role */
        STAFF,
        /** customer: customers, contacts, ownership and interactions */
        CUSTOMERS,
        /** catalog: categories, products, warehouses and stock */
        CATALOG,
        /** sales: opportunities and their plans */
        SALES,
        /** order: orders, tracking and the stock they moved */
        ORDERS,
        /** office: tasks and appointments; announcements (one must-read) and messages between the demo users */
        TASKS,
        /** support: service tickets */
        TICKETS,
        /** support: surveys, their invitations and answers, and follow-ups */
        SURVEYS,
        /** analytics: the sales read model, built from the demo orders */
        READ_MODELS,
        /** analytics: models fitted on the read models (customer lifetime value) */
        MODELS,
        /** rating: the seed's models and the ratings of most customers (needs orders and surveys for proposals) */
        RATINGS,
        /** churn: warnings of the customers without a sale, some postponed, some confirmed */
        CHURN,
        /** analytics: sales targets, set from the read model's revenue */
        TARGETS,
        /** portal: the portal logins buyer and buyer2 (contacts of manager's and manager2's customers), one invited */
        PORTAL_ACCOUNTS,
        /** knowledge: 40 articles for staff and customers, some with several versions, votes, views and a solved ticket */
        KNOWLEDGE,
        /** portal: the showcase's enterprises, concept products, product pictures and DIY designs in every state */
        PORTAL_CONTENT,
        /** portal: guestbook threads of buyer and buyer2 with staff answers, one hidden, one a ticket, one expired */
        GUESTBOOK,
        /** portal: buyer's service tickets opened on the portal, in different states, one waiting for feedback */
        PORTAL_TICKETS,
        /** chat: finished live Q&A transcripts of buyer's and buyer2's companies, one turned into a ticket */
        CHAT,
        /** portal: products to configure (components where missing) and buyer's saved configurations, one shown publicly */
        PORTAL_CONFIGURATIONS,
        /** portal: quality evaluations, company change requests (one waiting, one rejected) and a shared contract file */
        PORTAL_EXTRAS,
        /** marketing: the customer care greetings due this week (birthdays, festivals, anniversaries), to review */
        CARE,
        /** competitor: 8 competitors with 30 products, opportunities facing them, some lost to them */
        COMPETITORS,
        /** marketing: segments (on the RFM segments scored from the demo orders), market research, two plans (one approved) */
        MARKETING_SEGMENTS,
        /** marketing: six campaigns over the past year with costs, responses of customers who then ordered, opportunities */
        CAMPAIGNS
    }

    Step step();

    void load();
}
