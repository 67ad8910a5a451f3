# HTML sanitizer room. gumbo is linked directly too: the test re-parses the sanitizer's output
# to check the DOM a browser would build, not only the string.
ichq_add_test(tst_htmlsanitizer
    SOURCES tst_htmlsanitizer.cpp htmlsanitizer_vectors.h htmlsanitizer_vectors.cpp
            htmlsanitizer_domcheck.h htmlsanitizer_domcheck.cpp
    LIBS ichq_html PkgConfig::GUMBO)
