package org.kehu.demo;

import org.springframework.core.Ordered;

/** One module's share of the demo data, loaded in {@link #getOrder()} order inside one transaction. */
interface DemoDataSet extends Ordered {

    void load();
}
