package org.kehu.rating.web;

/** A factor as the matrix editor labels its row and column: the code, with the name beside it. */
record MatrixLabel(String code, String name) {
}
