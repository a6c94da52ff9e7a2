package kehu.bench;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;

import javax.sql.DataSource;

import org.kehu.marketing.SqlSet;
import org.kehu.marketing.TouchSource;
import org.kehu.marketing.mailing.MailTemplate;
import org.kehu.marketing.mailing.MailingProgress;
import org.kehu.marketing.mailing.MailingStatus;
import org.kehu.marketing.mailing.MarketingMailings;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code bench/run mailing [--customers N]}: a marketing mailing to every generated contact (3 per customer; the
 * default 34,000 customers give 102,000 contacts), one in fifty without consent and held back. Times the gate's set
 * decision with the freezing of the recipients (target with the queuing: 30 s in all) and the queuing of the mails
 * in batches, and samples the heap while it runs (run with MAVEN_OPTS=-Xmx512m to see the memory bound).
 */
final class MailingCases {

    private final ConfigurableApplicationContext context;
    private final DataSource dataSource;

    MailingCases(ConfigurableApplicationContext context) {
        this.context = context;
        this.dataSource = context.getBean(DataSource.class);
    }

    void run() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(true);
            st.execute("update contact set marketing_consent = (id % 50 <> 0) where customer_id in (select id from customer where code like 'KB%')");
            st.execute("vacuum analyze contact");
        }
        MarketingMailings mailings = context.getBean(MarketingMailings.class);
        TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        TouchSource source = TouchSource.campaign(990_001);
        MailTemplate template = new MailTemplate("{{company}}：冬季新品",
                "尊敬的{{contact_name}}：\n冬季新品已上市，详见 https://kehu.example.cn/winter 。\n您的客户经理 {{owner_name}}");
        SqlSet everyone = new SqlSet("""
                select ct.id as contact_id from contact ct join customer c on c.id = ct.customer_id where c.code like :prefix""",
                Map.of("prefix", "KB%"));
        Runtime rt = Runtime.getRuntime();
        long started = System.nanoTime();
        MailingProgress first = tx.execute(s -> mailings.start(source, template, everyone));
        double gateSeconds = Bench.seconds(started);
        long maxUsed = 0;
        MailingProgress p = first;
        while (p.status() == MailingStatus.QUEUEING) {
            Thread.sleep(200);
            maxUsed = Math.max(maxUsed, rt.totalMemory() - rt.freeMemory());
            p = mailings.progress(source).orElseThrow();
        }
        double total = Bench.seconds(started);
        System.out.printf("RESULT mailing gate+freeze: %,d candidates, %,d admitted, %,d held back in %.1f s%n",
                first.gate().admitted() + first.gate().heldBack(), first.gate().admitted(), first.gate().heldBack(), gateSeconds);
        System.out.printf("RESULT mailing queued: %,d mails (%s) in %.1f s in all (target 30 s), heap used at most %,d MB of %,d MB%n",
                p.queued(), p.status(), total, maxUsed / (1024 * 1024), rt.maxMemory() / (1024 * 1024));
    }
}
