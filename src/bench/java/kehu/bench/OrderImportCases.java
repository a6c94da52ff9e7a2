package kehu.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import org.kehu.order.internal.imports.OrderHistoryImporter;
import org.kehu.order.internal.imports.OrderImportOptions;
import org.kehu.shared.jobs.ImportExecution;
import org.kehu.shared.jobs.ImportJob;
import org.kehu.shared.jobs.ImportJobs;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * {@code bench/run order-import [--file PATH]}: imports the UCI Online Retail file (default
 * {@code ../shared/data/online-retail/online_retail.csv.gz}, read where it lies, unpacked as it streams into
 * the upload) as {@code admin}, "only the valid orders", creating customers and products, as a background
 * job; prints the job's progress every second and ends with the wall time from upload to report.
 */
final class OrderImportCases {

    private final ConfigurableApplicationContext context;
    private final Path file;

    OrderImportCases(ConfigurableApplicationContext context, Path file) {
        this.context = context;
        this.file = file;
    }

    void run() throws Exception {
        if (!Files.exists(file)) {
            throw new IllegalStateException("No file " + file.toAbsolutePath());
        }
        UserDetails admin = context.getBean(UserDetailsService.class).loadUserByUsername("admin");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        OrderHistoryImporter importer = context.getBean(OrderHistoryImporter.class);
        ImportJobs jobs = context.getBean(ImportJobs.class);
        long adminId = context.getBean(org.kehu.identity.UserDirectory.class).requireCurrentUser().id();
        OrderImportOptions options = OrderImportOptions.parse("VALID_ROWS", "true", "true", null, null, adminId);

        long started = System.nanoTime();
        ImportJob job;
        String name = file.getFileName().toString().replaceAll("\\.gz$", "");
        try (InputStream in = name.equals(file.getFileName().toString()) ? Files.newInputStream(file)
                : new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            job = importer.start(name, in, options, ImportExecution.BACKGROUND);
        }
        System.out.printf("bench: job %d accepted after %.2f s%n", job.id(), Bench.seconds(started));
        String phase = null;
        double phaseStart = 0;
        while (!job.finished()) {
            Thread.sleep(1000);
            job = jobs.find(job.id()).orElseThrow();
            double now = Bench.seconds(started);
            if (job.phase() != null && !job.phase().equals(phase)) {
                if (phase != null) {
                    System.out.printf("bench: phase %-8s %.1f s%n", phase, now - phaseStart);
                }
                phase = job.phase();
                phaseStart = now;
            }
            System.out.printf("bench: %6.1f s %-9s phase=%-8s read=%,d/%s valid=%,d with_errors=%,d%n", now, job.state(), job.phase(),
                    job.rowsRead(), job.rowsTotal() == null ? "?" : "%,d".formatted(job.rowsTotal()), job.rowsValid(),
                    job.rowsWithErrors());
        }
        double seconds = Bench.seconds(started);
        if (phase != null) {
            // the last phase (writing) ends with the job, whose phase is then cleared
            System.out.printf("bench: phase %-8s %.1f s (to within the 1 s poll)%n", phase, seconds - phaseStart);
        }
        System.out.printf("RESULT case=order_import file=%s rows=%d state=%s seconds=%.1f rows_per_s=%.0f orders=%d lines=%d "
                + "customers_created=%d products_created=%d rows_with_errors=%d errors=%d failure=%s%n",
                name, job.rowsRead(), job.state(), seconds, job.rowsRead() / seconds, job.resultCount("orders"),
                job.resultCount("lines"), job.resultCount("customersCreated"), job.resultCount("productsCreated"),
                job.rowsWithErrors(), job.errorCount(), job.failure());
    }
}
