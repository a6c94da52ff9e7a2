package org.kehu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.util.ReflectionUtils;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Every scheduled job is locked (ShedLock), so that of several nodes one runs it, and runs as the schedule runs it:
 * through its proxy, with ShedLock's lock around it. (A job answering a value once failed on every run in production
 * while tests that called it directly passed.)
 */
@SpringBootTest(properties = "kehu.scheduling.enabled=true")
@DirtiesContext
class ScheduledJobsTests {

    @Autowired
    ApplicationContext context;

    @Test
    void everyJobIsLockedAndRunsThroughTheSchedulersProxy() throws Exception {
        List<String> ran = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            Object bean = context.getBean(name);
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("org.kehu")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(Scheduled.class)) {
                    assertThat(method.isAnnotationPresent(SchedulerLock.class)).as(type.getSimpleName() + "." + method.getName()).isTrue();
                    // Held for a while after the run, or a node whose schedule comes a moment later runs the job again.
                    assertThat(method.getAnnotation(SchedulerLock.class).lockAtLeastFor())
                            .as("lockAtLeastFor of " + type.getSimpleName() + "." + method.getName()).isNotEmpty();
                    // The proxy's override, so that ShedLock's and the transaction's interceptors run as they do on schedule.
                    Method callable = ReflectionUtils.findMethod(bean.getClass(), method.getName());
                    ReflectionUtils.makeAccessible(callable);
                    assertThatCode(() -> callable.invoke(bean)).as(type.getSimpleName() + "." + method.getName())
                            .doesNotThrowAnyException();
                    ran.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(ran).contains("BreachWatch.watch", "TaskReminderSchedule.run", "SmtpDelivery.retry");
    }
}
