# The pipeline end to end, through the real binary, against the in-process server.
ichq_add_test(tst_refresh_cli SOURCES refresh/tst_refresh_cli.cpp TIMEOUT 300)
add_dependencies(tst_refresh_cli ichongqing-reader)
ichq_add_test(tst_imagefetcher SOURCES refresh/tst_imagefetcher.cpp LIBS ichq_core)
# The edition of the language in effect, through the real binary.
ichq_add_test(tst_edition_cli SOURCES refresh/tst_edition_cli.cpp LIBS ichq_common TIMEOUT 120)
add_dependencies(tst_edition_cli ichongqing-reader)
# Whole articles: an excerpt-only WordPress site, its older feed pages and article pages.
ichq_add_test(tst_wholearticles SOURCES refresh/tst_wholearticles.cpp TIMEOUT 300)
add_dependencies(tst_wholearticles ichongqing-reader)
ichq_add_test(tst_wholearticlepolicy SOURCES refresh/tst_wholearticlepolicy.cpp LIBS ichq_core)
# The budgets of a refresh: photos per article and per refresh, the photo stage's deadline.
ichq_add_test(tst_refreshbudgets SOURCES refresh/tst_refreshbudgets.cpp LIBS ichq_core)
# No request to loopback or private addresses unless the feed lives there.
ichq_add_test(tst_privateaddresses SOURCES refresh/tst_privateaddresses.cpp LIBS ichq_core)
# Retention through the binary: --cleanup, --stats, a refresh's cleanup, a killed cleanup.
ichq_add_test(tst_cleanup_cli SOURCES refresh/tst_cleanup_cli.cpp store/StoreFixtures.h
    LIBS ichq_store TIMEOUT 300)
target_include_directories(tst_cleanup_cli PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/store)
add_dependencies(tst_cleanup_cli ichongqing-reader)
