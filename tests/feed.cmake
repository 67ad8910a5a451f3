# Feed parser room: app/core/feed (library ichq_feed). Fixtures: tests/fixtures/feeds.
ichq_add_test(tst_feeddates SOURCES tst_feeddates.cpp LIBS ichq_feed)
ichq_add_test(tst_feedparser SOURCES tst_feedparser.cpp LIBS ichq_feed)
ichq_add_test(tst_feedgolden SOURCES tst_feedgolden.cpp LIBS ichq_feed)
ichq_add_test(tst_feedrobustness SOURCES tst_feedrobustness.cpp LIBS ichq_feed)
