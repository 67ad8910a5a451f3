# The pieces of the core the window builds on: settings, network state, refresh in a thread.
ichq_add_test(tst_settings SOURCES core/tst_settings.cpp LIBS ichq_common)
ichq_add_test(tst_networkstatus SOURCES core/tst_networkstatus.cpp LIBS ichq_core)
ichq_add_test(tst_backgroundrefresher SOURCES core/tst_backgroundrefresher.cpp LIBS ichq_core)
# Feed items prepared on worker threads and handed to the store in feed order.
ichq_add_test(tst_preparedarticlestream SOURCES core/tst_preparedarticlestream.cpp LIBS ichq_core)
# What the refresh reads to pause while the user acts.
ichq_add_test(tst_useractivity SOURCES core/tst_useractivity.cpp LIBS ichq_common)
