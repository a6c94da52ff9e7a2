package org.kehu.office.addressbook;

import java.util.List;

import org.kehu.shared.DemoData;
import org.kehu.shared.PinyinInitials;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Personal address book entries of the demo staff: suppliers, a notary, a hotel, former colleagues — people who are
 * neither staff nor customers' contacts, which is what a personal address book is for.
 */
@Component
class AddressBookDemoData implements DemoData {

    private record Entry(String owner, String name, String company, String title, String mobile, String email, String note) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("manager", "钱立新", "武汉顺达物流有限公司", "调度主管", "13907150011", "qianlx@shunda.example.cn", "急件走顺达，当天发车"),
            new Entry("manager", "孙晓梅", "湖北楚天律师事务所", "律师", "13807160022", "sunxm@chutian-law.example.cn", "合同审核"),
            new Entry("manager", "李建国", "光谷国际酒店", "销售经理", "13627180033", "lijg@gghotel.example.cn", "客户接待协议价"),
            new Entry("manager", "Peter Brandt", "Brandt Industrieberatung", "Consultant", "+49 171 5550123", "p.brandt@brandt.example.de", "德国展会联系人"),
            new Entry("manager2", "黄志强", "广州穗通快运", "客户经理", "13902200044", "huangzq@suitong.example.cn", "华南线路"),
            new Entry("manager2", "陈嘉怡", "深圳会展中心", "展位销售", "13510600055", "chenjy@szcec.example.cn", "工博会展位"),
            new Entry("director", "周立平", "华中科技大学机械学院", "教授", "13971100066", "zhoulp@hust.example.edu.cn", "技术顾问"),
            new Entry("director", "吴海燕", "中国机电产品进出口商会", "项目主管", "13601000077", "wuhy@cccme.example.org.cn", null),
            new Entry("marketing", "郑晓东", "楚天都市报", "广告部主任", "13871200088", "zhengxd@ctdsb.example.cn", "平面广告投放"),
            new Entry("marketing", "冯雪", "武汉国际博览中心", "会展策划", "13720100099", "fengx@wuhanexpo.example.cn", "展会档期"));

    private final JdbcClient jdbc;

    AddressBookDemoData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Step step() {
        return Step.TASKS;
    }

    @Override
    public void load() {
        for (Entry e : ENTRIES) {
            jdbc.sql("""
                    insert into office_address_entry(owner_id, name, name_initials, company, title, mobile, email, note)
                    select id, :name, :initials, :company, :title, :mobile, :email, :note from app_user where username = :owner""")
                    .param("owner", e.owner()).param("name", e.name()).param("initials", PinyinInitials.initialsOfName(e.name()))
                    .param("company", e.company()).param("title", e.title()).param("mobile", e.mobile())
                    .param("email", e.email()).param("note", e.note()).update();
        }
    }
}
