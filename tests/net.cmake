# Network room: the fetcher's and the test server's tests.

ichq_add_test(tst_fetcher SOURCES tst_fetcher.cpp LIBS ichq_net TIMEOUT 120)
ichq_add_test(tst_testhttpserver SOURCES tst_testhttpserver.cpp TIMEOUT 60)
ichq_add_test(tst_fetchpolicy SOURCES tst_fetchpolicy.cpp LIBS ichq_net TIMEOUT 60)
