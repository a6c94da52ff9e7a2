/**
 * Live Q&A (呼叫中心): customers ask on the portal and service staff answer in real time on a console, across
 * application nodes, with every message kept and an unanswered question turned into a service ticket.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Live Q&A")
package org.kehu.chat;
