# Privacy room: consent, the cookie jar that follows it, and "delete my data".
ichq_add_test(tst_consent SOURCES privacy/tst_consent.cpp LIBS ichq_privacy TIMEOUT 60)
ichq_add_test(tst_cookiejar SOURCES privacy/tst_cookiejar.cpp LIBS ichq_privacy TIMEOUT 60)
ichq_add_test(tst_dataeraser SOURCES privacy/tst_dataeraser.cpp
    LIBS ichq_privacy ichq_outbox TIMEOUT 60)
# Consent applied to refreshes: the background refresher's option and the command line.
ichq_add_test(tst_refreshcookies SOURCES privacy/tst_refreshcookies.cpp LIBS ichq_core TIMEOUT 120)
add_dependencies(tst_refreshcookies ichongqing-reader)
# Several jars of one cookie file, in several threads and processes.
ichq_add_test(tst_sharedcookies SOURCES privacy/tst_sharedcookies.cpp LIBS ichq_privacy TIMEOUT 60)
