package org.kehu.marketing.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kehu.customer.CustomerUpdated;
import org.kehu.identity.OwnerScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/**
 * A segment's members as the campaigns read them (SegmentMembers): the SQL sets give exactly the customers and contacts
 * that the tests find by going through every customer in Java, on the demo data and on customers of the tests' own.
 */
@SpringBootTest
@Transactional
class SegmentMembersTests extends SegmentTestSupport {

    @Autowired
    Clock clock;
    @Autowired
    ApplicationEventPublisher events;

    record Customer(long id, String province, Long ownerId) {
    }

    List<Customer> customers;
    Map<Long, String> rfmOf;
    Map<Long, LocalDate> lastOrder;

    @BeforeEach
    void load() {
        rfm.refresh();
        customers = jdbc.sql("select id, province_code, owner_id from customer")
                .query((rs, i) -> new Customer(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3))).list();
        rfmOf = jdbc.sql("select customer_id, segment from analytics_customer_rfm")
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        lastOrder = new HashMap<>();
        jdbc.sql("select customer_id, max(day) from analytics_purchase_day group by customer_id")
                .query((rs, i) -> lastOrder.put(rs.getLong(1), rs.getDate(2).toLocalDate())).list();
        signIn("marketing");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void regionRfmSegmentAndNoOrderFor90DaysSelectExactlyTheCustomersFoundOneByOne() {
        LocalDate since = LocalDate.now(clock).minusDays(90);
        String province = mostCommon(customers.stream().map(Customer::province).filter(Objects::nonNull).toList());
        // The segment of the region with the most customers that also had no order for 90 days.
        Map<String, List<Long>> expectedBySegment = customers.stream()
                .filter(c -> province.equals(c.province()) && rfmOf.containsKey(c.id()))
                .filter(c -> lastOrder.get(c.id()) == null || !lastOrder.get(c.id()).isAfter(since))
                .collect(Collectors.groupingBy(c -> rfmOf.get(c.id()), Collectors.mapping(Customer::id, Collectors.toList())));
        assertThat(expectedBySegment).as("the demo has lapsed customers in " + province).isNotEmpty();
        String segment = expectedBySegment.entrySet().stream().max(Map.Entry.comparingByValue((a, b) -> a.size() - b.size()))
                .orElseThrow().getKey();

        long id = segments.create(new SegmentInput("华东沉睡客户", null, criteria(Map.of("provinces", List.of(province),
                "rfm", List.of(segment), "noOrderForDays", 90)), null)).id();

        assertThat(run(segments.customersOf(id), "customer_id"))
                .containsExactlyInAnyOrderElementsOf(expectedBySegment.get(segment));
        assertThat(segments.count(segments.get(id).criteria(), OwnerScope.everything()))
                .isEqualTo(expectedBySegment.get(segment).size());
    }

