package kehu.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

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
 * default 34,000 customers give 102,000 contacts): one in fifty without consent, one in a hundred and one opted out,
 * and one in twenty-five already at the monthly cap (four admitted marketing touches this month from earlier
 * campaigns), all of them held back. Times the gate's set decision with the freezing of the recipients and the
 * queuing of the mails in batches (target: 30 s in all), and samples the heap every 50 ms from the start to the end
 * (run with MAVEN_OPTS=-Xmx512m to see the memory bound): the most used at any sample (garbage included) and the
 * most left after a collection (what the mailing really holds).
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
            st.execute("""
                    update contact set opted_out_at = now() - interval '10 days', opt_out_via = 'UNSUBSCRIBE_LINK'
                     where id % 101 = 0 and customer_id in (select id from customer where code like 'KB%')""");
            // Four earlier campaigns this month reached every 25th contact: the default cap of 4 holds it back.
            st.execute("""
                    insert into marketing_touch(source_kind, source_id, contact_id, customer_id, channel, purpose, outcome, decided_at)
                    select 'CAMPAIGN', 990_100 + k, ct.id, ct.customer_id, 'EMAIL', 'MARKETING', 'ADMITTED', now()
                      from contact ct join customer c on c.id = ct.customer_id cross join generate_series(1, 4) k
                     where c.code like 'KB%' and ct.id % 25 = 0""");
            st.execute("vacuum analyze contact");
            st.execute("vacuum analyze marketing_touch");
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
        HeapSampler heap = new HeapSampler();
        heap.start();
        long started = System.nanoTime();
        MailingProgress first = tx.execute(s -> mailings.start(source, template, everyone));
        double gateSeconds = Bench.seconds(started);
        MailingProgress p = first;
        while (p.status() == MailingStatus.QUEUEING) {
            Thread.sleep(100);
            p = mailings.progress(source).orElseThrow();
        }
        double total = Bench.seconds(started);
        heap.interrupt();
        heap.join();
        var g = first.gate();
        System.out.printf("RESULT mailing gate+freeze: %,d candidates, %,d admitted, held back %,d (no consent %,d, opted out %,d, "
                + "cap %,d, no address %,d) in %.1f s%n", g.admitted() + g.heldBack(), g.admitted(), g.heldBack(),
                g.heldNoConsent(), g.heldOptedOut(), g.heldByCap(), g.heldNoAddress(), gateSeconds);
        System.out.printf("RESULT mailing queued: %,d mails, %,d skipped (%s) in %.1f s in all (target 30 s); heap: at most %,d MB "
                + "used (garbage included), at most %,d MB left after a collection, of %,d MB%n", p.queued(), p.skipped(),
                p.status(), total, heap.maxUsed.get() >> 20, heap.maxAfterGc.get() >> 20, rt.maxMemory() >> 20);
    }

    /** Samples the heap every 50 ms until interrupted. */
    private static final class HeapSampler extends Thread {

        final AtomicLong maxUsed = new AtomicLong();
        final AtomicLong maxAfterGc = new AtomicLong();
        private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null).toList();

        HeapSampler() {
            super("bench-heap-sampler");
            setDaemon(true);
        }

        @Override
        public void run() {
            Runtime rt = Runtime.getRuntime();
            while (!isInterrupted()) {
                maxUsed.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                maxAfterGc.accumulateAndGet(pools.stream().mapToLong(pool -> pool.getCollectionUsage().getUsed()).sum(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
