/**
 * Marketing (营销管理): market research, marketing plans, segments, campaigns with their costs, responses and
 * return, customer care greetings, and the one gate every marketing touch passes so that no contact is
 * over-marketed (避免过度营销和骚扰): consent, opt-out and a monthly cap per contact.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Marketing")
package org.kehu.marketing;
