# Outbox room: messages stored durably, then delivered once.
ichq_add_test(tst_outbox SOURCES outbox/tst_outbox.cpp LIBS ichq_outbox TIMEOUT 60)
ichq_add_test(tst_sendrules SOURCES outbox/tst_sendrules.cpp LIBS ichq_outbox)
ichq_add_test(tst_messagesender SOURCES outbox/tst_messagesender.cpp outbox/ContactServer.h
    LIBS ichq_outbox TIMEOUT 120)

# A child process that stores a message and is killed before (or while) it posts it.
qt_add_executable(ichq_outbox_writer outbox/outbox_writer.cpp)
ichq_target_defaults(ichq_outbox_writer)
target_link_libraries(ichq_outbox_writer PRIVATE ichq_outbox)
ichq_add_test(tst_outbox_crash SOURCES outbox/tst_outbox_crash.cpp outbox/ContactServer.h
    LIBS ichq_outbox TIMEOUT 120)
target_compile_definitions(tst_outbox_crash PRIVATE
    ICHQ_OUTBOX_WRITER="$<TARGET_FILE:ichq_outbox_writer>")
add_dependencies(tst_outbox_crash ichq_outbox_writer)
