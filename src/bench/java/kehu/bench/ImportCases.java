package kehu.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.kehu.customer.internal.imports.CustomerImporter;
import org.kehu.shared.jobs.ImportExecution;
import org.kehu.shared.jobs.ImportMode;
import org.kehu.demo.EnterpriseGenerator;
import org.kehu.shared.PinyinInitials;
import org.kehu.shared.jobs.ImportJob;
import org.kehu.shared.jobs.ImportJobs;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * {@code bench/run imports [--rows N]}: writes a CSV of N generated customers with one contact each
 * (default 500,000; name, province, city, nature, industry, contact name, mobile, e-mail, birthday), imports it
 * as {@code manager} in "only the valid rows" mode as a background job, prints the job's progress every
 * second and ends with the wall time and the most heap the JVM had in use (sampled every 100 ms), to be
 * read against {@code -Xmx} (set by {@code MAVEN_OPTS}).
 */
final class ImportCases {

    private final ConfigurableApplicationContext context;
    private final int rows;

    ImportCases(ConfigurableApplicationContext context, int rows) {
        this.context = context;
        this.rows = rows;
    }

    void run() throws Exception {
        Path csv = Path.of("target", "bench-import-" + rows + ".csv");
        long generated = System.nanoTime();
        write(csv);
        System.out.printf("bench: wrote %,d rows to %s (%,d bytes, %.1f s)%n", rows, csv, Files.size(csv), Bench.seconds(generated));

        UserDetails manager = context.getBean(UserDetailsService.class).loadUserByUsername("manager");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(manager, null, manager.getAuthorities()));
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        CustomerImporter importer = context.getBean(CustomerImporter.class);
        ImportJobs jobs = context.getBean(ImportJobs.class);

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        AtomicLong heapMax = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                heapMax.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();

        long started = System.nanoTime();
        ImportJob job;
        try (InputStream in = Files.newInputStream(csv)) {
            job = importer.start(csv.getFileName().toString(), in, ImportMode.VALID_ROWS, ImportExecution.BACKGROUND);
        }
        System.out.printf("bench: job %d accepted after %.2f s%n", job.id(), Bench.seconds(started));
        while (!job.finished()) {
            Thread.sleep(1000);
            job = jobs.find(job.id()).orElseThrow();
            System.out.printf("bench: %6.1f s %-9s phase=%-8s read=%,d/%s valid=%,d with_errors=%,d heap_used_mb=%d%n",
                    Bench.seconds(started), job.state(), job.phase(), job.rowsRead(),
                    job.rowsTotal() == null ? "?" : "%,d".formatted(job.rowsTotal()), job.rowsValid(), job.rowsWithErrors(),
                    memory.getHeapMemoryUsage().getUsed() >> 20);
        }
        double seconds = Bench.seconds(started);
        sampler.interrupt();
        long xmx = Runtime.getRuntime().maxMemory();
        System.out.printf("RESULT case=import_%d rows=%d state=%s seconds=%.1f rows_per_s=%.0f customers=%d contacts=%d "
                + "rows_with_errors=%d heap_before_mb=%d heap_max_used_mb=%d xmx_mb=%d%n",
                rows, job.rowsRead(), job.state(), seconds, job.rowsRead() / seconds, job.resultCount("importedCustomers"),
                job.resultCount("importedContacts"), job.rowsWithErrors(), heapBefore >> 20, heapMax.get() >> 20, xmx >> 20);
        Files.deleteIfExists(csv);
    }

    private void write(Path csv) throws IOException {
        Files.createDirectories(csv.getParent());
        EnterpriseGenerator gen = new EnterpriseGenerator(7L);
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("客户名称,省份,城市,客户性质,行业,联系人姓名,联系人手机,联系人邮箱,联系人生日\n");
            for (int i = 0; i < rows; i++) {
                EnterpriseGenerator.Place place = gen.place();
                EnterpriseGenerator.Trade trade = gen.trade();
                String name = gen.companyName(place, trade.word()) + (i + 1) + "号";
                String person = gen.personName();
                out.write(String.join(",", name, place.provinceName(), place.cityName(), gen.nature(), trade.industryCode(), person,
                        gen.mobile(), gen.email(person, PinyinInitials.of(name)), gen.birthday().toString()));
                out.write('\n');
            }
        }
    }
}
