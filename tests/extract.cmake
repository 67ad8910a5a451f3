# Article extractor room: golden pages in fixtures/pages, hostile inputs generated in the test.
ichq_add_test(tst_extractor SOURCES tst_extractor.cpp LIBS ichq_extract ichq_html)
