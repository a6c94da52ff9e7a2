/**
 * Knowledge base (知识库): articles in Markdown with categories, tags, visibility (staff, customers or both), versions
 * and attachments; ranked search in words and Chinese substrings; "helpful?" votes and views; the articles that solved
 * tickets, suggestions for a ticket's subject, and the searches that found nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge base")
package org.kehu.knowledge;
