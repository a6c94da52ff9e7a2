/**
 * Import jobs: a file import that runs in the background on the node that received the file, with its
 * state, counts and row report in the database ({@code import_job}, {@code import_job_error}) so that a
 * poll answered by any node sees it, and {@code COPY} helpers for loading rows in bulk.
 */
package org.kehu.shared.jobs;
