ichq_add_test(tst_store SOURCES store/tst_store.cpp store/StoreFixtures.h LIBS ichq_store)
ichq_add_test(tst_storesearch SOURCES store/tst_storesearch.cpp store/StoreFixtures.h LIBS ichq_store)
ichq_add_test(tst_searchindex SOURCES store/tst_searchindex.cpp store/StoreFixtures.h LIBS ichq_store)

# A child process that is killed in the middle of a write transaction.
qt_add_executable(ichq_store_writer store/store_writer.cpp store/StoreFixtures.h)
ichq_target_defaults(ichq_store_writer)
target_link_libraries(ichq_store_writer PRIVATE ichq_store)
ichq_add_test(tst_store_crash SOURCES store/tst_store_crash.cpp store/StoreFixtures.h LIBS ichq_store)
target_compile_definitions(tst_store_crash PRIVATE
    ICHQ_STORE_WRITER="$<TARGET_FILE:ichq_store_writer>")
add_dependencies(tst_store_crash ichq_store_writer)

# Damage noticed and repaired, and a store that can only be read, through the real binary.
ichq_add_test(tst_storehealth SOURCES store/tst_storehealth.cpp LIBS ichq_store TIMEOUT 300)
add_dependencies(tst_storehealth ichongqing-reader)

# Retention, the photo limit, stray files, vacuum and the store's figures.
ichq_add_test(tst_retention SOURCES store/tst_retention.cpp store/StoreFixtures.h LIBS ichq_store)

# Read and starred marks saved without waiting for a refresh's transaction.
ichq_add_test(tst_markwriter SOURCES store/tst_markwriter.cpp store/StoreFixtures.h
    store/RefreshWriteLock.h LIBS ichq_store)

# The window's reads off its own thread: only the newest answer under a key arrives.
ichq_add_test(tst_storereader SOURCES store/tst_storereader.cpp store/StoreFixtures.h LIBS ichq_store)