    @Test
    void aLapsedCustomerWhoBuysLeavesTheSegmentAtOnceAndComesBackWhenThePurchaseIsTakenBack() {
        LocalDate today = LocalDate.now(clock);
        String province = mostCommon(customers.stream().map(Customer::province).filter(Objects::nonNull).toList());
        long id = segments.create(new SegmentInput("分群测试最近购买", null, criteria(Map.of("provinces", List.of(province),
                "rfm", rfm.names(), "noOrderForDays", 90)), null)).id();
        List<Long> before = run(segments.customersOf(id), "customer_id");
        assertThat(before).as("lapsed scored customers in " + province).hasSizeGreaterThan(1);
        // Not the first member: the last one of the list, whatever his id.
        long buyer = before.stream().max(Long::compare).orElseThrow();

        purchase(buyer, today.minusDays(3));
        assertThat(run(segments.customersOf(id), "customer_id")).doesNotContain(buyer).hasSize(before.size() - 1);
        assertThat(segments.count(segments.get(id).criteria(), OwnerScope.everything())).isEqualTo(before.size() - 1);

        jdbc.sql("delete from analytics_purchase_day where customer_id = :c and day = :d").param("c", buyer)
                .param("d", today.minusDays(3)).update();
        assertThat(run(segments.customersOf(id), "customer_id")).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void aCustomerSavedWithAnotherProvinceLeavesTheRegionsRfmSegmentAndJoinsTheOther() {
        String province = mostCommon(customers.stream().map(Customer::province).filter(Objects::nonNull).toList());
        String other = "650000".equals(province) ? "540000" : "650000";
        long here = segments.create(new SegmentInput("分群测试本省", null, criteria(Map.of("provinces", List.of(province),
                "rfm", rfm.names())), null)).id();
        long there = segments.create(new SegmentInput("分群测试外省", null, criteria(Map.of("provinces", List.of(other),
                "rfm", rfm.names())), null)).id();
        List<Long> members = run(segments.customersOf(here), "customer_id");
        long moving = members.stream().max(Long::compare).orElseThrow();
        assertThat(run(segments.customersOf(there), "customer_id")).doesNotContain(moving);

        jdbc.sql("update customer set province_code = :p where id = :id").param("p", other).param("id", moving).update();
        events.publishEvent(new CustomerUpdated(moving));

        assertThat(run(segments.customersOf(here), "customer_id")).doesNotContain(moving).hasSize(members.size() - 1);
        assertThat(run(segments.customersOf(there), "customer_id")).contains(moving);
    }

    @Test
    void contactsAreThoseOfMemberCustomersMatchingTheContactFieldsAndConsentMeansNotOptedOut() {
        long a = customer("分群测试甲公司", "310000", "manager");
        long b = customer("分群测试乙公司", "310000", "manager");
        long consenting = contact(a, "张一", "z1@example.com", true, false, null);
        long optedOut = contact(a, "张二", "z2@example.com", true, true, null);
        long noConsent = contact(a, "张三", "z3@example.com", false, false, null);
        jdbc.sql("update contact set title = '分群测试采购主管' where id in (:ids)")
                .param("ids", List.of(consenting, optedOut, noConsent)).update();
        long otherTitle = contact(a, "张四", "z4@example.com", true, false, null);
        contact(b, "李一", "l1@example.com", true, false, null);

        long withConsent = segments.create(new SegmentInput("分群测试同意", null,
                criteria(Map.of("contactTitle", "分群测试采购", "contactConsent", true)), null)).id();
        assertThat(run(segments.customersOf(withConsent), "customer_id")).containsExactly(a);
        assertThat(run(segments.contactsOf(withConsent), "contact_id")).containsExactly(consenting);

        long byTitle = segments.create(new SegmentInput("分群测试职位", null, criteria(Map.of("contactTitle", "分群测试采购")),
                null)).id();
        assertThat(run(segments.contactsOf(byTitle), "contact_id"))
                .containsExactlyInAnyOrder(consenting, optedOut, noConsent);

        // Without contact fields a member customer is reached through all his contacts.
        long byOwner = segments.create(new SegmentInput("分群测试客户经理", null,
                criteria(Map.of("owners", List.of(userId("manager")), "provinces", List.of("310000"))), null)).id();
        List<Long> expected = jdbc.sql("""
                select ct.id from contact ct join customer c on c.id = ct.customer_id
                 where c.owner_id = :o and c.province_code = '310000'""").param("o", userId("manager"))
                .query(Long.class).list();
        assertThat(run(segments.contactsOf(byOwner), "contact_id")).containsExactlyInAnyOrderElementsOf(expected)
                .contains(consenting, optedOut, noConsent, otherTitle);
    }

    @Test
    void anAccountManagerCountsAndPagesOnlyHisOwnCustomersOfASegment() {
        long manager = userId("manager");
        String province = mostCommon(customers.stream().filter(c -> Objects.equals(c.ownerId(), manager))
                .map(Customer::province).filter(Objects::nonNull).toList());
        long id = segments.create(new SegmentInput("分群测试范围", null, criteria(Map.of("provinces", List.of(province))),
                null)).id();
        List<Long> all = customers.stream().filter(c -> province.equals(c.province())).map(Customer::id).toList();
        List<Long> own = customers.stream().filter(c -> province.equals(c.province()) && Objects.equals(c.ownerId(), manager))
                .map(Customer::id).toList();
        assertThat(own).isNotEmpty();
        assertThat(all.size()).as("others own customers there too").isGreaterThan(own.size());

        OwnerScope managers = OwnerScope.of(List.of(manager));
        assertThat(segments.count(segments.get(id).criteria(), managers)).isEqualTo(own.size());
        assertThat(run(segments.customersOf(id, managers), "customer_id")).containsExactlyInAnyOrderElementsOf(own);
        List<Long> paged = new java.util.ArrayList<>();
        String after = null;
        do {
            var page = segments.members(id, managers, after, 3);
            page.items().forEach(m -> paged.add(m.id()));
            after = page.next();
        } while (after != null);
        assertThat(paged).containsExactlyElementsOf(own.stream().sorted().toList());
    }

    private static String mostCommon(List<String> values) {
        return values.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting())).entrySet()
                .stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
