-- Why a customer was lost (确认流失的原因), a dictionary type the administrator may extend.
insert into dict_entry(type, code, label_zh, label_en, sort_order) values
 ('CHURN_REASON', 'PRICE', '价格原因', 'Price', 10),
 ('CHURN_REASON', 'COMPETITOR', '转向竞争对手', 'Went to a competitor', 20),
 ('CHURN_REASON', 'QUALITY', '产品质量问题', 'Product quality', 30),
 ('CHURN_REASON', 'SERVICE', '服务不满意', 'Dissatisfied with service', 40),
 ('CHURN_REASON', 'DEMAND_GONE', '需求消失', 'No longer needs the products', 50),
 ('CHURN_REASON', 'BUSINESS_CLOSED', '经营困难或停业', 'Business in difficulty or closed', 60),
 ('CHURN_REASON', 'RELOCATED', '客户迁移', 'Moved away', 70),
 ('CHURN_REASON', 'CONTACT_LEFT', '关键联系人离职', 'Key contact left', 80),
 ('CHURN_REASON', 'CREDIT', '信用问题', 'Credit problems', 90),
 ('CHURN_REASON', 'OTHER', '其他', 'Other', 100)
on conflict (type, code) do nothing;
